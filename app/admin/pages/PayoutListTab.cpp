#include "PayoutListTab.h"

#include "db/DatabaseThread.h"
#include "models/CashCategoriesModel.h"
#include "models/PayoutTransactionsModel.h"
#include "models/PayoutWords.h"
#include "models/PayoutsModel.h"
#include "widgets/DisplayFormat.h"
#include "widgets/EmptyState.h"
#include "widgets/TableViews.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>

namespace companion::admin {

struct PayoutListTab::Loaded {
    int generation = 0;
    QStringList currencies;
    QList<billing::PayoutRow> payouts;
    QString error;
};

PayoutListTab::PayoutListTab(db::DatabaseThread *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_payouts(new PayoutsModel(this))
    , m_categories(new CashCategoriesModel(this))
    , m_transactions(new PayoutTransactionsModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("payoutsStatus"));
    top->addWidget(m_status, 1);
    m_currencyLabel = new QLabel(tr("&Currency:"), this);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("payoutsCurrency"));
    m_currency->setAccessibleName(tr("Currency of the payouts"));
    m_currencyLabel->setBuddy(m_currency);
    top->addWidget(m_currencyLabel);
    top->addWidget(m_currency);
    m_currencyLabel->hide();
    m_currency->hide();
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("payoutsSplitter"));
    splitter->setChildrenCollapsible(false);
    m_payoutsView = makeReadOnlyTable(QStringLiteral("payouts"), tr("Payouts"), m_payouts, splitter);
    m_payoutsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_payoutsView->horizontalHeader()->setStretchLastSection(false);
    splitter->addWidget(m_payoutsView);
    m_empty = EmptyState::attach(m_payoutsView);

    auto *detail = m_detail = new QWidget(splitter);
    detail->setObjectName(QStringLiteral("payoutDetail"));
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detailTitle = new QLabel(detail);
    m_detailTitle->setObjectName(QStringLiteral("payoutDetailTitle"));
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextFormat(Qt::RichText);
    m_detailTitle->setAccessibleName(tr("Selected payout"));
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_detailTitle);
    m_categoriesView = makeReadOnlyTable(QStringLiteral("payoutCategories"), tr("The payout's transactions by category"), m_categories, detail);
    m_categoriesView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_categoriesView->horizontalHeader()->setStretchLastSection(false);
    detailLayout->addWidget(m_categoriesView);
    m_transactionsView = makeReadOnlyTable(QStringLiteral("payoutTransactions"), tr("The payout's transactions"), m_transactions, detail);
    detailLayout->addWidget(m_transactionsView, 1);
    splitter->addWidget(detail);
    // The list of payouts is short (a few a week); what one carried needs the room.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({250, 500});
    layout->addWidget(splitter, 1);

    connect(m_currency, &QComboBox::currentIndexChanged, this, &PayoutListTab::refresh);
    connect(m_payoutsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const billing::PayoutRow *row = m_payouts->payoutAt(current.row());
        if (!row)
            return;
        m_selected = row->id;
        loadDetail(row->id);
    });
    connect(m_transactionsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString user = index.data(PayoutTransactionsModel::kUserRole).toString();
        if (!user.isEmpty())
            Q_EMIT userActivated(user);
    });
    clearDetail(QString());
}

void PayoutListTab::refresh()
{
    const int generation = ++m_generation;
    m_status->setText(tr("Reading payouts…"));
    m_database->run<Loaded>(
        this,
        [generation, currency = m_currency->currentData().toString(), dialect = m_database->config().dialect](db::Connection &connection) {
            Loaded loaded;
            loaded.generation = generation;
            if (!connection.ok()) {
                loaded.error = connection.error;
                return loaded;
            }
            const billing::PayoutLedger ledger(connection.db, dialect);
            loaded.currencies = ledger.currencies(&loaded.error);
            if (loaded.error.isEmpty())
                ledger.payouts(loaded.currencies.contains(currency) ? currency : QString(), &loaded.payouts, &loaded.error);
            return loaded;
        },
        [this](const Loaded &loaded) { showPayouts(loaded); });
}

void PayoutListTab::showPayouts(const Loaded &loaded)
{
    if (loaded.generation != m_generation)
        return; // a newer question is on its way
    if (!loaded.error.isEmpty()) {
        m_status->setText(tr("Could not read payouts: %1").arg(loaded.error));
        Q_EMIT payoutsShown();
        return;
    }
    // The picker only where there is something to pick: more than one currency.
    {
        const QString chosen = m_currency->currentData().toString();
        const QSignalBlocker quiet(m_currency);
        m_currency->clear();
        m_currency->addItem(tr("All currencies"), QString());
        for (const QString &code : loaded.currencies)
            m_currency->addItem(code.toUpper(), code);
        m_currency->setCurrentIndex(qMax(0, m_currency->findData(chosen)));
        const bool several = loaded.currencies.size() > 1;
        m_currency->setVisible(several);
        m_currencyLabel->setVisible(several);
    }
    m_payouts->setPayouts(loaded.payouts);
    m_payoutsView->resizeColumnsToContents();
    if (loaded.payouts.isEmpty()) {
        m_empty->say(tr("No payouts mirrored yet. They are read from Stripe by companion-server sync-stripe and kept up to date "
                        "by its payout webhooks."));
        m_status->setText(QString());
        clearDetail(QString());
        m_detail->hide();
        Q_EMIT payoutsShown();
        return;
    }
    m_empty->clear();
    int failed = 0, off = 0;
    for (const billing::PayoutRow &p : loaded.payouts) {
        failed += p.failed();
        off += !p.addsUp();
    }
    QString text = tr("%n payout(s).", nullptr, int(loaded.payouts.size()));
    if (failed > 0)
        text += u' ' + tr("%n failed.", nullptr, failed);
    if (off > 0)
        text += u' ' + tr("%n do(es) not add up.", nullptr, off);
    m_status->setText(text);
    // Back to the payout that was selected, else the newest.
    const int row = m_payouts->rowOf(m_selected);
    m_payoutsView->setCurrentIndex(m_payouts->index(row >= 0 ? row : 0, 0));
    m_payoutsView->selectRow(row >= 0 ? row : 0);
    Q_EMIT payoutsShown();
}

void PayoutListTab::selectPayout(const QString &payoutId)
{
    const int row = m_payouts->rowOf(payoutId);
    if (row < 0)
        return;
    m_payoutsView->setCurrentIndex(m_payouts->index(row, 0));
    m_payoutsView->selectRow(row);
}

void PayoutListTab::loadDetail(const QString &payoutId)
{
    const int generation = ++m_detailGeneration;
    m_database->run<billing::PayoutDetail>(
        this,
        [payoutId, dialect = m_database->config().dialect](db::Connection &connection) {
            if (!connection.ok()) {
                billing::PayoutDetail failed;
                failed.payout.id = payoutId;
                failed.error = connection.error;
                return failed;
            }
            return billing::PayoutLedger(connection.db, dialect).detail(payoutId);
        },
        [this, generation](const billing::PayoutDetail &detail) {
            if (generation == m_detailGeneration)
                showDetail(detail);
        });
}

void PayoutListTab::showDetail(const billing::PayoutDetail &detail)
{
    if (!detail.error.isEmpty()) {
        clearDetail(tr("Could not read the payout's transactions: %1").arg(detail.error));
        Q_EMIT detailShown(detail.payout.id);
        return;
    }
    const billing::PayoutRow &p = detail.payout;
    const DisplayFormat format = DisplayFormat::current();
    QString title = tr("<b>%1</b>: %2, %3, arrives %4.")
                        .arg(p.id.toHtmlEscaped(), format.money(p.amount, p.currency).toHtmlEscaped(),
                             PayoutWords::status(p.status).toHtmlEscaped(), format.longDate(p.arrivalDate).toHtmlEscaped());
    if (p.failed() && !p.failureMessage.isEmpty())
        title += u' ' + tr("Stripe says: %1").arg(p.failureMessage.toHtmlEscaped());
    if (!p.automatic)
        title += u' ' + tr("A manual payout: Stripe does not say which transactions it carried.").toHtmlEscaped();
    else if (!p.addsUp())
        title += u' ' + tr("Its transactions add up to %1, not what it sent.").arg(format.money(p.transactionsNet, p.currency)).toHtmlEscaped();
    m_detailTitle->setText(title);
    m_categories->setCategories(detail.categories, p.currency);
    m_transactions->setTransactions(detail.transactions, p.currency);
    m_categoriesView->resizeColumnsToContents();
    m_transactionsView->resizeColumnsToContents();
    // Every category at once, without a scroll bar: a handful of rows at most.
    m_categoriesView->setFixedHeight(m_categoriesView->horizontalHeader()->sizeHint().height()
                                     + m_categoriesView->verticalHeader()->length() + 2 * m_categoriesView->frameWidth());
    m_detail->show();
    m_categoriesView->setVisible(!detail.categories.isEmpty());
    m_transactionsView->setVisible(!detail.transactions.isEmpty());
    Q_EMIT detailShown(p.id);
}

void PayoutListTab::clearDetail(const QString &why)
{
    m_detailTitle->setText(why.toHtmlEscaped());
    m_categories->setCategories({}, QString());
    m_transactions->setTransactions({}, QString());
    m_categoriesView->hide();
    m_transactionsView->hide();
}

} // namespace companion::admin
