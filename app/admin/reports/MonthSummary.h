#pragma once

#include "billing/PeriodClose.h"
#include "billing/RevenueFigures.h"

#include <QString>

#include <optional>

namespace companion::admin {

// A month's figures on one printable page, for finance's records.
class MonthSummary
{
public:
    MonthSummary(const billing::PeriodFigures &month, const billing::RevenueRequest &request,
                 std::optional<billing::ClosedPeriod> closed = std::nullopt);

    QString html() const;
    // A4 PDF at `path`; false + reason when it cannot be written.
    bool writePdf(const QString &path, QString *error) const;

private:
    billing::PeriodFigures m_month;
    billing::RevenueRequest m_request;
    std::optional<billing::ClosedPeriod> m_closed;
};

} // namespace companion::admin
