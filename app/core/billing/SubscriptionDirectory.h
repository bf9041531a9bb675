#pragma once

#include "SubscriptionRecord.h"
#include "db/SqlDialect.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace companion::billing {

struct SubscriptionRow {
    SubscriptionRecord subscription;
    QString userId;   // empty: Stripe has it, we could not tie it to a user
    QString email;
};

struct SubscriptionFilter {
    QString status;   // a Stripe status, or empty
    QString interval; // "month", "year", or empty
    bool cancelPending = false; // live and set to end at period end
};

enum class SubscriptionSort { PeriodEnd, Created };

struct SubscriptionQuery {
    SubscriptionQuery(QString text = {}, int rows = 200) : search(std::move(text)), limit(rows) {}
    QString search; // exact sub_/cus_ id, or a user's e-mail prefix
    int limit;
    SubscriptionFilter filter;
    SubscriptionSort sort = SubscriptionSort::PeriodEnd;
    bool descending = false;
};

struct SubscriptionCursor {
    qint64 key = 0;
    QString id;
};

struct SubscriptionPage {
    QList<SubscriptionRow> rows;
    std::optional<SubscriptionCursor> next;
    QString error;
};

// The subscriptions view's reads: keyset pages on (period end or start, id),
// filtered and searched by the database, never the whole table.
class SubscriptionDirectory
{
public:
    SubscriptionDirectory(QSqlDatabase db, db::Dialect dialect);
    SubscriptionPage page(const SubscriptionQuery &query, const std::optional<SubscriptionCursor> &after = std::nullopt) const;
    // How many rows page() would list for `query` in all; -1 on failure.
    qint64 count(const SubscriptionQuery &query, QString *error = nullptr) const;

private:
    // page()'s and count()'s WHERE conditions (the cursor aside) and their values.
    QStringList conditions(const SubscriptionQuery &query) const;
    static void bindConditions(QSqlQuery &q, const SubscriptionQuery &query);

    QSqlDatabase m_db;
    db::Dialect m_dialect;
};

} // namespace companion::billing

Q_DECLARE_METATYPE(companion::billing::SubscriptionPage)
