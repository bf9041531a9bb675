#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace companion::util {

// RFC 4180 CSV, as spreadsheets read it: fields with a comma, quote or line
// break are quoted, quotes doubled, lines end in CRLF. A text field that a
// spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
// apostrophe; numbers, negative ones included, stay numbers.
QString csvField(const QString &value);
QByteArray csvLine(const QStringList &fields);

} // namespace companion::util
