#pragma once

#include <QString>

namespace fm {

/** Versions of the third-party libraries this process actually runs with. */
struct LibraryVersions
{
    QString qt;
    QString torch;
    QString opencv;
    QString dlib;

    static LibraryVersions current();
    /** One line per library, e.g. "Qt 6.4.2", for About boxes and --version. */
    QString toText() const;
};

} // namespace fm
