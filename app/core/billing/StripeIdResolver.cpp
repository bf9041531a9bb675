#include "StripeIdResolver.h"

#include "stripe/StripeClient.h"

namespace companion::billing {

StripeIdResolver::StripeIdResolver(stripe::StripeClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

bool StripeIdResolver::looksLikeStripeId(const QString &) { return false; }

void StripeIdResolver::resolve(const QString &)
{
    Q_EMIT failed(QStringLiteral("not implemented yet"));
}

} // namespace companion::billing
