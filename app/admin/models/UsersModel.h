#pragma once

#include "db/UserDirectory.h"

#include "CompactUserRow.h"
#include "PagedTableModel.h"

#include <optional>

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

// Users as a window over the database, filtered and sorted by the database.
class UsersModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Email, Name, Tier, Plan, PremiumUntil, StripeCustomer, Created, ColumnCount };
    enum Role { UserIdRole = Qt::UserRole + 1, RawValueRole };

    explicit UsersModel(db::DatabaseThread *database, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorting happens in the database (an index per sortable column); the other
    // columns keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_query.descending ? Qt::DescendingOrder : Qt::AscendingOrder; }

    // Each starts over with the new criteria.
    void setSearch(const QString &text);
    void setFilter(const db::UserFilter &filter);
    QString search() const { return m_query.search; }
    const db::UserFilter &filter() const { return m_query.filter; }
    db::UserRecord user(int row) const { return m_rows.value(row).expand(); }


    // "active, cancels at period end", "past due", "manual grant", …: for people, not for sorting.
    static QString planText(const db::UserRecord &user);
    static QString statusText(const QString &status);
    static QStringList knownStatuses(); // in the order the filters offer them

protected:
    int loadedRows() const override { return int(m_rows.size()); }
    void clearRows() override;
    bool hasMorePages() const override { return m_next.has_value(); }
    void requestPage(int generation) override;
    void requestCount(int generation) override;

private:
    db::DatabaseThread *m_database;
    QVector<CompactUserRow> m_rows;
    std::optional<db::UserCursor> m_next;
    db::UserQuery m_query;
};

} // namespace companion::admin
