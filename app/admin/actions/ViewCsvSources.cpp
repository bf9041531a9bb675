#include "ViewCsvSources.h"

#include "billing/Entitlement.h"
#include "db/Database.h"
#include "models/SubscriptionsModel.h"
#include "models/UsersModel.h"
#include "util/Money.h"
#include "widgets/DisplayFormat.h"

namespace companion::admin {

namespace {
QString columnTitle(const QAbstractItemModel &model, int column)
{
    return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}
} // namespace

UsersCsvSource::UsersCsvSource(const UsersModel &model, db::Dialect dialect)
    : m_query(model.search())
    , m_dialect(dialect)
{
    m_query.filter = model.filter();
    m_query.sort = db::UserSort::Email;
    switch (model.sortColumn()) {
    case UsersModel::Name: m_query.sort = db::UserSort::Name; break;
    case UsersModel::PremiumUntil: m_query.sort = db::UserSort::PremiumUntil; break;
    case UsersModel::Created: m_query.sort = db::UserSort::Created; break;
    default: break;
    }
    m_query.descending = model.sortOrder() == Qt::DescendingOrder;
    m_header << tr("User id");
    for (int column = 0; column < UsersModel::ColumnCount; ++column)
        m_header << columnTitle(model, column);
}

qint64 UsersCsvSource::count(db::Connection &connection, QString *error)
{
    return db::UserDirectory(connection.db, m_dialect).count(m_query, error);
}

CsvExportPage UsersCsvSource::nextPage(db::Connection &connection, int rows)
{
    db::UserQuery query = m_query;
    query.limit = rows;
    const db::UserPage page = db::UserDirectory(connection.db, m_dialect).page(query, m_after);
    CsvExportPage out;
    out.error = page.error;
    m_after = page.next;
    out.more = page.next.has_value();
    out.rows.reserve(page.rows.size());
    for (const db::UserRecord &u : page.rows) {
        // The view's columns in its order (UsersModel::Column), dates as ISO 8601 UTC.
        out.rows << QStringList{u.id,
                                u.email,
                                u.name,
                                u.isPremium ? UsersModel::tr("Premium") : UsersModel::tr("Free"),
                                UsersModel::planText(u),
                                u.isPremium ? DisplayFormat::isoUtc(u.subscriptionExpiresAt) : QString(),
                                u.stripeCustomerId,
                                DisplayFormat::isoUtc(u.createdAt)};
    }
    return out;
}

SubscriptionsCsvSource::SubscriptionsCsvSource(const SubscriptionsModel &model, db::Dialect dialect)
    : m_query(model.query())
    , m_dialect(dialect)
{
    m_header << tr("Subscription id") << tr("User id") << tr("E-mail") << columnTitle(model, SubscriptionsModel::Status)
             << columnTitle(model, SubscriptionsModel::Plan) << columnTitle(model, SubscriptionsModel::Amount) << tr("Currency")
             << columnTitle(model, SubscriptionsModel::PeriodEnd) << columnTitle(model, SubscriptionsModel::CancelAtPeriodEnd)
             << columnTitle(model, SubscriptionsModel::Started) << tr("Stripe customer");
}

qint64 SubscriptionsCsvSource::count(db::Connection &connection, QString *error)
{
    return billing::SubscriptionDirectory(connection.db, m_dialect).count(m_query, error);
}

CsvExportPage SubscriptionsCsvSource::nextPage(db::Connection &connection, int rows)
{
    billing::SubscriptionQuery query = m_query;
    query.limit = rows;
    const billing::SubscriptionPage page = billing::SubscriptionDirectory(connection.db, m_dialect).page(query, m_after);
    CsvExportPage out;
    out.error = page.error;
    m_after = page.next;
    out.more = page.next.has_value();
    out.rows.reserve(page.rows.size());
    for (const billing::SubscriptionRow &row : page.rows) {
        const billing::SubscriptionRecord &s = row.subscription;
        out.rows << QStringList{s.id,
                                row.userId,
                                row.email,
                                s.status, // Stripe's word, as a spreadsheet filters on it
                                SubscriptionsModel::planText(s),
                                s.currency.isEmpty() ? QString() : util::plainAmount(s.amount, s.currency),
                                s.currency.toUpper(),
                                DisplayFormat::isoUtc(s.currentPeriodEnd),
                                billing::isCancelPending(s.cancelAtPeriodEnd, s.status) ? tr("yes") : QString(),
                                DisplayFormat::isoUtc(s.created),
                                s.customerId};
    }
    return out;
}

} // namespace companion::admin
