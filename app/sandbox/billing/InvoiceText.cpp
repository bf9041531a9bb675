#include "InvoiceText.h"

#include <QDateTime>
#include <QLocale>

namespace sandbox::InvoiceText {

QString money(qint64 minor, const QString &currency)
{
    const QString symbol = currency == QLatin1String("usd") ? QStringLiteral("$") : currency.toUpper() + u' ';
    const QString amount = QLocale(QLocale::English, QLocale::UnitedStates).toString(double(qAbs(minor)) / 100, 'f', 2);
    return (minor < 0 ? QStringLiteral("-") : QString()) + symbol + amount;
}

QString day(const QJsonValue &at)
{
    if (!at.isDouble())
        return QStringLiteral("—");
    return QLocale(QLocale::English, QLocale::UnitedStates)
        .toString(QDateTime::fromSecsSinceEpoch(at.toInteger(), Qt::UTC).date(), QStringLiteral("MMMM d, yyyy"));
}

} // namespace sandbox::InvoiceText
