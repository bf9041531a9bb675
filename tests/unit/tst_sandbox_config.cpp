// stripe-sandbox's command line: numbers in range and known settings are taken,
// anything else is refused with a line that says what the option takes (the sandbox does not start).
#include "SandboxConfig.h"

#include <QCommandLineParser>
#include <QtTest>

using sandbox::SandboxConfig;

namespace {
std::optional<SandboxConfig> parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    SandboxConfig::addOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("stripe-sandbox")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    return SandboxConfig::fromParser(parser, error);
}
} // namespace

class TestSandboxConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numbersInRangeAreTaken()
    {
        QString error;
        const auto config = parse({QStringLiteral("--chaos"), QStringLiteral("0.25"), QStringLiteral("--drop-webhooks"), QStringLiteral("1"),
                                   QStringLiteral("--latency"), QStringLiteral("150"), QStringLiteral("--start-days-ago"), QStringLiteral("400")},
                                  &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->chaosRate, 0.25);
        QCOMPARE(config->dropRate, 1.0);
        QCOMPARE(config->latencyMs, 150);
        QCOMPARE(config->startDaysAgo, 400);
        QCOMPARE(config->afterFailedRetries, sandbox::AfterFailedRetries::Cancel); // Stripe's default
        const auto unpaid = parse({QStringLiteral("--after-failed-retries"), QStringLiteral("unpaid")}, &error);
        QVERIFY2(unpaid, qPrintable(error));
        QCOMPARE(unpaid->afterFailedRetries, sandbox::AfterFailedRetries::MarkUnpaid);
        const auto defaults = parse({}, &error);
        QVERIFY2(defaults, qPrintable(error));
        QCOMPARE(defaults->chaosRate, 0.0);
        QCOMPARE(defaults->startDaysAgo, 0);
    }

    void numbersOutOfRangeSayWhatTheOptionTakes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("chaos above 1") << QStringList{QStringLiteral("--chaos"), QStringLiteral("1.5")}
                                       << QStringLiteral("--chaos takes a rate between 0 and 1");
        QTest::newRow("chaos not a number") << QStringList{QStringLiteral("--chaos"), QStringLiteral("lots")}
                                            << QStringLiteral("--chaos takes a rate between 0 and 1");
        QTest::newRow("drop negative") << QStringList{QStringLiteral("--drop-webhooks"), QStringLiteral("-0.1")}
                                       << QStringLiteral("--drop-webhooks takes a rate between 0 and 1");
        QTest::newRow("latency fraction") << QStringList{QStringLiteral("--latency"), QStringLiteral("2.5")}
                                          << QStringLiteral("--latency takes milliseconds between 0 and 60000");
        QTest::newRow("latency too long") << QStringList{QStringLiteral("--latency"), QStringLiteral("60001")}
                                          << QStringLiteral("--latency takes milliseconds between 0 and 60000");
        QTest::newRow("days zero") << QStringList{QStringLiteral("--start-days-ago"), QStringLiteral("0")}
                                   << QStringLiteral("--start-days-ago takes a number of days from 1 to 3650");
        QTest::newRow("after retries unknown") << QStringList{QStringLiteral("--after-failed-retries"), QStringLiteral("later")}
                                               << QStringLiteral("--after-failed-retries takes cancel, unpaid or past_due");
        QTest::newRow("days empty") << QStringList{QStringLiteral("--start-days-ago"), QString()}
                                    << QStringLiteral("--start-days-ago takes a number of days from 1 to 3650");
    }
    void numbersOutOfRangeSayWhatTheOptionTakes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!parse(arguments, &error));
        QCOMPARE(error, message);
    }
};

QTEST_GUILESS_MAIN(TestSandboxConfig)
#include "tst_sandbox_config.moc"
