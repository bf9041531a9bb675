#include "UsersModel.h"

#include "db/DatabaseThread.h"

#include <QDateTime>
#include <QLocale>

namespace companion::admin {

UsersModel::UsersModel(db::DatabaseThread *database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const db::UserRecord &user = m_rows.at(index.row());
    if (role == UserIdRole)
        return user.id;

    const auto dateText = [](qint64 secs) {
        return secs > 0 ? QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).date(), QLocale::ShortFormat)
                        : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Email: return user.email;
        case Name: return user.name;
        case Tier: return user.isPremium ? tr("Premium") : tr("Free");
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
    case PremiumUntil: return tr("Premium until");
    case StripeCustomer: return tr("Stripe customer");
    case Created: return tr("Joined");
    }
    return {};
}

bool UsersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.has_value() && !m_loading;
}

void UsersModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_next);
}

void UsersModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    reload();
}

void UsersModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    endResetModel();
    ++m_generation; // pages still in flight for the old filter are dropped on arrival
    requestPage(std::nullopt);
}

void UsersModel::requestPage(const std::optional<db::UserCursor> &after)
{
    setLoading(true);
    const int generation = m_generation;
    const db::UserQuery query{m_search, m_pageSize};
    m_database->run<db::UserPage>(
        this,
        [query, after, dialect = m_database->config().dialect](db::Connection &connection) {
            if (!connection.ok())
                return db::UserPage{{}, std::nullopt, connection.error};
            return db::UserDirectory(connection.db, dialect).page(query, after);
        },
        [this, generation](const db::UserPage &page) { applyPage(generation, page); });
}

void UsersModel::applyPage(int generation, const db::UserPage &page)
{
    if (generation != m_generation)
        return;
    setLoading(false);
    if (!page.error.isEmpty()) {
        Q_EMIT loadFailed(page.error);
        return;
    }
    // The cursor moves first: a view may ask for more while the rows go in, and
    // would otherwise fetch this same page again.
    m_next = page.next;
    if (!page.rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size()) - 1);
        m_rows += page.rows;
        endInsertRows();
    }
    Q_EMIT pageLoaded(int(m_rows.size()), m_next.has_value());
}

void UsersModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace companion::admin
