#pragma once

#include "CashReconciliation.h"
#include "PayoutLedger.h"
#include "RevenueFigures.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <optional>

namespace companion::billing {

// Everything finance files for one month, in one currency: the figures, the MRR
// trend that led to them, every customer behind the month's movements, the cash
// followed to the bank and the payouts that reached it. Closing a month freezes
// this pack (PeriodClose); the PDF prints it, live or frozen, the same way.
struct MonthPack {
    QDate month;                  // the 1st (UTC)
    MrrMode mode = MrrMode::Companion;
    QString currency = QStringLiteral("usd");
    qint64 computedAt = 0;        // when it was read (the close's time when frozen)
    PeriodFigures figures;        // the month
    QList<PeriodFigures> trend;   // up to 12 months ending with the month, oldest first
    QList<MovementLine> movers;   // new, expansion, reactivation, contraction, churn, each largest first
    CashReport cash;              // the month's cash reconciled to the payouts
    QList<PayoutRow> payouts;     // the payouts due at the bank within the month, by arrival

    // Canonical: keys sorted, amounts as integers, lists in the order above.
    QJsonObject toJson() const;
    // The inverse; std::nullopt and *error when the JSON is not a pack.
    static std::optional<MonthPack> fromJson(const QJsonObject &json, QString *error);
};

} // namespace companion::billing

Q_DECLARE_METATYPE(companion::billing::MonthPack)
