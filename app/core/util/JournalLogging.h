#pragma once

#include <QByteArray>

namespace companion::util {

// Under systemd, stderr is a stream into journald. Qt on bookworm is built without
// journald support, so each message line is prefixed with its syslog priority
// ("<4>" for a warning), which journald reads: `journalctl -p warning` works.
class JournalLogging
{
public:
    // True when `journalStream` ($JOURNAL_STREAM, "device:inode") names the file
    // descriptor 2 of this process, as systemd sets it for services.
    static bool stderrIsJournal(const QByteArray &journalStream);
    // Installs the priority-prefixed message pattern when stderr is the journal.
    static void enableIfStderrIsJournal();
    // The pattern: priority prefix, category, message (the journal adds time and unit).
    static const char *pattern();
};

} // namespace companion::util
