#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace companion::db {

// "Which learner is cus_…/sub_…/in_…/ch_…/evt_…/pi_…/pm_…/re_…/cs_…?", answered
// from our own tables (users, subscriptions, invoices, webhook_events,
// audit_log) so the desk can open the learner straight from a pasted id. An id
// our tables do not know is "not found here": asking Stripe is someone else's job.
class StripeIdLookup
{
public:
    explicit StripeIdLookup(QSqlDatabase db);

    // Whether `text` has the shape of a Stripe id of a kind our tables may know.
    static bool isStripeId(const QString &text);

    // The user `stripeId` belongs to; nullopt when our tables do not know it
    // (or on a database error, then reported in `error`).
    std::optional<QString> userIdFor(const QString &stripeId, QString *error = nullptr) const;

    // SELECT rank, user_id … of every user our tables tie to the id bound as
    // `placeholder` (e.g. ":stripe_id"), the most direct tie first (lowest rank).
    // Each branch is one index lookup.
    static QString userIdsSql(const QString &placeholder);

private:
    QSqlDatabase m_db;
};

} // namespace companion::db
