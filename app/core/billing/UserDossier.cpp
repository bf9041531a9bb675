#include "UserDossier.h"

#include "BillingStore.h"
#include "db/Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace companion::billing {

const SubscriptionRecord *UserDossier::currentSubscription() const
{
    const auto live = std::find_if(subscriptions.cbegin(), subscriptions.cend(),
                                   [](const SubscriptionRecord &s) { return isPremiumStatus(s.status); });
    if (live != subscriptions.cend())
        return &*live;
    return subscriptions.isEmpty() ? nullptr : &subscriptions.first();
}

UserDossierReader::UserDossierReader(QSqlDatabase db, db::Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

namespace {
// Runs a bound SELECT; throws StoreError on failure.
QSqlQuery select(QSqlDatabase db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    QString error;
    if (!db::Database::exec(q, sql, binds, &error))
        throw StoreError(error);
    return q;
}
} // namespace

UserDossier UserDossierReader::read(const QString &userId, qint64 now, int limit) const
{
    UserDossier dossier;
    QString error;
    const auto user = db::UserDirectory(m_db, m_dialect).find(userId, &error);
    if (!user) {
        dossier.error = error;
        return dossier;
    }
    dossier.found = true;
    dossier.user = *user;
    try {
        dossier.subscriptions = subscriptions(userId);
        dossier.invoices = invoices(userId, limit);
        dossier.grants = ManualGrants(m_db, m_dialect).ofUser(userId);
        dossier.timeline = events(userId, limit) + auditEntries(userId, limit);
    } catch (const StoreError &e) {
        dossier.error = e.message();
        return dossier;
    }
    // The same rules the server applies, so the "why" matches what the learner gets.
    QList<SubscriptionState> states;
    for (const SubscriptionRecord &s : std::as_const(dossier.subscriptions)) {
        states << s.state();
        dossier.livemode = dossier.livemode || s.livemode;
    }
    QList<GrantState> grants;
    for (const GrantRecord &g : std::as_const(dossier.grants))
        grants << g.state();
    dossier.entitlement = deriveEntitlement(states, grants, now);
    std::stable_sort(dossier.timeline.begin(), dossier.timeline.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.at > b.at; });
    return dossier;
}

QList<SubscriptionRecord> UserDossierReader::subscriptions(const QString &userId) const
{
    QSqlQuery q = select(m_db, QStringLiteral("SELECT %1 FROM subscriptions s WHERE s.user_id = ? ORDER BY s.created DESC, s.id DESC")
                                   .arg(subscriptionColumns(QStringLiteral("s"))), {userId});
    QList<SubscriptionRecord> out;
    while (q.next())
        out << readSubscription(q);
    return out;
}

QList<InvoiceRecord> UserDossierReader::invoices(const QString &userId, int limit) const
{
    QSqlQuery q = select(m_db, QStringLiteral(
        "SELECT id, subscription_id, status, billing_reason, currency, total, amount_paid, amount_remaining, amount_refunded, "
        "attempt_count, created, paid_at FROM invoices WHERE user_id = ? ORDER BY created DESC, id DESC LIMIT ?"), {userId, limit});
    QList<InvoiceRecord> out;
    while (q.next()) {
        InvoiceRecord i;
        i.id = q.value(0).toString();
        i.subscriptionId = q.value(1).toString();
        i.status = q.value(2).toString();
        i.billingReason = q.value(3).toString();
        i.currency = q.value(4).toString();
        i.total = q.value(5).toLongLong();
        i.amountPaid = q.value(6).toLongLong();
        i.amountRemaining = q.value(7).toLongLong();
        i.amountRefunded = q.value(8).toLongLong();
        i.attemptCount = q.value(9).toInt();
        i.created = q.value(10).toLongLong();
        i.paidAt = q.value(11).toLongLong();
        out << i;
    }
    return out;
}

QList<TimelineEntry> UserDossierReader::events(const QString &userId, int limit) const
{
    QSqlQuery q = select(m_db, QStringLiteral(
        "SELECT event_id, type, COALESCE(created, received_at), outcome, delivery_count, error FROM webhook_events "
        "WHERE user_id = ? ORDER BY received_at DESC, id DESC LIMIT ?"), {userId, limit});
    QList<TimelineEntry> out;
    while (q.next()) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::StripeEvent;
        e.reference = q.value(0).toString();
        e.title = q.value(1).toString();
        e.at = q.value(2).toLongLong();
        e.outcome = q.value(3).toString();
        e.deliveries = q.value(4).toInt();
        e.detail = q.value(5).toString();
        out << e;
    }
    return out;
}

QList<TimelineEntry> UserDossierReader::auditEntries(const QString &userId, int limit) const
{
    QSqlQuery q = select(m_db, QStringLiteral(
        "SELECT at, action, target_type, target_id, actor, source, reason, stripe_request_id FROM audit_log "
        "WHERE user_id = ? ORDER BY at DESC, id DESC LIMIT ?"), {userId, limit});
    QList<TimelineEntry> out;
    while (q.next()) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Audit;
        e.at = q.value(0).toLongLong();
        e.title = q.value(1).toString();
        e.reference = q.value(3).toString();
        const QString who = QStringLiteral("%1 (%2)").arg(q.value(4).toString(), q.value(5).toString());
        const QString reason = q.value(6).toString();
        e.detail = reason.isEmpty() ? who : who + QStringLiteral(": ") + reason;
        if (!q.value(7).toString().isEmpty())
            e.detail += QStringLiteral(" [%1]").arg(q.value(7).toString());
        out << e;
    }
    return out;
}

} // namespace companion::billing
