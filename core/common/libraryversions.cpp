#include "libraryversions.h"

#include "torchprobe.h"

#include <QtGlobal>

#include <dlib/revision.h>
#include <opencv2/core/utility.hpp>

namespace fm {

LibraryVersions LibraryVersions::current()
{
    LibraryVersions v;
    v.qt = QString::fromLatin1(qVersion()); // runtime, not the header's QT_VERSION_STR
    v.torch = torchVersion();
    v.opencv = QString::fromStdString(cv::getVersionString()); // runtime
    // dlib has no runtime version call; the revision header matches the shared
    // library Debian ships with the headers (libdlib19.1 <-> libdlib-dev).
    v.dlib = QStringLiteral("%1.%2.%3")
                 .arg(DLIB_MAJOR_VERSION)
                 .arg(DLIB_MINOR_VERSION)
                 .arg(DLIB_PATCH_VERSION);
    return v;
}

QString LibraryVersions::toText() const
{
    return QStringLiteral("Qt %1\nLibTorch %2\nOpenCV %3\ndlib %4").arg(qt, torch, opencv, dlib);
}

} // namespace fm
