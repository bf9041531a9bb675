#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace companion::test {

// A loopback HTTP server that answers from a script, for exercising a client's
// retry, timeout and error handling exactly: each request takes the next scripted
// answer (200 with an empty object when the script is empty), and every request is recorded with its arrival time.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Answer {
        int status = 200;
        QByteArray body = "{}";
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hang = false; // accept the request, never answer
        int delayMs = 0;   // answer this much later (a slow upstream)
    };
    struct Request {
        QByteArray method;
        QByteArray target;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        qint64 atMs = 0;
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    bool listen();
    QUrl baseUrl() const;

    void enqueue(const Answer &answer) { m_script.append(answer); }
    const QList<Request> &requests() const { return m_requests; }

private:
    void onConnection();
    void onData(QTcpSocket *socket);

    QTcpServer m_server;
    QList<Answer> m_script;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QElapsedTimer m_clock;
};

} // namespace companion::test
