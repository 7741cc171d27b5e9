#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace fm::csv {

/** Splits one CSV line (RFC 4180 quoting: "a,b" and "" inside quotes); nullopt when a
    quoted field is not closed. */
std::optional<QStringList> splitLine(const QString &line);
/** A field as CSV text: quoted when it holds a comma, quote, newline or leading '#'. */
QString field(const QString &text);
/** A number with enough digits to read back the same float or double exactly. */
QString number(double value);
QString number(float value);

} // namespace fm::csv
