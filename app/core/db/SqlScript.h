#pragma once

#include <QString>
#include <QVector>

namespace companion::db {

// One statement of a migration file and the line it starts on (for error reports).
struct SqlStatement {
    QString sql;
    int line = 1;
};

// Splits a migration file into statements. Qt's SQLite driver runs only the first
// statement of a string, so we split ourselves: on ';' outside quotes, comments and
// PostgreSQL dollar-quoted bodies, and not inside a SQLite CREATE TRIGGER … END body.
QVector<SqlStatement> splitSqlScript(const QString &script);

} // namespace companion::db
