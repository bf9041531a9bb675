#pragma once

#include <QSqlDatabase>
#include <QString>

namespace companion::bench {

// The cluster's fsync for the run: pg_virtualenv makes its throwaway clusters with
// fsync=off, which would flatter every commit; the issue asks for durable storage.
// Restored when the benchmark ends.
class FsyncSetting
{
public:
    // `wanted`: on, off, or keep (leave the cluster as it is).
    FsyncSetting(QSqlDatabase db, const QString &wanted);
    ~FsyncSetting();
    FsyncSetting(const FsyncSetting &) = delete;
    FsyncSetting &operator=(const FsyncSetting &) = delete;

    QString before() const { return m_before; }

private:
    QSqlDatabase m_db;
    QString m_before;
    bool m_changed = false;
};

} // namespace companion::bench
