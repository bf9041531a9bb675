#include "Money.h"

#include <QHash>
#include <QSet>

namespace companion::util {

bool isZeroDecimalCurrency(const QString &currency)
{
    // Stripe's list of zero-decimal currencies.
    static const QSet<QString> zeroDecimal{
        QStringLiteral("bif"), QStringLiteral("clp"), QStringLiteral("djf"), QStringLiteral("gnf"), QStringLiteral("jpy"),
        QStringLiteral("kmf"), QStringLiteral("krw"), QStringLiteral("mga"), QStringLiteral("pyg"), QStringLiteral("rwf"),
        QStringLiteral("ugx"), QStringLiteral("vnd"), QStringLiteral("vuv"), QStringLiteral("xaf"), QStringLiteral("xof"),
        QStringLiteral("xpf")};
    return zeroDecimal.contains(currency.toLower());
}

QString formatMoney(qint64 minorUnits, const QString &currency, const QLocale &requested)
{
    // The "C" locale (LANG unset) has no money conventions and would print "9.99$".
    const QLocale locale = requested.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : requested;
    static const QHash<QString, QString> symbols{
        {QStringLiteral("usd"), QStringLiteral("$")}, {QStringLiteral("eur"), QStringLiteral("€")},
        {QStringLiteral("gbp"), QStringLiteral("£")}, {QStringLiteral("jpy"), QStringLiteral("¥")},
        {QStringLiteral("inr"), QStringLiteral("₹")}};
    const QString code = currency.toLower();
    const bool zeroDecimal = isZeroDecimalCurrency(code);
    const qint64 magnitude = minorUnits < 0 ? -minorUnits : minorUnits;
    const double amount = zeroDecimal ? double(magnitude) : double(magnitude) / 100.0;
    const int decimals = zeroDecimal ? 0 : 2;
    const QString symbol = symbols.value(code);
    const QString text = symbol.isEmpty() ? locale.toString(amount, 'f', decimals) + QLatin1Char(' ') + code.toUpper()
                                          : locale.toCurrencyString(amount, symbol, decimals);
    // A plain minus, not the accounting "($9.99)" some locales use: refunds must read as such at a glance.
    return minorUnits < 0 ? locale.negativeSign() + text : text;
}

QString plainAmount(qint64 minorUnits, const QString &currency)
{
    return isZeroDecimalCurrency(currency) ? QString::number(minorUnits) : QString::number(double(minorUnits) / 100.0, 'f', 2);
}

QString formatPercent(const std::optional<double> &fraction, const QLocale &locale)
{
    return fraction ? locale.toString(*fraction * 100.0, 'f', 2) + QStringLiteral(" %") : QStringLiteral("—");
}

} // namespace companion::util
