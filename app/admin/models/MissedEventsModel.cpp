#include "MissedEventsModel.h"

#include "widgets/DisplayFormat.h"

#include <QDateTime>
#include <QLocale>

namespace companion::admin {

MissedEventsModel::MissedEventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MissedEventsModel::setEvents(const QList<billing::MissedEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int MissedEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int MissedEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MissedEventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const billing::MissedEvent &m = m_events.at(index.row());
    if (role == kUserRole)
        return m.userId;
    if (role == Qt::TextAlignmentRole && index.column() == Pending)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != kCsvRole)
        return {};
    const bool csv = role == kCsvRole;
    switch (Column(index.column())) {
    case Created:
        return csv ? QDateTime::fromSecsSinceEpoch(m.created, Qt::UTC).toString(Qt::ISODate)
                   : DisplayFormat::current().dateTime(m.created);
    case Type:
        return m.type;
    case Object:
        return m.objectId;
    case Pending:
        return m.pendingWebhooks;
    case OurLog:
        if (m.ourOutcome.isEmpty())
            return tr("never received");
        return m.ourError.isEmpty() ? m.ourOutcome : tr("%1: %2").arg(m.ourOutcome, m.ourError);
    case Event:
        return m.id;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MissedEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Created)
        return DisplayFormat::current().zoneNote();
    if (role == Qt::ToolTipRole && section == Pending)
        return tr("Stripe's pending_webhooks: endpoints it has not delivered this event to yet");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Created: return tr("Created");
    case Type: return tr("Type");
    case Object: return tr("Object");
    case Pending: return tr("Pending");
    case OurLog: return tr("Our webhook log");
    case Event: return tr("Event");
    case ColumnCount: break;
    }
    return {};
}

} // namespace companion::admin
