#include "ProcessCpu.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

namespace companion::bench::ProcessCpu {

namespace {
struct Stat {
    bool ok = false;
    QString comm;
    qint64 ppid = -1;
    double cpuSeconds = 0;
};

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// /proc/<pid>/stat: "pid (comm) state ppid … utime stime …"; comm may hold spaces
// and parentheses, so the fields are counted from the last ')'.
Stat readStat(const QString &path)
{
    Stat stat;
    const QByteArray text = readSmallFile(path);
    const qsizetype open = text.indexOf('(');
    const qsizetype close = text.lastIndexOf(')');
    if (open < 0 || close < open)
        return stat;
    stat.comm = QString::fromUtf8(text.mid(open + 1, close - open - 1));
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (fields.size() < 13)
        return stat;
    static const double ticksPerSecond = double(sysconf(_SC_CLK_TCK));
    stat.ppid = fields.at(1).toLongLong();
    stat.cpuSeconds = double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / ticksPerSecond;
    stat.ok = true;
    return stat;
}

QStringList numericEntries(const QString &dir)
{
    QStringList out;
    const QStringList names = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        bool numeric = false;
        name.toLongLong(&numeric);
        if (numeric)
            out << name;
    }
    return out;
}
} // namespace

QMap<QString, double> threads(qint64 pid, const QString &prefix)
{
    QMap<QString, double> out;
    const QString taskDir = QStringLiteral("/proc/%1/task").arg(pid);
    for (const QString &tid : numericEntries(taskDir)) {
        const Stat stat = readStat(taskDir + u'/' + tid + QStringLiteral("/stat"));
        if (stat.ok)
            out[prefix + stat.comm] += stat.cpuSeconds;
    }
    return out;
}

QMap<QString, double> children(qint64 parentPid, const QString &prefix, const QString &databaseName)
{
    QMap<QString, double> out;
    for (const QString &pid : numericEntries(QStringLiteral("/proc"))) {
        const Stat stat = readStat(QStringLiteral("/proc/") + pid + QStringLiteral("/stat"));
        if (!stat.ok || stat.ppid != parentPid)
            continue;
        QByteArray cmdline = readSmallFile(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
        cmdline.replace('\0', ' ');
        const QString title = QString::fromUtf8(cmdline).trimmed();
        QString role = title.section(u':', 2).trimmed(); // after "postgres: 15/main:"
        if (!databaseName.isEmpty() && title.contains(databaseName))
            role = QStringLiteral("backend");
        else if (role.isEmpty())
            role = stat.comm;
        out[prefix + role] += stat.cpuSeconds;
    }
    return out;
}

qint64 findChild(qint64 parentPid, const QString &name)
{
    for (const QString &pid : numericEntries(QStringLiteral("/proc"))) {
        const Stat stat = readStat(QStringLiteral("/proc/") + pid + QStringLiteral("/stat"));
        if (stat.ok && stat.ppid == parentPid && stat.comm.startsWith(name))
            return pid.toLongLong();
    }
    return -1;
}

qint64 parentOf(qint64 pid)
{
    const Stat stat = readStat(QStringLiteral("/proc/%1/stat").arg(pid));
    return stat.ok ? stat.ppid : -1;
}

QMap<QString, double> difference(const QMap<QString, double> &after, const QMap<QString, double> &before)
{
    QMap<QString, double> out;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        out.insert(it.key(), it.value() - before.value(it.key()));
    return out;
}

} // namespace companion::bench::ProcessCpu
