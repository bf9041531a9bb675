#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace companion::bench {

// Statements on a benchmark's own connection, outside the code under test.
namespace BenchSql {

// Runs one statement; false + message on failure.
bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {}, QString *error = nullptr);
// The first value of the first row, or an invalid QVariant.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

} // namespace BenchSql

} // namespace companion::bench
