#include "SupportSettings.h"

#include "util/OsUser.h"

#include <QCoreApplication>
#include <QSettings>

namespace companion::admin {

namespace {
const QString kOperator = QStringLiteral("support/operatorName");
const QString kMonthly = QStringLiteral("checkout/monthlyPriceId");
const QString kYearly = QStringLiteral("checkout/yearlyPriceId");
const QString kSuccess = QStringLiteral("checkout/successUrl");
const QString kCancel = QStringLiteral("checkout/cancelUrl");

QString tr(const char *text)
{
    return QCoreApplication::translate("SupportSettings", text);
}
} // namespace

QString SupportSettings::operatorName(const QSettings &settings)
{
    const QString configured = configuredOperatorName(settings);
    return configured.isEmpty() ? systemUserName() : configured;
}

QString SupportSettings::systemUserName()
{
    const QString user = util::osUserName();
    return user.isEmpty() ? QStringLiteral("unknown operator") : user;
}

QString SupportSettings::configuredOperatorName(const QSettings &settings)
{
    return settings.value(kOperator).toString().trimmed();
}

void SupportSettings::setOperatorName(QSettings &settings, const QString &name)
{
    settings.setValue(kOperator, name.trimmed());
}

QString SupportSettings::monthlyPriceId(const QSettings &settings)
{
    return settings.value(kMonthly).toString();
}

QString SupportSettings::yearlyPriceId(const QSettings &settings)
{
    return settings.value(kYearly).toString();
}

void SupportSettings::setPriceIds(QSettings &settings, const QString &monthly, const QString &yearly)
{
    settings.setValue(kMonthly, monthly.trimmed());
    settings.setValue(kYearly, yearly.trimmed());
}

QUrl SupportSettings::successUrl(const QSettings &settings)
{
    return QUrl(settings.value(kSuccess, QStringLiteral("https://coursecompanion.example/premium/welcome")).toString());
}

QUrl SupportSettings::cancelUrl(const QSettings &settings)
{
    return QUrl(settings.value(kCancel, QStringLiteral("https://coursecompanion.example/premium")).toString());
}

void SupportSettings::setReturnUrls(QSettings &settings, const QUrl &success, const QUrl &cancel)
{
    settings.setValue(kSuccess, success.toString());
    settings.setValue(kCancel, cancel.toString());
}

QString SupportSettings::checkPriceId(const QString &id, bool required)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return required ? tr("Enter the monthly Premium price id (price_…) from Stripe's product page.") : QString();
    if (!trimmed.startsWith(QLatin1String("price_")) || trimmed.contains(QLatin1Char(' ')))
        return tr("A price id starts with price_ (not prod_…): copy it from the product's pricing table in Stripe.");
    return {};
}

QString SupportSettings::checkReturnUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("Enter a full address, such as https://coursecompanion.example/premium/welcome.");
    return {};
}

} // namespace companion::admin
