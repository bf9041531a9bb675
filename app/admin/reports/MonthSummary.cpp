#include "MonthSummary.h"

#include "PackCharts.h"
#include "models/PayoutWords.h"
#include "util/Money.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace companion::admin {

namespace {

// Tables in the PDF: thin grey rules, numbers right-aligned.
const QString kTable = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                      "style=\"border-collapse:collapse; border-color:#9e9e9e\">");

QString cell(const QString &html, bool number = false)
{
    return number ? QStringLiteral("<td align=\"right\">%1</td>").arg(html) : QStringLiteral("<td>%1</td>").arg(html);
}

QString headerRow(const QStringList &titles, int firstNumber)
{
    QString out = QStringLiteral("<tr style=\"background-color:#eeeeee\">");
    for (int i = 0; i < titles.size(); ++i)
        out += QStringLiteral("<th align=\"%1\">%2</th>").arg(i >= firstNumber ? QStringLiteral("right") : QStringLiteral("left"),
                                                            titles.at(i).toHtmlEscaped());
    return out + QStringLiteral("</tr>");
}

QString day(qint64 secs)
{
    return secs > 0 ? QLocale().toString(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).date(), QLocale::ShortFormat) : QStringLiteral("—");
}

QString heading(const QString &text, bool newPage = false)
{
    return QStringLiteral("<h2%1>%2</h2>")
        .arg(newPage ? QStringLiteral(" style=\"page-break-before:always\"") : QString(), text.toHtmlEscaped());
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

QString chartUrl(int index)
{
    return QStringLiteral("chart:%1").arg(index);
}

QString chartImage(int index, int width)
{
    return QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>").arg(chartUrl(index)).arg(width);
}

} // namespace

MonthSummary::MonthSummary(billing::MonthPack pack, std::optional<billing::ClosedPeriod> closed)
    : m_pack(std::move(pack))
    , m_closed(std::move(closed))
{
}

QString MonthSummary::money(qint64 amount) const
{
    return util::formatMoney(amount, m_pack.currency).toHtmlEscaped();
}

QString MonthSummary::figuresSection() const
{
    const billing::PeriodFigures &f = m_pack.figures;
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
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%1</table>").arg(rows);
}

QString MonthSummary::movementsSection(int chartWidth) const
{
    const QList<billing::PeriodFigures> &trend = m_pack.trend;
    QString out = heading(tr("The months to %1").arg(QLocale().toString(m_pack.month, QStringLiteral("MMMM yyyy"))), true);
    // MRR, its movements, and collected, fees and net as the Revenue page counts
    // them. That net leaves out disputes, so it stays here: the cash section below
    // is the balance's own equation, to the cent.
    for (int i = 0; i < 3; ++i)
        out += chartImage(i, chartWidth);
    out += QStringLiteral("<h3>%1</h3>").arg(tr("MRR movements").toHtmlEscaped()) + kTable
           + headerRow({tr("Month"), tr("Start"), tr("New"), tr("Expansion"), tr("Reactiv."), tr("Contraction"), tr("Churn"),
                        tr("End")},
                       1);
    for (const billing::PeriodFigures &p : trend) {
        const bool last = p.start == m_pack.month;
        QString row = cell(QLocale().toString(p.start, QStringLiteral("MMM yyyy")).toHtmlEscaped());
        for (qint64 amount : {p.startMrr, p.moves.newMrr, p.moves.expansion, p.moves.reactivation, -p.moves.contraction, -p.moves.churn, p.endMrr})
            row += cell(money(amount), true);
        out += QStringLiteral("<tr%1>%2</tr>").arg(last ? QStringLiteral(" style=\"font-weight:bold\"") : QString(), row);
    }
    return out + QStringLiteral("</table>");
}

QString MonthSummary::moversSection() const
{
    QString out = heading(tr("Customers behind the movements of %1").arg(QLocale().toString(m_pack.month, QStringLiteral("MMMM yyyy"))), true);
    if (m_pack.movers.isEmpty())
        return out + paragraph(tr("No customer's MRR changed this month."));
    const auto name = [](billing::Movement m) {
        switch (m) {
        case billing::Movement::New: return tr("New");
        case billing::Movement::Expansion: return tr("Expansion");
        case billing::Movement::Reactivation: return tr("Reactivation");
        case billing::Movement::Contraction: return tr("Contraction");
        case billing::Movement::Churn: return tr("Churn");
        }
        return QString();
    };
    out += kTable + headerRow({tr("Movement"), tr("Customer"), tr("Before"), tr("After"), tr("Change")}, 2);
    for (const billing::MovementLine &m : m_pack.movers) {
        const QString who = m.name.isEmpty() ? (m.email.isEmpty() ? m.customer : m.email) : tr("%1 <%2>").arg(m.name, m.email);
        out += QStringLiteral("<tr>") + cell(name(m.movement).toHtmlEscaped()) + cell(who.toHtmlEscaped()) + cell(money(m.before), true)
               + cell(money(m.after), true) + cell(money(m.after - m.before), true) + QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>") + paragraph(tr("%n customer(s).", nullptr, int(m_pack.movers.size())));
}

QString MonthSummary::cashSection() const
{
    const billing::CashReport &c = m_pack.cash;
    QString out = heading(tr("Cash reconciled to the payouts"), true);
    const bool matches = c.differences.isEmpty();
    out += QStringLiteral("<p><b>%1</b></p>")
               .arg((matches ? tr("Matches to the cent") : tr("%n difference(s)", nullptr, int(c.differences.size()))).toHtmlEscaped());
    if (!c.complete)
        out += paragraph(tr("This month is not over yet: figures will change."));
    // The equation, as finance checks it.
    out += paragraph(tr("Charges %1 − refunds %2 − disputes %3 − Stripe fees %4 + other %5 = net %6 = paid out %7 + in transit %8 + "
                        "still in the balance %9.")
                         .arg(util::formatMoney(c.charges, m_pack.currency), util::formatMoney(c.refunds, m_pack.currency),
                              util::formatMoney(c.disputes, m_pack.currency), util::formatMoney(c.fees, m_pack.currency),
                              util::formatMoney(c.other, m_pack.currency), util::formatMoney(c.net, m_pack.currency),
                              util::formatMoney(c.paidOut, m_pack.currency), util::formatMoney(c.inTransit, m_pack.currency),
                              util::formatMoney(c.inBalance, m_pack.currency)));

    out += QStringLiteral("<h3>%1</h3>").arg(tr("Balance transactions by category").toHtmlEscaped()) + kTable
           + headerRow({tr("Category"), tr("Count"), tr("Gross"), tr("Fee"), tr("Net")}, 1);
    for (const billing::CashCategory &k : c.categories)
        out += QStringLiteral("<tr>") + cell(PayoutWords::category(k.category).toHtmlEscaped()) + cell(QLocale().toString(k.count), true)
               + cell(money(k.gross), true) + cell(money(-k.fee), true) + cell(money(k.net), true) + QStringLiteral("</tr>");
    out += QStringLiteral("<tr style=\"font-weight:bold\">") + cell(tr("Total").toHtmlEscaped()) + cell(QLocale().toString(c.transactions), true)
           + cell(QString()) + cell(QString()) + cell(money(c.net), true) + QStringLiteral("</tr></table>");

    out += QStringLiteral("<h3>%1</h3>").arg(tr("Where the month's net went").toHtmlEscaped()) + kTable
           + headerRow({tr("Payout"), tr("Status"), tr("Arrival"), tr("Transactions"), tr("Of this month")}, 3);
    for (const billing::CashSettlement &s : c.settlements) {
        QString payout = s.payoutId.isEmpty() ? tr("Still in the Stripe balance") : s.payoutId;
        QString status = s.payoutId.isEmpty() ? QString() : PayoutWords::status(s.status);
        if (!s.failureMessage.isEmpty())
            status += QStringLiteral(": ") + s.failureMessage;
        if (!s.settledBy.isEmpty())
            status += u' ' + tr("(went out again with %1, %2)").arg(s.settledBy, PayoutWords::status(s.settledByStatus).toLower());
        out += QStringLiteral("<tr>") + cell(payout.toHtmlEscaped()) + cell(status.toHtmlEscaped()) + cell(day(s.arrivalDate).toHtmlEscaped())
               + cell(QLocale().toString(s.transactions), true) + cell(money(s.amount), true) + QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");

    out += QStringLiteral("<h3>%1</h3>").arg(tr("Differences").toHtmlEscaped());
    if (matches)
        return out + paragraph(tr("None: every charge, refund, dispute and payout of the month agrees with our invoices, to the cent."));
    out += kTable + headerRow({tr("Kind"), tr("Object"), tr("Cause"), tr("Ours"), tr("Stripe's"), tr("Difference")}, 3);
    for (const billing::CashDifference &d : c.differences)
        out += QStringLiteral("<tr>") + cell(PayoutWords::differenceKind(d.kind).toHtmlEscaped()) + cell(d.objectId.toHtmlEscaped())
               + cell(d.cause.toHtmlEscaped()) + cell(money(d.expected), true) + cell(money(d.actual), true) + cell(money(d.difference()), true)
               + QStringLiteral("</tr>");
    return out + QStringLiteral("</table>");
}

QString MonthSummary::payoutsSection() const
{
    QString out = heading(tr("Payouts due at the bank in %1").arg(QLocale().toString(m_pack.month, QStringLiteral("MMMM yyyy"))));
    if (m_pack.payouts.isEmpty())
        return out + paragraph(tr("No payout was due at the bank this month."));
    out += kTable + headerRow({tr("Payout"), tr("Created"), tr("Arrival"), tr("Status"), tr("Transactions"), tr("Amount")}, 4);
    qint64 arrived = 0;
    for (const billing::PayoutRow &p : m_pack.payouts) {
        QString status = PayoutWords::status(p.status);
        if (p.failed() && !p.failureMessage.isEmpty())
            status += QStringLiteral(": ") + p.failureMessage;
        if (!p.addsUp())
            status += u' ' + tr("(its transactions add up to %1)").arg(util::formatMoney(p.transactionsNet, m_pack.currency));
        const QString style = p.failed() ? QStringLiteral(" style=\"color:#c62828\"") : QString();
        out += QStringLiteral("<tr%1>").arg(style) + cell(p.id.toHtmlEscaped()) + cell(day(p.created).toHtmlEscaped())
               + cell(day(p.arrivalDate).toHtmlEscaped()) + cell(status.toHtmlEscaped())
               + cell(p.transactionsRead ? QLocale().toString(p.transactions) : QStringLiteral("—"), true) + cell(money(p.amount), true)
               + QStringLiteral("</tr>");
        if (p.status == QLatin1String("paid"))
            arrived += p.amount;
    }
    return out + QStringLiteral("</table>") + paragraph(tr("Paid into the bank: %1.").arg(util::formatMoney(arrived, m_pack.currency)));
}

QString MonthSummary::footer() const
{
    // The hash in a fixed-width face: no "ff" ligature where someone copies it to compare.
    const QString hash = m_closed ? QStringLiteral("<tt>%1</tt>").arg(m_closed->contentHash.toHtmlEscaped()) : QString();
    const QString mode = m_pack.mode == billing::MrrMode::StripeCompatible ? tr("Stripe-compatible MRR") : tr("Course Companion MRR");
    QString text = tr("Computed %1. %2; amounts in %3.")
                       .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(m_pack.computedAt, Qt::UTC), QLocale::LongFormat), mode,
                            m_pack.currency.toUpper())
                       .toHtmlEscaped();
    if (m_closed) {
        text += u' ' + tr("Closed by %1 on %2; content hash %3.")
                           .arg(m_closed->closedBy.toHtmlEscaped(),
                                QLocale().toString(QDateTime::fromSecsSinceEpoch(m_closed->closedAt, Qt::UTC).date(), QLocale::LongFormat).toHtmlEscaped(),
                                hash);
        if (m_closed->pack.isEmpty()) // closed before packs were frozen: only its figures were
            text += u' ' + (m_closed->intact() ? tr("Closed before month-end packs were frozen: its stored figures match their hash; "
                                                    "what this pack shows is today's.")
                                               : tr("Warning: the stored figures no longer match their hash; they were altered after the close."))
                               .toHtmlEscaped();
        else
            text += u' ' + (m_closed->intact() ? tr("The stored pack matches its hash.")
                                               : tr("Warning: the stored pack no longer matches its hash; it was altered after the close."))
                               .toHtmlEscaped();
    } else {
        text += u' ' + tr("Not closed: these figures may still change.").toHtmlEscaped();
    }
    return text;
}

QString MonthSummary::html(int chartWidth) const
{
    const QString month = QLocale().toString(m_pack.month, QStringLiteral("MMMM yyyy"));
    return QStringLiteral("<html><body><h1>%1</h1><h2>%2</h2>%3<p><small>%4</small></p>%5%6%7%8</body></html>")
        .arg(tr("Course Companion — revenue").toHtmlEscaped(), month.toHtmlEscaped(), figuresSection(), footer(),
             movementsSection(chartWidth), moversSection(), cashSection(), payoutsSection());
}

void MonthSummary::fill(QTextDocument *document, qreal pageWidth) const
{
    // The charts laid out about as wide as they are printed (a 96-dpi page), drawn three times as sharp.
    const QSize logical(qMax(480, int(pageWidth)), qMax(200, int(pageWidth * 0.4)));
    const QList<QImage> charts = PackCharts::render(m_pack, logical, 3.0);
    for (int i = 0; i < charts.size(); ++i)
        document->addResource(QTextDocument::ImageResource, QUrl(chartUrl(i)), charts.at(i));
    document->setHtml(html(int(pageWidth - 2 * document->documentMargin())));
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
    writer.setTitle(tr("Course Companion — revenue %1").arg(m_pack.month.toString(QStringLiteral("yyyy-MM"))));
    writer.setCreator(QStringLiteral("companion-admin"));
    QTextDocument document;
    // Laid out on a 96-dpi page, as on screen: print() scales it to the writer's resolution.
    const QSizeF page = writer.pageLayout().paintRectPixels(96).size();
    document.setPageSize(page);
    fill(&document, page.width());
    document.print(&writer);
    return true;
}

} // namespace companion::admin
