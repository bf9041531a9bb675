#pragma once

#include <QObject>

class QSocketNotifier;

namespace companion::util {

// Turns SIGTERM/SIGINT/SIGHUP into a Qt signal on the event loop (self-pipe trick:
// a signal handler may only write to a file descriptor), so programs shut down
// cleanly — finish requests, close the database — when systemd or Ctrl+C asks.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    // Calls QCoreApplication::quit() on SIGTERM, SIGINT and SIGHUP.
    static UnixSignalWatcher *quitOnTermination(QObject *parent);

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace companion::util
