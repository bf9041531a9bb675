#pragma once

#include "db/DatabaseConfig.h"
#include "db/ReadReplica.h"

#include <QProcessEnvironment>
#include <QSettings>

#include <memory>

namespace companion::admin {

// The desk's read replica: a PostgreSQL streaming replica its lists (users,
// subscriptions, audit log) and revenue are read from while it is at most
// maxLagMs behind the primary. From DATABASE_READ_URL (and DATABASE_READ_MAX_LAG_MS),
// else from Settings when the database in use is the one Settings names (a replica
// belongs with its primary). Like the database's, its address holds no password.
class ReadDatabaseSettings
{
public:
    static QString url(const QSettings &settings);
    static int maxLagMs(const QSettings &settings);
    static void set(QSettings &settings, const QString &url, int maxLagMs);

    // The replica for `primary`, or none (not configured, not PostgreSQL, unusable).
    static std::shared_ptr<db::ReadReplica> replicaFor(const db::DatabaseConfig &primary, const QSettings &settings,
                                                       const QProcessEnvironment &env);
    static constexpr int kDefaultMaxLagMs = 5000;
};

} // namespace companion::admin
