#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>

#include <functional>
#include <vector>

class QTcpSocket;

namespace companion::bench {

// One prepared request: the whole HTTP/1.1 message, ready to write as it is.
struct LoadRequest {
    QByteArray message;
    QByteArray eventId; // a 200 must name this event
};

// What became of one request of the pool.
struct LoadAnswer {
    qint16 status = 0;  // HTTP status; 0 = never answered (not sent, or failed)
    QByteArray outcome; // from a 200's body: applied, duplicate, stale, …
};

struct LoadReport {
    double measuredSeconds = 0;
    qint64 answeredInWindow = 0; // answers of any status that arrived inside the measured window
    qint64 okInWindow = 0;
    std::vector<qint64> latencyNs; // of the answers inside the window
    qint64 errorsInWindow = 0;
    QMap<QString, qint64> errors; // by kind, over the whole run (warm-up and drain included)
    qint64 sent = 0;              // whole run
    qint64 answered = 0;
    qint64 answersNamingOtherEvents = 0; // a 200 whose event_id is not the request's
    qint64 unansweredAtEnd = 0;          // still owed when the drain gave up
    bool poolExhausted = false;
};

// A closed-loop HTTP/1.1 load: N keep-alive connections on raw sockets, each
// sending the next request of a prepared pool as soon as the previous answer is
// in. All connections share the calling thread's event loop; a minimal response
// parser (status line, Content-Length, body) keeps the client cheap enough that it
// is not what limits the server on a small machine. (QNetworkAccessManager would
// cap at 6 connections per host and cost far more per request.)
class HttpLoadGenerator : public QObject
{
public:
    HttpLoadGenerator(QHostAddress address, quint16 port, const QList<LoadRequest> *pool, int connections);
    ~HttpLoadGenerator() override;

    void setRequestTimeoutMs(int ms) { m_requestTimeoutMs = ms; }
    // Called for every answer, on this thread, as it arrives.
    void setAnswerHook(std::function<void(qsizetype index, const LoadAnswer &)> hook) { m_hook = std::move(hook); }
    // Called as the measured window opens and closes (e.g. to sample CPU time).
    void setWindowHooks(std::function<void()> opened, std::function<void()> closed)
    {
        m_windowOpened = std::move(opened);
        m_windowClosed = std::move(closed);
    }

    // Warm-up (answers not counted), the measured window, then the answers still
    // owed are awaited (up to the request timeout) so every request ends known.
    LoadReport run(int warmupMs, int measureMs);
    const std::vector<LoadAnswer> &answers() const { return m_answers; }

private:
    struct Connection {
        QTcpSocket *socket = nullptr;
        QByteArray buffer;
        qsizetype inFlight = -1; // pool index
        qint64 startedNs = 0;
    };

    void connectOne(Connection &c);
    void sendNext(Connection &c);
    void onReadyRead(Connection &c);
    void complete(Connection &c, int status, const QByteArray &body, bool serverCloses);
    void fail(Connection &c, const QString &kind);
    void checkTimeouts();
    void finishIfDone();
    void countError(const QString &kind, qint64 atNs);
    bool inWindow(qint64 ns) const { return ns >= m_windowStartNs && ns < m_windowEndNs; }

    QHostAddress m_address;
    quint16 m_port;
    const QList<LoadRequest> *m_pool;
    std::vector<Connection> m_connections;
    std::vector<LoadAnswer> m_answers;
    std::function<void(qsizetype, const LoadAnswer &)> m_hook;
    std::function<void()> m_windowOpened;
    std::function<void()> m_windowClosed;
    int m_requestTimeoutMs = 30000;

    QElapsedTimer m_clock;
    qint64 m_windowStartNs = 0;
    qint64 m_windowEndNs = 0;
    qsizetype m_next = 0;
    qint64 m_outstanding = 0;
    bool m_issuing = false;
    bool m_stopping = false;
    std::function<void()> m_quit;
    LoadReport m_report;
};

} // namespace companion::bench
