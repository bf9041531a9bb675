// The migration splitter decides what the database executes: a wrong split
// means a half-applied or failing migration, so its edge cases are pinned here.
#include "db/SqlScript.h"

#include <QtTest>

using companion::db::splitSqlScript;

class TestSqlScript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsOnSemicolonsWithLineNumbers()
    {
        const auto s = splitSqlScript(QStringLiteral("-- header\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (y INT);\n"));
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).sql, QStringLiteral("CREATE TABLE a (x INT)"));
        QCOMPARE(s.at(0).line, 2);
        QCOMPARE(s.at(1).sql, QStringLiteral("CREATE TABLE b (y INT)"));
        QCOMPARE(s.at(1).line, 4);
    }

    void keepsSemicolonsInsideLiteralsAndComments()
    {
        const auto s = splitSqlScript(QStringLiteral(
            "INSERT INTO t VALUES ('a;b', 'it''s; fine'); -- trailing; comment\n"
            "/* block; comment */ SELECT \"odd;name\" FROM t;"));
        QCOMPARE(s.size(), 2);
        QVERIFY(s.at(0).sql.contains(QStringLiteral("'it''s; fine'")));
        QVERIFY(s.at(1).sql.contains(QStringLiteral("\"odd;name\"")));
    }

    void keepsDollarQuotedBodiesWhole()
    {
        const auto s = splitSqlScript(QStringLiteral(
            "CREATE FUNCTION f() RETURNS trigger AS $body$\nBEGIN\n  RAISE EXCEPTION 'no; never';\nEND;\n$body$ LANGUAGE plpgsql;\n"
            "SELECT 1;"));
        QCOMPARE(s.size(), 2);
        QVERIFY(s.at(0).sql.endsWith(QStringLiteral("LANGUAGE plpgsql")));
        QCOMPARE(s.at(1).line, 6);
    }

    void keepsSqliteTriggerBodiesWhole()
    {
        const auto s = splitSqlScript(QStringLiteral(
            "CREATE TRIGGER no_update BEFORE UPDATE ON audit_log\nBEGIN\n  SELECT RAISE(ABORT, 'append only');\n  SELECT 1;\nEND;\n"
            "CREATE INDEX i ON t (x);"));
        QCOMPARE(s.size(), 2);
        QVERIFY(s.at(0).sql.endsWith(QStringLiteral("END")));
        QVERIFY(s.at(1).sql.startsWith(QStringLiteral("CREATE INDEX")));
    }

    void dropsEmptyStatements()
    {
        QCOMPARE(splitSqlScript(QStringLiteral(";;\n-- only a comment;\n  ;")).size(), 0);
    }

    void statementWithoutFinalSemicolon()
    {
        const auto s = splitSqlScript(QStringLiteral("SELECT 1"));
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.at(0).sql, QStringLiteral("SELECT 1"));
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
