#include "ServerEnvironment.h"

#include "SandboxClient.h"

#include <QProcess>

namespace companion::test {

QProcessEnvironment serverEnvironment(const QList<QPair<QString, QString>> &overrides)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JWT_SECRET"), QString::fromLatin1(kJwtSecret));
    env.insert(QStringLiteral("STRIPE_SECRET_KEY"), QString::fromLatin1(SandboxClient::kKey));
    env.insert(QStringLiteral("STRIPE_WEBHOOK_SECRET"), QString::fromLatin1(kServerWebhookSecret));
    env.insert(QStringLiteral("STRIPE_PREMIUM_PRICE_ID"), QString::fromLatin1(kPremiumPrice));
    env.insert(QStringLiteral("STRIPE_API_BASE"), QStringLiteral("http://127.0.0.1:9")); // discard: nothing answers
    // Tests of the recovery and of the endpoint check turn them on.
    env.insert(QStringLiteral("MISSED_EVENT_RECOVERY_SECONDS"), QStringLiteral("0"));
    env.insert(QStringLiteral("ENDPOINT_CHECK_SECONDS"), QStringLiteral("0"));
    for (const auto &[name, value] : overrides)
        env.insert(name, value);
    return env;
}

QString serverCommand(const QString &serverBinary, QStringList arguments, const QString &databaseUrl, int *exitCode,
                      const QList<QPair<QString, QString>> &overrides)
{
    QProcess process;
    process.setProcessEnvironment(serverEnvironment(overrides));
    process.start(serverBinary, arguments << QStringLiteral("--database") << databaseUrl);
    const bool finished = process.waitForFinished(30000);
    const int code = finished ? process.exitCode() : -1;
    if (exitCode)
        *exitCode = code;
    if (code != 0)
        qWarning("companion-server %s: exit %d: %s", qPrintable(arguments.join(u' ')), code, process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

HttpReply scrapeMetrics(const QUrl &server, const QByteArray &token)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token});
    return httpRequest("GET", server.resolved(QUrl(QStringLiteral("/metrics"))), headers);
}

double metricSample(const QByteArray &scrape, const QString &series)
{
    const QByteArray prefix = series.toUtf8() + ' ';
    for (const QByteArray &line : scrape.split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).toDouble();
    return -1;
}

QString createAdminToken(const QString &serverBinary, const QString &databaseUrl, const QString &label)
{
    return serverCommand(serverBinary, {QStringLiteral("admin-token"), QStringLiteral("create"), QStringLiteral("--label"), label}, databaseUrl);
}

} // namespace companion::test
