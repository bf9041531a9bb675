#include "SqlDialect.h"

#include <QJsonArray>
#include <QJsonDocument>
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

QString inBoundList(Dialect dialect, const QString &column)
{
    if (dialect == Dialect::PostgreSQL)
        return QStringLiteral("%1 = ANY(CAST(? AS TEXT[]))").arg(column);
    return QStringLiteral("%1 IN (SELECT value FROM json_each(?))").arg(column);
}

QVariant boundList(Dialect dialect, const QStringList &values)
{
    if (dialect == Dialect::SQLite)
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
    // An array literal: every element quoted, with " and \ escaped.
    QString literal = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += u',';
        QString element = values.at(i);
        element.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        literal += u'"' + element + u'"';
    }
    return QString(literal + u'}');
}

} // namespace companion::db
