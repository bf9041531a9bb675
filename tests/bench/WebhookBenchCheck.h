#pragma once

#include "HttpLoadGenerator.h"
#include "WebhookBenchPlan.h"

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace companion::bench {

// The database after a run, compared with what the server answered: a verdict and
// one printable line per expectation.
struct WebhookBenchCheck {
    bool ok = true;
    QStringList lines;
    void expect(bool condition, const QString &what);

    // Everything a 200 promised must be in the database, once, with every delivery
    // counted; and the state the events describe must be what the tables hold.
    static WebhookBenchCheck ofRun(const QSqlDatabase &db, const WebhookBenchPlan &plan, const std::vector<LoadAnswer> &answers, qint64 sent);
};

} // namespace companion::bench
