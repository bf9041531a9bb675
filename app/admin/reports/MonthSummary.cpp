#include "MonthSummary.h"

#include "util/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace companion::admin {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("companion::admin::MonthSummary", text);
}

} // namespace

MonthSummary::MonthSummary(const billing::PeriodFigures &month, const billing::RevenueRequest &request,
                           std::optional<billing::ClosedPeriod> closed)
    : m_month(month)
    , m_request(request)
    , m_closed(std::move(closed))
{
}

QString MonthSummary::html() const
{
    const QString c = m_request.currency;
    const auto money = [&c](qint64 amount) { return util::formatMoney(amount, c).toHtmlEscaped(); };
    const billing::PeriodFigures &f = m_month;
    QString rows;
    const auto row = [&rows](const QString &label, const QString &value) {
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(label.toHtmlEscaped(), value);
    };
    const auto section = [&rows](const QString &title) {
        rows += QStringLiteral("<tr><td colspan=\"2\"><h3>%1</h3></td></tr>").arg(title.toHtmlEscaped());
    };
    section(tr("Recurring revenue"));
    row(tr("MRR at the start"), money(f.startMrr));
    row(tr("New"), money(f.moves.newMrr));
    row(tr("Expansion"), money(f.moves.expansion));
    row(tr("Reactivation"), money(f.moves.reactivation));
    row(tr("Contraction"), money(-f.moves.contraction));
    row(tr("Churn"), money(-f.moves.churn));
    row(tr("MRR at the end"), QStringLiteral("<b>%1</b>").arg(money(f.endMrr)));
    row(tr("Scheduled churn"), money(f.scheduledChurn));
    row(tr("At risk (past due)"), money(f.atRiskMrr));
    row(tr("ARR"), money(f.arr()));
    row(tr("Subscribers"), QLocale().toString(f.customersAtEnd));
    row(tr("ARPU"), money(f.arpu()));
    row(tr("LTV"), f.ltv() ? money(*f.ltv()) : QStringLiteral("—"));
    row(tr("Customer churn"), util::formatPercent(f.customerChurnRate()));
    row(tr("Gross MRR churn"), util::formatPercent(f.grossMrrChurn()));
    row(tr("Net MRR churn"), util::formatPercent(f.netMrrChurn()));
    row(tr("Quick ratio"), f.quickRatio() ? QLocale().toString(*f.quickRatio(), 'f', 2) : QStringLiteral("—"));
    section(tr("Cash"));
    row(tr("Collected"), money(f.cash.gross));
    row(f.cash.estimatedPayments > 0 ? tr("Stripe fees (partly estimated)") : tr("Stripe fees"), money(f.cash.fees));
    row(tr("Refunds"), money(f.cash.refunds));
    row(tr("Disputes"), money(f.cash.disputes));
    row(tr("Net"), QStringLiteral("<b>%1</b>").arg(money(f.cash.net())));
    row(tr("Failed payments"), money(f.cash.failed));
    row(tr("Recovered"), money(f.cash.recovered));
    row(tr("Recovery rate"), util::formatPercent(f.cash.recoveryRate()));

    const QString mode = m_request.mode == billing::MrrMode::StripeCompatible ? tr("Stripe-compatible MRR") : tr("Course Companion MRR");
    QString footer = tr("Generated %1. %2; amounts in %3.")
                         .arg(QLocale().toString(QDateTime::currentDateTimeUtc(), QLocale::LongFormat), mode, c.toUpper());
    if (m_closed)
        footer += u' ' + tr("Closed by %1 on %2; content hash %3.")
                             .arg(m_closed->closedBy,
                                  QLocale().toString(QDateTime::fromSecsSinceEpoch(m_closed->closedAt, Qt::UTC).date(), QLocale::LongFormat),
                                  m_closed->contentHash);
    return QStringLiteral("<html><body><h1>%1</h1><h2>%2</h2><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%3</table>"
                          "<p><small>%4</small></p></body></html>")
        .arg(tr("Course Companion — revenue").toHtmlEscaped(), QLocale().toString(f.start, QStringLiteral("MMMM yyyy")).toHtmlEscaped(), rows,
             footer.toHtmlEscaped());
}

bool MonthSummary::writePdf(const QString &path, QString *error) const
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        *error = probe.errorString();
        return false;
    }
    probe.close();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setTitle(tr("Course Companion — revenue"));
    writer.setCreator(QStringLiteral("companion-admin"));
    QTextDocument document;
    document.setHtml(html());
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    return true;
}

} // namespace companion::admin
