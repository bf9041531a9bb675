#pragma once

#include "RevenueFigures.h"
#include "db/SqlDialect.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

namespace companion::billing {

struct ClosedPeriod {
    QDate month;
    QString closedBy;
    qint64 closedAt = 0;
    QString contentHash;    // SHA-256 of the canonical pack (figures alone for months closed before packs), hex
    QJsonObject figures;
    QJsonObject pack;       // the frozen MonthPack; empty for months closed before packs

    // Whether the stored content still hashes to contentHash.
    bool intact() const;
};

// Finance closes a month: its whole pack (figures, trend, movers, the cash
// reconciled to the payouts, the payouts) is frozen with a content hash, and a
// later restatement of its figures (a late webhook, a re-sync) shows as a difference.
class PeriodClose
{
public:
    PeriodClose(QSqlDatabase db, db::Dialect dialect);

    // The figures of one month as stored: amounts in minor units, fixed key order.
    static QJsonObject figuresOf(const PeriodFigures &period);
    static QString hashOf(const QJsonObject &content);

    // Computes the pack of the month starting at `month` (the 1st) and stores it, audited; fails
    // with a reason if it is already closed, not over yet, or the database refuses.
    std::optional<ClosedPeriod> close(const QDate &month, MrrMode mode, const QString &currency, const QString &closedBy,
                                      qint64 now, QString *error) const;
    QHash<QDate, ClosedPeriod> closed(MrrMode mode, const QString &currency, QString *error = nullptr) const;
    // The figures that differ between a closed month and the same month now: name -> (closed, now).
    // Figures a month was closed without (closed by an older version) are not compared.
    static QHash<QString, QPair<qint64, qint64>> restatement(const ClosedPeriod &closed, const PeriodFigures &now);

private:
    QSqlDatabase m_db;
    db::Dialect m_dialect;
};

QString modeKey(MrrMode mode); // "companion" / "stripe"

} // namespace companion::billing
