// When do the programs write journald's priority prefixes: only when $JOURNAL_STREAM
// names this very stderr (systemd's rule), never on a malformed or inherited value.
#include "util/JournalLogging.h"

#include <QtTest>

#include <sys/stat.h>

using companion::util::JournalLogging;

class TestJournalLogging : public QObject
{
    Q_OBJECT
private:
    static QByteArray streamOf(qulonglong device, qulonglong inode)
    {
        return QByteArray::number(device) + ':' + QByteArray::number(inode);
    }

private Q_SLOTS:
    void recognisesItsOwnStderr()
    {
        struct stat status {};
        QCOMPARE(fstat(2, &status), 0);
        QVERIFY(JournalLogging::stderrIsJournal(streamOf(status.st_dev, status.st_ino)));
        QVERIFY(!JournalLogging::stderrIsJournal(streamOf(status.st_dev, status.st_ino + 1)));
        QVERIFY(!JournalLogging::stderrIsJournal(streamOf(status.st_dev + 1, status.st_ino)));
    }

    void refusesMalformedValues_data()
    {
        QTest::addColumn<QByteArray>("value");
        for (const char *value : {"", "abc", "1:", ":2", "1:2:3", "-1:-1", "0x10:5", " 1:2"})
            QTest::newRow(value) << QByteArray(value);
    }
    void refusesMalformedValues()
    {
        QFETCH(QByteArray, value);
        QVERIFY(!JournalLogging::stderrIsJournal(value));
    }

    void patternMapsLevelsToSyslogPriorities()
    {
        const QString pattern = QString::fromLatin1(JournalLogging::pattern());
        for (const char *part : {"%{if-debug}<7>", "%{if-info}<6>", "%{if-warning}<4>", "%{if-critical}<3>", "%{if-fatal}<2>"})
            QVERIFY2(pattern.contains(QLatin1String(part)), part);
    }
};

QTEST_APPLESS_MAIN(TestJournalLogging)
#include "tst_journal_logging.moc"
