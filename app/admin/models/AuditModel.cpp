#include "AuditModel.h"

#include "db/DatabaseThread.h"
#include "widgets/DisplayFormat.h"

#include <QDateTime>
#include <QLocale>

namespace companion::admin {

AuditModel::AuditModel(db::DatabaseThread *database, QObject *parent)
    : PagedTableModel(ColumnCount, parent)
    , m_database(database)
{
}

const billing::AuditRecord *AuditModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == At)
        return DisplayFormat::current().zoneNote();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case At: return tr("When");
    case Actor: return tr("Who");
    case Source: return tr("From");
    case Action: return tr("Action");
    case Target: return tr("Target");
    case User: return tr("User");
    case Reason: return tr("Reason");
    default: return {};
    }
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const billing::AuditRecord &r = m_rows.at(index.row());
    if (role == RecordIdRole)
        return r.id;
    if (role == RawValueRole && index.column() == At)
        return r.at;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case At: return DisplayFormat::current().dateTimeSeconds(r.at);
    case Actor: return r.actor;
    case Source: return r.source;
    case Action: return r.action;
    case Target: return r.targetId.isEmpty() ? r.targetType : QString(r.targetType + u' ' + r.targetId);
    case User: return r.userId;
    case Reason: return r.reason;
    default: return {};
    }
}

void AuditModel::setFilter(const billing::AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

void AuditModel::clearRows()
{
    m_rows.clear();
    m_next.reset();
}

void AuditModel::requestPage(int generation)
{
    m_database->runRead<billing::AuditPage>(
        this,
        [filter = m_filter, after = m_next, limit = pageSize()](db::Connection &connection) {
            if (!connection.ok())
                return billing::AuditPage{{}, std::nullopt, connection.error};
            return billing::AuditTrail(connection.db).page(filter, limit, after);
        },
        [this, generation](const billing::AuditPage &page) {
            if (!acceptPage(generation, page.error))
                return;
            m_next = page.next;
            appendRows(int(page.rows.size()), [&] { m_rows += page.rows; });
        });
}

} // namespace companion::admin
