#include "PrometheusProcess.h"

#include "FreePort.h"
#include "RunningProgram.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

namespace companion::test {

PrometheusProcess::PrometheusProcess()
{
    m_base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freeLocalPort()));
}

PrometheusProcess::~PrometheusProcess()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

bool PrometheusProcess::start(const QUrl &target, const QByteArray &token, const QString &rulesFile, QString *error)
{
    const QString binary = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
    if (binary.isEmpty()) {
        *error = QStringLiteral("prometheus is not installed (scripts/lib/install-deps installs it)");
        return false;
    }
    QFile tokenFile(m_dir.filePath(QStringLiteral("token")));
    if (!tokenFile.open(QIODevice::WriteOnly) || tokenFile.write(token) != token.size()) {
        *error = tokenFile.errorString();
        return false;
    }
    tokenFile.close();
    const QString config = QStringLiteral("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
                                          "rule_files:\n  - %1\n"
                                          "scrape_configs:\n  - job_name: companion-server\n"
                                          "    authorization:\n      type: Bearer\n      credentials_file: %2\n"
                                          "    static_configs:\n      - targets: ['%3:%4']\n")
                               .arg(rulesFile, tokenFile.fileName(), target.host())
                               .arg(target.port());
    QFile file(m_dir.filePath(QStringLiteral("prometheus.yml")));
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        *error = file.errorString();
        return false;
    }
    file.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(binary, {QStringLiteral("--config.file=") + file.fileName(), QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("data")),
                             QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_base.port())});
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        if (httpRequest("GET", m_base.resolved(QUrl(QStringLiteral("/-/ready")))).status == 200)
            return true;
        QTest::qWait(200);
    }
    *error = QStringLiteral("prometheus did not get ready: ") + QString::fromUtf8(m_process.readAll());
    return false;
}

QList<QPair<QJsonObject, double>> PrometheusProcess::query(const QString &promql)
{
    QUrl url = m_base.resolved(QUrl(QStringLiteral("/api/v1/query")));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), QString::fromUtf8(QUrl::toPercentEncoding(promql)));
    url.setQuery(q);
    m_lastAnswer = QJsonDocument::fromJson(httpRequest("GET", url).body).object();
    QList<QPair<QJsonObject, double>> samples;
    for (const QJsonValue &v : m_lastAnswer.value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray()) {
        const QJsonObject sample = v.toObject();
        samples.append({sample.value(QStringLiteral("metric")).toObject(), sample.value(QStringLiteral("value")).toArray().at(1).toString().toDouble()});
    }
    return samples;
}

double PrometheusProcess::value(const QString &promql)
{
    const auto samples = query(promql);
    return samples.isEmpty() ? -1 : samples.first().second;
}

QString PrometheusProcess::alertState(const QString &name)
{
    const QJsonObject answer = QJsonDocument::fromJson(httpRequest("GET", m_base.resolved(QUrl(QStringLiteral("/api/v1/alerts")))).body).object();
    for (const QJsonValue &v : answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("alerts")).toArray()) {
        const QJsonObject alert = v.toObject();
        if (alert.value(QStringLiteral("labels")).toObject().value(QStringLiteral("alertname")).toString() == name)
            return alert.value(QStringLiteral("state")).toString();
    }
    return {};
}

} // namespace companion::test
