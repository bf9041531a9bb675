#include "SqlDialect.h"

#include <QStringList>

namespace companion::db {

QString dialectName(Dialect dialect)
{
    return dialect == Dialect::PostgreSQL ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

QString qtDriverName(Dialect dialect)
{
    return dialect == Dialect::PostgreSQL ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString emailSortKey(Dialect dialect, const QString &column)
{
    // Must match the expression of the unique index in the migrations exactly,
    // otherwise the planner cannot use it for prefix search and keyset paging.
    if (dialect == Dialect::PostgreSQL)
        return QStringLiteral("(lower(%1) COLLATE \"C\")").arg(column);
    return QStringLiteral("(%1 COLLATE NOCASE)").arg(column);
}

QString prefixSuccessor(const QString &prefix)
{
    QString next = prefix;
    next[next.size() - 1] = QChar(next.at(next.size() - 1).unicode() + 1);
    return next;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace companion::db
