#pragma once

#include "RunningProgram.h"
#include "SandboxClient.h"

#include <QList>
#include <QPair>

namespace companion::test {

// stripe-sandbox forwarding its signed webhooks to a companion-server on the test
// database, and the server asking that sandbox back (STRIPE_API_BASE), as in
// `scripts/demo`: the whole payment path over real HTTP.
class BillingStack
{
public:
    explicit BillingStack(const QString &serverBinary) : m_server(serverBinary) {}

    // Starts both; the server sells a fresh $9.99/month price (premiumPrice()).
    bool start(const QString &databaseUrl, const QString &webhookSecret, QString *error,
               const QList<QPair<QString, QString>> &serverSettings = {});
    bool stop(QString *error);

    SandboxClient &sandbox() { return m_sandbox; }
    RunningProgram &server() { return m_server; }
    const QString &premiumPrice() const { return m_price; }

private:
    SandboxClient m_sandbox;
    RunningProgram m_server;
    QString m_price;
};

} // namespace companion::test
