#include "JournalLogging.h"

#include <QList>
#include <QtGlobal>

#include <sys/stat.h>

namespace companion::util {

bool JournalLogging::stderrIsJournal(const QByteArray &journalStream)
{
    const QList<QByteArray> parts = journalStream.split(':');
    if (parts.size() != 2)
        return false;
    bool deviceOk = false;
    bool inodeOk = false;
    const qulonglong device = parts.at(0).toULongLong(&deviceOk);
    const qulonglong inode = parts.at(1).toULongLong(&inodeOk);
    struct stat status {};
    if (!deviceOk || !inodeOk || fstat(2, &status) != 0)
        return false;
    // Compared as systemd documents: a service whose stderr was redirected elsewhere
    // inherits the variable but not the stream.
    return qulonglong(status.st_dev) == device && qulonglong(status.st_ino) == inode;
}

void JournalLogging::enableIfStderrIsJournal()
{
    if (stderrIsJournal(qgetenv("JOURNAL_STREAM")))
        qSetMessagePattern(QString::fromLatin1(pattern()));
}

const char *JournalLogging::pattern()
{
    return "%{if-debug}<7>%{endif}%{if-info}<6>%{endif}%{if-warning}<4>%{endif}%{if-critical}<3>%{endif}%{if-fatal}<2>%{endif}"
           "%{if-category}%{category}: %{endif}%{message}";
}

} // namespace companion::util
