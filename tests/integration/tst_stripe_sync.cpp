// Reading whole Stripe lists: page streams over thousands of objects, cancellation,
// and the concurrent windowed sync returning exactly what sequential paging returns.
#include "SandboxClient.h"
#include "stripe/StripeClient.h"
#include "stripe/StripeListStream.h"
#include "stripe/StripeSync.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QtTest>

using namespace companion;

namespace {
// Reads one list to the end, sequentially; returns the ids in order.
QStringList readAll(stripe::StripeClient &client, const QString &path, const QJsonObject &params = {})
{
    QStringList ids;
    bool done = false;
    stripe::StripeListStream stream(&client, path, params);
    QObject::connect(&stream, &stripe::StripeListStream::page, [&](const QJsonArray &items) {
        for (const QJsonValue &item : items)
            ids << item.toObject().value(QStringLiteral("id")).toString();
    });
    QObject::connect(&stream, &stripe::StripeListStream::finished, [&](const auto &) { done = true; });
    stream.start();
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        qWarning("list %s did not finish", qPrintable(path));
    return ids;
}
} // namespace

class TestStripeSync : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void pagesThroughThousandsInOrder()
    {
        test::SandboxClient sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        stripe::StripeClient client(&m_network, sandbox.baseUrl(), QString::fromLatin1(test::SandboxClient::kKey));
        QStringList created;
        for (int i = 0; i < 2345; ++i)
            created.prepend(sandbox.post(QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QStringLiteral("p%1@example.com").arg(i)}}).id());
        const QStringList ids = readAll(client, QStringLiteral("/v1/customers"));
        QCOMPARE(ids.size(), 2345);
        QCOMPARE(ids, created); // newest first, none missing, none twice

        // Canceling mid-stream stops it with a Canceled error and no more pages.
        stripe::StripeListStream stream(&client, QStringLiteral("/v1/customers"), {{QStringLiteral("limit"), 10}});
        std::optional<stripe::StripeError> outcome;
        bool finished = false;
        connect(&stream, &stripe::StripeListStream::page, &stream, [&] {
            if (stream.pages() == 3)
                stream.cancel();
        });
        connect(&stream, &stripe::StripeListStream::finished, this, [&](const auto &e) { outcome = e; finished = true; });
        stream.start();
        QTRY_VERIFY(finished);
        QVERIFY(outcome && outcome->kind == stripe::StripeError::Kind::Canceled);
        QCOMPARE(stream.received(), 30);
        QVERIFY(sandbox.stop(&error));
    }

    void concurrentSyncMatchesSequentialPaging()
    {
        test::SandboxClient sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error, {QStringLiteral("--seed-demo"), QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("3")}),
                 qPrintable(error));
        stripe::StripeClient client(&m_network, sandbox.baseUrl(), QString::fromLatin1(test::SandboxClient::kKey));
        const QList<stripe::StripeSync::List> lists{{QStringLiteral("/v1/customers"), {}},
                                                   {QStringLiteral("/v1/subscriptions"), {{QStringLiteral("status"), QStringLiteral("all")}}},
                                                   {QStringLiteral("/v1/invoices"), {}},
                                                   {QStringLiteral("/v1/balance_transactions"), {}}};
        QHash<QString, QSet<QString>> sequential;
        for (const auto &list : lists) {
            const QStringList ids = readAll(client, list.path, list.params);
            sequential[list.path] = QSet<QString>(ids.begin(), ids.end());
            QCOMPARE(sequential[list.path].size(), ids.size());
        }
        QVERIFY(sequential.value(QStringLiteral("/v1/invoices")).size() > 300); // 18 months of history

        stripe::StripeSync::Settings settings;
        settings.windowsPerList = 6;
        settings.requestsPerSecond = 100;
        settings.historyStart = QDateTime::currentSecsSinceEpoch() - 600 * 24 * 3600;
        stripe::StripeSync sync(&client, lists, settings);
        QHash<QString, QList<QString>> concurrent;
        std::optional<stripe::StripeError> outcome;
        bool finished = false;
        int lastProgress = 0;
        connect(&sync, &stripe::StripeSync::objects, this, [&](const QString &path, const QJsonArray &items) {
            for (const QJsonValue &item : items)
                concurrent[path] << item.toObject().value(QStringLiteral("id")).toString();
        });
        connect(&sync, &stripe::StripeSync::progress, this, [&](int received, int, int) {
            QVERIFY(received >= lastProgress);
            lastProgress = received;
        });
        connect(&sync, &stripe::StripeSync::finished, this, [&](const auto &e) { outcome = e; finished = true; });
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 60000);
        QVERIFY2(!outcome, qPrintable(outcome ? outcome->logText() : QString()));
        for (const auto &list : lists) {
            const QList<QString> ids = concurrent.value(list.path);
            QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size()); // no object in two windows
            QCOMPARE(QSet<QString>(ids.begin(), ids.end()), sequential.value(list.path));
        }
        QCOMPARE(sync.received(), lastProgress);
        QVERIFY(sandbox.stop(&error));
    }
};

QTEST_GUILESS_MAIN(TestStripeSync)
#include "tst_stripe_sync.moc"
