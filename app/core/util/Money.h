#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace companion::util {

// An amount in Stripe's minor units ("999", "usd") for people: "$9.99". Stripe's
// zero-decimal currencies (JPY, KRW, …) have no minor unit; a currency without a
// well-known symbol shows its code ("9.99 CHF").
QString formatMoney(qint64 minorUnits, const QString &currency, const QLocale &locale = QLocale());

bool isZeroDecimalCurrency(const QString &currency);

// Minor units as a plain number for files and spreadsheets: "9.99", "-0.50";
// a zero-decimal currency's "999".
QString plainAmount(qint64 minorUnits, const QString &currency);

// A fraction as a percentage for people ("2.73 %"); "—" when there is none.
QString formatPercent(const std::optional<double> &fraction, const QLocale &locale = QLocale());

} // namespace companion::util
