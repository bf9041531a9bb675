#include "Csv.h"

namespace companion::util {

namespace {
bool looksNumeric(const QString &value)
{
    bool ok = false;
    value.toDouble(&ok);
    return ok;
}
} // namespace

QString csvField(const QString &value)
{
    QString out = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!out.isEmpty() && formulaStarts.contains(out.front()) && !looksNumeric(out))
        out.prepend(u'\'');
    if (out.contains(u',') || out.contains(u'"') || out.contains(u'\n') || out.contains(u'\r')) {
        out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        out = u'"' + out + u'"';
    }
    return out;
}

QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted << csvField(field);
    return quoted.join(u',').toUtf8() + "\r\n";
}

} // namespace companion::util
