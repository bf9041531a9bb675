#pragma once

#include "HttpRequestParser.h"
#include "HttpResponse.h"

#include <QBasicTimer>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

class QSocketNotifier;

namespace companion::http {

class HttpServer;

// One client connection, on its socket descriptor directly: reads its requests one
// at a time under the server's limits and timers, hands each whole request to the
// server, writes the answers in order, and closes politely — after an error answer it
// stops sending, reads and drops what the client still sends until it has been quiet
// for a moment or a cap is reached (as nginx's lingering_close: a client still
// writing its body gets time to read the answer instead of a reset), then closes. It holds the request
// being read and the answer not yet sent, nothing more: while a request is handled
// nothing further is read, and the client meets a closed TCP window.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(qintptr descriptor, HttpServer &server);
    ~HttpConnection() override;

    const QHostAddress &peerAddress() const { return m_peer; }
    // Answers `response` to a client the server will not serve (too many connections)
    // and closes, reading nothing of its requests.
    void refuse(const HttpResponse &response);
    // Closes now, answering nothing more (the server is going away).
    void abort() { finish(); }
    // Called through HttpResponder.
    void respond(quint64 serial, const HttpResponse &response);
    bool canAnswer(quint64 serial) const;
    // Answer bytes not yet taken by the kernel.
    qsizetype unsentBytes() const { return m_out.size(); }

Q_SIGNALS:
    // Gone for good (closed by either side); deleted later.
    void finished(companion::http::HttpConnection *connection);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    enum class Phase { AwaitingHead, Head, Body, Handling, Idle, Closing, Lingering, Done };

    void readable();
    void writable();
    void process();
    void send(const QByteArray &bytes);
    void fail(const HttpRequestParser::Failure &failure);
    void closeAfterWrite(const QByteArray &bytes);
    void linger();
    void finish();
    void arm(int ms);
    void updateReading();

    qintptr m_fd;
    HttpServer &m_server;
    QSocketNotifier *m_readNotifier;
    QSocketNotifier *m_writeNotifier;
    QHostAddress m_peer;
    quint16 m_peerPort = 0;
    HttpRequestParser m_parser;
    QByteArray m_in;
    QByteArray m_out;
    QBasicTimer m_timer;
    Phase m_phase = Phase::AwaitingHead;
    quint64 m_serial = 0;
    bool m_keepAlive = true;
    bool m_headRequest = false;
    int m_lingerMs = 0;              // quiet time that ends lingering
    int m_lingerCapMs = 0;           // lingering ends by then however much still comes
    QDeadlineTimer m_lingerDeadline;
    QElapsedTimer m_sinceLastDrop;   // restarted by every read while lingering
};

} // namespace companion::http
