#pragma once

#include "serverapi/AdminApiClient.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QPointer>

namespace companion::admin {

// The server's webhook log, newest first, fetched page by page from its admin API
// as the view scrolls (canFetchMore/fetchMore); never from the database directly.
class WebhookEventsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Received, Type, Outcome, User, Error, EventId, Deliveries, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, OutcomeRole, RawValueRole };

    explicit WebhookEventsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Starts over with `client` (none: the server is not configured) and `query`.
    void load(serverapi::AdminApiClient *client, const serverapi::WebhookEventQuery &query);
    // Where the server read the last page (its read replica, or the primary).
    const serverapi::ReadOrigin &readOrigin() const { return m_readOrigin; }

Q_SIGNALS:
    void loadFailed(const QString &message);
    void pageLoaded(int totalRows, bool more);

private:
    void requestPage();

    QPointer<serverapi::AdminApiClient> m_client;
    serverapi::WebhookEventQuery m_query;
    serverapi::ReadOrigin m_readOrigin;
    QList<QJsonObject> m_rows;
    QString m_next; // cursor of the next page; empty: no more
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace companion::admin
