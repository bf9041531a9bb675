#include "RedirectPolicy.h"

#include <QUrl>

namespace companion::server {

RedirectPolicy::RedirectPolicy(QStringList httpHosts)
    : m_httpHosts(std::move(httpHosts))
{
}

QString RedirectPolicy::check(const QString &text) const
{
    if (text.size() > 2048)
        return QStringLiteral("is longer than 2048 characters");
    // Tolerant: Stripe's {CHECKOUT_SESSION_ID} template has braces in the query.
    const QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return QStringLiteral("is not an absolute URL");
    if (!url.userInfo().isEmpty())
        return QStringLiteral("must not contain a user name or password");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && m_httpHosts.contains(url.host().toLower()))
        return {};
    return QStringLiteral("must use https (plain http only for %1)")
        .arg(m_httpHosts.isEmpty() ? QStringLiteral("no host") : m_httpHosts.join(QStringLiteral(", ")));
}

} // namespace companion::server
