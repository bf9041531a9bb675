#include "BillingStack.h"

#include "FreePort.h"
#include "ServerEnvironment.h"

namespace companion::test {

bool BillingStack::start(const QString &databaseUrl, const QString &webhookSecret, QString *error,
                         const QList<QPair<QString, QString>> &serverSettings, const QStringList &sandboxArguments)
{
    // Each needs the other's address: the server's port is chosen first.
    const quint16 serverPort = freeLocalPort();
    if (serverPort == 0) {
        *error = QStringLiteral("no free local port for the server");
        return false;
    }
    m_sandboxArguments = QStringList{QStringLiteral("--forward-to"), QStringLiteral("http://127.0.0.1:%1/api/v1/payments/webhook").arg(serverPort),
                          QStringLiteral("--webhook-secret"), webhookSecret, QStringLiteral("--data"),
                          m_dir.filePath(QStringLiteral("stripe-sandbox.db"))}
                         + sandboxArguments;
    if (!m_sandbox.start(error, m_sandboxArguments))
        return false;
    m_price = m_sandbox.createPremiumPrice();
    QList<QPair<QString, QString>> settings{{QStringLiteral("STRIPE_SECRET_KEY"), QString::fromLatin1(SandboxClient::kKey)},
                                            {QStringLiteral("STRIPE_API_BASE"), m_sandbox.baseUrl().toString()},
                                            {QStringLiteral("STRIPE_WEBHOOK_SECRET"), webhookSecret},
                                            {QStringLiteral("STRIPE_PREMIUM_PRICE_ID"), m_price}};
    settings += serverSettings;
    m_serverSettings = settings;
    return m_server.start({QStringLiteral("--database"), databaseUrl, QStringLiteral("--port"), QString::number(serverPort)},
                          serverEnvironment(settings), error);
}

bool BillingStack::startAnotherServer(RunningProgram &server, const QString &databaseUrl, QString *error) const
{
    return server.start({QStringLiteral("--database"), databaseUrl}, serverEnvironment(m_serverSettings), error);
}

bool BillingStack::restartSandbox(QString *error, const QStringList &extraArguments)
{
    const int port = m_sandbox.baseUrl().port();
    if (m_sandbox.isRunning() && !m_sandbox.stop(error))
        return false;
    return m_sandbox.start(error, m_sandboxArguments + extraArguments + QStringList{QStringLiteral("--port"), QString::number(port)});
}

bool BillingStack::stop(QString *error)
{
    const bool server = m_server.terminate(error);
    QString sandboxError;
    const bool sandbox = m_sandbox.stop(&sandboxError);
    if (server && !sandbox)
        *error = sandboxError;
    return server && sandbox;
}

} // namespace companion::test
