#include "HttpConnection.h"

#include "HttpResponder.h"
#include "HttpServer.h"
#include "util/Log.h"

#include <QSocketNotifier>
#include <QTimerEvent>

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace companion::http {

namespace {
// Read from the kernel at a time, through one buffer for every connection.
constexpr qsizetype kReadChunk = 64 * 1024;
// A client that sends requests without reading the answers is not read from until
// it takes them.
constexpr qsizetype kMaxUnsentAnswers = 256 * 1024;
constexpr int kRefusalLingerMs = 500;

bool wouldBlock()
{
    return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
}
} // namespace

HttpConnection::HttpConnection(qintptr descriptor, HttpServer &server)
    : m_fd(descriptor)
    , m_server(server)
    , m_readNotifier(new QSocketNotifier(descriptor, QSocketNotifier::Read, this))
    , m_writeNotifier(new QSocketNotifier(descriptor, QSocketNotifier::Write, this))
    , m_parser(server.limits())
    , m_lingerMs(server.limits().lingerMs)
    // A refused client keeps its slot no longer than a slow body could have held it.
    , m_lingerCapMs(qMax(server.limits().lingerMs, server.limits().bodyTimeoutMs))
{
    const int fd = int(descriptor);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    const int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on); // an answer goes out whole, at once
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0) {
        m_peer = QHostAddress(reinterpret_cast<const sockaddr *>(&address));
        m_peerPort = ntohs(address.ss_family == AF_INET6 ? reinterpret_cast<const sockaddr_in6 &>(address).sin6_port
                                                         : reinterpret_cast<const sockaddr_in &>(address).sin_port);
    }
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &HttpConnection::readable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &HttpConnection::writable);
    // A connection that never sends a request holds a slot no longer than a slow head would.
    arm(server.limits().headTimeoutMs);
}

HttpConnection::~HttpConnection()
{
    if (m_phase != Phase::Done) {
        delete m_readNotifier;
        delete m_writeNotifier;
        ::close(int(m_fd));
    }
}

void HttpConnection::arm(int ms)
{
    m_timer.start(ms, Qt::CoarseTimer, this);
}

void HttpConnection::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId())
        return QObject::timerEvent(event);
    m_timer.stop();
    const HttpLimits &limits = m_server.limits();
    switch (m_phase) {
    case Phase::AwaitingHead:
    case Phase::Idle:
        // Nothing of a request arrived: close without an answer (there is nothing to answer).
        m_lingerMs = 0;
        closeAfterWrite({});
        return;
    case Phase::Head:
        fail({408, QStringLiteral("request_timeout"),
              QStringLiteral("The request's head did not arrive within %1 seconds.").arg(limits.headTimeoutMs / 1000.0)});
        return;
    case Phase::Body:
        fail({408, QStringLiteral("request_timeout"),
              QStringLiteral("The request's body did not arrive within %1 seconds.").arg(limits.bodyTimeoutMs / 1000.0)});
        return;
    case Phase::Handling:
        return;
    case Phase::Lingering: {
        // Still sending: wait for a quiet moment, up to the cap.
        const qint64 quietFor = m_sinceLastDrop.isValid() ? m_sinceLastDrop.elapsed() : m_lingerMs;
        const qint64 left = m_lingerDeadline.remainingTime();
        if (quietFor < m_lingerMs && left > 0) {
            arm(int(qMin<qint64>(m_lingerMs - quietFor, left)));
            return;
        }
        finish();
        return;
    }
    case Phase::Closing: // the client does not take our answer
    case Phase::Done:
        finish();
        return;
    }
}

void HttpConnection::refuse(const HttpResponse &response)
{
    m_lingerMs = qMin(m_lingerMs, kRefusalLingerMs);
    m_lingerCapMs = m_lingerMs; // a busy server holds no slot for a client it did not take
    closeAfterWrite(response.serialize(false, false));
}

bool HttpConnection::canAnswer(quint64 serial) const
{
    return m_phase == Phase::Handling && serial == m_serial;
}

// Reading while the client's bytes have room (a request being handled leaves what
// comes after it in m_in, up to one read's worth) and it takes its answers.
void HttpConnection::updateReading()
{
    const bool reading = m_phase == Phase::Lingering
        || (m_phase != Phase::Closing && m_phase != Phase::Done && m_in.size() < kReadChunk && m_out.size() <= kMaxUnsentAnswers);
    if (m_readNotifier->isEnabled() != reading)
        m_readNotifier->setEnabled(reading);
}

void HttpConnection::readable()
{
    static thread_local QByteArray scratch(kReadChunk, Qt::Uninitialized);
    const ssize_t got = ::recv(int(m_fd), scratch.data(), size_t(kReadChunk), 0);
    if (got < 0 && wouldBlock())
        return;
    if (got <= 0) { // the client closed, or the connection broke
        finish();
        return;
    }
    if (m_phase == Phase::Lingering) {
        m_sinceLastDrop.start(); // dropped; the quiet moment starts again
        return;
    }
    m_in.append(scratch.constData(), qsizetype(got));
    if (m_phase == Phase::Handling) {
        updateReading(); // the next request waits for this one's answer
        return;
    }
    process();
    if (m_in.isEmpty())
        m_in = QByteArray(); // a waiting connection keeps no buffer
    if (m_phase != Phase::Done)
        updateReading();
}

void HttpConnection::process()
{
    const HttpLimits &limits = m_server.limits();
    while (m_phase == Phase::AwaitingHead || m_phase == Phase::Idle || m_phase == Phase::Head || m_phase == Phase::Body) {
        if ((m_phase == Phase::AwaitingHead || m_phase == Phase::Idle) && m_in.isEmpty())
            return;
        const HttpRequestParser::Progress progress = m_parser.feed(m_in);
        if ((m_phase == Phase::AwaitingHead || m_phase == Phase::Idle) && m_parser.started()) {
            m_phase = Phase::Head; // the head timer runs from a request's first byte
            arm(limits.headTimeoutMs);
        }
        switch (progress) {
        case HttpRequestParser::Progress::NeedMore:
            return;
        case HttpRequestParser::Progress::Failed:
            fail(m_parser.failure());
            return;
        case HttpRequestParser::Progress::HeadComplete:
            if (!m_parser.acceptBody(m_server.bodyLimitFor(m_parser.head()))) {
                fail(m_parser.failure());
                return;
            }
            if (m_parser.hasBody()) {
                if (m_parser.expectsContinue()) {
                    send(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
                    if (m_phase == Phase::Done)
                        return; // the client is gone
                }
                m_phase = Phase::Body;
                arm(limits.bodyTimeoutMs);
            }
            continue;
        case HttpRequestParser::Progress::Complete: {
            m_timer.stop();
            HttpRequest request = m_parser.takeRequest();
            request.m_remoteAddress = m_peer;
            request.m_remotePort = m_peerPort;
            m_keepAlive = request.keepAlive();
            m_headRequest = request.method() == HttpMethod::Head;
            m_phase = Phase::Handling;
            updateReading();
            m_server.dispatch(request, HttpResponder(this, ++m_serial));
            return;
        }
        }
    }
}

void HttpConnection::respond(quint64 serial, const HttpResponse &response)
{
    if (!canAnswer(serial))
        return;
    if (!m_keepAlive) {
        closeAfterWrite(response.serialize(false, m_headRequest));
        return;
    }
    send(response.serialize(true, m_headRequest));
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Idle;
    arm(m_server.limits().idleTimeoutMs);
    updateReading();
    // A pipelined request may be waiting already: read it once this call has returned.
    if (!m_in.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

void HttpConnection::send(const QByteArray &bytes)
{
    if (m_out.isEmpty()) {
        const ssize_t sent = ::send(int(m_fd), bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL);
        if (sent < 0 && !wouldBlock()) {
            finish(); // the client is gone
            return;
        }
        const qsizetype done = sent > 0 ? qsizetype(sent) : 0;
        if (done == bytes.size())
            return;
        m_out = bytes.mid(done);
    } else {
        m_out += bytes;
    }
    m_writeNotifier->setEnabled(true);
    updateReading();
}

void HttpConnection::writable()
{
    const ssize_t sent = ::send(int(m_fd), m_out.constData(), size_t(m_out.size()), MSG_NOSIGNAL);
    if (sent < 0) {
        if (!wouldBlock())
            finish();
        return;
    }
    m_out.remove(0, qsizetype(sent));
    if (!m_out.isEmpty())
        return;
    m_out = QByteArray();
    m_writeNotifier->setEnabled(false);
    if (m_phase == Phase::Closing)
        linger();
    else
        updateReading();
}

void HttpConnection::fail(const HttpRequestParser::Failure &failure)
{
    // Not logged at info: a hostile client would write the log for us.
    qCDebug(lcHttp).noquote() << QStringLiteral("refused a request from %1: %2 %3").arg(m_peer.toString()).arg(failure.status).arg(failure.code);
    closeAfterWrite(m_server.errorResponse(failure.status, failure.code, failure.message).serialize(false, false));
}

void HttpConnection::closeAfterWrite(const QByteArray &bytes)
{
    m_phase = Phase::Closing;
    m_in = QByteArray();
    m_readNotifier->setEnabled(false);
    if (!bytes.isEmpty())
        send(bytes);
    if (m_phase == Phase::Done)
        return;
    if (m_out.isEmpty())
        linger();
    else
        arm(m_server.limits().lingerMs); // for the client to take the answer
}

void HttpConnection::linger()
{
    if (m_lingerMs <= 0) {
        finish();
        return;
    }
    // No more from us (the client sees the end of the answer), but read and drop what
    // it still sends for a moment: closing with unread data would reset the connection,
    // and the client could lose the answer it has not read yet.
    m_phase = Phase::Lingering;
    ::shutdown(int(m_fd), SHUT_WR);
    updateReading();
    m_lingerDeadline.setRemainingTime(m_lingerCapMs);
    m_sinceLastDrop.invalidate();
    arm(qMin(m_lingerMs, m_lingerCapMs));
}

void HttpConnection::finish()
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_timer.stop();
    // The notifiers go before the descriptor they watch.
    delete m_readNotifier;
    delete m_writeNotifier;
    m_readNotifier = m_writeNotifier = nullptr;
    ::close(int(m_fd));
    m_in = QByteArray();
    m_out = QByteArray();
    Q_EMIT finished(this);
}

} // namespace companion::http
