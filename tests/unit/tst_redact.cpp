// What may be shown of a secret: its kind and last four characters, nothing more.
#include "util/Redact.h"

#include <QtTest>

using companion::util::redactSecret;

class TestRedact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redacts_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("shown");
        QTest::newRow("test key") << QStringLiteral("sk_test_51Habcdefghijklmnopqrstuvwxyz0123abcd") << QStringLiteral("sk_test_…abcd");
        QTest::newRow("live key") << QStringLiteral("sk_live_fake_abc_def_ghi_jkl_mno_pqr_9f2e") << QStringLiteral("sk_live_…9f2e");
        QTest::newRow("restricted") << QStringLiteral("rk_test_51Habcdefghijklmnopqrstu1111") << QStringLiteral("rk_test_…1111");
        QTest::newRow("webhook secret") << QStringLiteral("whsec_5f2b8c1e9a7d4e3b6c0f1a2d3e4b5c6d") << QStringLiteral("whsec_…5c6d");
        QTest::newRow("short key") << QStringLiteral("sk_test_abc") << QStringLiteral("sk_test_****");
        QTest::newRow("unknown kind") << QStringLiteral("hunter2") << QStringLiteral("****");
        QTest::newRow("empty") << QString() << QStringLiteral("****");
    }
    void redacts()
    {
        QFETCH(QString, secret);
        QFETCH(QString, shown);
        QCOMPARE(redactSecret(secret), shown);
    }

    void neverContainsTheMiddle()
    {
        const QString secret = QStringLiteral("sk_test_51HMIDDLEPARTmiddlepart0123456789zz99");
        QVERIFY(!redactSecret(secret).contains(QStringLiteral("MIDDLE")));
        QVERIFY(redactSecret(secret).size() < 20);
    }
};

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
