#pragma once

#include "db/UserDirectory.h"

#include <QAbstractTableModel>

#include <optional>

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

// Users as a window over the database: pages of rows arrive from the database
// thread as the view scrolls (canFetchMore/fetchMore), never the whole table.
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Email, Name, Tier, PremiumUntil, StripeCustomer, Created, ColumnCount };
    enum Role { UserIdRole = Qt::UserRole + 1, RawValueRole };

    explicit UsersModel(db::DatabaseThread *database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setSearch(const QString &text); // starts over with the new filter
    void reload();
    QString search() const { return m_search; }
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return m_next.has_value(); }
    void setPageSize(int rows) { m_pageSize = rows; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void pageLoaded(int totalRows, bool more);

private:
    void requestPage(const std::optional<db::UserCursor> &after);
    void applyPage(int generation, const db::UserPage &page);
    void setLoading(bool loading);

    db::DatabaseThread *m_database;
    QVector<db::UserRecord> m_rows;
    std::optional<db::UserCursor> m_next;
    QString m_search;
    int m_generation = 0;
    int m_pageSize = 200;
    bool m_loading = false;
};

} // namespace companion::admin
