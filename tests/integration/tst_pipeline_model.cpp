// Model-based property: random lifecycles of subscriptions as Stripe lives them
// (the reference model: each subscription's states in time, the last one Stripe's
// truth) are turned into the webhook deliveries Stripe would make and then spoiled
// as Stripe spoils them — reordered across subscriptions, duplicated, intermediate
// events lost, same-second ties, thin payloads, checkout sessions that only name
// the subscription — and fed to the one pipeline in random batches, with Stripe
// answering either while the batch waits or later (the server's way). Whatever
// happened, every subscription's mirror must end at Stripe's truth (status and
// period), its MRR ledger's open stretch must say that status, and every learner's
// Premium must be what the truth gives them.
// The number of lifecycles comes from COMPANION_MODEL_SEQUENCES (default 1,500 per
// database; the bench preset runs 100,000 as bench_pipeline_model). Seeds are fixed
// and printed on failure.
#include "StripeEventFactory.h"
#include "TestDatabase.h"
#include "billing/EventProcessor.h"
#include "db/UserDirectory.h"

#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QtTest>

#include <algorithm>

using namespace companion;
namespace events = companion::bench::StripeEventFactory;

namespace {
constexpr int kUsers = 400;
constexpr qint64 kStart = 1790000000;
constexpr qint64 kDay = 86400;

// One subscription as Stripe lived it.
struct Lifecycle {
    int user = 0;
    int generation = 0;
    QString id;
    struct State {
        qint64 at = 0;
        QString status;
        qint64 periodStart = 0;
    };
    QList<State> states;
    const State &truth() const { return states.constLast(); }
};

// Stripe's lifecycle: incomplete only first; canceled and incomplete_expired final.
Lifecycle live(int user, int generation, QRandomGenerator &rng)
{
    Lifecycle l;
    l.user = user;
    l.generation = generation;
    l.id = events::subscriptionId(user, generation);
    qint64 t = kStart + qint64(generation) * 400 * kDay + rng.bounded(30 * 3600);
    qint64 period = t;
    const int first = int(rng.bounded(6));
    QString status = first == 0 ? QStringLiteral("incomplete") : first == 1 ? QStringLiteral("trialing") : QStringLiteral("active");
    l.states.append({t, status, period});
    const int steps = int(rng.bounded(7));
    for (int s = 0; s < steps; ++s) {
        if (status == QLatin1String("canceled") || status == QLatin1String("incomplete_expired"))
            break;
        t += rng.bounded(6) == 0 ? 0 : qint64(rng.bounded(1, 35 * int(kDay))); // now and then the same second
        const int roll = int(rng.bounded(10));
        if (status == QLatin1String("incomplete")) {
            status = roll < 7 ? QStringLiteral("active") : QStringLiteral("incomplete_expired");
        } else if (roll < 4) { // renewed and paid
            period += events::kMonth;
            status = QStringLiteral("active");
        } else if (roll < 6) { // a renewal fails
            period += events::kMonth;
            status = roll == 4 ? QStringLiteral("past_due") : QStringLiteral("unpaid");
        } else if (roll < 7) {
            status = QStringLiteral("canceled");
        } else { // an update that changes nothing we read (a new card, metadata)
        }
        l.states.append({t, status, period});
    }
    return l;
}

QJsonObject stateObject(const Lifecycle &l, const Lifecycle::State &s)
{
    return events::subscription(l.user, s.status, s.periodStart, QStringLiteral("in_model"), events::Shape::Pinned, l.generation);
}

QString typeOf(const Lifecycle &l, qsizetype state)
{
    if (state == 0)
        return QStringLiteral("customer.subscription.created");
    return l.states.at(state).status == QLatin1String("canceled") ? QStringLiteral("customer.subscription.deleted")
                                                                   : QStringLiteral("customer.subscription.updated");
}

bool premiumStatus(const QString &status)
{
    return status == QLatin1String("active") || status == QLatin1String("trialing") || status == QLatin1String("past_due");
}

struct World {
    QList<Lifecycle> lifecycles;
    QList<QByteArray> deliveries;
    qint64 end = 0;             // after every event: when Stripe's answers are read
};

// Lifecycles for `count` subscriptions and the spoiled deliveries of their events.
World makeWorld(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    World w;
    QList<int> generations(kUsers, 0);
    for (int i = 0; i < count; ++i) {
        const int user = int(rng.bounded(kUsers));
        Lifecycle l = live(user, generations[user]++, rng);
        QList<QByteArray> made;
        auto eventId = [&](qsizetype n) { return QStringLiteral("evt_m%1_%2_%3").arg(seed).arg(i).arg(n); };
        if (rng.bounded(3) == 0) { // bought through our Checkout: the session names the subscription only
            const QJsonObject session{{QStringLiteral("id"), QStringLiteral("cs_m%1_%2").arg(seed).arg(i)},
                                      {QStringLiteral("object"), QStringLiteral("checkout.session")},
                                      {QStringLiteral("client_reference_id"), events::userId(user)},
                                      {QStringLiteral("customer"), events::customerId(user)},
                                      {QStringLiteral("mode"), QStringLiteral("subscription")},
                                      {QStringLiteral("status"), QStringLiteral("complete")},
                                      {QStringLiteral("subscription"), l.id}};
            made << events::event(eventId(99), QStringLiteral("checkout.session.completed"), l.states.first().at, session);
        }
        for (qsizetype s = 0; s < l.states.size(); ++s) {
            const bool last = s == l.states.size() - 1;
            if (!last && rng.bounded(7) == 0)
                continue; // lost: Stripe gave up on it, or it never reached us
            QJsonObject object = stateObject(l, l.states.at(s));
            if (rng.bounded(12) == 0) // thin: only what names it
                object = QJsonObject{{QStringLiteral("id"), l.id}, {QStringLiteral("object"), QStringLiteral("subscription")},
                                     {QStringLiteral("customer"), events::customerId(user)}};
            const QByteArray body = events::event(eventId(s), typeOf(l, s), l.states.at(s).at, object);
            made << body;
            if (rng.bounded(6) == 0)
                made << body; // delivered twice
        }
        w.deliveries += made;
        w.end = qMax(w.end, l.truth().at + 1);
        w.lifecycles.append(l);
    }
    // Stripe's order is not the order things happened.
    for (qsizetype i = w.deliveries.size() - 1; i > 0; --i)
        w.deliveries.swapItemsAt(i, rng.bounded(qint64(i + 1)));
    return w;
}

int sequencesToRun()
{
    const int fromEnv = qEnvironmentVariableIntValue("COMPANION_MODEL_SEQUENCES");
    return fromEnv > 0 ? fromEnv : 1500;
}
} // namespace

class TestPipelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mirrorsLedgerAndPremiumEndAtStripesTruth_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("stripeAnswersLater");
        QTest::newRow("Stripe answers while the batch waits") << 7001u << false;
        QTest::newRow("Stripe answers later (the server)") << 7002u << true;
    }

    void mirrorsLedgerAndPremiumEndAtStripesTruth()
    {
        QFETCH(quint32, seed);
        QFETCH(bool, stripeAnswersLater);
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        const db::Dialect dialect = testDb.config().dialect;
        {
            db::UserDirectory users(db, dialect);
            for (int user = 0; user < kUsers; ++user) {
                db::UserRecord record;
                record.id = events::userId(user);
                record.email = record.id + QStringLiteral("@example.com");
                // Half are linked to their customer already; the others are found by their ids.
                if (user % 2 == 0)
                    record.stripeCustomerId = events::customerId(user);
                QVERIFY2(users.insert(record, &error), qPrintable(error));
            }
        }

        // Whole rounds of lifecycles, so a 100,000-sequence run needs no more memory than one round.
        const int total = sequencesToRun();
        const int perRound = qMin(total, 2000);
        QRandomGenerator batching(seed * 31u);
        qint64 deliveries = 0, batches = 0, asked = 0;
        QHash<QString, Lifecycle::State> truths; // Stripe's truth of every subscription, by (renamed) id
        QHash<QString, int> userOf;
        for (int round = 0, done = 0; done < total; ++round) {
            const int count = qMin(perRound, total - done);
            World world = makeWorld(count, seed + quint32(round) * 1000003u);
            // Lifecycle ids repeat across rounds (same users, same generations): give each round its own.
            QList<QByteArray> renamed;
            renamed.reserve(world.deliveries.size());
            const QByteArray tag = QByteArray("r") + QByteArray::number(round) + "x";
            const QByteArray subscriptionTag = QByteArray("\"sub_") + tag + "bench", eventTag = QByteArray("\"evt_") + tag + "m";
            for (QByteArray d : std::as_const(world.deliveries))
                renamed << d.replace("\"sub_bench", subscriptionTag).replace("\"evt_m", eventTag);
            QHash<QString, const Lifecycle *> byRenamed;
            for (const Lifecycle &l : std::as_const(world.lifecycles)) {
                const QString id = QString(l.id).replace(QStringLiteral("sub_bench"), QStringLiteral("sub_%1bench").arg(QString::fromLatin1(tag)));
                byRenamed.insert(id, &l);
                truths.insert(id, l.truth());
                userOf.insert(id, l.user);
            }
            // Stripe's current state of a subscription: its truth, read after the history.
            auto answer = [&](const QString &id) -> std::optional<QJsonObject> {
                const Lifecycle *l = byRenamed.value(id);
                if (!l)
                    return std::nullopt;
                ++asked;
                QJsonObject object = stateObject(*l, l->truth());
                object.insert(QStringLiteral("id"), id);
                return object;
            };
            billing::EventProcessor processor(db, dialect, answer);
            QStringList later;
            if (stripeAnswersLater)
                processor.setRefreshRequester([&later](const QString &id) { later << id; });
            const qint64 now = world.end + 1;
            processor.setClock([now] { return now; });
            // Stripe's answers to what the batches asked, read after the history.
            auto answerLater = [&] {
                later.removeDuplicates();
                QList<billing::EventProcessor::FetchedSubscription> answers;
                for (const QString &id : std::as_const(later))
                    answers.append({*answer(id), now});
                later.clear();
                QCOMPARE(processor.applyCurrentSubscriptions(answers, &error), int(answers.size()));
                QVERIFY2(error.isEmpty(), qPrintable(error));
            };
            for (qsizetype i = 0; i < renamed.size(); ++batches) {
                const qsizetype size = qMin<qsizetype>(1 + batching.bounded(64), renamed.size() - i);
                for (const auto &outcome : processor.processBatch(renamed.mid(i, size), now - 1))
                    QVERIFY2(outcome.stored, qPrintable(outcome.error));
                i += size;
                if (!later.isEmpty() && batching.bounded(3) == 0) // answers come back while deliveries continue
                    answerLater();
                if (QTest::currentTestFailed())
                    return;
            }
            if (!later.isEmpty())
                answerLater();
            if (QTest::currentTestFailed())
                return;
            deliveries += renamed.size();
            done += count;
        }

        // Every subscription that reached us is at Stripe's truth.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT s.id, s.status, s.current_period_end, s.user_id, g.status FROM subscriptions s "
                                      "LEFT JOIN mrr_segments g ON g.subscription_id = s.id AND g.valid_to IS NULL")));
        QSet<QString> mirrored;
        qint64 wrong = 0;
        QString firstWrong;
        while (q.next()) {
            const QString id = q.value(0).toString();
            mirrored.insert(id);
            const auto truth = truths.constFind(id);
            if (truth == truths.constEnd())
                continue;
            const bool ok = q.value(1).toString() == truth->status && q.value(2).toLongLong() == truth->periodStart + events::kMonth
                && q.value(3).toString() == events::userId(userOf.value(id)) && q.value(4).toString() == truth->status;
            if (!ok && ++wrong == 1)
                firstWrong = QStringLiteral("%1: mirror %2 (period end %3, user %4, ledger %5); Stripe: %6 (period end %7)")
                                 .arg(id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                                      truth->status)
                                 .arg(truth->periodStart + events::kMonth);
        }
        QVERIFY2(wrong == 0, qPrintable(QStringLiteral("seed %1: %2 subscriptions differ from Stripe, first: %3").arg(seed).arg(wrong).arg(firstWrong)));
        QCOMPARE(mirrored.size(), truths.size()); // the last event of each always arrives

        // Premium: some subscription of theirs is in a paying status at the end.
        QHash<QString, bool> expected;
        for (auto it = truths.cbegin(); it != truths.cend(); ++it) {
            bool &premium = expected[events::userId(userOf.value(it.key()))];
            premium = premium || premiumStatus(it->status);
        }
        QVERIFY(q.exec(QStringLiteral("SELECT id, is_premium FROM users")));
        qint64 premiumWrong = 0;
        while (q.next())
            premiumWrong += q.value(1).toBool() != expected.value(q.value(0).toString()) ? 1 : 0;
        QVERIFY2(premiumWrong == 0, qPrintable(QStringLiteral("seed %1: %2 learners' Premium differs from Stripe's truth").arg(seed).arg(premiumWrong)));
        qInfo("seed %u: %lld subscriptions, %lld deliveries in %lld batches, Stripe asked %lld times", seed, qint64(truths.size()), deliveries,
              batches, asked);
    }
};

QTEST_GUILESS_MAIN(TestPipelineModel)
#include "tst_pipeline_model.moc"
