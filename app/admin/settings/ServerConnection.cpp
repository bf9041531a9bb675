#include "ServerConnection.h"

#include <QCoreApplication>
#include <QSettings>

namespace companion::admin {

namespace {
const QString kUrlKey = QStringLiteral("server/url");
}

QUrl ServerConnection::url(const QSettings &settings)
{
    return QUrl(settings.value(kUrlKey).toString());
}

void ServerConnection::setUrl(QSettings &settings, const QUrl &url)
{
    settings.setValue(kUrlKey, url.toString());
}

QString ServerConnection::check(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return QCoreApplication::translate("ServerConnection", "Enter the server's address, e.g. https://billing.example.com");
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("ServerConnection", "The address must not contain a user name or password; the token goes in its own field.");
    return {};
}

} // namespace companion::admin
