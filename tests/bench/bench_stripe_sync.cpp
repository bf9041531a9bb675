// bench_stripe_sync: a full read of customers, subscriptions, invoices and balance
// transactions from a Stripe 150 ms away (stripe-sandbox --latency 150), page by page
// one list after another, against the concurrent windowed sync at test mode's
// 25 requests/s and at live mode's 100. Prints numbers; asserts nothing about time.
//   build/tests/bench/bench_stripe_sync [customers=150] [latency_ms=150]
#include "SandboxClient.h"
#include "stripe/StripeClient.h"
#include "stripe/StripeListStream.h"
#include "stripe/StripeSync.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>

#include <cstdio>

using namespace companion;

namespace {
const QList<stripe::StripeSync::List> kLists{{QStringLiteral("/v1/customers"), {}},
                                            {QStringLiteral("/v1/subscriptions"), {{QStringLiteral("status"), QStringLiteral("all")}}},
                                            {QStringLiteral("/v1/invoices"), {}},
                                            {QStringLiteral("/v1/balance_transactions"), {}}};

struct Run {
    int objects = 0;
    int requests = 0;
    double seconds = 0;
};

Run sequential(stripe::StripeClient &client)
{
    Run run;
    QElapsedTimer timer;
    timer.start();
    for (const auto &list : kLists) {
        stripe::StripeListStream stream(&client, list.path, list.params);
        bool done = false;
        QObject::connect(&stream, &stripe::StripeListStream::finished, [&](const auto &) { done = true; });
        stream.start();
        if (!QTest::qWaitFor([&] { return done; }, 600000))
            std::fprintf(stderr, "sequential read of %s did not finish\n", qUtf8Printable(list.path));
        run.objects += stream.received();
        run.requests += stream.pages();
    }
    run.seconds = timer.nsecsElapsed() / 1e9;
    return run;
}

Run concurrent(stripe::StripeClient &client, int perSecond)
{
    stripe::StripeSync::Settings settings;
    settings.requestsPerSecond = perSecond;
    settings.inFlight = 24;
    settings.connectionPools = 4;
    settings.windowsPerList = 8;
    settings.historyStart = QDateTime::currentSecsSinceEpoch() - 560 * 24 * 3600;
    stripe::StripeSync sync(&client, kLists, settings);
    bool done = false;
    QObject::connect(&sync, &stripe::StripeSync::finished, [&](const auto &) { done = true; });
    QElapsedTimer timer;
    timer.start();
    sync.start();
    if (!QTest::qWaitFor([&] { return done; }, 600000))
        std::fprintf(stderr, "concurrent sync did not finish\n");
    return {sync.received(), sync.requests(), timer.nsecsElapsed() / 1e9};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int customers = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 150;
    const int latency = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 150;
    test::SandboxClient sandbox;
    QString error;
    if (!sandbox.start(&error, {QStringLiteral("--seed-demo"), QString::number(customers), QStringLiteral("--latency"), QString::number(latency)})) {
        std::fprintf(stderr, "bench_stripe_sync: %s\n", qUtf8Printable(error));
        return 1;
    }
    QNetworkAccessManager network;
    stripe::StripeClient client(&network, sandbox.baseUrl(), QString::fromLatin1(test::SandboxClient::kKey));

    const Run seq = sequential(client);
    const Run test = concurrent(client, 25);
    const Run live = concurrent(client, 100);
    std::printf("bench_stripe_sync: %d demo customers, %d ms latency per request\n", customers, latency);
    std::printf("  sequential pages:        %5d objects, %4d requests, %6.2f s, %7.1f objects/s\n", seq.objects, seq.requests, seq.seconds, seq.objects / seq.seconds);
    std::printf("  concurrent at 25 req/s:  %5d objects, %4d requests, %6.2f s, %7.1f objects/s, %.1fx\n", test.objects, test.requests, test.seconds,
                test.objects / test.seconds, seq.seconds / test.seconds);
    std::printf("  concurrent at 100 req/s: %5d objects, %4d requests, %6.2f s, %7.1f objects/s, %.1fx\n", live.objects, live.requests, live.seconds,
                live.objects / live.seconds, seq.seconds / live.seconds);
    sandbox.stop(&error);
    return seq.objects == test.objects && seq.objects == live.objects ? 0 : 2;
}
