#include "AuditModel.h"

#include "db/DatabaseThread.h"

#include <QDateTime>
#include <QLocale>

namespace companion::admin {

AuditModel::AuditModel(db::DatabaseThread *database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const billing::AuditRecord *AuditModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
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
    case At: return QLocale().toString(QDateTime::fromSecsSinceEpoch(r.at), QLocale::ShortFormat);
    case Actor: return r.actor;
    case Source: return r.source;
    case Action: return r.action;
    case Target: return r.targetId.isEmpty() ? r.targetType : QString(r.targetType + u' ' + r.targetId);
    case User: return r.userId;
    case Reason: return r.reason;
    default: return {};
    }
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.has_value() && !m_loading;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void AuditModel::setFilter(const billing::AuditFilter &filter)
{
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    endResetModel();
    ++m_generation; // answers to an earlier filter are dropped
    m_filter = filter;
    requestPage();
}

void AuditModel::requestPage()
{
    m_loading = true;
    const int generation = m_generation;
    m_database->run<billing::AuditPage>(
        this,
        [filter = m_filter, after = m_next, limit = m_pageSize](db::Connection &connection) {
            if (!connection.ok())
                return billing::AuditPage{{}, std::nullopt, connection.error};
            return billing::AuditTrail(connection.db).page(filter, limit, after);
        },
        [this, generation](const billing::AuditPage &page) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!page.error.isEmpty()) {
                Q_EMIT loadFailed(page.error);
                return;
            }
            // The cursor moves first: a view may ask for more while the rows go in.
            m_next = page.next;
            if (!page.rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
                m_rows += page.rows;
                endInsertRows();
            }
            Q_EMIT pageLoaded(int(m_rows.size()), m_next.has_value());
        });
}

} // namespace companion::admin
