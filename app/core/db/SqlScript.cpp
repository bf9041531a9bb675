#include "SqlScript.h"

#include <QRegularExpression>

namespace companion::db {

namespace {

bool isTriggerStatement(const QString &statement)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(statement).hasMatch();
}

bool endsWithEnd(const QString &statement)
{
    static const QRegularExpression re(QStringLiteral(R"(\bEND\s*$)"), QRegularExpression::CaseInsensitiveOption);
    return re.match(statement).hasMatch();
}

// Only comments and blanks: nothing to execute.
bool isBlank(const QString &statement)
{
    static const QRegularExpression comments(QStringLiteral(R"(--[^\n]*|/\*.*?\*/)"),
                                             QRegularExpression::DotMatchesEverythingOption);
    return QString(statement).remove(comments).trimmed().isEmpty();
}

} // namespace

QVector<SqlStatement> splitSqlScript(const QString &script)
{
    QVector<SqlStatement> out;
    QString current;
    int line = 1;
    int startLine = 1;
    const int n = script.size();

    auto flush = [&] {
        if (!isBlank(current))
            out.append({current.trimmed(), startLine});
        current.clear();
    };

    for (int i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (current.trimmed().isEmpty() && !c.isSpace())
            startLine = line;

        // Copies from i up to and including the next `terminator` found after
        // `skip` characters, counting lines on the way.
        auto copyUntil = [&](const QString &terminator, int skip = 1) {
            const int end = script.indexOf(terminator, i + skip);
            const int stop = end < 0 ? n : end + int(terminator.size());
            const QString chunk = script.mid(i, stop - i);
            line += int(chunk.count(u'\n'));
            current += chunk;
            i = stop - 1;
        };

        const bool lineComment = c == u'-' && i + 1 < n && script.at(i + 1) == u'-';
        const bool blockComment = c == u'/' && i + 1 < n && script.at(i + 1) == u'*';
        if (lineComment || blockComment) {
            const bool leading = isBlank(current);
            const int before = int(current.size());
            copyUntil(lineComment ? QStringLiteral("\n") : QStringLiteral("*/"), lineComment ? 1 : 2);
            if (leading) // a statement starts at its SQL, so errors point at the right line
                current.truncate(before);
        } else if (c == u'\'' || c == u'"') {
            copyUntil(QString(c)); // '' escapes simply re-enter the literal on the next quote
        } else if (c == u'$') {
            static const QRegularExpression tag(QStringLiteral(R"(\G\$[A-Za-z_]*\$)"));
            const auto m = tag.match(script, i);
            if (m.hasMatch()) {
                copyUntil(m.captured(), int(m.capturedLength()));
            } else {
                current += c;
            }
        } else if (c == u';') {
            if (isTriggerStatement(current) && !endsWithEnd(current)) {
                current += c;
            } else {
                flush();
            }
        } else {
            if (c == u'\n')
                ++line;
            current += c;
        }
    }
    flush();
    return out;
}

} // namespace companion::db
