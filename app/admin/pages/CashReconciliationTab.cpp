#include "CashReconciliationTab.h"

#include "actions/CashLinesExport.h"
#include "db/DatabaseThread.h"
#include "models/CashDifferencesModel.h"
#include "models/CashSettlementsModel.h"
#include "widgets/DisplayFormat.h"
#include "widgets/EmptyState.h"
#include "widgets/StatusPalette.h"
#include "widgets/TableViews.h"
#include "widgets/ThemedStyleSheet.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

#include <climits>

namespace companion::admin {

struct CashReconciliationTab::Loaded {
    int generation = 0;
    billing::CashReport report;
};

namespace {
QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    label->setTextFormat(Qt::RichText);
    return label;
}

// The last full month: what finance reconciles by default.
QDate lastFullMonth()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return QDate(today.year(), today.month(), 1).addMonths(-1);
}
} // namespace

CashReconciliationTab::CashReconciliationTab(db::DatabaseThread *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_settlements(new CashSettlementsModel(this))
    , m_differences(new CashDifferencesModel(this))
    , m_export(new CashLinesExport(database, this))
    , m_progressTimer(new QTimer(this))
{
    m_choosePath = [this](const QString &title, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(this, title, QDir::home().filePath(suggested), filter);
    };
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("cashMonth"));
    m_month->setAccessibleName(tr("Month to reconcile"));
    m_month->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_month->setCurrentSection(QDateTimeEdit::MonthSection);
    m_month->setMinimumDate(QDate(2010, 1, 1));
    m_month->setDate(lastFullMonth());
    monthLabel->setBuddy(m_month);
    top->addWidget(monthLabel);
    top->addWidget(m_month);
    m_currencyLabel = new QLabel(tr("C&urrency:"), this);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("cashCurrency"));
    m_currency->setAccessibleName(tr("Currency to reconcile"));
    m_currencyLabel->setBuddy(m_currency);
    m_currencyLabel->hide();
    m_currency->hide();
    top->addWidget(m_currencyLabel);
    top->addWidget(m_currency);
    top->addStretch(1);
    m_exportButton = new QPushButton(tr("E&xport CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("cashExportButton"));
    m_exportButton->setToolTip(tr("Every transaction of the month with its invoice, learner and payout, in the columns of "
                                  "Stripe's itemized payout reconciliation report."));
    top->addWidget(m_exportButton);
    layout->addLayout(top);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("cashVerdict"));
    layout->addWidget(m_verdict);
    m_incomplete = new QLabel(tr("This month is not over yet: figures will change."), this);
    m_incomplete->setObjectName(QStringLiteral("cashIncomplete"));
    ThemedStyleSheet::follow(m_incomplete, [](const StatusPalette &colours) { return StatusPalette::textStyleSheet(colours.warning()); });
    m_incomplete->hide();
    layout->addWidget(m_incomplete);

    // The month's money on the left, where it went on the right.
    m_figures = new QGridLayout;
    m_figures->setHorizontalSpacing(12);
    figure(QStringLiteral("cashCharges"), tr("Charges"), 0, 0);
    figure(QStringLiteral("cashRefunds"), tr("Refunds"), 1, 0);
    figure(QStringLiteral("cashDisputes"), tr("Disputes"), 2, 0);
    figure(QStringLiteral("cashFees"), tr("Stripe fees"), 3, 0);
    figure(QStringLiteral("cashOther"), tr("Other"), 4, 0);
    figure(QStringLiteral("cashNet"), tr("Net"), 5, 0, true);
    figure(QStringLiteral("cashPaidOut"), tr("Paid out"), 0, 3);
    figure(QStringLiteral("cashInTransit"), tr("In transit"), 1, 3);
    figure(QStringLiteral("cashInBalance"), tr("Still in balance"), 2, 3);
    m_figures->setColumnMinimumWidth(2, 48);
    m_figures->setColumnStretch(5, 1);
    layout->addLayout(m_figures);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("cashStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("cashSplitter"));
    splitter->setChildrenCollapsible(false);
    auto *settlementsPane = new QWidget(splitter);
    auto *settlementsLayout = new QVBoxLayout(settlementsPane);
    settlementsLayout->setContentsMargins(0, 0, 0, 0);
    settlementsLayout->addWidget(caption(tr("Where the month's net went"), settlementsPane));
    m_settlementsView = makeReadOnlyTable(QStringLiteral("cashSettlements"), tr("Where the month's net went"), m_settlements, settlementsPane);
    m_settlementsView->horizontalHeader()->setStretchLastSection(false);
    m_noSettlements = EmptyState::attach(m_settlementsView);
    settlementsLayout->addWidget(m_settlementsView);
    splitter->addWidget(settlementsPane);
    auto *differencesPane = new QWidget(splitter);
    auto *differencesLayout = new QVBoxLayout(differencesPane);
    differencesLayout->setContentsMargins(0, 0, 0, 0);
    m_differencesCaption = caption(tr("Differences"), differencesPane);
    differencesLayout->addWidget(m_differencesCaption);
    m_differencesView = makeReadOnlyTable(QStringLiteral("cashDifferences"), tr("Differences"), m_differences, differencesPane);
    m_noDifferences = EmptyState::attach(m_differencesView);
    differencesLayout->addWidget(m_differencesView);
    splitter->addWidget(differencesPane);
    layout->addWidget(splitter, 1);

    connect(m_month, &QDateEdit::dateChanged, this, &CashReconciliationTab::refresh);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &CashReconciliationTab::refresh);
    connect(m_exportButton, &QPushButton::clicked, this, &CashReconciliationTab::exportCsv);
    connect(m_differencesView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString user = index.data(CashDifferencesModel::kUserRole).toString();
        if (!user.isEmpty())
            Q_EMIT userActivated(user);
    });
    connect(m_export, &CashLinesExport::finished, this,
            [this](CashLinesExport::Outcome outcome, qint64 lines, const QString &error) { exportDone(int(outcome), lines, error); });
    // The export counts its lines on the database thread; the dialog reads the count.
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (!m_progress)
            return;
        const qint64 written = m_export->written();
        m_progress->setLabelText(tr("Writing line %1 of %2…").arg(QLocale().toString(written), QLocale().toString(m_progress->maximum())));
        if (m_progress->maximum() > 0)
            m_progress->setValue(int(qMin(written, qint64(m_progress->maximum()))));
    });
}

CashReconciliationTab::~CashReconciliationTab() = default;

QLabel *CashReconciliationTab::figure(const QString &name, const QString &label, int row, int column, bool strong)
{
    auto *title = new QLabel(strong ? QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped()) : label.toHtmlEscaped(), this);
    title->setTextFormat(Qt::RichText);
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (strong) {
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
    }
    value->setAccessibleName(label);
    m_figures->addWidget(title, row, column);
    m_figures->addWidget(value, row, column + 1);
    m_values.insert(name, value);
    return value;
}

billing::CashRequest CashReconciliationTab::request() const
{
    billing::CashRequest r;
    const QDate day = m_month->date();
    r.month = QDate(day.year(), day.month(), 1);
    if (const QString chosen = m_currency->currentData().toString(); !chosen.isEmpty())
        r.currency = chosen;
    return r;
}

void CashReconciliationTab::setMonth(const QDate &month)
{
    m_month->setDate(month);
}

void CashReconciliationTab::refresh()
{
    const int generation = ++m_generation;
    m_status->setText(tr("Reconciling…"));
    m_database->run<Loaded>(
        this,
        [generation, r = request(), dialect = m_database->config().dialect](db::Connection &connection) {
            Loaded loaded;
            loaded.generation = generation;
            if (!connection.ok()) {
                loaded.report.request = r;
                loaded.report.error = connection.error;
                return loaded;
            }
            loaded.report = billing::CashReconciliation(connection.db, dialect).read(r, QDateTime::currentSecsSinceEpoch());
            return loaded;
        },
        [this](const Loaded &loaded) { showReport(loaded); });
}

void CashReconciliationTab::showReport(const Loaded &loaded)
{
    if (loaded.generation != m_generation)
        return; // a newer question is on its way
    const billing::CashReport &report = loaded.report;
    // The picker only where there is something to pick; a month read in a currency
    // that has no transactions at all is read again in one that has.
    {
        const QSignalBlocker quiet(m_currency);
        m_currency->clear();
        for (const QString &code : report.currencies)
            m_currency->addItem(code.toUpper(), code);
        m_currency->setCurrentIndex(m_currency->findData(report.request.currency));
        const bool several = report.currencies.size() > 1;
        m_currency->setVisible(several);
        m_currencyLabel->setVisible(several);
    }
    if (report.error.isEmpty() && !report.currencies.isEmpty() && !report.currencies.contains(report.request.currency)) {
        const QSignalBlocker quiet(m_currency);
        m_currency->setCurrentIndex(0);
        refresh();
        return;
    }
    m_report = report;
    showFigures(report);
    Q_EMIT reportShown();
}

void CashReconciliationTab::showFigures(const billing::CashReport &report)
{
    const DisplayFormat format = DisplayFormat::current();
    const QString c = report.request.currency;
    const QString month = format.locale().toString(report.request.month, QStringLiteral("MMMM yyyy"));
    if (!report.error.isEmpty()) {
        m_verdict->setText(tr("Could not reconcile %1: %2").arg(month, report.error));
        ThemedStyleSheet::follow(m_verdict, [](const StatusPalette &colours) {
            return StatusPalette::textStyleSheet(colours.danger(), QStringLiteral("font-weight: bold;"));
        });
        for (QLabel *value : std::as_const(m_values))
            value->clear();
        m_settlements->setSettlements({}, c);
        m_differences->setDifferences({}, c);
        m_incomplete->hide();
        m_status->clear();
        return;
    }
    const bool matches = report.matches();
    m_verdict->setText(matches ? tr("Matches to the cent") : tr("%n difference(s)", nullptr, int(report.differences.size())));
    ThemedStyleSheet::follow(m_verdict, [matches](const StatusPalette &colours) {
        return StatusPalette::textStyleSheet(matches ? colours.success() : colours.danger(), QStringLiteral("font-weight: bold; font-size: large;"));
    });
    m_incomplete->setVisible(!report.complete);

    const auto set = [this](const char *name, const QString &text) { m_values.value(QString::fromLatin1(name))->setText(text); };
    // What left the balance is shown as taken away, so the column adds up to the net.
    set("cashCharges", format.money(report.charges, c));
    set("cashRefunds", format.money(-report.refunds, c));
    set("cashDisputes", format.money(-report.disputes, c));
    set("cashFees", format.money(-report.fees, c));
    set("cashOther", format.money(report.other, c));
    set("cashNet", format.money(report.net, c));
    set("cashPaidOut", format.money(report.paidOut, c));
    set("cashInTransit", format.money(report.inTransit, c));
    set("cashInBalance", format.money(report.inBalance, c));

    m_status->setText(tr("%n balance transaction(s) in %1, days in UTC.", nullptr, report.transactions).arg(month));
    m_settlements->setSettlements(report.settlements, c);
    m_differences->setDifferences(report.differences, c);
    if (report.transactions == 0)
        m_noSettlements->say(tr("No balance transactions in %1 (%2). They are read from Stripe by companion-server sync-stripe.")
                                 .arg(month, c.toUpper()));
    else
        m_noSettlements->clear();
    m_noDifferences->say(tr("None: every charge, refund, dispute and payout of the month agrees with our invoices, to the cent."));
    m_settlementsView->resizeColumnsToContents();
    m_differencesView->resizeColumnsToContents();
    m_differencesCaption->setText(QStringLiteral("<b>%1</b>").arg(
        (matches ? tr("Differences: none") : tr("Differences: %n", nullptr, int(report.differences.size()))).toHtmlEscaped()));
}

void CashReconciliationTab::exportCsv()
{
    if (m_export->isRunning())
        return;
    const billing::CashRequest r = request();
    const QString suggested = QStringLiteral("cash-%1-%2.csv").arg(r.month.toString(QStringLiteral("yyyy-MM")), r.currency);
    const QString path = m_choosePath(tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty() || !m_export->start(r, path))
        return;
    m_exportFile = QFileInfo(path).fileName();
    m_exportButton->setEnabled(false);
    auto *progress = new QProgressDialog(this);
    progress->setObjectName(QStringLiteral("cashExportProgress"));
    progress->setWindowTitle(tr("Export CSV"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    progress->setMinimumDuration(0);
    // The month read on screen says how many lines to expect; another month: busy until done.
    const bool known = m_report.error.isEmpty() && m_report.request.month == r.month && m_report.request.currency == r.currency;
    progress->setRange(0, known ? int(qBound(0, m_report.transactions, INT_MAX)) : 0);
    progress->setLabelText(tr("Writing the month's lines…"));
    connect(progress, &QProgressDialog::canceled, this, [this] {
        m_export->cancel();
        if (m_progress)
            m_progress->setLabelText(tr("Cancelling…"));
    });
    m_progress = progress;
    progress->show();
    m_progressTimer->start();
    m_status->setText(tr("Exporting to %1…").arg(m_exportFile));
}

void CashReconciliationTab::exportDone(int outcome, qint64 lines, const QString &error)
{
    m_progressTimer->stop();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_exportButton->setEnabled(true);
    switch (CashLinesExport::Outcome(outcome)) {
    case CashLinesExport::Outcome::Written:
        m_status->setText(tr("Exported %1 lines to %2").arg(QLocale().toString(lines), m_exportFile));
        break;
    case CashLinesExport::Outcome::Cancelled:
        m_status->setText(tr("Export cancelled"));
        break;
    case CashLinesExport::Outcome::Failed:
        m_status->setText(tr("Export failed: %1").arg(error));
        break;
    }
    Q_EMIT exportFinished(CashLinesExport::Outcome(outcome) == CashLinesExport::Outcome::Written);
}

} // namespace companion::admin
