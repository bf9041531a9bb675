#pragma once

#include "SqlDialect.h"

#include <QString>
#include <QVector>

#include <optional>

namespace companion::db {

// One versioned migration file, `NNN_short_name.sql`.
struct Migration {
    int version = 0;
    QString name;      // "001_initial"
    QString sql;
    QString checksum;  // SHA-256 of the file: an edited, already applied migration is an error
};

// The ordered migrations of one dialect.
class MigrationSet
{
public:
    // Every NNN_name.sql in `directory` (a resource path or a real one), by version.
    static std::optional<MigrationSet> fromDirectory(const QString &directory, QString *error);
    // The migrations compiled into companion-core for `dialect`.
    static MigrationSet builtin(Dialect dialect);

    const QVector<Migration> &migrations() const { return m_migrations; }
    int latestVersion() const { return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version; }

private:
    QVector<Migration> m_migrations;
};

} // namespace companion::db
