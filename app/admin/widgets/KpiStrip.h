#pragma once

#include "billing/RevenueFigures.h"

#include <QWidget>

#include <optional>

namespace companion::admin {

class KpiTile;

// The strip at the top of the Revenue page: MRR and subscribers at the end of
// the range, new MRR, churned MRR and net revenue summed over it, each against
// the range just before (billing::RangePreset::previous) and with its trend.
class KpiStrip : public QWidget
{
    Q_OBJECT
public:
    explicit KpiStrip(QWidget *parent = nullptr);

    // `previous` is empty when it could not be read; `incomplete` is the index of
    // the period not over yet, or -1.
    void setReports(const billing::RevenueReport &report, const std::optional<billing::RevenueReport> &previous, int incomplete);

    KpiTile *mrr() const { return m_mrr; }
    KpiTile *subscribers() const { return m_subscribers; }
    KpiTile *newMrr() const { return m_newMrr; }
    KpiTile *churnedMrr() const { return m_churnedMrr; }
    KpiTile *netRevenue() const { return m_netRevenue; }

private:
    KpiTile *m_mrr;
    KpiTile *m_subscribers;
    KpiTile *m_newMrr;
    KpiTile *m_churnedMrr;
    KpiTile *m_netRevenue;
    QString m_currency;
};

} // namespace companion::admin
