#include "FakeStripeApi.h"

#include "StripeEventFactory.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace companion::bench {

namespace {

// Lives on the API's thread: a keep-alive HTTP/1.1 server for bodiless GETs.
class Worker : public QObject
{
public:
    Worker(int latencyMs, std::atomic<qint64> *requests, FakeStripeApi::Truth *truth)
        : m_latencyMs(latencyMs)
        , m_requests(requests)
        , m_truth(truth)
    {
    }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
        return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
    }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray head = buffer.left(headerEnd);
            qsizetype contentLength = 0;
            const QList<QByteArray> lines = head.split('\n');
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    contentLength = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < headerEnd + 4 + contentLength)
                return;
            buffer.remove(0, headerEnd + 4 + contentLength);
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            respond(socket, requestLine.value(0), requestLine.value(1));
        }
    }

    void respond(QTcpSocket *socket, const QByteArray &method, const QByteArray &target)
    {
        ++*m_requests;
        static const QByteArray prefix = "/v1/subscriptions/";
        const QString id = QString::fromLatin1(target.mid(prefix.size()).split('?').value(0));
        const int user = target.startsWith(prefix) ? StripeEventFactory::userOfSubscription(id) : -1;
        QByteArray status = "200 OK";
        QJsonObject body;
        if (method == "GET" && user >= 0) {
            // Stripe's current state: renewed five days ago, paid (or canceled since).
            bool canceled = false;
            {
                QMutexLocker locked(&m_truth->lock);
                canceled = m_truth->canceled.contains(id);
            }
            body = StripeEventFactory::subscription(user, canceled ? QStringLiteral("canceled") : QStringLiteral("active"),
                                                    QDateTime::currentSecsSinceEpoch() - 5 * 86400, QStringLiteral("in_current"),
                                                    StripeEventFactory::Shape::Pinned, StripeEventFactory::generationOfSubscription(id));
        } else {
            status = "404 Not Found";
            body = {{QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), QStringLiteral("invalid_request_error")},
                                                          {QStringLiteral("code"), QStringLiteral("resource_missing")},
                                                          {QStringLiteral("message"), QStringLiteral("No such resource")}}}};
        }
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const QByteArray response = "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nRequest-Id: req_bench\r\n"
                                    "Stripe-Version: 2026-10-28.endive\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
        if (m_latencyMs <= 0) {
            socket->write(response);
            return;
        }
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(m_latencyMs, this, [guarded, response] {
            if (guarded)
                guarded->write(response);
        });
    }

    int m_latencyMs;
    std::atomic<qint64> *m_requests;
    FakeStripeApi::Truth *m_truth;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

FakeStripeApi::FakeStripeApi(int latencyMs)
    : m_latencyMs(latencyMs)
{
    m_thread.setObjectName(QStringLiteral("fake-stripe"));
}

FakeStripeApi::~FakeStripeApi()
{
    if (m_worker) // its server and sockets go with it, on its own thread
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool FakeStripeApi::start(QString *error)
{
    m_thread.start();
    auto *worker = new Worker(m_latencyMs, &m_requests, &m_truth);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    quint16 port = 0;
    QMetaObject::invokeMethod(worker, [worker, &port] { port = worker->listen(); }, Qt::BlockingQueuedConnection);
    if (port == 0) {
        *error = QStringLiteral("the fake Stripe API could not listen on 127.0.0.1");
        return false;
    }
    m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    return true;
}

void FakeStripeApi::markCanceled(const QStringList &subscriptionIds)
{
    QMutexLocker locked(&m_truth.lock);
    for (const QString &id : subscriptionIds)
        m_truth.canceled.insert(id);
}

} // namespace companion::bench
