#include "ReconciliationPage.h"

#include "actions/Confirmer.h"
#include "db/DatabaseThread.h"
#include "models/MissedEventsModel.h"
#include "models/ReconciliationModel.h"
#include "settings/StripeAccess.h"
#include "settings/SupportSettings.h"
#include "stripe/StripeClient.h"
#include "ui_ReconciliationPage.h"
#include "widgets/CsvExport.h"
#include "widgets/TableViews.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>

#include <utility>

namespace companion::admin {

ReconciliationPage::ReconciliationPage(db::DatabaseThread *database, StripeAccess *stripe, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReconciliationPage>())
    , m_database(database)
    , m_stripe(stripe)
    , m_settings(settings)
    , m_model(new ReconciliationModel(this))
    , m_missed(new MissedEventsModel(this))
{
    m_ui->setupUi(this);
    m_choosePath = [this](const QString &title, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(this, title, suggested, filter);
    };
    m_ui->drifts->setModel(m_model);
    m_ui->missed->setModel(m_missed);
    for (QTableView *view : {m_ui->drifts, m_ui->missed}) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->horizontalHeader()->setStretchLastSection(true);
        view->verticalHeader()->hide();
        makeDense(view);
        enableCopy(view);
        connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
            const int role = index.model() == m_missed ? MissedEventsModel::kUserRole : ReconciliationModel::kUserRole;
            const QString user = index.data(role).toString();
            if (!user.isEmpty())
                Q_EMIT userActivated(user);
        });
    }
    m_ui->progress->hide();
    m_ui->status->setText(tr("Compare to see whether our database matches Stripe."));
    m_thread.setObjectName(QStringLiteral("reconciliation"));
    m_thread.start();
    updateButtons();

    connect(m_ui->compareButton, &QPushButton::clicked, this, &ReconciliationPage::compare);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &ReconciliationPage::stop);
    connect(m_ui->fixButton, &QPushButton::clicked, this, &ReconciliationPage::fixSelected);
    connect(m_ui->fixAllButton, &QPushButton::clicked, this, &ReconciliationPage::fixAll);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ReconciliationPage::exportCsv);
    connect(m_ui->listMissedButton, &QPushButton::clicked, this, &ReconciliationPage::listMissed);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &ReconciliationPage::applySelected);
    connect(m_ui->applyAllButton, &QPushButton::clicked, this, &ReconciliationPage::applyAll);
    connect(m_ui->drifts->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReconciliationPage::updateButtons);
    connect(m_ui->missed->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReconciliationPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReconciliationPage::updateButtons);
    connect(m_missed, &QAbstractItemModel::modelReset, this, &ReconciliationPage::updateButtons);
}

ReconciliationPage::~ReconciliationPage()
{
    if (m_reconciler)
        QMetaObject::invokeMethod(m_reconciler, &QObject::deleteLater);
    m_thread.quit();
    m_thread.wait();
}

void ReconciliationPage::withReconciler(std::function<void(billing::Reconciler *)> job)
{
    setBusy(true);
    m_ui->status->setText(tr("Opening Stripe…"));
    m_stripe->withClient(
        this,
        [this, job = std::move(job)](stripe::StripeClient *client) {
            if (m_reconciler)
                QMetaObject::invokeMethod(m_reconciler, &QObject::deleteLater);
            // A copy of the app's client on a network manager of its own, moved to the worker thread.
            auto *network = new QNetworkAccessManager;
            stripe::StripeClient *copy = client->withNetwork(network, nullptr);
            network->setParent(copy);
            copy->moveToThread(&m_thread);
            auto *reconciler = new billing::Reconciler({[copy](QObject *parent) {
                                                            copy->setParent(parent);
                                                            return copy;
                                                        },
                                                        m_database->config()});
            reconciler->moveToThread(&m_thread);
            connect(reconciler, &billing::Reconciler::progress, this, &ReconciliationPage::showProgress);
            connect(reconciler, &billing::Reconciler::compared, this, &ReconciliationPage::showDrifts);
            connect(reconciler, &billing::Reconciler::missedListed, this, &ReconciliationPage::showMissed);
            connect(reconciler, &billing::Reconciler::fixed, this, &ReconciliationPage::showFixed);
            m_reconciler = reconciler;
            QMetaObject::invokeMethod(reconciler, [reconciler, job] { job(reconciler); });
        },
        [this](const QString &message) {
            setBusy(false);
            m_ui->status->setText(tr("Cannot reach Stripe: %1").arg(message));
        });
}

void ReconciliationPage::compare()
{
    if (m_busy)
        return;
    m_ui->tabs->setCurrentWidget(m_ui->differencesTab);
    withReconciler([](billing::Reconciler *r) { r->compare(); });
    m_ui->status->setText(tr("Reading Stripe's subscriptions and customers…"));
}

void ReconciliationPage::stop()
{
    if (m_reconciler)
        QMetaObject::invokeMethod(m_reconciler, &billing::Reconciler::cancel);
    m_ui->status->setText(tr("Stopping after the current step…"));
}

void ReconciliationPage::showProgress(const QString &stage, int done, int total)
{
    if (stage == QLatin1String("stripe")) {
        m_ui->progress->setRange(0, 0);
        m_ui->status->setText(tr("Reading Stripe: %n object(s) so far…", nullptr, done));
        return;
    }
    m_ui->progress->setRange(0, qMax(total, 1));
    m_ui->progress->setValue(done);
    m_ui->status->setText(stage == QLatin1String("recover") ? tr("Fetching and applying: %1 of %2…").arg(done).arg(total)
                                                             : tr("Fixing: %1 of %2…").arg(done).arg(total));
}

void ReconciliationPage::showDrifts(const QList<billing::Drift> &drifts, const QString &error)
{
    setBusy(false);
    if (!error.isEmpty()) {
        m_ui->status->setText(tr("The comparison did not finish: %1").arg(error));
        Q_EMIT compared();
        return;
    }
    m_model->setDrifts(drifts);
    m_ui->drifts->resizeColumnsToContents();
    int fixable = 0;
    for (const billing::Drift &d : drifts)
        fixable += d.fixable();
    const QString when = QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat);
    m_ui->status->setText(std::exchange(m_afterWork, QString())
                          + (drifts.isEmpty() ? tr("Our database matches Stripe (compared at %1).").arg(when)
                                              : tr("%n difference(s) at %1; ", nullptr, int(drifts.size())).arg(when)
                                                    + tr("%n can be fixed from Stripe's data.", nullptr, fixable)));
    Q_EMIT compared();
}

void ReconciliationPage::fixSelected()
{
    QList<billing::Drift> chosen;
    for (const QModelIndex &row : m_ui->drifts->selectionModel()->selectedRows())
        if (const billing::Drift *d = m_model->driftAt(row.row()); d && d->fixable())
            chosen << *d;
    if (chosen.isEmpty() || !m_confirmer)
        return;
    Confirmation question;
    question.title = tr("Fix");
    question.text = chosen.size() == 1 ? tr("Take Stripe's current state for %1 (%2)? It is written to the audit log.")
                                             .arg(chosen.first().email.isEmpty() ? chosen.first().userId : chosen.first().email,
                                                  ReconciliationModel::describe(chosen.first().kind))
                                       : tr("Take Stripe's current state for the %n selected difference(s)?", nullptr, int(chosen.size()));
    question.acceptLabel = tr("Fix");
    if (m_stripe->isLiveMode())
        question.typedWord = QStringLiteral("fix");
    if (m_confirmer->confirm(this, question))
        runFix(chosen);
}

void ReconciliationPage::fixAll()
{
    QHash<billing::DriftKind, int> byKind;
    QList<billing::Drift> fixable;
    int left = 0;
    for (const billing::Drift &d : m_model->drifts()) {
        if (d.fixable()) {
            fixable << d;
            ++byKind[d.kind];
        } else {
            ++left;
        }
    }
    if (fixable.isEmpty() || !m_confirmer)
        return;
    // The dry run: what would change, before anything does.
    QStringList plan;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        plan << tr("• %1: %2").arg(ReconciliationModel::describe(it.key())).arg(it.value());
    plan.sort();
    Confirmation question;
    question.title = tr("Fix all");
    question.text = tr("Dry run — nothing has changed yet. These differences would take Stripe's current state, one after another, "
                       "each re-read from Stripe and written to the audit log:")
                    + u'\n' + plan.join(u'\n') + u'\n'
                    + tr("%n difference(s) need a person and are left alone.", nullptr, left)
                    + u'\n' + tr("Stop ends it after the current fix; comparing again shows what is left.");
    question.acceptLabel = tr("Fix %n", nullptr, int(fixable.size()));
    if (m_stripe->isLiveMode())
        question.typedWord = QStringLiteral("fix all");
    if (m_confirmer->confirm(this, question))
        runFix(fixable);
}

void ReconciliationPage::runFix(const QList<billing::Drift> &drifts)
{
    const QString actor = SupportSettings::operatorName(*m_settings);
    withReconciler([drifts, actor](billing::Reconciler *r) { r->fix(drifts, actor); });
}

void ReconciliationPage::listMissed()
{
    if (m_busy)
        return;
    m_ui->tabs->setCurrentWidget(m_ui->missedTab);
    withReconciler([](billing::Reconciler *r) { r->listMissed(); });
    m_ui->status->setText(tr("Reading Stripe's events of the last 30 days…"));
}

void ReconciliationPage::showMissed(const QList<billing::MissedEvent> &events, const QString &error)
{
    setBusy(false);
    if (!error.isEmpty()) {
        m_ui->status->setText(tr("The list of events did not finish: %1").arg(error));
        Q_EMIT missedListed();
        return;
    }
    m_missed->setEvents(events);
    m_ui->missed->resizeColumnsToContents();
    m_ui->status->setText(std::exchange(m_afterWork, QString())
                          + (events.isEmpty() ? tr("companion-server has every event of the last 30 days that it acts on.")
                                              : tr("%n event(s) never received or not applied.", nullptr, int(events.size()))));
    Q_EMIT missedListed();
}

void ReconciliationPage::applySelected()
{
    QList<billing::MissedEvent> chosen;
    for (const QModelIndex &row : m_ui->missed->selectionModel()->selectedRows())
        chosen << m_missed->events().at(row.row());
    if (chosen.isEmpty() || !m_confirmer)
        return;
    Confirmation question;
    question.title = tr("Fetch & apply");
    question.text = tr("Read the current objects of the %n selected event(s) from Stripe and apply them as a webhook would? "
                       "Each is written to the audit log.", nullptr, int(chosen.size()));
    question.acceptLabel = tr("Fetch & apply");
    if (m_stripe->isLiveMode())
        question.typedWord = QStringLiteral("apply");
    if (m_confirmer->confirm(this, question))
        runRecover(chosen);
}

void ReconciliationPage::applyAll()
{
    const QList<billing::MissedEvent> events = m_missed->events();
    if (events.isEmpty() || !m_confirmer)
        return;
    QHash<QString, int> byType;
    for (const billing::MissedEvent &m : events)
        ++byType[m.type];
    QStringList plan;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        plan << tr("• %1: %2").arg(it.key()).arg(it.value());
    plan.sort();
    Confirmation question;
    question.title = tr("Fetch & apply all");
    question.text = tr("Dry run — nothing has changed yet. For each of these events Stripe's current object would be read and applied "
                       "through the webhook code, one after another, and the event kept in our log:")
                    + u'\n' + plan.join(u'\n') + u'\n' + tr("Stop ends it after the current event; listing again shows what is left.");
    question.acceptLabel = tr("Apply %n", nullptr, int(events.size()));
    if (m_stripe->isLiveMode())
        question.typedWord = QStringLiteral("apply all");
    if (m_confirmer->confirm(this, question))
        runRecover(events);
}

void ReconciliationPage::runRecover(const QList<billing::MissedEvent> &events)
{
    const QString actor = SupportSettings::operatorName(*m_settings);
    withReconciler([events, actor](billing::Reconciler *r) { r->recover(events, actor); });
}

void ReconciliationPage::showFixed(const billing::FixSummary &summary)
{
    setBusy(false);
    QString text = summary.job == QLatin1String("recover") ? tr("Applied %1 of %2 events.").arg(summary.fixed).arg(summary.total)
                                                           : tr("Fixed %1 of %2.").arg(summary.fixed).arg(summary.total);
    if (summary.cancelled)
        text += u' ' + tr("Stopped before the rest.");
    if (summary.failed > 0)
        text += u' ' + tr("%n failed: ", nullptr, summary.failed) + summary.errors.join(QStringLiteral("; "));
    else if (!summary.errors.isEmpty()) // the events are in; reading what payouts carried was not
        text += u' ' + tr("What the payouts carried could not be read yet: %1").arg(summary.errors.join(QStringLiteral("; ")));
    if (summary.payoutsRead > 0)
        text += u' ' + tr("Read what %n payout(s) carried.", nullptr, summary.payoutsRead);
    m_ui->status->setText(text);
    Q_EMIT fixed(summary);
    if (summary.failed == 0 && !summary.cancelled) { // what is left, if anything
        m_afterWork = text + u' ';
        summary.job == QLatin1String("recover") ? listMissed() : compare();
    }
}

void ReconciliationPage::exportCsv()
{
    const QString path = m_choosePath(tr("Export CSV"), QStringLiteral("reconciliation-%1.csv")
                                                            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmm"))),
                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeCsv(*m_model, path, ReconciliationModel::kCsvRole, &error))
        QMessageBox::warning(this, tr("Export CSV"), tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
}

void ReconciliationPage::setMayApply(bool may)
{
    for (QPushButton *button : {m_ui->fixButton, m_ui->fixAllButton, m_ui->applyButton, m_ui->applyAllButton})
        button->setVisible(may);
}

void ReconciliationPage::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->progress->setVisible(busy);
    if (busy)
        m_ui->progress->setRange(0, 0);
    m_ui->compareButton->setEnabled(!busy);
    m_ui->listMissedButton->setEnabled(!busy);
    m_ui->stopButton->setEnabled(busy);
    updateButtons();
}

void ReconciliationPage::updateButtons()
{
    bool selectedFixable = false, anyFixable = false;
    for (const QModelIndex &row : m_ui->drifts->selectionModel()->selectedRows())
        if (const billing::Drift *d = m_model->driftAt(row.row()))
            selectedFixable = selectedFixable || d->fixable();
    for (const billing::Drift &d : m_model->drifts())
        anyFixable = anyFixable || d.fixable();
    m_ui->fixButton->setEnabled(!m_busy && selectedFixable);
    m_ui->fixAllButton->setEnabled(!m_busy && anyFixable);
    m_ui->exportButton->setEnabled(m_model->rowCount() > 0);
    m_ui->applyButton->setEnabled(!m_busy && m_ui->missed->selectionModel()->hasSelection());
    m_ui->applyAllButton->setEnabled(!m_busy && m_missed->rowCount() > 0);
}

} // namespace companion::admin
