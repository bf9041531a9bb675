#pragma once

#include "billing/AuditTrail.h"

#include <QAbstractTableModel>

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

// The audit log as a window over the database, newest first: pages arrive from
// the database thread as the view scrolls, never the whole table. Read-only.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { At, Actor, Source, Action, Target, User, Reason, ColumnCount };
    enum Role { RecordIdRole = Qt::UserRole + 1, RawValueRole };

    explicit AuditModel(db::DatabaseThread *database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setFilter(const billing::AuditFilter &filter); // starts over
    const billing::AuditRecord *record(int row) const;
    void setPageSize(int rows) { m_pageSize = rows; }

Q_SIGNALS:
    void loadFailed(const QString &message);
    void pageLoaded(int totalRows, bool more);

private:
    void requestPage();

    db::DatabaseThread *m_database;
    billing::AuditFilter m_filter;
    QList<billing::AuditRecord> m_rows;
    std::optional<billing::AuditCursor> m_next;
    int m_generation = 0;
    int m_pageSize = 200;
    bool m_loading = false;
};

} // namespace companion::admin
