#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace companion::db {

// The two back ends we support. Core code branches on this and nothing else.
enum class Dialect { PostgreSQL, SQLite };

QString dialectName(Dialect dialect);      // "postgresql" / "sqlite": folder names of the migrations
QString qtDriverName(Dialect dialect);     // "QPSQL" / "QSQLITE"

// Case-insensitive e-mail key with an ordering the users index can serve
// (PostgreSQL: byte order of lower(email); SQLite: ASCII NOCASE).
QString emailSortKey(Dialect dialect, const QString &column = QStringLiteral("email"));

// The smallest string greater than every string starting with `prefix` (not empty):
// the prefix with its last character moved one up. Prefix search becomes an index
// range scan (key >= prefix AND key < successor) in both dialects, with no LIKE escaping.
QString prefixSuccessor(const QString &prefix);

// "?, ?, ?" for a VALUES row of `count` bound values.
QString placeholders(qsizetype count);

// `column` is one of a list of strings bound as ONE value (boundList): the statement
// text is the same whatever the list's length, so it is prepared once, not once per
// length. PostgreSQL: = ANY(text[]) (an index scan); SQLite: IN json_each(…).
QString inBoundList(Dialect dialect, const QString &column);
QVariant boundList(Dialect dialect, const QStringList &values);

} // namespace companion::db
