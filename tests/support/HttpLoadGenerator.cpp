#include "HttpLoadGenerator.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace companion::bench {

namespace {
constexpr qsizetype kMaxHeader = 64 * 1024;
constexpr int kReconnectDelayMs = 20; // after a failure: no busy loop against a refusing port
}

HttpLoadGenerator::HttpLoadGenerator(QHostAddress address, quint16 port, const QList<LoadRequest> *pool, int connections)
    : m_address(std::move(address))
    , m_port(port)
    , m_pool(pool)
    , m_connections(size_t(qMax(1, connections)))
    , m_answers(size_t(pool->size()))
{
}

HttpLoadGenerator::~HttpLoadGenerator()
{
    m_stopping = true;
    for (Connection &c : m_connections)
        delete c.socket;
}

LoadReport HttpLoadGenerator::run(int warmupMs, int measureMs)
{
    m_report = {};
    m_clock.start();
    m_windowStartNs = qint64(warmupMs) * 1000000;
    m_windowEndNs = m_windowStartNs + qint64(measureMs) * 1000000;
    m_issuing = true;
    if (m_report.latencyNs.capacity() == 0)
        m_report.latencyNs.reserve(size_t(m_pool->size()));

    QEventLoop loop;
    m_quit = [&loop] { loop.quit(); };
    for (size_t i = 0; i < m_connections.size(); ++i) {
        Connection &c = m_connections[i];
        c.socket = new QTcpSocket(this);
        connect(c.socket, &QTcpSocket::connected, this, [this, i] {
            m_connections[i].socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            sendNext(m_connections[i]);
        });
        connect(c.socket, &QTcpSocket::readyRead, this, [this, i] { onReadyRead(m_connections[i]); });
        connect(c.socket, &QTcpSocket::errorOccurred, this, [this, i](QAbstractSocket::SocketError error) {
            if (m_stopping)
                return;
            Connection &conn = m_connections[i];
            if (error == QAbstractSocket::RemoteHostClosedError)
                fail(conn, conn.inFlight >= 0 ? QStringLiteral("connection closed by the server mid-request")
                                              : QStringLiteral("idle connection closed by the server"));
            else if (error == QAbstractSocket::ConnectionRefusedError)
                fail(conn, QStringLiteral("connection refused"));
            else
                fail(conn, QStringLiteral("socket error: ") + conn.socket->errorString());
        });
        connectOne(c);
    }
    QTimer timeouts;
    connect(&timeouts, &QTimer::timeout, this, &HttpLoadGenerator::checkTimeouts);
    timeouts.start(100);
    QTimer::singleShot(warmupMs, &loop, [this] {
        if (m_windowOpened)
            m_windowOpened();
    });
    QTimer::singleShot(warmupMs + measureMs, &loop, [this] {
        if (m_windowClosed && !m_report.poolExhausted)
            m_windowClosed();
        m_issuing = false;
        finishIfDone();
    });
    // Answers still owed after the window get the request timeout, then count as unanswered.
    QTimer::singleShot(warmupMs + measureMs + m_requestTimeoutMs + 1000, &loop, &QEventLoop::quit);
    loop.exec();
    m_quit = {};

    m_stopping = true;
    for (Connection &c : m_connections) {
        if (c.inFlight >= 0)
            ++m_report.unansweredAtEnd;
        c.socket->abort();
        c.socket->deleteLater();
        c.socket = nullptr;
        c.inFlight = -1;
        c.buffer.clear();
    }
    m_stopping = false;
    if (m_report.poolExhausted)
        m_windowEndNs = qMin(m_windowEndNs, m_clock.nsecsElapsed());
    m_report.measuredSeconds = double(qMax<qint64>(0, m_windowEndNs - m_windowStartNs)) / 1e9;
    return m_report;
}

void HttpLoadGenerator::connectOne(Connection &c)
{
    c.buffer.clear();
    c.socket->connectToHost(m_address, m_port);
}

void HttpLoadGenerator::sendNext(Connection &c)
{
    if (!m_issuing) {
        finishIfDone();
        return;
    }
    if (m_next >= m_pool->size()) {
        // Sized too small for this server's speed: end the window here rather than repeat events.
        if (!m_report.poolExhausted && m_windowClosed)
            m_windowClosed();
        m_report.poolExhausted = true;
        m_windowEndNs = qMin(m_windowEndNs, m_clock.nsecsElapsed());
        m_issuing = false;
        finishIfDone();
        return;
    }
    c.inFlight = m_next++;
    c.startedNs = m_clock.nsecsElapsed();
    ++m_outstanding;
    ++m_report.sent;
    c.socket->write(m_pool->at(c.inFlight).message);
}

void HttpLoadGenerator::onReadyRead(Connection &c)
{
    c.buffer += c.socket->readAll();
    while (!c.buffer.isEmpty()) {
        const qsizetype headerEnd = c.buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (c.buffer.size() > kMaxHeader)
                fail(c, QStringLiteral("malformed response (no end of headers)"));
            return;
        }
        const QList<QByteArray> lines = c.buffer.left(headerEnd).split('\n');
        const QByteArray statusLine = lines.first().trimmed();
        bool statusOk = false;
        const int status = statusLine.startsWith("HTTP/1.") ? statusLine.mid(9, 3).toInt(&statusOk) : 0;
        if (!statusOk) {
            fail(c, QStringLiteral("malformed status line"));
            return;
        }
        qsizetype contentLength = 0;
        bool closes = statusLine.startsWith("HTTP/1.0");
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed().toLower();
            if (name == "content-length") {
                contentLength = value.toLongLong();
            } else if (name == "connection") {
                closes = value == "close";
            } else if (name == "transfer-encoding" && value != "identity") {
                fail(c, QStringLiteral("unsupported Transfer-Encoding: ") + QString::fromLatin1(value));
                return;
            }
        }
        const qsizetype total = headerEnd + 4 + contentLength;
        if (c.buffer.size() < total)
            return; // the rest of the body is on its way
        const QByteArray body = c.buffer.mid(headerEnd + 4, contentLength);
        c.buffer.remove(0, total);
        complete(c, status, body, closes);
        if (!c.socket || c.socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void HttpLoadGenerator::complete(Connection &c, int status, const QByteArray &body, bool serverCloses)
{
    const qint64 now = m_clock.nsecsElapsed();
    if (c.inFlight < 0) {
        countError(QStringLiteral("answer without a request"), now);
        return;
    }
    const qsizetype index = c.inFlight;
    c.inFlight = -1;
    --m_outstanding;
    ++m_report.answered;
    LoadAnswer &answer = m_answers[size_t(index)];
    answer.status = qint16(status);
    if (status == 200) {
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        answer.outcome = json.value(QStringLiteral("outcome")).toString().toLatin1();
        if (json.value(QStringLiteral("event_id")).toString().toLatin1() != m_pool->at(index).eventId)
            ++m_report.answersNamingOtherEvents;
    } else {
        countError(QStringLiteral("HTTP %1").arg(status), now);
    }
    if (inWindow(now)) {
        ++m_report.answeredInWindow;
        m_report.okInWindow += status == 200 ? 1 : 0;
        m_report.latencyNs.push_back(now - c.startedNs);
    }
    if (m_hook)
        m_hook(index, answer);
    if (serverCloses) {
        c.socket->abort();
        if (m_issuing)
            connectOne(c);
        else
            finishIfDone();
        return;
    }
    sendNext(c);
}

void HttpLoadGenerator::fail(Connection &c, const QString &kind)
{
    const qint64 now = m_clock.nsecsElapsed();
    countError(kind, now);
    if (c.inFlight >= 0) {
        c.inFlight = -1;
        --m_outstanding;
    }
    c.socket->abort();
    c.buffer.clear();
    if (m_issuing) {
        QTcpSocket *socket = c.socket;
        const size_t i = size_t(&c - m_connections.data());
        QTimer::singleShot(kReconnectDelayMs, socket, [this, i, socket] {
            if (m_connections[i].socket == socket && m_issuing)
                connectOne(m_connections[i]);
        });
    } else {
        finishIfDone();
    }
}

void HttpLoadGenerator::checkTimeouts()
{
    const qint64 limit = m_clock.nsecsElapsed() - qint64(m_requestTimeoutMs) * 1000000;
    for (Connection &c : m_connections) {
        if (c.socket && c.inFlight >= 0 && c.startedNs < limit)
            fail(c, QStringLiteral("no answer within %1 ms").arg(m_requestTimeoutMs));
    }
}

void HttpLoadGenerator::finishIfDone()
{
    if (!m_issuing && m_outstanding == 0 && m_quit)
        m_quit();
}

void HttpLoadGenerator::countError(const QString &kind, qint64 atNs)
{
    ++m_report.errors[kind];
    if (inWindow(atNs))
        ++m_report.errorsInWindow;
}

} // namespace companion::bench
