#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QUrl>

namespace companion::test {

// One of our programs started for real as a child process, on a free port.
// It is asked to stop with SIGTERM, as systemd would, and its exit is checked.
class RunningProgram
{
public:
    explicit RunningProgram(QString executable);
    ~RunningProgram();

    // Starts with `arguments` (plus --port 0 unless they name a port) and waits for
    // its "listening on" line.
    bool start(const QStringList &arguments, const QProcessEnvironment &env, QString *error);
    QUrl baseUrl() const { return m_baseUrl; }

    // SIGTERM without waiting (to test what happens meanwhile).
    void requestStop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // SIGTERM, then waits; true when it exited normally with status 0.
    bool terminate(QString *error);
    QByteArray output() const { return m_output; }
    qint64 pid() const { return m_process.processId(); }

private:
    QString m_executable;
    QProcess m_process;
    QUrl m_baseUrl;
    QByteArray m_output;
};

// A blocking HTTP exchange for tests, on a real socket.
struct HttpReply {
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString error;
    QByteArray header(const QByteArray &name) const;
};
HttpReply httpRequest(const QByteArray &method, const QUrl &url,
                      const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {});

} // namespace companion::test
