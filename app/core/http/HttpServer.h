#pragma once

#include "HttpLimits.h"
#include "HttpRequest.h"
#include "HttpResponder.h"
#include "HttpResponse.h"
#include "HttpRouter.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <functional>

class QTcpServer;

namespace companion::http {

class HttpConnection;

// An HTTP/1.1 server for endpoints on the internet: every request is read under
// HttpLimits (sizes, timers, connections in all and per client address) before a
// handler sees it, so a hostile client costs a bounded amount of memory, time and
// descriptors. Handlers get whole requests and answer through an HttpResponder.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &request, HttpResponder &&responder)>;
    using ArgHandler = std::function<void(const QString &arg, const HttpRequest &request, HttpResponder &&responder)>;
    // The body of an error the server answers itself (status, code, message).
    using ErrorBody = std::function<HttpResponse(int status, const QString &code, const QString &message)>;

    explicit HttpServer(const HttpLimits &limits = {}, QObject *parent = nullptr);
    ~HttpServer() override;

    // maxBody 0: the limits' maxBodyBytes.
    void route(const QString &pattern, HttpMethod method, Handler handler, qsizetype maxBody = 0);
    void route(const QString &pattern, HttpMethod method, ArgHandler handler, qsizetype maxBody = 0);
    // Every "<arg>" of the pattern, in order.
    void routeWithArgs(const QString &pattern, HttpMethod method, HttpRouter::Handler handler, qsizetype maxBody = 0);
    void setMissingHandler(Handler handler);
    // Told of every routed request's answer: the route's pattern ("" when no route
    // matched), its method, the status and the time from dispatch to answer.
    using Observer = std::function<void(const QString &route, HttpMethod method, int status, qint64 nanoseconds)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    void setErrorBody(ErrorBody errorBody);
    // Addresses the per-address connection limit does not apply to: a reverse proxy
    // in front carries every client's connections (and limits them itself).
    void setUnlimitedAddresses(std::function<bool(const QHostAddress &)> unlimited);

    // The port listened on, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);
    // Stops accepting connections; the open ones go on.
    void close();
    // Closes every open connection at once, answering nothing more: for a server that
    // goes away without waiting (requests still in flight are cut off, not answered 500).
    void closeConnections();

    const HttpLimits &limits() const { return m_limits; }
    int openConnections() const { return m_open; }
    quint64 refusedConnections() const { return m_refused; }
    // Answer bytes written but not yet taken by the kernel, over every connection.
    qsizetype unsentBytes() const;

    // For HttpConnection.
    qsizetype bodyLimitFor(const HttpRequest &head) const;
    void dispatch(const HttpRequest &request, HttpResponder &&responder);
    HttpResponse errorResponse(int status, const QString &code, const QString &message) const;

private:
    class Listener;
    void accept(qintptr descriptor);
    void connectionFinished(HttpConnection *connection);

    HttpLimits m_limits;
    HttpRouter m_router;
    Handler m_missing;
    Observer m_observer;
    ErrorBody m_errorBody;
    std::function<bool(const QHostAddress &)> m_unlimited;
    Listener *m_listener = nullptr;
    int m_open = 0;
    quint64 m_refused = 0;
    QHash<QHostAddress, int> m_openByAddress;
    QHash<HttpConnection *, QHostAddress> m_addressOf;
    QHash<QHostAddress, qint64> m_refusalLogged; // address -> when a refusal was last logged
};

} // namespace companion::http
