// Dates and times as the desk shows them: four-digit years in every locale,
// seconds on logs and timelines, and the zone they are in named — in the zone
// chosen in Preferences (the operator's or UTC), here passed explicitly.
#include "widgets/DisplayFormat.h"

#include <QtTest>

using namespace companion::admin;

namespace {
// 2023-11-14 14:04:05 UTC: winter, Berlin is UTC+1 (CET).
constexpr qint64 kNovember = 1699970645;
// 2023-07-01 12:00:00 UTC: summer, Berlin is UTC+2 (CEST).
constexpr qint64 kJuly = 1688212800;

const QTimeZone berlin()
{
    return QTimeZone("Europe/Berlin");
}
} // namespace

class TestDisplayFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(berlin().isValid(), "tzdata has no Europe/Berlin");
    }

    void dateHasFourDigitYear_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("11/14/2023");
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("14.11.2023");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("14/11/2023");
    }

    void dateHasFourDigitYear()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        const DisplayFormat format(QLocale(locale), berlin());
        QCOMPARE(format.date(QDate(2023, 11, 14)), expected);
        QCOMPARE(format.date(kNovember), expected);
        QVERIFY(!DisplayFormat::dateFormat(QLocale(locale)).contains(QLatin1String("yyyyyy")));
    }

    void dateIsTheDayInTheChosenZone()
    {
        // 23:30 UTC on 14 November is already the 15th in Berlin.
        const qint64 lateEvening = QDateTime(QDate(2023, 11, 14), QTime(23, 30), QTimeZone::utc()).toSecsSinceEpoch();
        QCOMPARE(DisplayFormat(QLocale(QStringLiteral("de_DE")), QTimeZone::utc()).date(lateEvening), QStringLiteral("14.11.2023"));
        QCOMPARE(DisplayFormat(QLocale(QStringLiteral("de_DE")), berlin()).date(lateEvening), QStringLiteral("15.11.2023"));
    }

    void listsShowMinutes_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("11/14/2023 3:04\u202FPM");
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("14.11.2023 15:04");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("14/11/2023 15:04");
    }

    void listsShowMinutes()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        const QString shown = DisplayFormat(QLocale(locale), berlin()).dateTime(kNovember);
        // CLDR versions differ in the space before AM/PM (U+0020 or U+202F).
        QCOMPARE(QString(shown).replace(QChar(0x202F), u' '), QString(expected).replace(QChar(0x202F), u' '));
        QVERIFY2(!shown.contains(QLatin1String(":05")), qPrintable(shown)); // no seconds in lists
    }

    void logsShowSecondsAndZone_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("berlinText");
        QTest::addColumn<QString>("utcText");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("11/14/2023 3:04:05 PM CET")
                               << QStringLiteral("11/14/2023 2:04:05 PM UTC");
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("14.11.2023 15:04:05 CET")
                               << QStringLiteral("14.11.2023 14:04:05 UTC");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("14/11/2023 15:04:05 CET")
                               << QStringLiteral("14/11/2023 14:04:05 UTC");
    }

    void logsShowSecondsAndZone()
    {
        QFETCH(QString, locale);
        QFETCH(QString, berlinText);
        QFETCH(QString, utcText);
        const auto plain = [](QString text) { return text.replace(QChar(0x202F), u' '); };
        QCOMPARE(plain(DisplayFormat(QLocale(locale), berlin()).dateTimeSeconds(kNovember)), berlinText);
        QCOMPARE(plain(DisplayFormat(QLocale(locale), QTimeZone::utc()).dateTimeSeconds(kNovember)), utcText);
    }

    void summerTimeIsNamed()
    {
        const DisplayFormat format(QLocale(QStringLiteral("de_DE")), berlin());
        QCOMPARE(format.dateTimeSeconds(kJuly), QStringLiteral("01.07.2023 14:00:00 CEST"));
        QCOMPARE(format.zoneAbbreviation(kJuly), QStringLiteral("CEST"));
    }

    void zoneIsNamedForHeaders()
    {
        QCOMPARE(DisplayFormat(QLocale(QStringLiteral("en_US")), berlin()).zoneNote(), QStringLiteral("Times in Europe/Berlin"));
        QCOMPARE(DisplayFormat(QLocale(QStringLiteral("en_US")), QTimeZone::utc()).zoneNote(), QStringLiteral("Times in UTC"));
    }

    void noTimeIsEmpty()
    {
        const DisplayFormat format(QLocale(QStringLiteral("en_US")), berlin());
        QVERIFY(format.date(qint64(0)).isEmpty());
        QVERIFY(format.dateTime(0).isEmpty());
        QVERIFY(format.dateTimeSeconds(0).isEmpty());
    }

    void filesKeepIsoUtc()
    {
        QCOMPARE(DisplayFormat::isoUtc(kNovember), QStringLiteral("2023-11-14T14:04:05Z"));
        QVERIFY(DisplayFormat::isoUtc(0).isEmpty());
    }

    void moneyAndPercentFollowTheLocale()
    {
        const DisplayFormat german(QLocale(QStringLiteral("de_DE")), berlin());
        QCOMPARE(german.percent(0.0273), QStringLiteral("2,73 %"));
        QVERIFY2(german.money(999, QStringLiteral("eur")).contains(QLatin1String("9,99")), qPrintable(german.money(999, QStringLiteral("eur"))));
        QCOMPARE(DisplayFormat(QLocale(QStringLiteral("en_US")), berlin()).money(999, QStringLiteral("usd")), QStringLiteral("$9.99"));
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_display_format.moc"
