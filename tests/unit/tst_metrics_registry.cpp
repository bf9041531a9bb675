// The text Prometheus scrapes, exactly: HELP and TYPE lines, escaped label values,
// cumulative histogram buckets ending in +Inf with _sum and _count, gauges read at
// scrape time, counters shown at 0 before their first event, and no count lost when
// many threads add at once.
#include "metrics/MetricsRegistry.h"

#include <QThread>
#include <QtTest>

#include <memory>
#include <vector>

using companion::metrics::MetricsRegistry;

class TestMetricsRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countersAndGaugesInTheTextFormat()
    {
        MetricsRegistry r;
        const auto deliveries = r.counter(QStringLiteral("x_deliveries_total"), QStringLiteral("Deliveries.\nBy type."),
                                          {QStringLiteral("type"), QStringLiteral("outcome")});
        const auto version = r.gauge(QStringLiteral("x_schema_version"), QStringLiteral("Schema \\ version."));
        r.touch(deliveries, {QStringLiteral("other"), QStringLiteral("failed")});
        r.add(deliveries, {QStringLiteral("invoice.paid"), QStringLiteral("applied")});
        r.add(deliveries, {QStringLiteral("invoice.paid"), QStringLiteral("applied")}, 2);
        r.add(deliveries, {QStringLiteral("a\"b\\c\nd"), QStringLiteral("applied")}, 0.5);
        r.add(deliveries, {QStringLiteral("invoice.paid"), QStringLiteral("applied")}, -7); // a counter never goes down
        r.set(version, {}, 12);
        QCOMPARE(QString::fromUtf8(r.exposition()),
                 QStringLiteral("# HELP x_deliveries_total Deliveries.\\nBy type.\n"
                                "# TYPE x_deliveries_total counter\n"
                                "x_deliveries_total{type=\"a\\\"b\\\\c\\nd\",outcome=\"applied\"} 0.5\n"
                                "x_deliveries_total{type=\"invoice.paid\",outcome=\"applied\"} 3\n"
                                "x_deliveries_total{type=\"other\",outcome=\"failed\"} 0\n"
                                "# HELP x_schema_version Schema \\\\ version.\n"
                                "# TYPE x_schema_version gauge\n"
                                "x_schema_version 12\n"));
        QCOMPARE(r.value(deliveries, {QStringLiteral("invoice.paid"), QStringLiteral("applied")}), 3.0);
        QCOMPARE(r.value(deliveries, {QStringLiteral("never"), QStringLiteral("seen")}), 0.0);
        QCOMPARE(MetricsRegistry::contentType(), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    }

    void histogramBucketsAreCumulative()
    {
        MetricsRegistry r;
        const auto latency = r.histogram(QStringLiteral("x_request_duration_seconds"), QStringLiteral("Latency."), {0.1, 1}, {QStringLiteral("route")});
        for (const double seconds : {0.05, 0.1, 0.5, 3.0}) // 0.1 is in the le="0.1" bucket: le means <=
            r.observe(latency, {QStringLiteral("/a")}, seconds);
        QCOMPARE(QString::fromUtf8(r.exposition()),
                 QStringLiteral("# HELP x_request_duration_seconds Latency.\n"
                                "# TYPE x_request_duration_seconds histogram\n"
                                "x_request_duration_seconds_bucket{route=\"/a\",le=\"0.1\"} 2\n"
                                "x_request_duration_seconds_bucket{route=\"/a\",le=\"1\"} 3\n"
                                "x_request_duration_seconds_bucket{route=\"/a\",le=\"+Inf\"} 4\n"
                                "x_request_duration_seconds_sum{route=\"/a\"} 3.65\n"
                                "x_request_duration_seconds_count{route=\"/a\"} 4\n"));
        QCOMPARE(r.value(latency, {QStringLiteral("/a")}), 4.0);
    }

    void gaugesReadWhenScraped()
    {
        MetricsRegistry r;
        int depth = 3;
        r.gaugeReadAtScrape(QStringLiteral("x_queue_depth"), QStringLiteral("Waiting."), {QStringLiteral("queue")}, [&depth] {
            return QList<MetricsRegistry::Sample>{{{QStringLiteral("refresh")}, double(depth)}, {{QStringLiteral("ingest")}, 1}};
        });
        QVERIFY(r.exposition().endsWith("x_queue_depth{queue=\"ingest\"} 1\nx_queue_depth{queue=\"refresh\"} 3\n"));
        depth = 8;
        QVERIFY(r.exposition().endsWith("x_queue_depth{queue=\"refresh\"} 8\n"));
    }

    void specialValues()
    {
        QCOMPARE(companion::metrics::formatValue(qInf()), QStringLiteral("+Inf"));
        QCOMPARE(companion::metrics::formatValue(-qInf()), QStringLiteral("-Inf"));
        QCOMPARE(companion::metrics::formatValue(qQNaN()), QStringLiteral("NaN"));
        QCOMPARE(companion::metrics::formatValue(1e20), QStringLiteral("1e+20"));
        QCOMPARE(companion::metrics::formatValue(-42), QStringLiteral("-42"));
    }

    // Eight threads add and observe at once: every one is counted.
    void manyThreadsLoseNothing()
    {
        MetricsRegistry r;
        const auto hits = r.counter(QStringLiteral("x_hits_total"), QStringLiteral("Hits."), {QStringLiteral("lane")});
        const auto sizes = r.histogram(QStringLiteral("x_size_bytes"), QStringLiteral("Sizes."), {10, 100});
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back(QThread::create([&r, hits, sizes, t] {
                for (int i = 0; i < 5000; ++i) {
                    r.add(hits, {QString::number(t % 2)});
                    r.observe(sizes, {}, i % 200);
                }
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(60000));
        QCOMPARE(r.value(hits, {QStringLiteral("0")}) + r.value(hits, {QStringLiteral("1")}), 40000.0);
        QCOMPARE(r.value(sizes), 40000.0);
        QVERIFY(r.exposition().contains("x_size_bytes_bucket{le=\"10\"} 2200\n")); // 0…10 of every 200: 11 × 25 × 8
    }
};

QTEST_GUILESS_MAIN(TestMetricsRegistry)
#include "tst_metrics_registry.moc"
