#pragma once

#include <QMap>
#include <QString>

namespace companion::bench {

// CPU time from Linux's /proc, to show where a benchmark's time goes: per thread of
// a process (by thread name) and per process under a parent (PostgreSQL's backends
// and helpers under the postmaster). Values are CPU seconds since each started;
// subtract two samples for an interval.
namespace ProcessCpu {

// "<prefix><thread name>" -> CPU seconds, for every thread of `pid` (same names summed).
QMap<QString, double> threads(qint64 pid, const QString &prefix);

// "<prefix><role>" -> CPU seconds for every child of `parentPid`, the role taken from
// its command line (PostgreSQL sets "postgres: 15/main: walwriter"; a backend shows
// its database, which `databaseName` turns into "backend").
QMap<QString, double> children(qint64 parentPid, const QString &prefix, const QString &databaseName);

// The first child of `parentPid` whose short name (/proc/<pid>/comm) starts with `name`, or -1.
qint64 findChild(qint64 parentPid, const QString &name);
// The parent of `pid`, or -1.
qint64 parentOf(qint64 pid);

// after - before, per key (keys missing from `before` count from zero).
QMap<QString, double> difference(const QMap<QString, double> &after, const QMap<QString, double> &before);

} // namespace ProcessCpu

} // namespace companion::bench
