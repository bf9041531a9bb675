#include "UsersModel.h"

#include "billing/Entitlement.h"
#include "db/DatabaseThread.h"
#include "widgets/StatusPalette.h"
#include "widgets/DisplayFormat.h"


#include <QDateTime>
#include <QLocale>

namespace companion::admin {

UsersModel::UsersModel(db::DatabaseThread *database, QObject *parent)
    : PagedTableModel(ColumnCount, parent)
    , m_database(database)
{
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == UserIdRole)
        return m_rows.at(index.row()).id();
    const db::UserRecord user = m_rows.at(index.row()).expand();

    const auto dateText = [](qint64 secs) { return DisplayFormat::current().date(secs); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Email: return user.email;
        case Name: return user.name;
        case Tier: return user.isPremium ? tr("Premium") : tr("Free");
        case Plan: return planText(user);
        case PremiumUntil:
            if (!user.isPremium)
                return QString();
            return user.subscriptionExpiresAt > 0 ? dateText(user.subscriptionExpiresAt) : tr("no end date");
        case StripeCustomer: return user.stripeCustomerId;
        case Created: return dateText(user.createdAt);
        }
        break;
    case RawValueRole: // sort/filter on values, never on display text
        switch (index.column()) {
        case Email: return user.email;
        case Name: return user.name;
        case Tier: return user.isPremium;
        case Plan: return user.subscriptionStatus;
        case PremiumUntil: return user.subscriptionExpiresAt;
        case StripeCustomer: return user.stripeCustomerId;
        case Created: return user.createdAt;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Tier && user.isPremium)
            return user.premiumSource == QLatin1String("grant") ? tr("Premium by a manual grant")
                                                                 : tr("Premium through a Stripe subscription");
        if (index.column() == Email)
            return tr("User id: %1").arg(user.id);
        if (index.column() == Plan && user.paymentAtRisk)
            return tr("The last payment failed; Stripe is retrying. Premium stays on until it gives up.");
        break;
    case Qt::ForegroundRole:
        // The states support acts on stand out: a failing payment, a cancel waiting to happen.
        if (index.column() == Plan && (user.paymentAtRisk || billing::isCancelPending(user.cancelAtPeriodEnd, user.subscriptionStatus)))
            return user.paymentAtRisk ? StatusPalette::current().danger() : StatusPalette::current().warning();
        break;
    default:
        break;
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Email: return tr("E-mail");
    case Name: return tr("Name");
    case Tier: return tr("Tier");
    case Plan: return tr("Subscription");
    case PremiumUntil: return tr("Premium until");
    case StripeCustomer: return tr("Stripe customer");
    case Created: return tr("Joined");
    }
    return {};
}

void UsersModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    static const QHash<int, db::UserSort> sorts{{Email, db::UserSort::Email}, {Name, db::UserSort::Name},
                                                 {PremiumUntil, db::UserSort::PremiumUntil}, {Created, db::UserSort::Created}};
    const db::UserSort sort = sorts.value(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

bool UsersModel::isSortable(int column)
{
    return column == Email || column == Name || column == PremiumUntil || column == Created;
}

int UsersModel::sortColumn() const
{
    switch (m_query.sort) {
    case db::UserSort::Name: return Name;
    case db::UserSort::PremiumUntil: return PremiumUntil;
    case db::UserSort::Created: return Created;
    case db::UserSort::Email: break;
    }
    return Email;
}

void UsersModel::setSearch(const QString &text)
{
    m_query.search = text.trimmed();
    reload();
}

void UsersModel::setFilter(const db::UserFilter &filter)
{
    m_query.filter = filter;
    reload();
}

QString UsersModel::planText(const db::UserRecord &user)
{
    if (user.subscriptionStatus.isEmpty())
        return user.premiumSource == QLatin1String("grant") ? tr("manual grant") : QString();
    const QString status = statusText(user.subscriptionStatus);
    if (billing::isCancelPending(user.cancelAtPeriodEnd, user.subscriptionStatus))
        return tr("%1, cancels at period end").arg(status);
    return status;
}

namespace {
// Stripe's subscription statuses in the order the filters offer them, with the words
// its Dashboard shows.
constexpr std::pair<const char *, const char *> kStatuses[] = {
    {"active", QT_TRANSLATE_NOOP("companion::admin::UsersModel", "active")},
    {"trialing", QT_TRANSLATE_NOOP("companion::admin::UsersModel", "trialing")},
    {"past_due", QT_TRANSLATE_NOOP("companion::admin::UsersModel", "past due")},
    {"canceled", QT_TRANSLATE_NOOP("companion::admin::UsersModel", "canceled")},
    {"unpaid", QT_TRANSLATE_NOOP("companion::admin::UsersModel", "unpaid")},
    {"incomplete", QT_TRANSLATE_NOOP("companion::admin::UsersModel", "incomplete")},
    {"incomplete_expired", QT_TRANSLATE_NOOP("companion::admin::UsersModel", "incomplete, expired")},
    {"paused", QT_TRANSLATE_NOOP("companion::admin::UsersModel", "paused")},
};
} // namespace

QStringList UsersModel::knownStatuses()
{
    QStringList statuses;
    for (const auto &[status, name] : kStatuses)
        statuses << QString::fromLatin1(status);
    return statuses;
}

QString UsersModel::statusText(const QString &status)
{
    for (const auto &[known, name] : kStatuses) {
        if (status == QLatin1String(known))
            return tr(name);
    }
    return status; // an unknown status shows as Stripe sent it
}

void UsersModel::clearRows()
{
    m_rows.clear();
    m_next.reset();
}

void UsersModel::requestCount(int generation)
{
    m_database->runRead<qint64>(
        this,
        [query = m_query, dialect = m_database->config().dialect](db::Connection &connection) -> qint64 {
            return connection.ok() ? db::UserDirectory(connection.db, dialect).count(query) : -1;
        },
        [this, generation](qint64 total) { acceptCount(generation, total); });
}

void UsersModel::requestPage(int generation)
{
    db::UserQuery query = m_query;
    query.limit = pageSize();
    const std::optional<db::UserCursor> after = m_next;
    m_database->runRead<db::UserPage>(
        this,
        [query, after, dialect = m_database->config().dialect](db::Connection &connection) {
            if (!connection.ok())
                return db::UserPage{{}, std::nullopt, connection.error};
            return db::UserDirectory(connection.db, dialect).page(query, after);
        },
        [this, generation](const db::UserPage &page) {
            if (!acceptPage(generation, page.error))
                return;
            m_next = page.next;
            appendRows(int(page.rows.size()), [&] {
                for (const db::UserRecord &user : page.rows)
                    m_rows.append(CompactUserRow(user));
            });
        });
}

} // namespace companion::admin
