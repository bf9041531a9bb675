#include "BenchSql.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace companion::bench::BenchSql {

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(db);
    bool ok = false;
    if (binds.isEmpty()) {
        ok = q.exec(sql);
    } else if (q.prepare(sql)) {
        for (const QVariant &v : binds)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok && error)
        *error = db::Database::errorText(q.lastError());
    return ok;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    bool ok = false;
    if (binds.isEmpty()) { // SHOW and friends cannot be prepared
        ok = q.exec(sql);
    } else if (q.prepare(sql)) {
        for (const QVariant &v : binds)
            q.addBindValue(v);
        ok = q.exec();
    }
    return ok && q.next() ? q.value(0) : QVariant();
}

} // namespace companion::bench::BenchSql
