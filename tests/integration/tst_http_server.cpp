// The HTTP layer under companion-server, on real sockets: each limit is met the way
// a hostile or broken client meets it — a body over the cap is answered 413 while the
// client is still sending it, a slow head is cut off with 408, an idle kept-alive
// connection is closed, one address past its share of connections is told 503 and
// when to retry — and a well-behaved client is served in order, pipelined or not.
#include "http/HttpServer.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include <arpa/inet.h>
#include <atomic>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace companion::http;

namespace {
struct Answer {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[field, value] : headers) {
            if (name.compare(field, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// A raw client: writes what it is given, reads answers off the wire as they come.
class RawClient
{
public:
    explicit RawClient(quint16 port, const QHostAddress &from = QHostAddress::LocalHost)
    {
        if (from != QHostAddress::LocalHost)
            m_socket.bind(from);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000);
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); m_socket.flush(); }
    QTcpSocket &socket() { return m_socket; }
    bool closed() const { return m_socket.state() != QAbstractSocket::ConnectedState; }

    // The next whole answer within `ms`, or nothing.
    std::optional<Answer> next(int ms = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            if (auto answer = parse())
                return answer;
            if (timer.elapsed() > ms)
                return std::nullopt;
            if (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.bytesAvailable() == 0)
                return parse();
            QTest::qWait(5);
            m_buffer += m_socket.readAll();
        }
    }
    // Waits until the server closed the connection (true) or `ms` passed.
    bool waitClosed(int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (!closed() && timer.elapsed() < ms)
            QTest::qWait(10);
        return closed();
    }

private:
    std::optional<Answer> parse()
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        Answer answer;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        answer.status = lines.first().split(' ').value(1).toInt();
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            answer.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
            if (line.left(colon).compare("content-length", Qt::CaseInsensitive) == 0)
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (answer.status == 100) { // an interim answer: no body
            m_buffer.remove(0, end + 4);
            return answer;
        }
        if (m_buffer.size() < end + 4 + length)
            return std::nullopt;
        answer.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        return answer;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

// A client on its own thread with a plain blocking socket, so nothing reads the
// server's answer behind its back: it announces 100 MB and writes 64 KiB every
// `pauseMs` for `writes` times (0: until the server stops taking them), then reads.
struct StubbornUploader {
    std::atomic<bool> done{false};
    int writesTaken = 0;
    bool sendFailed = false;
    QByteArray answer;

    void run(quint16 port, int writes, int pauseMs)
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0) {
            const QByteArray head = "POST /hook HTTP/1.1\r\nHost: h\r\nContent-Length: 104857600\r\n\r\n";
            ::send(fd, head.constData(), size_t(head.size()), MSG_NOSIGNAL);
            const QByteArray chunk(64 * 1024, 'x');
            for (int i = 0; writes == 0 || i < writes; ++i) {
                if (::send(fd, chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL) < 0) {
                    sendFailed = true;
                    break;
                }
                ++writesTaken;
                std::this_thread::sleep_for(std::chrono::milliseconds(pauseMs));
            }
            char buffer[4096];
            ssize_t got = 0;
            while ((got = ::recv(fd, buffer, sizeof buffer, 0)) > 0)
                answer.append(buffer, qsizetype(got));
        }
        ::close(fd);
        done = true;
    }
};

HttpLimits quickLimits()
{
    HttpLimits limits;
    limits.headTimeoutMs = 400;
    limits.bodyTimeoutMs = 400;
    limits.idleTimeoutMs = 400;
    limits.lingerMs = 300;
    limits.maxConnectionsPerAddress = 5;
    return limits;
}
} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<HttpServer> m_server;
    quint16 m_port = 0;
    std::vector<HttpResponder> m_held; // answered later

    void start(const HttpLimits &limits = quickLimits())
    {
        m_server = std::make_unique<HttpServer>(limits);
        m_server->route(QStringLiteral("/echo"), HttpMethod::Post, [](const HttpRequest &request, HttpResponder &&responder) {
            responder.respond({200, QByteArrayLiteral("text/plain"), {}, request.body()});
        });
        m_server->route(
            QStringLiteral("/hook"), HttpMethod::Post,
            [](const HttpRequest &request, HttpResponder &&responder) {
                responder.respond({200, QByteArrayLiteral("text/plain"), {}, QByteArray::number(request.body().size())});
            },
            512 * 1024);
        m_server->route(QStringLiteral("/items/<arg>"), HttpMethod::Get, [](const QString &id, const HttpRequest &, HttpResponder &&responder) {
            responder.respond({200, QByteArrayLiteral("text/plain"), {}, id.toUtf8()});
        });
        m_server->route(QStringLiteral("/later"), HttpMethod::Get, [this](const HttpRequest &, HttpResponder &&responder) {
            m_held.push_back(std::move(responder));
        });
        m_server->route(QStringLiteral("/forgotten"), HttpMethod::Get, [](const HttpRequest &, HttpResponder &&) {});
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_held.clear();
        m_server.reset();
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        start();
        RawClient client(m_port);
        client.send("GET /later HTTP/1.1\r\nHost: h\r\n\r\n"
                    "POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
                    "GET /items/42 HTTP/1.1\r\nHost: h\r\n\r\n");
        QTRY_COMPARE(m_held.size(), size_t(1));
        QVERIFY(!client.next(200)); // the first is not answered yet: nothing after it is either
        m_held.front().respond({202, QByteArrayLiteral("text/plain"), {}, "first"});
        for (const QByteArray &expected : {QByteArray("first"), QByteArray("hello"), QByteArray("42")}) {
            const auto answer = client.next();
            QVERIFY(answer);
            QCOMPARE(answer->body, expected);
        }
        QVERIFY(!client.closed());
        QCOMPARE(m_server->openConnections(), 1);
    }

    // 100 MB announced: refused on the head, while the client is still sending.
    void aBodyOverTheCapIsRefusedBeforeItIsRead()
    {
        start();
        RawClient client(m_port);
        client.send("POST /hook HTTP/1.1\r\nHost: h\r\nContent-Length: 104857600\r\n\r\n");
        const QByteArray chunk(64 * 1024, 'x');
        for (int i = 0; i < 16; ++i) // 1 MB of it, as a client that does not wait would
            client.socket().write(chunk);
        const auto answer = client.next();
        QVERIFY(answer);
        QCOMPARE(answer->status, 413);
        QCOMPARE(answer->header("Connection"), QByteArray("close"));
        QVERIFY(answer->body.contains("Request bodies are limited to 512 KiB."));
        QVERIFY(client.waitClosed(3000));
    }

    // A client that goes on writing its refused body for a while, pausing less than the
    // linger time, still reads its 413: the server drops what it sends instead of
    // closing on it (which would reset the connection and lose the answer).
    void aRefusedClientStillWritingReadsItsAnswer()
    {
        HttpLimits limits = quickLimits();
        limits.lingerMs = 300;
        limits.bodyTimeoutMs = 30'000;
        start(limits);
        StubbornUploader client;
        std::thread thread([&] { client.run(m_port, 20, 100); }); // 2 s, ~7 linger times
        QTRY_VERIFY_WITH_TIMEOUT(client.done, 20000);
        thread.join();
        QVERIFY2(!client.sendFailed, "the server reset the connection of a client still sending");
        QCOMPARE(client.writesTaken, 20);
        QVERIFY2(client.answer.startsWith("HTTP/1.1 413 "), client.answer.left(40).constData());
        QTRY_COMPARE(m_server->openConnections(), 0);
    }

    // A client that never stops writing holds its slot no longer than a slow body could.
    void aRefusedClientThatNeverStopsIsCutOff()
    {
        HttpLimits limits = quickLimits();
        limits.lingerMs = 300;
        limits.bodyTimeoutMs = 1000;
        start(limits);
        StubbornUploader client;
        std::thread thread([&] { client.run(m_port, 0, 20); });
        QTRY_VERIFY_WITH_TIMEOUT(client.done, 30000);
        thread.join();
        QVERIFY2(client.sendFailed, "the server kept reading a client that never stops");
        QCOMPARE(m_server->openConnections(), 0);
    }

    void aChunkedBodyIsCutOffAtTheCap()
    {
        start();
        RawClient client(m_port);
        client.send("POST /echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 20; ++i)
            client.send("1000\r\n" + QByteArray(4096, 'c') + "\r\n"); // 80 KiB over a 16 KiB cap
        const auto answer = client.next();
        QVERIFY(answer);
        QCOMPARE(answer->status, 413);
        QVERIFY(client.waitClosed(3000));
    }

    // curl asks before sending a large body: a fitting one is invited, a too large one refused.
    void expectContinueIsAnsweredBeforeTheBody()
    {
        start();
        RawClient fits(m_port);
        fits.send("POST /hook HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
        const auto invited = fits.next();
        QVERIFY(invited);
        QCOMPARE(invited->status, 100);
        fits.send("abc");
        QCOMPARE(fits.next()->body, QByteArray("3"));

        RawClient tooLarge(m_port);
        tooLarge.send("POST /echo HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 20000\r\n\r\n");
        const auto refused = tooLarge.next();
        QVERIFY(refused);
        QCOMPARE(refused->status, 413);
    }

    void headersOverTheLimitsAre431()
    {
        start();
        RawClient many(m_port);
        QByteArray head = "GET /items/1 HTTP/1.1\r\nHost: h\r\n";
        for (int i = 0; i < 10'000; ++i)
            head += "X-" + QByteArray::number(i) + ": v\r\n";
        many.send(head + "\r\n");
        const auto answer = many.next();
        QVERIFY(answer);
        QCOMPARE(answer->status, 431);
        QVERIFY(answer->body.contains("more than 100 header fields"));
    }

    // Slowloris: a head trickling in is cut off; a connection that says nothing is closed.
    void slowAndSilentClientsAreCutOff()
    {
        start();
        RawClient slow(m_port);
        RawClient silent(m_port);
        QElapsedTimer timer;
        timer.start();
        slow.send("GET /items/1 HTTP/1.1\r\n");
        for (int i = 0; i < 6 && !slow.closed(); ++i) {
            QTest::qWait(100);
            slow.send("X-Slow: " + QByteArray::number(i) + "\r\n");
        }
        const auto answer = slow.next(2000);
        QVERIFY(answer);
        QCOMPARE(answer->status, 408);
        QVERIFY(slow.waitClosed(2000));
        QVERIFY(silent.waitClosed(2000));
        QVERIFY(!silent.next(0)); // closed without an answer: there was no request
        QTRY_COMPARE(m_server->openConnections(), 0);
    }

    void anIdleKeptAliveConnectionIsClosed()
    {
        start();
        RawClient client(m_port);
        client.send("GET /items/7 HTTP/1.1\r\nHost: h\r\n\r\n");
        QCOMPARE(client.next()->body, QByteArray("7"));
        QVERIFY(client.waitClosed(2000));
        QTRY_COMPARE(m_server->openConnections(), 0);
    }

    // One address past its share is refused with 503 and Retry-After; others still get in.
    void oneAddressCannotTakeEveryConnection()
    {
        start();
        std::vector<std::unique_ptr<RawClient>> hogs;
        for (int i = 0; i < 5; ++i)
            hogs.push_back(std::make_unique<RawClient>(m_port));
        QTRY_COMPARE(m_server->openConnections(), 5);
        RawClient refused(m_port);
        const auto busy = refused.next();
        QVERIFY(busy);
        QCOMPARE(busy->status, 503);
        QCOMPARE(busy->header("Retry-After"), QByteArray("1"));
        QVERIFY(refused.waitClosed(2000));
        QCOMPARE(m_server->refusedConnections(), quint64(1));

        RawClient other(m_port, QHostAddress(QStringLiteral("127.0.0.2")));
        other.send("GET /items/8 HTTP/1.1\r\nHost: h\r\n\r\n");
        QCOMPARE(other.next()->body, QByteArray("8"));
    }

    // A reverse proxy carries every client's connections: the per-address limit spares it.
    void aTrustedProxyIsNotHeldToThePerAddressLimit()
    {
        start();
        m_server->setUnlimitedAddresses([](const QHostAddress &address) { return address.isLoopback(); });
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 8; ++i)
            clients.push_back(std::make_unique<RawClient>(m_port));
        QTRY_COMPARE(m_server->openConnections(), 8);
        clients.back()->send("GET /items/3 HTTP/1.1\r\nHost: h\r\n\r\n");
        QCOMPARE(clients.back()->next()->body, QByteArray("3"));
        QCOMPARE(m_server->refusedConnections(), quint64(0));
    }

    void aRequestDroppedUnansweredGets500()
    {
        start();
        RawClient client(m_port);
        client.send("GET /forgotten HTTP/1.1\r\nHost: h\r\n\r\n");
        const auto answer = client.next();
        QVERIFY(answer);
        QCOMPARE(answer->status, 500);
    }

    void http10ClosesAfterTheAnswer()
    {
        start();
        RawClient client(m_port);
        client.send("GET /items/9 HTTP/1.0\r\n\r\n");
        const auto answer = client.next();
        QVERIFY(answer);
        QCOMPARE(answer->header("Connection"), QByteArray("close"));
        QVERIFY(client.waitClosed(2000));
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_http_server.moc"
