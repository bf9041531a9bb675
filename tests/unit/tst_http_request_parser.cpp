// The server's request reader (RFC 9112) as a hostile client meets it: whatever is
// too large is refused as soon as it is known to be — before the body is read, before
// a too-long line ends — with the status a client can act on, and framing that two
// readers could disagree about is refused outright.
#include "http/HttpRequestParser.h"

#include <QtTest>

using namespace companion::http;
using Progress = HttpRequestParser::Progress;

namespace {
HttpLimits smallLimits()
{
    HttpLimits limits;
    limits.maxRequestLine = 200;
    limits.maxHeaderLine = 100;
    limits.maxHeaderCount = 10;
    limits.maxHeadBytes = 600;
    limits.maxBodyBytes = 64;
    return limits;
}

// Feeds `bytes` (in pieces of `step`), accepting bodies up to `maxBody`; the requests
// read, and the failure if one came.
struct Reading {
    QList<HttpRequest> requests;
    HttpRequestParser::Failure failure;
    qsizetype leftOver = 0;
};
Reading readAll(const QByteArray &bytes, qsizetype step = 0, qsizetype maxBody = 64, const HttpLimits &limits = smallLimits())
{
    HttpRequestParser parser(limits);
    Reading reading;
    QByteArray input;
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype take = step > 0 ? step : bytes.size();
        input += bytes.mid(at, take);
        at += take;
        for (;;) {
            const Progress progress = parser.feed(input);
            if (progress == Progress::NeedMore)
                break;
            if (progress == Progress::Failed || (progress == Progress::HeadComplete && !parser.acceptBody(maxBody))) {
                reading.failure = parser.failure();
                reading.leftOver = input.size() + (bytes.size() - at);
                return reading;
            }
            if (progress == Progress::Complete)
                reading.requests << parser.takeRequest();
        }
    }
    reading.leftOver = input.size();
    return reading;
}
} // namespace

class TestHttpRequestParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pipelinedRequestsAreReadWholeInAnyPieces_data()
    {
        QTest::addColumn<qsizetype>("step");
        QTest::newRow("at once") << qsizetype(0);
        QTest::newRow("byte by byte") << qsizetype(1);
        QTest::newRow("seven at a time") << qsizetype(7);
    }
    void pipelinedRequestsAreReadWholeInAnyPieces()
    {
        QFETCH(qsizetype, step);
        const QByteArray bytes = "\r\nGET /api/v1/chapters/4?x=%20y HTTP/1.1\r\nHost: example.com\r\nAuthorization:  Bearer abc \r\n\r\n"
                                 "POST /hook HTTP/1.1\nHost: h\nContent-Length: 5\nConnection: close\n\nhello"
                                 "POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n4;ext=1\r\nWiki\r\n5\r\npedia\r\n0\r\nX-Trailer: t\r\n\r\n";
        const Reading reading = readAll(bytes, step);
        QCOMPARE(reading.failure.status, 0);
        QCOMPARE(reading.requests.size(), 3);
        const HttpRequest &get = reading.requests.at(0);
        QCOMPARE(get.method(), HttpMethod::Get);
        QCOMPARE(get.url().path(), QStringLiteral("/api/v1/chapters/4"));
        QCOMPARE(get.query().queryItemValue(QStringLiteral("x")), QStringLiteral(" y"));
        QCOMPARE(get.url().host(), QStringLiteral("example.com"));
        QCOMPARE(get.value("authorization"), QByteArray("Bearer abc"));
        QVERIFY(get.keepAlive());
        QCOMPARE(reading.requests.at(1).body(), QByteArray("hello"));
        QVERIFY(!reading.requests.at(1).keepAlive());
        QCOMPARE(reading.requests.at(2).body(), QByteArray("Wikipedia"));
        QCOMPARE(reading.requests.at(2).value("X-Trailer"), QByteArray()); // trailers are dropped
        QCOMPARE(reading.leftOver, qsizetype(0));
    }

    void keepAliveFollowsTheVersionAndConnectionOptions()
    {
        QVERIFY(!readAll("GET / HTTP/1.0\r\n\r\n").requests.value(0).keepAlive());
        QVERIFY(readAll("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").requests.value(0).keepAlive());
        QVERIFY(!readAll("GET / HTTP/1.1\r\nHost: h\r\nConnection: upgrade, CLOSE\r\n\r\n").requests.value(0).keepAlive());
    }

    void refusalsSayWhy_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        const QByteArray host = "Host: h\r\n";
        QTest::newRow("body over the cap, by its Content-Length") << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 65\r\n\r\n") << 413;
        QTest::newRow("absurd Content-Length") << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 99999999999999999999999\r\n\r\n") << 413;
        QTest::newRow("chunked body over the cap") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n40\r\n" + QByteArray(64, 'a') + "\r\n1\r\n") << 413;
        QTest::newRow("request line too long, unfinished") << QByteArray("GET /" + QByteArray(300, 'a')) << 414;
        QTest::newRow("header too long, unfinished") << QByteArray("GET / HTTP/1.1\r\nX-A: " + QByteArray(200, 'a')) << 431;
        QByteArray many = "GET / HTTP/1.1\r\n" + host;
        for (int i = 0; i < 10; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("too many header fields") << QByteArray(many + "\r\n") << 431;
        QByteArray big = "GET / HTTP/1.1\r\n" + host;
        for (int i = 0; i < 8; ++i)
            big += "X-" + QByteArray::number(i) + ": " + QByteArray(90, 'v') + "\r\n";
        QTest::newRow("head too large") << big << 431;
        QTest::newRow("both framings") << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
        QTest::newRow("differing lengths") << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 3\r\nContent-Length: 4\r\n\r\n") << 400;
        QTest::newRow("length not a number") << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: -3\r\n\r\n") << 400;
        QTest::newRow("unknown coding") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: gzip, chunked\r\n\r\n") << 501;
        QTest::newRow("folded field") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: a\r\n b\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A : a\r\n\r\n") << 400;
        QTest::newRow("NUL in a value") << QByteArray(QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-A: a\0b\r\n\r\n", 36)) << 400;
        QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\n" + host + host + "\r\n") << 400;
        QTest::newRow("HTTP/2 over text") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("TLS to a plain port") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << 400; // no newline needed
        QTest::newRow("target with a space") << QByteArray("GET /a b c HTTP/1.1\r\n" + host + "\r\n") << 400;
        QTest::newRow("target not a path") << QByteArray("GET a HTTP/1.1\r\n" + host + "\r\n") << 400;
        QTest::newRow("unknown expectation") << QByteArray("POST / HTTP/1.1\r\n" + host + "Expect: 200-ok\r\n\r\n") << 417;
        QTest::newRow("bad chunk size") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\nzz\r\n") << 400;
        QTest::newRow("chunk longer than it said") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n") << 400;
    }
    void refusalsSayWhy()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        const Reading reading = readAll(bytes);
        QCOMPARE(reading.failure.status, status);
        QVERIFY(!reading.failure.code.isEmpty());
        QVERIFY(!reading.failure.message.isEmpty());
        QVERIFY(reading.requests.isEmpty());
        // Byte by byte, the same refusal.
        QCOMPARE(readAll(bytes, 1).failure.status, status);
    }

    // A body over the cap is refused at its head: the parser has held none of it.
    void anOversizedBodyIsRefusedBeforeItIsRead()
    {
        HttpRequestParser parser(smallLimits());
        QByteArray input = "POST /hook HTTP/1.1\r\nHost: h\r\nContent-Length: 104857600\r\n\r\n" + QByteArray(4096, 'x');
        QCOMPARE(parser.feed(input), Progress::HeadComplete);
        QCOMPARE(input.size(), qsizetype(4096)); // the body's first bytes are still the caller's
        QVERIFY(!parser.acceptBody(512 * 1024));
        QCOMPARE(parser.failure().status, 413);
        QCOMPARE(parser.failure().message, QStringLiteral("Request bodies are limited to 512 KiB."));
    }

    void expectContinueIsReportedOnlyWithABody()
    {
        HttpRequestParser parser(smallLimits());
        QByteArray input = "POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n";
        QCOMPARE(parser.feed(input), Progress::HeadComplete);
        QVERIFY(parser.acceptBody(64));
        QVERIFY(parser.expectsContinue());
        input = "ok";
        QCOMPARE(parser.feed(input), Progress::Complete);
        QCOMPARE(parser.takeRequest().body(), QByteArray("ok"));
        QVERIFY(!parser.started());
    }

    // A route may take more than the default (the webhook's 512 KiB).
    void aRouteMayAllowALargerBody()
    {
        const QByteArray body(1000, 'b');
        const Reading reading = readAll("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1000\r\n\r\n" + body, 100, 1000);
        QCOMPARE(reading.failure.status, 0);
        QCOMPARE(reading.requests.value(0).body(), body);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_http_request_parser.moc"
