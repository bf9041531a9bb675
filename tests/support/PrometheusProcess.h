#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace companion::test {

// A real Prometheus (Debian's package) scraping one companion-server every second
// with the shipped alert rules evaluated every second, so a test of seconds sees
// what production sees in minutes. Its data lives in a temporary directory.
class PrometheusProcess
{
public:
    PrometheusProcess();
    ~PrometheusProcess();

    // Where it will listen: chosen before start(), so a server can be told first (PROMETHEUS_URL).
    QUrl baseUrl() const { return m_base; }
    // Scrapes `target`'s /metrics with `token`, evaluating the rules in `rulesFile`.
    bool start(const QUrl &target, const QByteArray &token, const QString &rulesFile, QString *error);

    // An instant query's samples: labels and value.
    QList<QPair<QJsonObject, double>> query(const QString &promql);
    // One number: the query's first sample, or -1 when it has none.
    double value(const QString &promql);
    // The state ("pending", "firing") of an alert, empty when it is not active.
    QString alertState(const QString &name);
    // The last answer of query(), whole.
    const QJsonObject &lastAnswer() const { return m_lastAnswer; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_base;
    QJsonObject m_lastAnswer;
};

} // namespace companion::test
