#include "FsyncSetting.h"

#include "BenchOutput.h"
#include "BenchSql.h"

#include <QElapsedTimer>
#include <QThread>

#include <utility>

namespace companion::bench {

using BenchSql::exec;
using BenchSql::scalar;

FsyncSetting::FsyncSetting(QSqlDatabase db, const QString &wanted)
    : m_db(std::move(db))
{
    m_before = scalar(m_db, QStringLiteral("SHOW fsync")).toString();
    if (wanted == QLatin1String("keep") || wanted == m_before)
        return;
    QString error;
    if (!exec(m_db, QStringLiteral("ALTER SYSTEM SET fsync = %1").arg(wanted == QLatin1String("off") ? QStringLiteral("off") : QStringLiteral("on")),
              {}, &error)) {
        BenchOutput::say(QStringLiteral("  (could not change fsync: %1)").arg(error));
        return;
    }
    m_changed = true;
    exec(m_db, QStringLiteral("SELECT pg_reload_conf()"));
    QElapsedTimer waited; // the reload reaches the backends asynchronously
    waited.start();
    while (scalar(m_db, QStringLiteral("SHOW fsync")).toString() != wanted && waited.elapsed() < 5000)
        QThread::msleep(50);
}

FsyncSetting::~FsyncSetting()
{
    if (m_changed) {
        exec(m_db, QStringLiteral("ALTER SYSTEM RESET fsync"));
        exec(m_db, QStringLiteral("SELECT pg_reload_conf()"));
    }
}

} // namespace companion::bench
