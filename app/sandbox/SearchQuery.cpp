#include "SearchQuery.h"

#include "SandboxContext.h"
#include "SandboxStore.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sandbox {

namespace {
StripeException syntaxError(const QString &detail)
{
    return StripeException::invalid(QStringLiteral("Invalid search query: %1").arg(detail), QStringLiteral("query"));
}
} // namespace

SearchQuery SearchQuery::parse(const QString &text, const QStringList &fields)
{
    static const QRegularExpression clauseRe(QStringLiteral(
        R"re(^\s*(-)?\s*(metadata\[\s*(["'])([^"']+)\3\s*\]|[a-z_]+)\s*(:|~|>=|<=|>|<)\s*(?:(["'])((?:(?!\6)[^\\]|\\.)*)\6|(-?\d+))\s*)re"));
    SearchQuery query;
    QString rest = text.trimmed();
    QString joiner;
    while (!rest.isEmpty()) {
        const auto m = clauseRe.match(rest);
        if (!m.hasMatch())
            throw syntaxError(QStringLiteral("could not parse \"%1\"").arg(rest.left(40)));
        Clause clause;
        clause.negated = !m.captured(1).isEmpty();
        clause.field = m.captured(4).isEmpty() ? m.captured(2) : QStringLiteral("metadata.") + m.captured(4);
        clause.op = m.captured(5);
        // Values may be 'single' or "double" quoted; \' and \" escape the quote.
        clause.value = m.captured(8).isEmpty() ? QString(m.captured(7)).replace(QRegularExpression(QStringLiteral(R"(\\(.))")), QStringLiteral("\\1"))
                                               : m.captured(8);
        if (!clause.field.startsWith(QLatin1String("metadata.")) && !fields.contains(clause.field))
            throw syntaxError(QStringLiteral("the field %1 is not supported for this resource").arg(clause.field));
        if (clause.op == QLatin1String("~") && clause.value.size() < 3)
            throw syntaxError(QStringLiteral("substring search needs at least 3 characters"));
        query.m_clauses.append(clause);
        rest = rest.mid(m.capturedLength()).trimmed();
        if (rest.isEmpty())
            break;
        static const QRegularExpression joinRe(QStringLiteral(R"(^(AND|OR)\s+)"));
        const auto j = joinRe.match(rest);
        if (!j.hasMatch())
            throw syntaxError(QStringLiteral("expected AND or OR before \"%1\"").arg(rest.left(40)));
        if (!joiner.isEmpty() && joiner != j.captured(1))
            throw syntaxError(QStringLiteral("AND and OR cannot be mixed"));
        joiner = j.captured(1);
        rest = rest.mid(j.capturedLength());
    }
    if (query.m_clauses.isEmpty())
        throw syntaxError(QStringLiteral("the query is empty"));
    query.m_any = joiner == QLatin1String("OR");
    return query;
}

bool SearchQuery::clauseMatches(const Clause &clause, const QJsonObject &object) const
{
    QJsonValue value = clause.field.startsWith(QLatin1String("metadata."))
        ? object.value(QStringLiteral("metadata")).toObject().value(clause.field.mid(9))
        : object.value(clause.field);
    if (clause.field == QLatin1String("subscription") && value.isUndefined()) // an invoice's, since basil
        value = object.value(QStringLiteral("parent")).toObject().value(QStringLiteral("subscription_details")).toObject().value(QStringLiteral("subscription"));
    bool result = false;
    if (clause.op == QLatin1String(":")) {
        if (value.isBool()) // active:"true"
            result = value.toBool() == (clause.value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
        else
            result = value.isDouble() ? value.toVariant().toLongLong() == clause.value.toLongLong()
                                      : value.toString().compare(clause.value, Qt::CaseInsensitive) == 0;
    } else if (clause.op == QLatin1String("~")) {
        result = value.toString().contains(clause.value, Qt::CaseInsensitive);
    } else {
        const qint64 have = value.toVariant().toLongLong();
        const qint64 want = clause.value.toLongLong();
        result = (clause.op == QLatin1String(">") && have > want) || (clause.op == QLatin1String("<") && have < want)
            || (clause.op == QLatin1String(">=") && have >= want) || (clause.op == QLatin1String("<=") && have <= want);
    }
    return result != clause.negated;
}

bool SearchQuery::matches(const QJsonObject &object) const
{
    for (const Clause &clause : m_clauses) {
        const bool ok = clauseMatches(clause, object);
        if (m_any && ok)
            return true;
        if (!m_any && !ok)
            return false;
    }
    return !m_any;
}

ApiResponse SearchQuery::respond(const SandboxContext &ctx, const QString &type, const QString &url,
                                 const SearchQuery &query, const ApiRequest &request)
{
    QList<QJsonObject> hits;
    const QList<QJsonObject> everything = ctx.store.all(type, {{QStringLiteral("$.deleted"), QStringLiteral("IS NULL"), {}}});
    for (auto it = everything.crbegin(); it != everything.crend(); ++it) { // newest first
        if (query.matches(*it))
            hits.append(*it);
    }
    // The page token is an opaque offset, as Stripe's tokens are opaque to clients.
    const int offset = request.string(QStringLiteral("page")).toInt();
    const int limit = request.limit();
    QJsonArray data;
    for (int i = offset; i < hits.size() && i < offset + limit; ++i)
        data.append(ctx.expand(hits.at(i), {}));
    const bool more = offset + limit < hits.size();
    return {200,
            {{QStringLiteral("object"), QStringLiteral("search_result")},
             {QStringLiteral("url"), url},
             {QStringLiteral("has_more"), more},
             {QStringLiteral("next_page"), more ? QJsonValue(QString::number(offset + limit)) : QJsonValue()},
             {QStringLiteral("data"), data}}};
}

} // namespace sandbox
