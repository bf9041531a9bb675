#pragma once

#include "CsvExportSource.h"
#include "billing/SubscriptionDirectory.h"
#include "db/UserDirectory.h"

#include <QCoreApplication>

#include <optional>

namespace companion::admin {

class SubscriptionsModel;
class UsersModel;

// The users view as CSV: its search, filters and sort as they are when the
// export starts; ids, e-mails and ISO 8601 UTC dates for spreadsheets.
class UsersCsvSource : public CsvExportSource
{
    Q_DECLARE_TR_FUNCTIONS(companion::admin::UsersCsvSource)
public:
    UsersCsvSource(const UsersModel &model, db::Dialect dialect);
    QStringList header() const override { return m_header; }
    qint64 count(db::Connection &connection, QString *error) override;
    CsvExportPage nextPage(db::Connection &connection, int rows) override;

private:
    db::UserQuery m_query;
    db::Dialect m_dialect;
    QStringList m_header;
    std::optional<db::UserCursor> m_after;
};

// The subscriptions view as CSV, the same way.
class SubscriptionsCsvSource : public CsvExportSource
{
    Q_DECLARE_TR_FUNCTIONS(companion::admin::SubscriptionsCsvSource)
public:
    SubscriptionsCsvSource(const SubscriptionsModel &model, db::Dialect dialect);
    QStringList header() const override { return m_header; }
    qint64 count(db::Connection &connection, QString *error) override;
    CsvExportPage nextPage(db::Connection &connection, int rows) override;

private:
    billing::SubscriptionQuery m_query;
    db::Dialect m_dialect;
    QStringList m_header;
    std::optional<billing::SubscriptionCursor> m_after;
};

} // namespace companion::admin
