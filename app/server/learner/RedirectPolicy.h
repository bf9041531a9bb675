#pragma once

#include <QString>
#include <QStringList>

namespace companion::server {

// Which success/cancel URLs a learner's client may send Checkout back to: https
// anywhere, plain http only to allow-listed hosts (localhost for development),
// never userinfo ("https://bank.com@evil.example") or non-web schemes.
class RedirectPolicy
{
public:
    explicit RedirectPolicy(QStringList httpHosts);

    // Empty when `url` is acceptable, else why not.
    QString check(const QString &url) const;

private:
    QStringList m_httpHosts;
};

} // namespace companion::server
