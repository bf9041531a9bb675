#pragma once

#include "billing/AuditTrail.h"

#include "PagedTableModel.h"

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

// The audit log as a window over the database, newest first: pages arrive from
// the database thread as the view scrolls, never the whole table. Read-only.
class AuditModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { At, Actor, Source, Action, Target, User, Reason, ColumnCount };
    enum Role { RecordIdRole = Qt::UserRole + 1, RawValueRole };

    explicit AuditModel(db::DatabaseThread *database, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const billing::AuditFilter &filter); // starts over
    const billing::AuditRecord *record(int row) const;

protected:
    int loadedRows() const override { return int(m_rows.size()); }
    void clearRows() override;
    bool hasMorePages() const override { return m_next.has_value(); }
    void requestPage(int generation) override;

private:

    db::DatabaseThread *m_database;
    billing::AuditFilter m_filter;
    QList<billing::AuditRecord> m_rows;
    std::optional<billing::AuditCursor> m_next;
};

} // namespace companion::admin
