#pragma once

#include "RevenueFigures.h"
#include "db/SqlDialect.h"

#include <QSqlDatabase>

namespace companion::billing {

// Finance's figures, computed by the database from the MRR ledger and the
// invoice mirror (docs/metrics.md defines each). Read-only; run it off the GUI thread.
class RevenueMetrics
{
public:
    RevenueMetrics(QSqlDatabase db, db::Dialect dialect);

    RevenueReport report(const RevenueRequest &request) const;
    // The customers behind one movement of the period starting at `periodStart`.
    QList<MovementLine> movers(const RevenueRequest &request, const QDate &periodStart, Movement movement, QString *error = nullptr) const;
    // Customers whose MRR at the start of `day` differs between the two modes:
    // their cancel is requested, the subscription has not ended yet.
    QList<MovementLine> modeDifferences(const QDate &day, const QString &currency, QString *error = nullptr) const;

private:
    // MRR and paying customers at each of `instants`: read at the first, then
    // carried by each period's movements.
    struct Chain {
        QList<MovementFigures> moves; // one per period
        QList<qint64> mrr;            // one per instant
        QList<int> customers;
        Chain from(int first) const;  // the periods from `first` on
    };
    bool chain(const QList<qint64> &instants, MrrMode mode, const QString &currency, Chain *out, QString *error) const;
    // Each period's movements between consecutive `instants`.
    bool movements(const QList<qint64> &instants, MrrMode mode, const QString &currency, QList<MovementFigures> *out, QString *error) const;
    // MRR and paying customers at one instant, read directly from the ledger.
    bool snapshot(qint64 instant, MrrMode mode, const QString &currency, qint64 *mrr, int *customers, QString *error) const;

    QSqlDatabase m_db;
    db::Dialect m_dialect;
};

} // namespace companion::billing
