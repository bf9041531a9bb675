// Amounts as support and finance read them: Stripe's minor units with the right
// symbol and decimals, zero-decimal currencies left whole.
#include "util/Money.h"

#include <QtTest>

using namespace companion;

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("premium monthly") << qint64(999) << QStringLiteral("usd") << QStringLiteral("$9.99");
        QTest::newRow("upper-case code") << qint64(9900) << QStringLiteral("USD") << QStringLiteral("$99.00");
        QTest::newRow("euro") << qint64(1050) << QStringLiteral("eur") << QStringLiteral("€10.50");
        QTest::newRow("yen has no cents") << qint64(1500) << QStringLiteral("jpy") << QStringLiteral("¥1,500");
        QTest::newRow("no symbol: code") << qint64(1200) << QStringLiteral("chf") << QStringLiteral("12.00 CHF");
        QTest::newRow("refund") << qint64(-999) << QStringLiteral("usd") << QStringLiteral("-$9.99");
    }

    void formats()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(util::formatMoney(minor, currency, QLocale(QLocale::English, QLocale::UnitedStates)), expected);
    }

    // What CSV exports write: numbers a spreadsheet reads, whatever the locale.
    void plainAmountsForFiles()
    {
        QCOMPARE(util::plainAmount(107900, QStringLiteral("usd")), QStringLiteral("1079.00"));
        QCOMPARE(util::plainAmount(-2997, QStringLiteral("usd")), QStringLiteral("-29.97"));
        QCOMPARE(util::plainAmount(0, QStringLiteral("usd")), QStringLiteral("0.00"));
        QCOMPARE(util::plainAmount(999, QStringLiteral("JPY")), QStringLiteral("999"));
    }

    void percentagesForPeople()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(util::formatPercent(3.0 / 110, english), QStringLiteral("2.73 %"));
        QCOMPARE(util::formatPercent(-999.0 / 104505, english), QStringLiteral("-0.96 %"));
        QCOMPARE(util::formatPercent(0.0167, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("1,67 %"));
        QCOMPARE(util::formatPercent(std::nullopt, english), QStringLiteral("—"));
    }

    void theCLocaleReadsLikeEnglish()
    {
        QCOMPARE(util::formatMoney(999, QStringLiteral("usd"), QLocale::c()), QStringLiteral("$9.99"));
        QCOMPARE(util::formatMoney(999, QStringLiteral("eur"), QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("9,99\u00a0€"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
