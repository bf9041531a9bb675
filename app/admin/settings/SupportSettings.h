#pragma once

#include <QString>
#include <QUrl>

class QSettings;

namespace companion::admin {

// What the support desk's actions use, kept in QSettings (none of it is secret):
// who the operator is for the audit log, and what a checkout link sells and where
// it returns to.
struct SupportSettings {
    // The configured name, else the OS user name: every audit row names a person.
    static QString operatorName(const QSettings &settings);
    static QString configuredOperatorName(const QSettings &settings);
    static QString systemUserName();
    static void setOperatorName(QSettings &settings, const QString &name);

    static QString monthlyPriceId(const QSettings &settings);
    static QString yearlyPriceId(const QSettings &settings);
    static void setPriceIds(QSettings &settings, const QString &monthly, const QString &yearly);

    static QUrl successUrl(const QSettings &settings);
    static QUrl cancelUrl(const QSettings &settings);
    static void setReturnUrls(QSettings &settings, const QUrl &success, const QUrl &cancel);

    // Empty when `id` looks like a Stripe price id, else why not.
    static QString checkPriceId(const QString &id, bool required);
    // Empty when `text` is an absolute http(s) URL, else why not.
    static QString checkReturnUrl(const QString &text);
};

} // namespace companion::admin
