#pragma once

#include <QList>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace companion::test {

// A real HAProxy (Debian's package) running the shipped configuration
// (packaging/haproxy/companion-server.cfg) in the foreground, with the listener and
// the instances' addresses given through its environment variables, and a runtime
// API socket to see what it thinks of each instance.
class HaproxyProcess
{
public:
    HaproxyProcess();
    ~HaproxyProcess();

    QUrl baseUrl() const { return m_base; }
    // Starts `config` with these instance addresses (host:port, in order).
    bool start(const QString &config, const QList<QUrl> &instances, QString *error);
    // The backend's view of instanceN ("UP", "DOWN", "UP 1/2", …), from "show stat".
    QString serverStatus(const QString &server);
    // How many requests HAProxy retried or redispatched, over all instances.
    qint64 retries();
    QString output();

private:
    QList<QStringList> showStat();

    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_base;
    QByteArray m_output;
};

} // namespace companion::test
