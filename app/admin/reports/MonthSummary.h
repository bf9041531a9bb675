#pragma once

#include "billing/MonthPack.h"
#include "billing/PeriodClose.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

namespace companion::admin {

// A month's pack as finance files it (an A4 PDF): the figures, the charts of the
// twelve months to it, the movements table and the customers behind the month's
// movements, the cash reconciled to the payouts with every difference, and the
// payouts that reached the bank. A closed month prints its frozen pack, with the
// content hash and whether the stored pack still matches it.
class MonthSummary
{
    Q_DECLARE_TR_FUNCTIONS(companion::admin::MonthSummary)
public:
    explicit MonthSummary(billing::MonthPack pack, std::optional<billing::ClosedPeriod> closed = std::nullopt);

    // The document's text; the charts are <img src="chart:0…2"> `chartWidth` wide.
    QString html(int chartWidth = 640) const;
    // `document` holds the pack laid out for pages `pageWidth` wide (its units), the charts included.
    void fill(QTextDocument *document, qreal pageWidth) const;
    // A4 PDF at `path`; false + reason when it cannot be written.
    bool writePdf(const QString &path, QString *error) const;

    static constexpr int kCharts = 3;

private:
    QString figuresSection() const;
    QString movementsSection(int chartWidth) const;
    QString moversSection() const;
    QString cashSection() const;
    QString payoutsSection() const;
    QString footer() const; // HTML
    QString money(qint64 amount) const;

    billing::MonthPack m_pack;
    std::optional<billing::ClosedPeriod> m_closed;
};

} // namespace companion::admin
