#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace companion::bench {

// Where the CPU goes during a run: this benchmark's threads, companion-server's
// threads and PostgreSQL's processes for the benchmark's database (CPU seconds by
// name; see ProcessCpu).
struct CpuProbe {
    qint64 serverPid = -1;
    qint64 postmasterPid = -1;
    QString databaseName;

    // companion-server as a child of this process; the postmaster as the parent of
    // `db`'s backend. Call it once the server runs.
    static CpuProbe locate(const QSqlDatabase &db, const QString &databaseName);
    QMap<QString, double> sample() const;
};

} // namespace companion::bench
