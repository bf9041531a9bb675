#include "SubscriptionsModel.h"

#include "UsersModel.h"
#include "db/DatabaseThread.h"
#include "util/Money.h"
#include "widgets/StatusPalette.h"
#include "widgets/DisplayFormat.h"

#include <QDateTime>
#include <QLocale>

namespace companion::admin {

SubscriptionsModel::SubscriptionsModel(db::DatabaseThread *database, QObject *parent)
    : PagedTableModel(ColumnCount, parent)
    , m_database(database)
{
}

QString SubscriptionsModel::planText(const billing::SubscriptionRecord &s)
{
    if (s.interval == QLatin1String("month") && s.intervalCount == 1)
        return tr("monthly");
    if (s.interval == QLatin1String("year") && s.intervalCount == 1)
        return tr("yearly");
    return tr("every %1 %2").arg(s.intervalCount).arg(s.interval);
}

QString SubscriptionsModel::amountText(const billing::SubscriptionRecord &s)
{
    return s.currency.isEmpty() ? QString() : DisplayFormat::current().money(s.amount, s.currency);
}

QVariant SubscriptionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const billing::SubscriptionRow &row = m_rows.at(index.row());
    const billing::SubscriptionRecord &s = row.subscription;
    const auto date = [](qint64 secs) { return DisplayFormat::current().date(secs); };
    switch (role) {
    case UserIdRole:
        return row.userId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Email: return row.email.isEmpty() ? tr("(no user: %1)").arg(s.customerId) : row.email;
        case Status: return UsersModel::statusText(s.status);
        case Plan: return planText(s);
        case Amount: return amountText(s);
        case PeriodEnd: return date(s.currentPeriodEnd);
        case CancelAtPeriodEnd: return billing::isCancelPending(s.cancelAtPeriodEnd, s.status) ? tr("cancels") : QString();
        case Started: return date(s.created);
        case Subscription: return s.id;
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case Email: return row.email;
        case Status: return s.status;
        case Plan: return s.interval;
        case Amount: return s.amount;
        case PeriodEnd: return s.currentPeriodEnd;
        case CancelAtPeriodEnd: return billing::isCancelPending(s.cancelAtPeriodEnd, s.status);
        case Started: return s.created;
        case Subscription: return s.id;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        // Read from the palette now, so a theme switch repaints in the new colours.
        if (index.column() == Status && s.status == QLatin1String("past_due"))
            return StatusPalette::current().danger();
        if (index.column() == CancelAtPeriodEnd && billing::isCancelPending(s.cancelAtPeriodEnd, s.status))
            return StatusPalette::current().warning();
        break;
    case Qt::ToolTipRole:
        if (index.column() == Email && row.userId.isEmpty())
            return tr("Stripe has this subscription, but no user of ours is tied to its customer.");
        break;
    default:
        break;
    }
    return {};
}

QVariant SubscriptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedTableModel::headerData(section, orientation, role);
    switch (section) {
    case Email: return tr("User");
    case Status: return tr("Status");
    case Plan: return tr("Plan");
    case Amount: return tr("Amount");
    case PeriodEnd: return tr("Period ends");
    case CancelAtPeriodEnd: return tr("Cancels");
    case Started: return tr("Started");
    case Subscription: return tr("Subscription");
    }
    return {};
}

void SubscriptionsModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const auto sort = column == Started ? billing::SubscriptionSort::Created : billing::SubscriptionSort::PeriodEnd;
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

void SubscriptionsModel::setSearch(const QString &text)
{
    m_query.search = text.trimmed();
    reload();
}

void SubscriptionsModel::setFilter(const billing::SubscriptionFilter &filter)
{
    m_query.filter = filter;
    reload();
}

void SubscriptionsModel::clearRows()
{
    m_rows.clear();
    m_next.reset();
}

void SubscriptionsModel::requestPage(int generation)
{
    billing::SubscriptionQuery query = m_query;
    query.limit = pageSize();
    m_database->runRead<billing::SubscriptionPage>(
        this,
        [query, after = m_next, dialect = m_database->config().dialect](db::Connection &connection) {
            if (!connection.ok())
                return billing::SubscriptionPage{{}, std::nullopt, connection.error};
            return billing::SubscriptionDirectory(connection.db, dialect).page(query, after);
        },
        [this, generation](const billing::SubscriptionPage &page) {
            if (!acceptPage(generation, page.error))
                return;
            m_next = page.next;
            appendRows(int(page.rows.size()), [&] { m_rows += page.rows; });
        });
}

void SubscriptionsModel::requestCount(int generation)
{
    m_database->runRead<qint64>(
        this,
        [query = m_query, dialect = m_database->config().dialect](db::Connection &connection) -> qint64 {
            return connection.ok() ? billing::SubscriptionDirectory(connection.db, dialect).count(query) : -1;
        },
        [this, generation](qint64 total) { acceptCount(generation, total); });
}

} // namespace companion::admin
