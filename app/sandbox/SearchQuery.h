#pragma once

#include "ApiTypes.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace sandbox {

struct SandboxContext;

// Stripe's search language, the part accounts use: field:"exact", field~"substring"
// (3+ characters), numeric > < >= <= on created, metadata["key"]:"value", a leading
// "-" to negate, and clauses joined by AND or by OR (not both).
class SearchQuery
{
public:
    static SearchQuery parse(const QString &text, const QStringList &fields); // throws StripeException
    bool matches(const QJsonObject &object) const;

    // Runs the query over every `type` object, newest first, paging with next_page tokens.
    static ApiResponse respond(const SandboxContext &ctx, const QString &type, const QString &url,
                               const SearchQuery &query, const ApiRequest &request);

private:
    struct Clause {
        QString field;       // "email", "metadata.plan"
        QString op;          // ":", "~", ">", "<", ">=", "<="
        QString value;
        bool negated = false;
    };
    bool clauseMatches(const Clause &clause, const QJsonObject &object) const;

    QList<Clause> m_clauses;
    bool m_any = false; // OR instead of AND
};

} // namespace sandbox
