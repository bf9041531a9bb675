#pragma once

#include "PagedTableModel.h"
#include "billing/SubscriptionDirectory.h"

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

// Subscriptions as a window over the database, filtered and sorted by the database.
class SubscriptionsModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Email, Status, Plan, Amount, PeriodEnd, CancelAtPeriodEnd, Started, Subscription, ColumnCount };
    enum Role { UserIdRole = Qt::UserRole + 1, RawValueRole };

    explicit SubscriptionsModel(db::DatabaseThread *database, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Period end and start are the orders the database keeps an index for.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column) { return column == PeriodEnd || column == Started; }
    int sortColumn() const { return m_query.sort == billing::SubscriptionSort::Created ? Started : PeriodEnd; }
    Qt::SortOrder sortOrder() const { return m_query.descending ? Qt::DescendingOrder : Qt::AscendingOrder; }

    void setSearch(const QString &text);
    void setFilter(const billing::SubscriptionFilter &filter);
    const billing::SubscriptionQuery &query() const { return m_query; }
    billing::SubscriptionRow row(int row) const { return m_rows.value(row); }

    static QString planText(const billing::SubscriptionRecord &subscription);
    static QString amountText(const billing::SubscriptionRecord &subscription);

protected:
    int loadedRows() const override { return int(m_rows.size()); }
    void clearRows() override;
    bool hasMorePages() const override { return m_next.has_value(); }
    void requestPage(int generation) override;
    void requestCount(int generation) override;

private:
    db::DatabaseThread *m_database;
    QList<billing::SubscriptionRow> m_rows;
    std::optional<billing::SubscriptionCursor> m_next;
    billing::SubscriptionQuery m_query;
};

} // namespace companion::admin
