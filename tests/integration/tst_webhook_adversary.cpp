// The webhook receiver on a bad day: over 100,000 deliveries to the real server on
// PostgreSQL, in random order on 16 connections, mixing Stripe's genuine events
// (with its redeliveries, byte-identical replays and events arriving out of order)
// with forgeries: tampered bodies, tampered headers, a wrong secret, expired
// timestamps, future timestamps with a forged signature, no header, oversized and
// non-JSON bodies. Afterwards: no forgery was accepted, no genuine event was lost
// or applied twice, every learner ends in the state of their newest event, and the
// server answered every single request. The counts are printed.
#include "HttpLoadGenerator.h"
#include "RunningProgram.h"
#include "ServerEnvironment.h"
#include "TestDatabase.h"
#include "WebhookTraffic.h"
#include "billing/WebhookSignature.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace companion;
using test::GenuineEvent;
using test::WebhookTraffic;

namespace {
// How a delivery was made, and so what the receiver must do with it.
enum class Kind {
    Genuine,       // a new event, first copy
    Redelivery,    // Stripe's retry: the same event signed again
    Replay,        // the very same bytes sent again
    TamperedBody,  // a genuine header over a changed body
    TamperedHeader,// one hex digit of v1 changed
    WrongSecret,   // signed with a key that is not the endpoint's
    Expired,       // genuinely signed, 10 minutes ago
    FutureForged,  // a timestamp from the future and a forged signature
    NoHeader,
    Oversized,     // 600 KiB, genuinely signed
    SignedGarbage, // signed, but not JSON
    Garbage,       // not JSON, not signed
};
constexpr int kKinds = int(Kind::Garbage) + 1;
const char *const kKindNames[kKinds] = {"genuine",          "redelivery",    "replay",         "tampered body",
                                        "tampered header",  "wrong secret",  "expired t",      "future t, forged",
                                        "no header",        "oversized",     "signed non-JSON", "unsigned non-JSON"};
// A copy of one of Stripe's events (to be applied once, answered 200).
bool isGenuine(Kind kind)
{
    return kind == Kind::Genuine || kind == Kind::Redelivery || kind == Kind::Replay;
}
// Made by someone without the secret (signed garbage is Stripe's, merely useless).
bool isForgery(Kind kind)
{
    return !isGenuine(kind) && kind != Kind::SignedGarbage;
}

struct Planned {
    Kind kind;
    int event = -1; // index into the genuine events, for Genuine/Redelivery/Replay
};

const QByteArray kSecret = test::kServerWebhookSecret;
constexpr int kUsers = 2000;
constexpr int kEventsPerUser = 20;
constexpr int kRounds = 4; // each round is signed just before it is sent (Stripe's 300 s tolerance)
constexpr int kConnections = 16;
} // namespace

class TestWebhookAdversary : public QObject
{
    Q_OBJECT
private:
    static QByteArray request(const QByteArray &signature, const QByteArray &body) { return WebhookTraffic::request(signature, body); }

private Q_SLOTS:
    void forgeriesFailAndGenuineEventsApplyExactlyOnce()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        {
            const QSqlDatabase db = testDb.openMigrated(&error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QVERIFY2(WebhookTraffic::seedUsers(db, testDb.config().dialect, kUsers, &error), qPrintable(error));
        }
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY2(server.start({QStringLiteral("--database"), testDb.url()}, test::serverEnvironment(), &error), qPrintable(error));

        // Each learner's subscription goes through 20 states, one second apart: the
        // newest decides. Events are spread over the rounds at random, so many arrive
        // after a newer one (out of order).
        QRandomGenerator rng(20261130);
        const qint64 start = QDateTime::currentSecsSinceEpoch() - 3600;
        const QList<GenuineEvent> events =
            WebhookTraffic::subscriptionHistories(kUsers, kEventsPerUser, start, QByteArrayLiteral("evt_adv_"), rng);
        QList<QList<Planned>> rounds(kRounds);
        QList<QList<int>> genuineIn(kRounds); // the events whose first copy a round carries
        for (int i = 0; i < events.size(); ++i) {
            const int r = int(rng.bounded(kRounds));
            rounds[r] << Planned{Kind::Genuine, i};
            genuineIn[r] << i;
        }
        const QList<QPair<Kind, int>> forgeries{{Kind::Redelivery, 10000}, {Kind::Replay, 10000}, {Kind::TamperedBody, 8000},
                                                {Kind::TamperedHeader, 8000}, {Kind::WrongSecret, 8000}, {Kind::Expired, 6000},
                                                {Kind::FutureForged, 3000}, {Kind::NoHeader, 2000}, {Kind::Oversized, 100},
                                                {Kind::SignedGarbage, 3000}, {Kind::Garbage, 3000}};
        for (const auto &[kind, count] : forgeries) {
            for (int n = 0; n < count; ++n) {
                // Copies and forgeries of an event travel in the round of its genuine delivery.
                const int r = int(rng.bounded(kRounds));
                rounds[r] << Planned{kind, genuineIn.at(r).at(int(rng.bounded(quint32(genuineIn.at(r).size()))))};
            }
        }

        qint64 sent = 0;
        qint64 byKind[kKinds] = {};
        qint64 acceptedByKind[kKinds] = {};
        qint64 unanswered = 0, serverErrors = 0, genuineNotOk = 0;
        QHash<QByteArray, int> firstOutcomes; // event id -> how many deliveries were not answered "duplicate"
        QHash<QByteArray, int> okDeliveries;  // event id -> 200 answers
        QMap<QString, qint64> outcomes;
        for (int r = 0; r < kRounds; ++r) {
            QList<Planned> &round = rounds[r];
            std::shuffle(round.begin(), round.end(), std::mt19937(quint32(r + 1)));
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            QHash<int, QByteArray> signedOnce; // event -> its first signed request in this round, for replays
            QList<bench::LoadRequest> pool;
            pool.reserve(round.size());
            for (const Planned &p : std::as_const(round)) {
                const GenuineEvent *e = p.event >= 0 ? &events.at(p.event) : nullptr;
                QByteArray message;
                switch (p.kind) {
                case Kind::Genuine:
                case Kind::Redelivery:
                    message = request(billing::WebhookVerifier::signatureHeader(kSecret, now - qint64(rng.bounded(30)), e->body), e->body);
                    if (!signedOnce.contains(p.event))
                        signedOnce.insert(p.event, message);
                    break;
                case Kind::Replay:
                    message = signedOnce.value(p.event);
                    if (message.isEmpty()) { // its first copy comes later in this round: the replay is a first copy
                        message = request(billing::WebhookVerifier::signatureHeader(kSecret, now, e->body), e->body);
                        signedOnce.insert(p.event, message);
                    }
                    break;
                case Kind::TamperedBody: {
                    QByteArray changed = e->body;
                    changed.replace("\"status\": \"", "\"status\": \"active\", \"x\": \"");
                    if (changed == e->body)
                        changed += ' ';
                    message = request(billing::WebhookVerifier::signatureHeader(kSecret, now, e->body), changed);
                    break;
                }
                case Kind::TamperedHeader: {
                    QByteArray header = billing::WebhookVerifier::signatureHeader(kSecret, now, e->body);
                    const qsizetype at = header.indexOf("v1=") + 3 + qsizetype(rng.bounded(64));
                    header[at] = header.at(at) == 'a' ? 'b' : 'a';
                    message = request(header, e->body);
                    break;
                }
                case Kind::WrongSecret:
                    message = request(billing::WebhookVerifier::signatureHeader("whsec_attacker_0123456789abcdef", now, e->body), e->body);
                    break;
                case Kind::Expired:
                    message = request(billing::WebhookVerifier::signatureHeader(kSecret, now - 600, e->body), e->body);
                    break;
                case Kind::FutureForged:
                    message = request(billing::WebhookVerifier::signatureHeader("whsec_attacker_0123456789abcdef", now + 86400, e->body), e->body);
                    break;
                case Kind::NoHeader:
                    message = request(QByteArray(), e->body);
                    break;
                case Kind::Oversized: {
                    const QByteArray big = "{\"id\":\"evt_big\",\"type\":\"customer.updated\",\"pad\":\"" + QByteArray(600 * 1024, 'x') + "\"}";
                    message = request(billing::WebhookVerifier::signatureHeader(kSecret, now, big), big);
                    break;
                }
                case Kind::SignedGarbage: {
                    const QByteArray junk = "<xml>not json " + QByteArray::number(rng.generate()) + "</xml>";
                    message = request(billing::WebhookVerifier::signatureHeader(kSecret, now, junk), junk);
                    break;
                }
                case Kind::Garbage:
                    message = request("t=" + QByteArray::number(now) + ",v1=" + QByteArray(64, 'f'), "not json at all");
                    break;
                }
                pool.append({message, isGenuine(p.kind) ? e->id : QByteArray()});
            }

            bench::HttpLoadGenerator load(QHostAddress::LocalHost, quint16(server.baseUrl().port()), &pool, kConnections);
            load.setRequestTimeoutMs(60000);
            const bench::LoadReport report = load.run(0, 600000);
            QVERIFY2(report.poolExhausted, "the round did not finish in 10 minutes");
            sent += report.sent;
            for (qsizetype i = 0; i < pool.size(); ++i) {
                const Planned &p = round.at(i);
                const bench::LoadAnswer &answer = load.answers().at(size_t(i));
                ++byKind[int(p.kind)];
                if (answer.status == 0)
                    ++unanswered;
                if (answer.status >= 500)
                    ++serverErrors;
                const bool accepted = answer.status == 200 && answer.outcome != "rejected";
                acceptedByKind[int(p.kind)] += accepted ? 1 : 0;
                if (answer.status == 200)
                    ++outcomes[QString::fromLatin1(answer.outcome)];
                if (isGenuine(p.kind) && answer.status != 200)
                    ++genuineNotOk;
                if (isGenuine(p.kind) && answer.status == 200) {
                    const QByteArray &id = events.at(p.event).id;
                    ++okDeliveries[id];
                    if (answer.outcome != "duplicate")
                        ++firstOutcomes[id];
                }
            }
        }

        // The server is still there, and says so.
        const auto health = test::httpRequest("GET", server.baseUrl().resolved(QUrl(QStringLiteral("/readyz"))));
        QCOMPARE(health.status, 200);

        // What the database holds.
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM webhook_events WHERE event_id IS NOT NULL AND event_id NOT LIKE 'evt_adv_%'")) && q.next());
        const int strangersStored = q.value(0).toInt();
        qint64 appliedTwice = 0;
        for (const GenuineEvent &e : events)
            appliedTwice += firstOutcomes.value(e.id) > 1 ? 1 : 0;
        const WebhookTraffic::Check stored = WebhookTraffic::check(db, events, okDeliveries, QStringLiteral("evt_adv_%"));

        qint64 wrongAccepts = 0;
        std::printf("webhook adversary: %lld deliveries on %d connections in %d rounds\n", static_cast<long long>(sent), kConnections, kRounds);
        for (int k = 0; k < kKinds; ++k) {
            std::printf("  %-18s %7lld sent, %7lld accepted\n", kKindNames[k], static_cast<long long>(byKind[k]),
                        static_cast<long long>(acceptedByKind[k]));
            if (isForgery(Kind(k)))
                wrongAccepts += acceptedByKind[k];
        }
        for (auto it = outcomes.constBegin(); it != outcomes.constEnd(); ++it)
            std::printf("  answered 200 %-10s %7lld\n", qPrintable(it.key()), static_cast<long long>(it.value()));
        std::printf("  wrong accepts %lld, lost %lld, applied twice %lld, delivery counts off %lld, wrong final states %d of %lld, "
                    "unanswered %lld, 5xx %lld, genuine not 200 %lld, stored events not ours %d\n",
                    static_cast<long long>(wrongAccepts), static_cast<long long>(stored.lost), static_cast<long long>(appliedTwice),
                    static_cast<long long>(stored.deliveryCountsOff), stored.wrongFinalStates, static_cast<long long>(stored.users),
                    static_cast<long long>(unanswered), static_cast<long long>(serverErrors), static_cast<long long>(genuineNotOk),
                    strangersStored);
        std::fflush(stdout);

        QVERIFY(sent >= 100000);
        QCOMPARE(wrongAccepts, 0);
        QCOMPARE(acceptedByKind[int(Kind::SignedGarbage)], 0);
        QCOMPARE(stored.lost, 0);
        QCOMPARE(appliedTwice, 0);
        QCOMPARE(stored.deliveryCountsOff, 0);
        QCOMPARE(stored.wrongFinalStates, 0);
        QCOMPARE(stored.users, kUsers);
        QCOMPARE(unanswered, 0);
        QCOMPARE(serverErrors, 0);
        QCOMPARE(genuineNotOk, 0);
        QCOMPARE(strangersStored, 0);
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestWebhookAdversary)
#include "tst_webhook_adversary.moc"
