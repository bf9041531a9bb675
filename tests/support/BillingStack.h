#pragma once

#include "RunningProgram.h"
#include "SandboxClient.h"

#include <QList>
#include <QStringList>
#include <QTemporaryDir>
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
               const QList<QPair<QString, QString>> &serverSettings = {}, const QStringList &sandboxArguments = {});
    bool stop(QString *error);
    // One more instance of the server on the same database, sandbox and settings
    // (several instances behind a load balancer); Stripe's webhooks still go to the first.
    bool startAnotherServer(RunningProgram &server, const QString &databaseUrl, QString *error) const;
    // Stripe down and back: the sandbox stops, then starts again on the same port
    // with the same account (it keeps it in a file for this).
    bool stopSandbox(QString *error) { return m_sandbox.stop(error); }
    // `extraArguments` (say --chaos 0.5) apply from this start on.
    bool restartSandbox(QString *error, const QStringList &extraArguments = {});

    SandboxClient &sandbox() { return m_sandbox; }
    QUrl sandboxBaseUrl() const { return m_sandbox.baseUrl(); }
    RunningProgram &server() { return m_server; }
    const QString &premiumPrice() const { return m_price; }

private:
    QTemporaryDir m_dir;
    QStringList m_sandboxArguments;
    SandboxClient m_sandbox;
    RunningProgram m_server;
    QString m_price;
    QList<QPair<QString, QString>> m_serverSettings;
};

} // namespace companion::test
