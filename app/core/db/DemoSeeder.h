#pragma once

#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QString>

namespace companion::db {

// Fills an empty database with believable learners for demos and screenshots,
// the same ones for the same seed. Billing history (subscriptions, invoices,
// events) comes from stripe-sandbox's --seed-demo through real webhooks.
class DemoSeeder
{
public:
    DemoSeeder(QSqlDatabase db, Dialect dialect);

    // Adds `count` users unless the table already has users; returns how many were added.
    int seedUsers(int count, quint32 seed, QString *error);

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace companion::db
