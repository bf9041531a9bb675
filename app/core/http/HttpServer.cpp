#include "HttpServer.h"

#include "HttpConnection.h"
#include "util/Log.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTimer>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace companion::http {

namespace {
constexpr qint64 kRefusalLogSeconds = 60;
constexpr int kListenBacklog = 1024; // a burst of connections waits in the kernel, not in SYN retries
constexpr int kSpareDescriptors = 256;   // database connections, files, the listener itself
constexpr int kAcceptRetryMs = 100;

// Connections the process may open: raises the soft open-file limit toward the hard
// one if `wanted` needs it, and returns what fits.
int connectionsThatFit(int wanted)
{
#if defined(Q_OS_UNIX)
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return wanted;
    const rlim_t needed = rlim_t(wanted) + kSpareDescriptors;
    if (limit.rlim_cur < needed && limit.rlim_cur != RLIM_INFINITY) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max == RLIM_INFINITY ? needed : qMin(needed, limit.rlim_max);
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= needed)
        return wanted;
    return int(qMax<rlim_t>(limit.rlim_cur, kSpareDescriptors * 2) - kSpareDescriptors);
#else
    return wanted;
#endif
}
} // namespace

// Takes each accepted descriptor before QTcpServer queues a socket for it.
class HttpServer::Listener : public QTcpServer
{
public:
    explicit Listener(HttpServer &server)
        : QTcpServer(&server)
        , m_server(server)
    {
        setListenBacklogSize(kListenBacklog);
        // QTcpServer stops accepting for good after a failed accept (no descriptor
        // left, say): say so once, and try again shortly instead.
        connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
            if (!m_acceptFailing)
                qCWarning(lcHttp).noquote() << "cannot accept connections for now:" << errorString();
            m_acceptFailing = true;
            QTimer::singleShot(kAcceptRetryMs, this, [this] { resumeAccepting(); });
        });
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        m_acceptFailing = false;
        m_server.accept(descriptor);
    }

private:
    HttpServer &m_server;
    bool m_acceptFailing = false;
};

HttpServer::HttpServer(const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
}

HttpServer::~HttpServer()
{
    // Connections are children; their finished signals must not reach a half-destroyed server.
    for (HttpConnection *connection : findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly))
        connection->disconnect(this);
}

void HttpServer::route(const QString &pattern, HttpMethod method, Handler handler, qsizetype maxBody)
{
    m_router.add(method, pattern, maxBody > 0 ? maxBody : m_limits.maxBodyBytes,
                 [handler = std::move(handler)](const QStringList &, const HttpRequest &request, HttpResponder &&responder) {
                     handler(request, std::move(responder));
                 });
}

void HttpServer::route(const QString &pattern, HttpMethod method, ArgHandler handler, qsizetype maxBody)
{
    m_router.add(method, pattern, maxBody > 0 ? maxBody : m_limits.maxBodyBytes,
                 [handler = std::move(handler)](const QStringList &args, const HttpRequest &request, HttpResponder &&responder) {
                     handler(args.value(0), request, std::move(responder));
                 });
}

void HttpServer::routeWithArgs(const QString &pattern, HttpMethod method, HttpRouter::Handler handler, qsizetype maxBody)
{
    m_router.add(method, pattern, maxBody > 0 ? maxBody : m_limits.maxBodyBytes, std::move(handler));
}

void HttpServer::setMissingHandler(Handler handler)
{
    m_missing = std::move(handler);
}

void HttpServer::setErrorBody(ErrorBody errorBody)
{
    m_errorBody = std::move(errorBody);
}

void HttpServer::setUnlimitedAddresses(std::function<bool(const QHostAddress &)> unlimited)
{
    m_unlimited = std::move(unlimited);
}

quint16 HttpServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    const int fit = connectionsThatFit(m_limits.maxConnections);
    if (fit < m_limits.maxConnections) {
        qCWarning(lcHttp).noquote() << QStringLiteral("the open-file limit leaves room for %1 connections, not %2: serving at most %1")
                                           .arg(fit)
                                           .arg(m_limits.maxConnections);
        m_limits.maxConnections = fit;
    }
    m_listener = new Listener(*this);
    if (!m_listener->listen(address, port)) {
        qCWarning(lcHttp).noquote() << "cannot listen:" << m_listener->errorString();
        close();
        return 0;
    }
    return m_listener->serverPort();
}

void HttpServer::close()
{
    delete m_listener;
    m_listener = nullptr;
}

void HttpServer::closeConnections()
{
    for (HttpConnection *connection : findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly))
        connection->abort();
}

qsizetype HttpServer::bodyLimitFor(const HttpRequest &head) const
{
    // An unknown route gets the default cap: its 404 must not cost more than that.
    const auto match = m_router.match(head.method(), head.url().path());
    return match ? match->maxBody : m_limits.maxBodyBytes;
}

void HttpServer::dispatch(const HttpRequest &request, HttpResponder &&responder)
{
    const auto match = m_router.match(request.method(), request.url().path());
    if (m_observer) {
        QElapsedTimer timer;
        timer.start();
        responder.setOnAnswer([observer = m_observer, route = match ? match->pattern : QString(), method = request.method(), timer](int status) {
            observer(route, method, status, timer.nsecsElapsed());
        });
    }
    if (match) {
        (*match->handler)(match->args, request, std::move(responder));
    } else if (m_missing) {
        m_missing(request, std::move(responder));
    } else {
        responder.respond(errorResponse(404, QStringLiteral("not_found"), QStringLiteral("No such route.")));
    }
}

HttpResponse HttpServer::errorResponse(int status, const QString &code, const QString &message) const
{
    if (m_errorBody)
        return m_errorBody(status, code, message);
    const QJsonObject body{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}},
                           {QStringLiteral("detail"), message}};
    return {status, QByteArrayLiteral("application/json"), {}, QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

void HttpServer::accept(qintptr descriptor)
{
    auto *connection = new HttpConnection(descriptor, *this);
    connection->setParent(this);
    connect(connection, &HttpConnection::finished, this, &HttpServer::connectionFinished);
    const QHostAddress address = connection->peerAddress();
    const int fromAddress = m_openByAddress.value(address);
    const bool full = m_open >= m_limits.maxConnections;
    const bool addressFull = m_limits.maxConnectionsPerAddress > 0 && fromAddress >= m_limits.maxConnectionsPerAddress
        && !(m_unlimited && m_unlimited(address));
    if (full || addressFull) {
        ++m_refused;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (m_refusalLogged.size() > 10'000) // many addresses: forget the ones logged over a minute ago
            m_refusalLogged.removeIf([now](const auto &entry) { return now - entry.value() >= kRefusalLogSeconds; });
        if (now - m_refusalLogged.value(address, 0) >= kRefusalLogSeconds) {
            m_refusalLogged.insert(address, now);
            qCWarning(lcHttp).noquote() << QStringLiteral("refusing connections from %1: %2 (further refusals from it are not logged for a minute)")
                                               .arg(address.toString(),
                                                    full ? QStringLiteral("%1 connections open, the limit").arg(m_open)
                                                         : QStringLiteral("%1 connections from it open, the limit per address").arg(fromAddress));
        }
        HttpResponse busy = errorResponse(503, QStringLiteral("too_many_connections"),
                                          QStringLiteral("The server has too many open connections; please retry."));
        busy.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        connection->refuse(busy);
        return;
    }
    ++m_open;
    m_openByAddress.insert(address, fromAddress + 1);
    m_addressOf.insert(connection, address);
}

qsizetype HttpServer::unsentBytes() const
{
    qsizetype unsent = 0;
    for (const HttpConnection *connection : findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly))
        unsent += connection->unsentBytes();
    return unsent;
}

void HttpServer::connectionFinished(HttpConnection *connection)
{
    const auto found = m_addressOf.constFind(connection);
    if (found != m_addressOf.constEnd()) {
        --m_open;
        if (int &count = m_openByAddress[*found]; --count <= 0)
            m_openByAddress.remove(*found);
        m_addressOf.erase(found);
    }
    connection->deleteLater();
}

} // namespace companion::http
