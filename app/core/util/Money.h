#pragma once

#include <QLocale>
#include <QString>

namespace companion::util {

// An amount in Stripe's minor units ("999", "usd") for people: "$9.99". Stripe's
// zero-decimal currencies (JPY, KRW, …) have no minor unit; a currency without a
// well-known symbol shows its code ("9.99 CHF").
QString formatMoney(qint64 minorUnits, const QString &currency, const QLocale &locale = QLocale());

bool isZeroDecimalCurrency(const QString &currency);

} // namespace companion::util
