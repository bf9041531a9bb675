#include "CpuProbe.h"

#include "BenchSql.h"
#include "ProcessCpu.h"

#include <unistd.h>

namespace companion::bench {

CpuProbe CpuProbe::locate(const QSqlDatabase &db, const QString &databaseName)
{
    CpuProbe cpu;
    cpu.serverPid = ProcessCpu::findChild(qint64(getpid()), QStringLiteral("companion-serv"));
    cpu.postmasterPid = ProcessCpu::parentOf(BenchSql::scalar(db, QStringLiteral("SELECT pg_backend_pid()")).toLongLong());
    cpu.databaseName = databaseName;
    return cpu;
}

QMap<QString, double> CpuProbe::sample() const
{
    QMap<QString, double> all = ProcessCpu::threads(qint64(getpid()), QStringLiteral("bench: "));
    if (serverPid > 0)
        all.insert(ProcessCpu::threads(serverPid, QStringLiteral("companion-server: ")));
    if (postmasterPid > 0)
        all.insert(ProcessCpu::children(postmasterPid, QStringLiteral("postgres: "), databaseName));
    return all;
}

} // namespace companion::bench
