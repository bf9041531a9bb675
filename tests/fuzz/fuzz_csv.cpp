// CSV export quoting. Input: fields separated by NUL. The line, read back by an
// RFC 4180 reader written here, gives each field again (a formula-looking text
// field with its protecting apostrophe), and no field starts a formula.
#include "util/Csv.h"

#include <QStringList>

#include <cstdio>
#include <cstdlib>

namespace {
// RFC 4180, one record ending in CRLF.
QStringList readRecord(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    qsizetype i = 0;
    const qsizetype end = line.size() - 2; // without the CRLF
    if (!line.endsWith(QLatin1String("\r\n")))
        std::abort();
    bool atStart = true;
    while (i < end) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < end && line.at(i + 1) == u'"') {
                field += u'"';
                i += 2;
                continue;
            }
            if (c == u'"') {
                quoted = false;
                ++i;
                continue;
            }
            field += c;
        } else if (c == u'"' && atStart) {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
            atStart = true;
            ++i;
            continue;
        } else if (c == u'"' || c == u'\n' || c == u'\r') {
            std::abort(); // quote or line break in an unquoted field
        } else {
            field += c;
        }
        atStart = false;
        ++i;
    }
    if (quoted)
        std::abort(); // unterminated quote
    fields << field;
    return fields;
}

bool looksNumeric(const QString &value)
{
    bool ok = false;
    value.toDouble(&ok);
    return ok;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList fields = text.split(QChar(u'\0'));
    const QStringList read = readRecord(QString::fromUtf8(companion::util::csvLine(fields)));
    if (read.size() != fields.size())
        std::abort();
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString &original = fields.at(i);
        const bool guarded = !original.isEmpty() && formulaStarts.contains(original.front()) && !looksNumeric(original);
        if (read.at(i) != (guarded ? u'\'' + original : original)) {
            std::fprintf(stderr, "field %lld: wrote \"%s\", read \"%s\"\n", static_cast<long long>(i), qUtf8Printable(original),
                         qUtf8Printable(read.at(i)));
            std::abort();
        }
        if (!read.at(i).isEmpty() && formulaStarts.contains(read.at(i).front()) && !looksNumeric(read.at(i)))
            std::abort(); // a spreadsheet would run it
    }
    return 0;
}
