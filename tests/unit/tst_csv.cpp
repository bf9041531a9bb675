// What finance opens in a spreadsheet: quoting per RFC 4180 and no formula
// injection from a customer's name, while negative amounts stay numbers.
#include "util/Csv.h"

#include <QtTest>

using companion::util::csvField;
using companion::util::csvLine;

class TestCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quoting_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("ada@example.com") << QStringLiteral("ada@example.com");
        QTest::newRow("comma") << QStringLiteral("Lovelace, Ada") << QStringLiteral("\"Lovelace, Ada\"");
        QTest::newRow("quote") << QStringLiteral("the \"best\"") << QStringLiteral("\"the \"\"best\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("negative number") << QStringLiteral("-12.34") << QStringLiteral("-12.34");
        QTest::newRow("plus text") << QStringLiteral("+1 call me") << QStringLiteral("'+1 call me");
        QTest::newRow("empty") << QString() << QString();
    }
    void quoting()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(csvField(in), out);
    }

    void lineEndsInCrLf()
    {
        QCOMPARE(csvLine({QStringLiteral("period"), QStringLiteral("mrr"), QStringLiteral("Zoë, R.")}),
                 QByteArray("period,mrr,\"Zo\xc3\xab, R.\"\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
