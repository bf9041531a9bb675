#include "WebhookEventsModel.h"

#include "widgets/DisplayFormat.h"
#include "widgets/StatusPalette.h"

#include <QBrush>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace companion::admin {

WebhookEventsModel::WebhookEventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int WebhookEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WebhookEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Received)
        return DisplayFormat::current().zoneNote();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Received: return tr("Received");
    case Type: return tr("Type");
    case Outcome: return tr("Outcome");
    case User: return tr("User");
    case Error: return tr("Error");
    case EventId: return tr("Event");
    case Deliveries: return tr("Deliveries");
    default: return {};
    }
}

QVariant WebhookEventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    const QString outcome = row.value(QStringLiteral("outcome")).toString();
    if (role == KeyRole) // evt_… when verified; the row id for rejected deliveries
        return row.value(QStringLiteral("event_id")).isString() ? row.value(QStringLiteral("event_id")).toString()
                                                               : QString::number(row.value(QStringLiteral("id")).toInteger());
    if (role == OutcomeRole)
        return outcome;
    if (role == Qt::ForegroundRole && index.column() == Outcome
        && (outcome == QLatin1String("failed") || outcome == QLatin1String("rejected")))
        return StatusPalette::current().danger();
    const qint64 received = row.value(QStringLiteral("received_at")).toInteger();
    if (role == RawValueRole && index.column() == Received)
        return received;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case Received:
        return DisplayFormat::current().dateTimeSeconds(received);
    case Type: {
        const QString type = row.value(QStringLiteral("type")).toString();
        return type.isEmpty() ? tr("(unverified)") : type;
    }
    case Outcome: return outcome;
    case User: return row.value(QStringLiteral("user_id")).toString();
    case Error: return row.value(QStringLiteral("error")).toString();
    case EventId: return row.value(QStringLiteral("event_id")).toString();
    case Deliveries: return row.value(QStringLiteral("delivery_count")).toInt();
    default: return {};
    }
}

bool WebhookEventsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_next.isEmpty() && !m_loading && m_client;
}

void WebhookEventsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void WebhookEventsModel::load(serverapi::AdminApiClient *client, const serverapi::WebhookEventQuery &query)
{
    beginResetModel();
    m_rows.clear();
    m_next.clear();
    endResetModel();
    ++m_generation; // answers to earlier loads are dropped
    m_loading = false;
    m_client = client;
    m_query = query;
    m_query.startingAfter.clear();
    if (m_client)
        requestPage();
}

void WebhookEventsModel::requestPage()
{
    m_loading = true;
    serverapi::WebhookEventQuery query = m_query;
    query.startingAfter = m_next;
    const int generation = m_generation;
    m_client->listWebhookEvents(query, this, [this, generation](const serverapi::AdminApiResult &result) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!result.ok()) {
            Q_EMIT loadFailed(result.message);
            return;
        }
        m_readOrigin = result.readOrigin;
        const QJsonArray data = result.body.value(QStringLiteral("data")).toArray();
        // The cursor moves first: a view may ask for more while the rows go in.
        m_next = result.body.value(QStringLiteral("has_more")).toBool() ? result.body.value(QStringLiteral("next_cursor")).toString() : QString();
        if (!data.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + data.size() - 1));
            for (const QJsonValue &row : data)
                m_rows.append(row.toObject());
            endInsertRows();
        }
        Q_EMIT pageLoaded(int(m_rows.size()), !m_next.isEmpty());
    });
}

} // namespace companion::admin
