#include "RevenuePage.h"

#include "actions/Confirmer.h"
#include "db/DatabaseThread.h"
#include "dialogs/MovementLinesDialog.h"
#include "models/RevenueTableModel.h"
#include "reports/MonthSummary.h"
#include "settings/SupportSettings.h"
#include "ui_RevenuePage.h"
#include "widgets/CsvExport.h"
#include "widgets/DisplayFormat.h"
#include "widgets/KpiStrip.h"
#include "widgets/RevenueCharts.h"
#include "widgets/TableViews.h"

#include "billing/MonthPackBuilder.h"
#include "billing/RangePreset.h"
#include "billing/RevenueMetrics.h"
#include "util/Money.h"

#include <QChartView>
#include <QDateTime>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>

#include <utility>

namespace companion::admin {

struct RevenuePage::Loaded {
    int generation = 0;
    billing::RevenueReport report;
    std::optional<billing::RevenueReport> previous; // the range before, of as many periods
    QHash<QDate, billing::ClosedPeriod> closed;
};

RevenuePage::RevenuePage(db::DatabaseThread *database, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RevenuePage>())
    , m_database(database)
    , m_settings(settings)
    , m_mrrModel(new RevenueTableModel(RevenueTableModel::Table::Mrr, this))
    , m_movementsModel(new RevenueTableModel(RevenueTableModel::Table::Movements, this))
    , m_cashModel(new RevenueTableModel(RevenueTableModel::Table::Cash, this))
    , m_charts(new RevenueCharts(this))
    , m_kpis(new KpiStrip(this))
{
    m_ui->setupUi(this);
    m_choosePath = [this](const QString &title, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(this, title, suggested, filter);
    };
    using billing::RangePreset;
    const std::pair<RangePreset::Kind, QString> presets[] = {
        {RangePreset::Last30Days, tr("Last 30 days")},   {RangePreset::Last90Days, tr("Last 90 days")},
        {RangePreset::Last365Days, tr("Last 365 days")}, {RangePreset::MonthToDate, tr("Month to date")},
        {RangePreset::YearToDate, tr("Year to date")},   {RangePreset::LastFullMonth, tr("Last full month")},
        {RangePreset::Custom, tr("Custom")}};
    for (const auto &[kind, name] : presets)
        m_ui->preset->addItem(name, int(kind));
    m_ui->granularity->addItem(tr("Months"), int(billing::Granularity::Month));
    m_ui->granularity->addItem(tr("Weeks"), int(billing::Granularity::Week));
    m_ui->granularity->addItem(tr("Days"), int(billing::Granularity::Day));
    // The range as it was left: a preset (counted from today), or the dates picked by hand.
    const auto kind = RangePreset::fromKey(m_settings->value(QStringLiteral("revenue/preset")).toString());
    m_ui->preset->setCurrentIndex(m_ui->preset->findData(int(kind)));
    if (kind == RangePreset::Custom) {
        const QDate today = this->today();
        m_ui->fromEdit->setDate(m_settings->value(QStringLiteral("revenue/from"), QDate(today.year(), today.month(), 1).addMonths(-11)).toDate());
        m_ui->toEdit->setDate(m_settings->value(QStringLiteral("revenue/to"), today).toDate());
        m_ui->granularity->setCurrentIndex(
            qMax(0, m_ui->granularity->findData(m_settings->value(QStringLiteral("revenue/granularity"), int(billing::Granularity::Month)).toInt())));
        followGranularity();
    } else {
        applyPreset();
    }
    m_ui->mode->addItem(tr("Course Companion MRR"), int(billing::MrrMode::Companion));
    m_ui->mode->addItem(tr("Stripe-compatible MRR"), int(billing::MrrMode::StripeCompatible));
    m_ui->mode->setItemData(0, tr("A cancel at period end stays in MRR until the subscription ends, shown as scheduled churn."), Qt::ToolTipRole);
    m_ui->mode->setItemData(1, tr("A cancel at period end leaves MRR when it is asked, as Stripe's Dashboard counts it."), Qt::ToolTipRole);
    m_ui->busy->hide();
    m_ui->pageLayout->insertWidget(1, m_kpis);

    m_ui->mrrChartHostLayout->addWidget(m_charts->mrrView());
    m_ui->movementsChartHostLayout->addWidget(m_charts->movementsView());
    m_ui->cashChartHostLayout->addWidget(m_charts->cashView());
    // Tab meets each chart just before its table, as they stand on screen (the views were
    // made before the form, so they would come last).
    for (const auto &[chart, table] : {std::pair<QWidget *, QWidget *>{m_charts->mrrView(), m_ui->mrrTable},
                                       {m_charts->movementsView(), m_ui->movementsTable},
                                       {m_charts->cashView(), m_ui->cashTable}}) {
        QWidget *before = table->previousInFocusChain();
        while (before->focusPolicy() == Qt::NoFocus) // setTabOrder() ignores those
            before = before->previousInFocusChain();
        QWidget::setTabOrder(before, chart);
        QWidget::setTabOrder(chart, table);
    }
    const QList<QPair<QTableView *, RevenueTableModel *>> tables{
        {m_ui->mrrTable, m_mrrModel}, {m_ui->movementsTable, m_movementsModel}, {m_ui->cashTable, m_cashModel}};
    for (const auto &[view, model] : tables) {
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->verticalHeader()->hide();
        makeDense(view);
        enableCopy(view);
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, view = view](const QModelIndex &current) {
            // One month selected across the three tabs.
            for (QTableView *other : {m_ui->mrrTable, m_ui->movementsTable, m_ui->cashTable})
                if (other != view && other->currentIndex().row() != current.row())
                    other->selectRow(current.row());
        });
    }
    connect(m_ui->movementsTable, &QTableView::activated, this, &RevenuePage::showMovers);

    connect(m_ui->preset, &QComboBox::currentIndexChanged, this, &RevenuePage::applyPreset);
    for (QDateEdit *edit : {m_ui->fromEdit, m_ui->toEdit})
        connect(edit, &QDateEdit::dateChanged, this, &RevenuePage::rangeEdited);
    connect(m_ui->granularity, &QComboBox::currentIndexChanged, this, &RevenuePage::rangeEdited);
    connect(m_ui->mode, &QComboBox::currentIndexChanged, this, &RevenuePage::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &RevenuePage::refresh);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &RevenuePage::exportCsv);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, &RevenuePage::saveMonthPdf);
    connect(m_ui->closeMonthButton, &QPushButton::clicked, this, &RevenuePage::closeSelectedMonth);
    connect(m_ui->modesButton, &QPushButton::clicked, this, &RevenuePage::compareModes);
    connect(m_ui->definitionsButton, &QPushButton::clicked, this, &RevenuePage::showDefinitions);
}

RevenuePage::~RevenuePage() = default;

void RevenuePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        refresh();
    }
}

QDate RevenuePage::today() const
{
    return m_today.isValid() ? m_today : QDateTime::currentDateTimeUtc().date();
}

void RevenuePage::setToday(const QDate &today)
{
    m_today = today;
    for (RevenueTableModel *model : {m_mrrModel, m_movementsModel, m_cashModel})
        model->setToday(this->today());
    if (billing::RangePreset::Kind(m_ui->preset->currentData().toInt()) != billing::RangePreset::Custom)
        applyPreset(); // "last 30 days" from the new today
}

void RevenuePage::applyPreset()
{
    const auto kind = billing::RangePreset::Kind(m_ui->preset->currentData().toInt());
    if (kind != billing::RangePreset::Custom) {
        const billing::RangePreset::Range range = billing::RangePreset::range(kind, today());
        // One report for the three changes, not three.
        const QSignalBlocker blockGranularity(m_ui->granularity), blockFrom(m_ui->fromEdit), blockTo(m_ui->toEdit);
        m_ui->granularity->setCurrentIndex(m_ui->granularity->findData(int(range.granularity)));
        m_ui->fromEdit->setDate(range.from);
        m_ui->toEdit->setDate(range.to);
    }
    followGranularity();
    saveRange();
    if (m_loadedOnce)
        refresh();
}

void RevenuePage::rangeEdited()
{
    if (billing::RangePreset::Kind(m_ui->preset->currentData().toInt()) != billing::RangePreset::Custom) {
        const QSignalBlocker block(m_ui->preset);
        m_ui->preset->setCurrentIndex(m_ui->preset->findData(int(billing::RangePreset::Custom)));
    }
    followGranularity();
    saveRange();
    refresh();
}

void RevenuePage::followGranularity()
{
    const bool months = billing::Granularity(m_ui->granularity->currentData().toInt()) == billing::Granularity::Month;
    const QString format = months ? QStringLiteral("MMM yyyy") : DisplayFormat::dateFormat(QLocale());
    for (QDateEdit *edit : {m_ui->fromEdit, m_ui->toEdit})
        if (edit->displayFormat() != format)
            edit->setDisplayFormat(format);
    m_ui->fromEdit->setAccessibleName(months ? tr("From month") : tr("From day"));
    m_ui->toEdit->setAccessibleName(months ? tr("Until month") : tr("Until day"));
}

void RevenuePage::saveRange() const
{
    const auto kind = billing::RangePreset::Kind(m_ui->preset->currentData().toInt());
    m_settings->setValue(QStringLiteral("revenue/preset"), billing::RangePreset::key(kind));
    if (kind == billing::RangePreset::Custom) {
        m_settings->setValue(QStringLiteral("revenue/from"), m_ui->fromEdit->date());
        m_settings->setValue(QStringLiteral("revenue/to"), m_ui->toEdit->date());
        m_settings->setValue(QStringLiteral("revenue/granularity"), m_ui->granularity->currentData().toInt());
    }
}

billing::RevenueRequest RevenuePage::request() const
{
    billing::RevenueRequest r;
    r.granularity = billing::Granularity(m_ui->granularity->currentData().toInt());
    r.mode = billing::MrrMode(m_ui->mode->currentData().toInt());
    const QDate from = m_ui->fromEdit->date(), to = m_ui->toEdit->date();
    // Months are picked as months: the whole of the last one.
    r.from = QDate(from.year(), from.month(), r.granularity == billing::Granularity::Month ? 1 : from.day());
    r.to = r.granularity == billing::Granularity::Month ? QDate(to.year(), to.month(), 1).addMonths(1).addDays(-1) : to;
    return r;
}

void RevenuePage::setMayCloseMonths(bool may)
{
    m_ui->closeMonthButton->setVisible(may);
}

void RevenuePage::refresh()
{
    const billing::RevenueRequest r = request();
    const int periods = int(billing::revenuePeriods(r.from, r.to, r.granularity).size());
    if (periods == 0) {
        m_ui->status->setText(tr("The range ends before it starts."));
        return;
    }
    if (periods > 1000) {
        m_ui->status->setText(tr("%n periods are too many to chart; choose a shorter range or longer periods.", nullptr, periods));
        return;
    }
    const int generation = ++m_generation;
    m_ui->busy->show();
    m_ui->status->setText(tr("Computing…"));
    m_database->runRead<Loaded>(
        this,
        [r, generation, dialect = m_database->config().dialect](db::Connection &connection) {
            Loaded loaded;
            loaded.generation = generation;
            if (!connection.ok()) {
                loaded.report.error = connection.error;
                return loaded;
            }
            const billing::RevenueMetrics metrics(connection.db, dialect);
            loaded.report = metrics.report(r);
            if (loaded.report.error.isEmpty()) {
                // What the tiles compare with: the range before, as many periods long.
                billing::RevenueReport previous = metrics.report(billing::RangePreset::previous(r));
                if (previous.error.isEmpty())
                    loaded.previous = std::move(previous);
            }
            if (loaded.report.error.isEmpty() && r.granularity == billing::Granularity::Month)
                loaded.closed = billing::PeriodClose(connection.db, dialect).closed(r.mode, r.currency, &loaded.report.error);
            return loaded;
        },
        [this](const Loaded &loaded) { show(loaded); });
}

void RevenuePage::show(const Loaded &loaded)
{
    if (loaded.generation != m_generation)
        return; // an older answer: a newer question is on its way
    m_ui->busy->hide();
    if (!loaded.report.error.isEmpty()) {
        m_ui->status->setText(tr("Could not compute revenue: %1").arg(loaded.report.error));
        return;
    }
    m_closed = loaded.closed;
    const int selected = m_ui->mrrTable->currentIndex().row();
    for (RevenueTableModel *model : {m_mrrModel, m_movementsModel, m_cashModel})
        model->setReport(loaded.report, loaded.closed);
    QStringList labels;
    for (int row = 0; row < m_mrrModel->rowCount(); ++row)
        labels << m_mrrModel->index(row, 0).data(RevenueTableModel::kChartLabelRole).toString();
    const int incomplete = m_mrrModel->incompleteRow();
    m_charts->setReport(loaded.report, labels, incomplete);
    m_kpis->setReports(loaded.report, loaded.previous, incomplete);
    for (QTableView *view : {m_ui->mrrTable, m_ui->movementsTable, m_ui->cashTable})
        view->resizeColumnsToContents();
    const int rows = m_mrrModel->rowCount();
    m_ui->mrrTable->selectRow(selected >= 0 && selected < rows ? selected : rows - 1);

    const billing::PeriodFigures &last = loaded.report.periods.constLast();
    const QString c = loaded.report.request.currency;
    const auto card = [](const QString &label, const QString &value) {
        return QStringLiteral("<td style=\"padding-right:18px\"><small>%1</small><br><b style=\"font-size:large\">%2</b></td>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    // MRR and subscribers are on the tiles above.
    m_ui->summary->setText(QStringLiteral("<table><tr>") + card(tr("ARR"), util::formatMoney(last.arr(), c))
                           + card(tr("ARPU"), util::formatMoney(last.arpu(), c))
                           + card(tr("LTV"), last.ltv() ? util::formatMoney(*last.ltv(), c) : QStringLiteral("—"))
                           + card(tr("Customer churn"), util::formatPercent(last.customerChurnRate()))
                           + card(tr("Net new MRR"), util::formatMoney(last.moves.net(), c))
                           + card(tr("Scheduled churn"), util::formatMoney(last.scheduledChurn, c)) + QStringLiteral("</tr></table>"));
    qint64 estimated = 0;
    for (const billing::PeriodFigures &f : loaded.report.periods)
        estimated += f.cash.estimatedPayments;
    m_ui->status->setText(estimated > 0 ? tr("Figures at the end of the last period. Fees of %n payment(s) are estimated (≈): "
                                             "their balance transactions are not mirrored.", nullptr, int(estimated))
                                        : tr("Figures at the end of the last period."));
    const bool months = loaded.report.request.granularity == billing::Granularity::Month;
    m_ui->pdfButton->setEnabled(months);
    m_ui->closeMonthButton->setEnabled(months);
    Q_EMIT reportShown();
}

QTableView *RevenuePage::currentTable() const
{
    QWidget *tab = m_ui->tabs->currentWidget();
    if (tab == m_ui->movementsTab)
        return m_ui->movementsTable;
    if (tab == m_ui->cashTab)
        return m_ui->cashTable;
    return m_ui->mrrTable;
}

const billing::PeriodFigures *RevenuePage::selectedMonth() const
{
    if (m_mrrModel->report().request.granularity != billing::Granularity::Month)
        return nullptr;
    return m_mrrModel->periodAt(m_ui->mrrTable->currentIndex().row());
}

QString RevenuePage::operatorName() const
{
    return SupportSettings::operatorName(*m_settings);
}

void RevenuePage::exportCsv()
{
    QTableView *view = currentTable();
    const billing::RevenueRequest r = m_mrrModel->report().request;
    const QString suggested = QStringLiteral("revenue-%1-%2-%3.csv")
                                  .arg(m_ui->tabs->tabText(m_ui->tabs->currentIndex()).toLower().remove(u'&'),
                                       r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
    const QString path = m_choosePath(tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (writeCsv(*view->model(), path, RevenueTableModel::kCsvRole, &error))
        m_ui->status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("Export CSV"), tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
}

void RevenuePage::saveMonthPdf()
{
    const billing::PeriodFigures *month = selectedMonth();
    if (!month)
        return;
    const QString path = m_choosePath(tr("Month-end pack"), QStringLiteral("revenue-%1.pdf").arg(month->start.toString(QStringLiteral("yyyy-MM"))),
                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto closed = m_closed.contains(month->start) ? std::optional<billing::ClosedPeriod>(m_closed.value(month->start)) : std::nullopt;
    if (closed && !closed->pack.isEmpty()) {
        // A closed month prints what was frozen, whatever the mirror says now.
        QString error;
        const auto pack = billing::MonthPack::fromJson(closed->pack, &error);
        if (pack)
            writeMonthPdf(*pack, closed, path);
        else
            QMessageBox::warning(this, tr("Month-end pack"), tr("Could not read the closed pack of %1: %2")
                                                                  .arg(QLocale().toString(month->start, QStringLiteral("MMMM yyyy")), error));
        return;
    }
    struct Built {
        std::optional<billing::MonthPack> pack;
        QString error;
    };
    const billing::RevenueRequest r = m_mrrModel->report().request;
    m_ui->busy->show();
    m_ui->status->setText(tr("Gathering the month-end pack…"));
    m_database->run<Built>(
        this,
        [start = month->start, r, dialect = m_database->config().dialect](db::Connection &connection) {
            Built built;
            if (!connection.ok()) {
                built.error = connection.error;
                return built;
            }
            built.pack = billing::MonthPackBuilder(connection.db, dialect).build(start, r.mode, r.currency, QDateTime::currentSecsSinceEpoch(),
                                                                                  &built.error);
            return built;
        },
        [this, closed, path](const Built &built) {
            m_ui->busy->hide();
            if (!built.pack) {
                m_ui->status->clear();
                QMessageBox::warning(this, tr("Month-end pack"), tr("Could not gather the month-end pack: %1").arg(built.error));
                return;
            }
            writeMonthPdf(*built.pack, closed, path);
        });
}

void RevenuePage::writeMonthPdf(const billing::MonthPack &pack, const std::optional<billing::ClosedPeriod> &closed, const QString &path)
{
    QString error;
    if (MonthSummary(pack, closed).writePdf(path, &error)) {
        m_ui->status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        Q_EMIT monthPackSaved(path);
    } else {
        QMessageBox::warning(this, tr("Month-end pack"), tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
    }
}

void RevenuePage::closeSelectedMonth()
{
    const billing::PeriodFigures *month = selectedMonth();
    if (!month || !m_confirmer)
        return;
    const QString name = QLocale().toString(month->start, QStringLiteral("MMMM yyyy"));
    Confirmation question;
    question.title = tr("Close %1").arg(name);
    question.text = tr("Freeze the figures of %1 (%2) as they are now? If they change later, for example by a late webhook, "
                       "the month will show as restated; the frozen figures stay.")
                        .arg(name, m_ui->mode->currentText());
    question.acceptLabel = tr("Close month");
    if (!m_confirmer->confirm(this, question))
        return;
    const billing::RevenueRequest r = m_mrrModel->report().request;
    struct Outcome {
        bool ok = false;
        QString error;
    };
    m_ui->busy->show();
    m_database->run<Outcome>(
        this,
        [start = month->start, r, who = operatorName(), dialect = m_database->config().dialect](db::Connection &connection) {
            if (!connection.ok())
                return Outcome{false, connection.error};
            QString error;
            const auto closed = billing::PeriodClose(connection.db, dialect).close(start, r.mode, r.currency, who,
                                                                                  QDateTime::currentSecsSinceEpoch(), &error);
            return Outcome{closed.has_value(), error};
        },
        [this, name](const Outcome &outcome) {
            m_ui->busy->hide();
            if (!outcome.ok) {
                QMessageBox::warning(this, tr("Close month"), tr("%1 was not closed: %2").arg(name, outcome.error));
                return;
            }
            refresh();
        });
}

void RevenuePage::showMovers(const QModelIndex &index)
{
    const QVariant movement = index.data(RevenueTableModel::kMovementRole);
    const billing::PeriodFigures *period = m_movementsModel->periodAt(index.row());
    if (!movement.isValid() || !period)
        return;
    const billing::RevenueRequest r = m_movementsModel->report().request;
    const auto kind = billing::Movement(movement.toInt());
    const QString title = tr("%1 — %2").arg(m_movementsModel->headerData(index.column(), Qt::Horizontal).toString(),
                                             m_movementsModel->index(index.row(), 0).data().toString());
    auto *dialog = new MovementLinesDialog(
        m_database, title, MovementLinesDialog::Kind::Movement, r.currency,
        [r, start = period->start, kind, dialect = m_database->config().dialect](db::Connection &connection, QString *error) {
            return billing::RevenueMetrics(connection.db, dialect).movers(r, start, kind, error);
        },
        this);
    connect(dialog, &MovementLinesDialog::userActivated, this, &RevenuePage::userActivated);
    dialog->show();
    Q_EMIT dialogOpened(dialog);
}

void RevenuePage::compareModes()
{
    const billing::RevenueRequest r = m_mrrModel->report().request;
    if (r.to.isNull())
        return;
    const QDate day = r.to.addDays(1); // the end of the range
    auto *dialog = new MovementLinesDialog(
        m_database, tr("MRR that Stripe's Dashboard no longer counts on %1").arg(QLocale().toString(r.to, QLocale::ShortFormat)),
        MovementLinesDialog::Kind::ModeDifference, r.currency,
        [day, currency = r.currency, dialect = m_database->config().dialect](db::Connection &connection, QString *error) {
            return billing::RevenueMetrics(connection.db, dialect).modeDifferences(day, currency, error);
        },
        this);
    connect(dialog, &MovementLinesDialog::userActivated, this, &RevenuePage::userActivated);
    dialog->show();
    Q_EMIT dialogOpened(dialog);
}

void RevenuePage::showDefinitions()
{
    QString text = QStringLiteral("<dl>");
    for (RevenueTableModel *model : {m_mrrModel, m_movementsModel, m_cashModel}) {
        for (int c = 1; c < model->columnCount(); ++c) {
            const QString term = model->headerData(c, Qt::Horizontal).toString();
            if (text.contains(QStringLiteral("<dt><b>%1</b>").arg(term.toHtmlEscaped())))
                continue;
            text += QStringLiteral("<dt><b>%1</b></dt><dd>%2</dd>").arg(term.toHtmlEscaped(), model->definition(c).toHtmlEscaped());
        }
    }
    text += QStringLiteral("</dl>");
    QMessageBox box(QMessageBox::Information, tr("Revenue definitions"), text, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

} // namespace companion::admin
