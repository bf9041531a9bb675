#include "UserDetailDialog.h"

#include "actions/Confirmer.h"
#include "db/DatabaseThread.h"
#include "models/UsersModel.h"
#include "settings/StripeAccess.h"
#include "settings/SupportSettings.h"
#include "ui_UserDetailDialog.h"
#include "util/Money.h"
#include "widgets/LayoutMemory.h"
#include "widgets/RowContextMenu.h"
#include "widgets/ThemedStyleSheet.h"
#include "widgets/DisplayFormat.h"

#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTableWidget>

namespace companion::admin {

namespace {
constexpr int kPollMs = 2000;         // how often to look for Stripe's webhook after a change
constexpr int kWebhookPatienceS = 120; // then say where to look instead

// Through DisplayFormat: the locale's dates with four-digit years, in the zone of Preferences.
QString dateTimeText(qint64 secs)
{
    return DisplayFormat::current().dateTimeWithZone(secs);
}

// The timeline: to the second, the zone named.
QString timelineText(qint64 secs)
{
    return DisplayFormat::current().dateTimeSeconds(secs);
}

QString dateText(qint64 secs)
{
    return DisplayFormat::current().date(secs);
}

QString money(qint64 minor, const QString &currency)
{
    return currency.isEmpty() ? QString::number(minor) : DisplayFormat::current().money(minor, currency);
}

// How loudly a payment line speaks: plain, a warning (a card about to expire)
// or danger (an expired card, a declined payment), in bold palette colours.
enum class Tone { Plain, Warning, Danger };

void followTone(QLabel *label, Tone tone)
{
    ThemedStyleSheet::follow(label, [tone](const StatusPalette &colours) {
        if (tone == Tone::Plain)
            return QString();
        return StatusPalette::textStyleSheet(tone == Tone::Danger ? colours.danger() : colours.warning(), QStringLiteral("font-weight: bold;"));
    });
}

// Small, bounded lists (a user's own rows): a QTableWidget is enough.
void fill(QTableWidget *table, const QStringList &headers, const QList<QStringList> &rows)
{
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c));
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
}

// The last paid invoice of the current subscription, as Stripe has it: what a refund on cancelling gives back.
std::optional<billing::InvoiceView> lastPaymentOf(const billing::LearnerPayments &payments, const QString &subscriptionId,
                                                  const QVector<billing::InvoiceRecord> &ours)
{
    for (const auto &i : payments.invoices) {
        if (i.amountPaid <= 0 || i.chargeId.isEmpty())
            continue;
        // Our copy knows which subscription an invoice belongs to.
        const bool ofSubscription = std::any_of(ours.cbegin(), ours.cend(), [&](const billing::InvoiceRecord &r) {
            return r.id == i.id && r.subscriptionId == subscriptionId;
        });
        if (ofSubscription || ours.isEmpty())
            return i;
    }
    return std::nullopt;
}
} // namespace

UserDetailDialog::UserDetailDialog(const QString &userId, const Services &services, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserDetailDialog>())
    , m_userId(userId)
    , m_services(services)
    , m_actions(new SupportActions(services.database, services.stripe, services.settings, this))
{
    m_ui->setupUi(this);
    // Colours follow the palette (and a theme switch while the page is open).
    ThemedStyleSheet::follow(m_ui->liveModeNotice, [](const StatusPalette &colours) { return colours.bannerStyleSheet(4); });
    ThemedStyleSheet::follow(m_ui->pendingNotice, [](const StatusPalette &colours) { return colours.noticeStyleSheet(); });
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("User %1").arg(userId));
    m_ui->liveModeNotice->setVisible(m_services.stripe->isLiveMode());
    m_ui->pendingNotice->hide();
    m_ui->actionProgress->hide();
    m_ui->stopActionButton->hide();
    m_ui->checkoutPlan->addItem(tr("Monthly"), int(SupportActions::Plan::Monthly));
    m_ui->checkoutPlan->addItem(tr("Yearly"), int(SupportActions::Plan::Yearly));
    for (QTableWidget *table : {m_ui->timelineTable, m_ui->subscriptionsTable, m_ui->invoicesTable, m_ui->grantsTable}) {
        table->verticalHeader()->hide();
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->horizontalHeader()->setStretchLastSection(true);
        table->setWordWrap(false);
    }

    m_ui->invoicesTable->setSelectionMode(QAbstractItemView::SingleSelection);

    m_ui->actionsBox->setVisible(services.maySupport);
    m_ui->refundInvoiceButton->setVisible(services.maySupport);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, [this] {
        reload();
        reloadPayments();
    });
    connect(m_ui->checkoutLinkButton, &QPushButton::clicked, this, &UserDetailDialog::startCheckoutLink);
    connect(m_ui->cardUpdateLinkButton, &QPushButton::clicked, this, &UserDetailDialog::startCardUpdateLink);
    connect(m_ui->refundButton, &QPushButton::clicked, this, [this] { startRefund(QString()); });
    connect(m_ui->cancelSubscriptionButton, &QPushButton::clicked, this, &UserDetailDialog::startCancel);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &UserDetailDialog::resumeSubscription);
    connect(m_ui->invoicesTable, &QTableWidget::itemSelectionChanged, this, &UserDetailDialog::updateInvoiceButtons);
    connect(m_ui->openInvoiceButton, &QPushButton::clicked, this, [this] {
        if (const auto *i = stripeInvoice(selectedInvoiceId()))
            QDesktopServices::openUrl(QUrl(i->hostedUrl));
    });
    connect(m_ui->openInvoicePdfButton, &QPushButton::clicked, this, [this] {
        if (const auto *i = stripeInvoice(selectedInvoiceId()))
            QDesktopServices::openUrl(QUrl(i->pdfUrl));
    });
    connect(m_ui->copyInvoiceLinkButton, &QPushButton::clicked, this, [this] {
        if (const auto *i = stripeInvoice(selectedInvoiceId())) {
            QGuiApplication::clipboard()->setText(i->hostedUrl);
            m_ui->actionStatus->setText(tr("The link to invoice %1 is on the clipboard.").arg(i->number.isEmpty() ? i->id : i->number));
        }
    });
    connect(m_ui->refundInvoiceButton, &QPushButton::clicked, this, [this] { startRefund(selectedInvoiceId()); });
    connect(m_ui->invoiceDashboardButton, &QPushButton::clicked, this, [this] {
        const auto *i = stripeInvoice(selectedInvoiceId());
        // The payment's page when there is one (the charge is what support looks at), else the invoice's.
        openDashboard(i && !i->paymentIntentId.isEmpty() ? i->paymentIntentId : selectedInvoiceId());
    });
    connect(m_ui->subscriptionsTable, &QTableWidget::itemSelectionChanged, this, &UserDetailDialog::updateInvoiceButtons);
    connect(m_ui->subscriptionDashboardButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->subscriptionsTable->currentRow();
        if (row >= 0 && row < m_dossier.subscriptions.size())
            openDashboard(m_dossier.subscriptions.at(row).id);
    });
    connect(m_ui->grantButton, &QPushButton::clicked, this, &UserDetailDialog::startGrant);
    connect(m_ui->revokeGrantButton, &QPushButton::clicked, this, &UserDetailDialog::revokeGrant);
    connect(m_ui->stopActionButton, &QPushButton::clicked, m_actions, &SupportActions::cancel);
    connect(m_ui->stripeCustomer, &QLabel::linkActivated, this, [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    connect(m_actions, &SupportActions::started, this, &UserDetailDialog::onActionStarted);
    connect(m_actions, &SupportActions::progress, m_ui->actionStatus, &QLabel::setText);
    connect(m_actions, &SupportActions::finished, this, &UserDetailDialog::onActionFinished);

    m_pendingPoll.setInterval(kPollMs);
    connect(&m_pendingPoll, &QTimer::timeout, this, &UserDetailDialog::reload);

    updateActions();
    updateInvoiceButtons();
    // Every table answers a right-click with Copy; the page keeps its size and column widths.
    const auto tables = findChildren<QTableWidget *>();
    for (QTableWidget *table : tables)
        RowContextMenu::install(table);
    LayoutMemory::track(this, m_services.settings, QStringLiteral("learnerPage"));
    reload();
}

UserDetailDialog::~UserDetailDialog()
{
    // The tables die after the services this dialog was given (the window owns both):
    // their last selection signals must not reach it.
    m_ui->invoicesTable->disconnect(this);
    m_ui->subscriptionsTable->disconnect(this);
}

void UserDetailDialog::reloadPayments()
{
    const QString customer = m_dossier.user.stripeCustomerId;
    m_paymentsCustomer = customer;
    const int generation = ++m_paymentsGeneration;
    if (customer.isEmpty()) {
        m_payments = {};
        m_paymentsLoaded = true;
        showPayments();
        return;
    }
    m_ui->paymentStatus->setText(tr("Reading from Stripe…"));
    const auto *current = m_dossier.currentSubscription();
    const QString subscription = current && billing::isPremiumStatus(current->status) ? current->id : QString();
    m_services.stripe->withClient(
        this,
        [this, generation, customer, subscription](stripe::StripeClient *client) {
            auto *reader = new billing::LearnerPaymentsReader(client, this);
            // Queued: a reader answers at once when its client goes away, which may be
            // while the window (and the Stripe access this dialog uses) is being torn down.
            connect(reader, &billing::LearnerPaymentsReader::done, this, [this, generation, reader](const billing::LearnerPayments &payments) {
                reader->deleteLater();
                if (generation != m_paymentsGeneration)
                    return;
                m_payments = payments;
                m_paymentsLoaded = true;
                showPayments();
                Q_EMIT paymentsRead();
            }, Qt::QueuedConnection);
            reader->read(customer, subscription);
        },
        [this, generation](const QString &message) {
            if (generation != m_paymentsGeneration)
                return;
            m_payments = {};
            m_payments.error = message;
            m_paymentsLoaded = true;
            showPayments();
            Q_EMIT paymentsRead();
        });
}

void UserDetailDialog::reload()
{
    m_ui->loadStatus->setText(tr("Loading…"));
    const int generation = ++m_loadGeneration;
    m_services.database->run<billing::UserDossier>(
        this,
        [userId = m_userId, dialect = m_services.database->config().dialect](db::Connection &connection) {
            if (!connection.ok()) {
                billing::UserDossier failed;
                failed.error = connection.error;
                return failed;
            }
            return billing::UserDossierReader(connection.db, dialect).read(userId, QDateTime::currentSecsSinceEpoch());
        },
        [this, generation](const billing::UserDossier &dossier) {
            if (generation == m_loadGeneration)
                showDossier(dossier);
        });
}

void UserDetailDialog::showDossier(const billing::UserDossier &dossier)
{
    if (!dossier.found || !dossier.error.isEmpty()) {
        m_ui->loadStatus->setText(dossier.error.isEmpty() ? tr("This user no longer exists.")
                                                         : tr("Could not read this user: %1").arg(dossier.error));
        if (!dossier.found)
            m_dossier = dossier;
        updateActions();
        return;
    }
    m_dossier = dossier;
    m_ui->loadStatus->setText(tr("Read at %1").arg(DisplayFormat::current().time(QDateTime::currentDateTime())));
    showProfile();
    showAccess();
    showSubscriptions();
    showInvoices();
    showGrants();
    showTimeline();
    if (m_paymentsCustomer != dossier.user.stripeCustomerId || !m_paymentsLoaded)
        reloadPayments(); // the first read, or the learner has just become a Stripe customer
    checkPending();
    updateActions();
    m_loadedOnce = true;
    Q_EMIT loaded();
}

void UserDetailDialog::request(Request what)
{
    if (!m_loadedOnce) {
        connect(this, &UserDetailDialog::loaded, this, [this, what] { request(what); }, Qt::SingleShotConnection);
        return;
    }
    QPushButton *button = what == Request::CheckoutLink ? m_ui->checkoutLinkButton
                          : what == Request::Grant      ? m_ui->grantButton
                                                        : m_ui->cancelSubscriptionButton;
    if (button->isEnabled()) {
        button->click();
        return;
    }
    // Said where the operator looks, instead of nothing happening.
    m_ui->actionStatus->setText(tr("%1 does not apply to this learner now.").arg(button->text().remove(u'&').remove(QChar(0x2026))));
}

void UserDetailDialog::showProfile()
{
    const db::UserRecord &user = m_dossier.user;
    setWindowTitle(tr("%1 — user").arg(user.email));
    m_ui->userEmail->setText(user.email);
    m_ui->userName->setText(user.name);
    m_ui->userId->setText(user.id);
    m_ui->userJoined->setText(dateText(user.createdAt));
    const QUrl dashboard = m_services.stripe->dashboardUrl(user.stripeCustomerId, m_dossier.livemode);
    if (user.stripeCustomerId.isEmpty())
        m_ui->stripeCustomer->setText(tr("none yet (created at the first checkout)"));
    else if (dashboard.isEmpty())
        m_ui->stripeCustomer->setText(tr("%1 (the sandbox has no Dashboard)").arg(user.stripeCustomerId));
    else
        m_ui->stripeCustomer->setText(QStringLiteral("<a href=\"%1\">%2</a> — %3")
                                          .arg(dashboard.toString(QUrl::FullyEncoded), user.stripeCustomerId.toHtmlEscaped(),
                                               m_dossier.livemode ? tr("open in Stripe's Dashboard") : tr("open in Stripe's Dashboard (test mode)")));
}

void UserDetailDialog::showAccess()
{
    const billing::Entitlement &e = m_dossier.entitlement;
    QString summary = e.premium ? tr("Premium") : tr("Free");
    if (e.premium && e.expiresAt)
        summary = tr("Premium until %1").arg(dateText(*e.expiresAt));
    else if (e.premium)
        summary = tr("Premium, no end date");
    m_ui->entitlementSummary->setText(summary);
    ThemedStyleSheet::follow(m_ui->entitlementSummary, [atRisk = e.paymentAtRisk](const StatusPalette &colours) {
        const QString size = QStringLiteral("font-size: 14pt; font-weight: bold;");
        return atRisk ? StatusPalette::textStyleSheet(colours.danger(), size) : size;
    });
    QStringList why;
    if (e.source == QLatin1String("grant"))
        why << tr("A manual grant by support.");
    else if (e.source == QLatin1String("subscription"))
        why << tr("A Stripe subscription.");
    else
        why << tr("No active subscription or grant: chapters 1–3 only.");
    if (e.paymentAtRisk)
        why << tr("The last payment failed and Stripe is retrying; Premium stays on until Stripe gives up.");
    if (const auto *current = m_dossier.currentSubscription(); current && billing::isCancelPending(current->cancelAtPeriodEnd, current->status))
        why << tr("Cancellation requested: the subscription ends on %1 and will not renew.").arg(dateText(current->currentPeriodEnd));
    else if (current && current->cancelAt > 0 && billing::isPremiumStatus(current->status))
        why << tr("Cancellation requested: the subscription ends on %1.").arg(dateText(current->cancelAt));
    why << tr("Rule applied: %1").arg(e.reason);
    m_ui->entitlementReason->setText(why.join(QLatin1Char('\n')));
}

void UserDetailDialog::showSubscriptions()
{
    QList<QStringList> rows;
    for (const auto &s : std::as_const(m_dossier.subscriptions)) {
        const QString plan = s.interval == QLatin1String("year") ? tr("yearly") : s.interval == QLatin1String("month") ? tr("monthly") : s.interval;
        rows << QStringList{s.id, UsersModel::statusText(s.status), plan, money(s.amount, s.currency), dateText(s.currentPeriodEnd),
                            s.cancelAtPeriodEnd ? tr("yes") : tr("no"), dateText(s.endedAt), dateText(s.created)};
    }
    fill(m_ui->subscriptionsTable,
         {tr("Subscription"), tr("Status"), tr("Plan"), tr("Amount"), tr("Period ends"), tr("Cancels at period end"), tr("Ended"), tr("Started")}, rows);
}

void UserDetailDialog::showInvoices()
{
    // Stripe's list (numbers, discounts, refunds, links) when it has been read; our
    // copy fills in what Stripe did not answer and works without it.
    struct Row {
        QString id;
        qint64 created = 0;
        QString number, status, currency, why;
        qint64 total = 0, discount = 0, paid = 0, refunded = 0;
        int attempts = 0;
    };
    QVector<Row> rows;
    QSet<QString> seen;
    for (const auto &i : std::as_const(m_payments.invoices)) {
        rows << Row{i.id, i.created, i.number, i.status, i.currency, {}, i.total, i.discount, i.amountPaid, i.amountRefunded, 0};
        seen.insert(i.id);
    }
    for (const auto &i : std::as_const(m_dossier.invoices)) {
        if (seen.contains(i.id)) {
            for (Row &row : rows) {
                if (row.id == i.id) {
                    row.why = i.billingReason;
                    row.attempts = i.attemptCount;
                }
            }
            continue;
        }
        rows << Row{i.id, i.created, {}, i.status, i.currency, i.billingReason, i.total, 0, i.amountPaid, i.amountRefunded, i.attemptCount};
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.created > b.created; });
    const QString previous = selectedInvoiceId();
    QList<QStringList> cells;
    for (const Row &r : std::as_const(rows)) {
        QString state = r.status;
        if (r.status == QLatin1String("paid"))
            state = r.refunded >= r.paid && r.paid > 0 ? tr("paid, refunded") : r.refunded > 0 ? tr("paid, partly refunded") : tr("paid");
        else if (r.status == QLatin1String("open") && r.attempts > 0)
            state = tr("payment failed (%n attempt(s))", nullptr, r.attempts);
        const QString why = r.why == QLatin1String("subscription_create") ? tr("first payment")
                          : r.why == QLatin1String("subscription_cycle")  ? tr("renewal")
                          : r.why == QLatin1String("manual")              ? tr("manual invoice")
                                                                          : r.why;
        cells << QStringList{dateText(r.created), r.number.isEmpty() ? r.id : r.number, state, money(r.total, r.currency),
                             r.discount > 0 ? QStringLiteral("−") + money(r.discount, r.currency) : QString(), money(r.paid, r.currency),
                             r.refunded > 0 ? money(r.refunded, r.currency) : QString(), why};
    }
    fill(m_ui->invoicesTable, {tr("Date"), tr("Number"), tr("Status"), tr("Total"), tr("Discount"), tr("Paid"), tr("Refunded"), tr("Why")}, cells);
    for (int row = 0; row < rows.size(); ++row) {
        m_ui->invoicesTable->item(row, 0)->setData(Qt::UserRole, rows.at(row).id);
        m_ui->invoicesTable->item(row, 1)->setToolTip(rows.at(row).id);
        if (rows.at(row).id == previous)
            m_ui->invoicesTable->selectRow(row);
    }
    updateInvoiceButtons();
}

void UserDetailDialog::showPayments()
{
    const QDate today = QDate::currentDate();
    const auto cardText = [&today](const billing::CardView &c) {
        QString text = tr("%1 •••• %2, expires %3/%4").arg(c.brand.isEmpty() ? tr("Card") : c.brand.left(1).toUpper() + c.brand.mid(1), c.last4)
                           .arg(c.expMonth, 2, 10, QLatin1Char('0'))
                           .arg(c.expYear);
        if (!c.country.isEmpty())
            text += QStringLiteral(", ") + c.country;
        if (!c.funding.isEmpty() && c.funding != QLatin1String("unknown"))
            text += QStringLiteral(" (%1)").arg(c.funding);
        if (c.expired(today))
            text += QStringLiteral(" — ") + tr("EXPIRED: send a card update link");
        else if (c.expiresSoon(today))
            text += QStringLiteral(" — ") + tr("expires soon: the next renewal may fail");
        return text;
    };
    const billing::LearnerPayments &p = m_payments;
    const billing::CardView *defaultCard = !p.cards.isEmpty() && p.cards.first().isDefault ? &p.cards.first() : nullptr;
    m_ui->paymentCard->setText(defaultCard ? cardText(*defaultCard) : m_dossier.user.stripeCustomerId.isEmpty() ? tr("none (not a Stripe customer yet)")
                                                                                                            : tr("no default card"));
    followTone(m_ui->paymentCard, !defaultCard                  ? Tone::Plain
                                  : defaultCard->expired(today)     ? Tone::Danger
                                  : defaultCard->expiresSoon(today) ? Tone::Warning
                                                                    : Tone::Plain);
    QStringList others;
    for (const auto &c : p.cards) {
        if (!c.isDefault)
            others << cardText(c);
    }
    m_ui->paymentOtherCards->setText(others.isEmpty() ? tr("none") : others.join(QLatin1Char('\n')));

    const billing::PaymentOutcome &last = p.lastPayment;
    if (!last.known) {
        m_ui->paymentLast->setText(tr("none yet"));
        followTone(m_ui->paymentLast, Tone::Plain);
    } else if (last.succeeded) {
        m_ui->paymentLast->setText(tr("Paid %1 on %2").arg(money(last.amount, last.currency), dateTimeText(last.at)));
        followTone(m_ui->paymentLast, Tone::Plain);
    } else {
        const QString code = last.declineCode.isEmpty() ? last.code : last.declineCode;
        m_ui->paymentLast->setText(tr("Declined: %1 on %2 — %3%4")
                                       .arg(money(last.amount, last.currency), dateTimeText(last.at),
                                            billing::declineExplanation(last.code, last.declineCode, last.stripeMessage),
                                            code.isEmpty() ? QString() : tr(" (Stripe: %1)").arg(code)));
        followTone(m_ui->paymentLast, Tone::Danger);
    }
    m_ui->paymentNext->setText(p.next.known ? tr("%1 on %2").arg(money(p.next.amount, p.next.currency), dateText(p.next.at)) : tr("none scheduled"));
    if (!p.error.isEmpty())
        m_ui->paymentStatus->setText(tr("Stripe could not be read completely: %1").arg(p.error));
    else if (m_dossier.user.stripeCustomerId.isEmpty())
        m_ui->paymentStatus->clear();
    else
        m_ui->paymentStatus->setText(tr("Read from Stripe at %1").arg(DisplayFormat::current().time(QDateTime::currentDateTime())));
    showInvoices();
    updateActions();
}

QString UserDetailDialog::selectedInvoiceId() const
{
    const QList<QTableWidgetItem *> selected = m_ui->invoicesTable->selectedItems();
    if (selected.isEmpty())
        return {};
    const QTableWidgetItem *first = m_ui->invoicesTable->item(selected.first()->row(), 0);
    return first ? first->data(Qt::UserRole).toString() : QString();
}

const billing::InvoiceView *UserDetailDialog::stripeInvoice(const QString &id) const
{
    for (const auto &i : m_payments.invoices) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

void UserDetailDialog::updateInvoiceButtons()
{
    const QString id = selectedInvoiceId();
    const auto *invoice = stripeInvoice(id);
    m_ui->openInvoiceButton->setEnabled(invoice && !invoice->hostedUrl.isEmpty());
    m_ui->copyInvoiceLinkButton->setEnabled(invoice && !invoice->hostedUrl.isEmpty());
    m_ui->openInvoicePdfButton->setEnabled(invoice && !invoice->pdfUrl.isEmpty());
    m_ui->refundInvoiceButton->setEnabled(m_services.maySupport && !m_actions->isBusy() && invoice && !invoice->chargeId.isEmpty()
                                          && invoice->amountPaid > invoice->amountRefunded);
    const bool dashboard = m_services.stripe->hasDashboard();
    const QString noDashboard = tr("The sandbox has no Dashboard: this works with Stripe itself.");
    m_ui->invoiceDashboardButton->setEnabled(dashboard && !id.isEmpty());
    m_ui->invoiceDashboardButton->setToolTip(dashboard ? QString() : noDashboard);
    m_ui->subscriptionDashboardButton->setEnabled(dashboard && m_ui->subscriptionsTable->currentRow() >= 0);
    m_ui->subscriptionDashboardButton->setToolTip(dashboard ? QString() : noDashboard);
}

void UserDetailDialog::openDashboard(const QString &id)
{
    const QUrl url = m_services.stripe->dashboardUrl(id, m_dossier.livemode);
    if (!url.isEmpty())
        QDesktopServices::openUrl(url);
}

void UserDetailDialog::showGrants()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<QStringList> rows;
    for (const auto &g : std::as_const(m_dossier.grants)) {
        QString state = g.state().activeAt(now) ? tr("active") : tr("ended");
        if (g.revokedAt)
            state = tr("revoked by %1 on %2: %3").arg(g.revokedBy, dateText(*g.revokedAt), g.revokeReason);
        rows << QStringList{dateText(g.startsAt), g.expiresAt ? dateText(*g.expiresAt) : tr("until revoked"), g.grantedBy, g.reason, state};
    }
    fill(m_ui->grantsTable, {tr("From"), tr("Until"), tr("Granted by"), tr("Reason"), tr("State")}, rows);
}

void UserDetailDialog::showTimeline()
{
    QList<QStringList> rows;
    for (const auto &e : std::as_const(m_dossier.timeline)) {
        if (e.kind == billing::TimelineEntry::Kind::Audit) {
            rows << QStringList{timelineText(e.at), e.title, tr("action"), e.detail, e.reference};
            continue;
        }
        QString outcome = e.outcome;
        if (e.outcome == QLatin1String("stale"))
            outcome = tr("out of order: older than what we had, nothing changed");
        else if (e.outcome == QLatin1String("duplicate"))
            outcome = tr("duplicate: already processed, nothing changed");
        if (e.deliveries > 1)
            outcome += QLatin1Char(' ') + tr("(delivered %n time(s); the repeats changed nothing)", nullptr, e.deliveries);
        rows << QStringList{timelineText(e.at), e.title, outcome, e.detail, e.reference};
    }
    fill(m_ui->timelineTable, {tr("When"), tr("What"), tr("Outcome"), tr("Detail"), tr("Reference")}, rows);
}

const billing::GrantRecord *UserDetailDialog::activeGrant() const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const auto &g : m_dossier.grants) {
        if (g.state().activeAt(now))
            return &g;
    }
    return nullptr;
}

void UserDetailDialog::updateActions()
{
    const bool ready = m_dossier.found && !m_actions->isBusy();
    const auto *current = m_dossier.currentSubscription();
    const bool live = current && billing::isPremiumStatus(current->status);
    const bool scheduled = live && (current->cancelAtPeriodEnd || current->cancelAt > 0);
    const bool customer = !m_dossier.user.stripeCustomerId.isEmpty();
    const bool refundable = std::any_of(m_payments.invoices.cbegin(), m_payments.invoices.cend(), [](const billing::InvoiceView &i) {
        return !i.chargeId.isEmpty() && i.amountPaid > i.amountRefunded;
    });
    m_ui->checkoutLinkButton->setEnabled(ready && !live);
    m_ui->checkoutPlan->setEnabled(ready && !live);
    m_ui->cardUpdateLinkButton->setEnabled(ready && customer);
    m_ui->refundButton->setEnabled(ready && refundable);
    m_ui->refundButton->setToolTip(refundable ? QString() : m_paymentsLoaded ? tr("No payment left to refund.") : tr("Reading the payments from Stripe…"));
    m_ui->cancelSubscriptionButton->setEnabled(ready && live);
    m_ui->resumeButton->setEnabled(ready && scheduled);
    m_ui->grantButton->setEnabled(ready && !activeGrant());
    m_ui->revokeGrantButton->setEnabled(ready && activeGrant());
    m_ui->actionReason->setEnabled(ready);
    updateInvoiceButtons();
}

void UserDetailDialog::checkPending()
{
    if (!m_pending.active)
        return;
    // Stripe's event about the change has arrived (whatever we made of it): the
    // copy we show is now what Stripe itself said, not only its direct answer.
    const bool arrived = std::any_of(m_dossier.timeline.cbegin(), m_dossier.timeline.cend(), [this](const billing::TimelineEntry &e) {
        return e.kind == billing::TimelineEntry::Kind::StripeEvent && e.title.startsWith(QLatin1String("customer.subscription."))
            && e.at >= m_pending.since;
    });
    if (arrived) {
        m_pending.active = false;
        m_pendingPoll.stop();
        m_ui->pendingNotice->setText(m_pending.confirmedText);
        reloadPayments(); // a new card or subscription: the next invoice and cards have changed
        Q_EMIT userChanged(m_userId);
        return;
    }
    if (QDateTime::currentSecsSinceEpoch() >= m_pending.giveUpAt) {
        m_pending.active = false;
        m_pendingPoll.stop();
        m_ui->pendingNotice->setText(m_pending.giveUpText);
        return;
    }
    m_ui->pendingNotice->setText(tr("Pending: %1 Waiting for Stripe's webhook to confirm…").arg(m_pending.text));
    m_ui->pendingNotice->show();
}

bool UserDetailDialog::confirm(const QString &title, const QString &text, const QString &acceptLabel, bool destructive)
{
    Confirmation question{title, text, acceptLabel, destructive, {}};
    if (m_services.stripe->isLiveMode())
        question.typedWord = m_dossier.user.email;
    return m_services.confirmer->confirm(this, question);
}

QString UserDetailDialog::requireReason()
{
    const QString reason = m_ui->actionReason->text().trimmed();
    if (reason.isEmpty()) {
        m_ui->actionStatus->setText(tr("Enter a reason first: every change is kept in the audit log with its reason."));
        m_ui->actionReason->setFocus(Qt::OtherFocusReason);
    }
    return reason;
}

void UserDetailDialog::startCheckoutLink()
{
    m_runningAction = QStringLiteral("checkout");
    m_actions->createCheckoutLink(m_dossier.user, SupportActions::Plan(m_ui->checkoutPlan->currentData().toInt()));
}

void UserDetailDialog::startCardUpdateLink()
{
    m_runningAction = QStringLiteral("card");
    m_actions->createCardUpdateLink(m_dossier.user);
}

void UserDetailDialog::startCancel()
{
    const auto *current = m_dossier.currentSubscription();
    if (!current)
        return;
    CancelSubscriptionDialog::Facts facts{m_dossier.user.email, *current, lastPaymentOf(m_payments, current->id, m_dossier.invoices),
                                          m_services.stripe->isLiveMode(), QDateTime::currentSecsSinceEpoch()};
    auto *dialog = new CancelSubscriptionDialog(facts, this);
    dialog->setObjectName(QStringLiteral("cancelSubscriptionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_cancelDialog = dialog;
    const billing::SubscriptionRecord subscription = *current;
    connect(dialog, &QDialog::accepted, this, [this, dialog, subscription] {
        m_runningAction = QStringLiteral("subscription");
        m_actions->cancelSubscription(m_userId, subscription, dialog->plan());
    });
    dialog->open();
}

void UserDetailDialog::startRefund(const QString &invoiceId)
{
    auto *dialog = new RefundDialog(m_dossier.user.email, m_payments.invoices, m_services.stripe->isLiveMode(), this);
    dialog->setObjectName(QStringLiteral("refundDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!invoiceId.isEmpty())
        dialog->choose(invoiceId);
    m_refundDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_runningAction = QStringLiteral("refund");
        m_actions->refund(m_userId, dialog->plan());
    });
    dialog->open();
}

void UserDetailDialog::resumeSubscription()
{
    const auto *current = m_dossier.currentSubscription();
    if (!current)
        return;
    const QString reason = requireReason();
    if (reason.isEmpty())
        return;
    const billing::SubscriptionRecord subscription = *current;
    if (!confirm(tr("Resume subscription"),
                 tr("Keep %1's subscription? It renews on %2 and charges them again.").arg(m_dossier.user.email, dateText(subscription.currentPeriodEnd)),
                 tr("Resume subscription"), false))
        return;
    m_runningAction = QStringLiteral("subscription");
    m_actions->resume(m_userId, subscription, reason);
}

void UserDetailDialog::startGrant()
{
    auto *dialog = new GrantDialog(m_dossier.user.email, this);
    dialog->setObjectName(QStringLiteral("grantDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_grantDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_runningAction = QStringLiteral("grant");
        m_actions->grant(m_userId, dialog->reason(), dialog->until());
    });
    dialog->open();
}

void UserDetailDialog::revokeGrant()
{
    const auto *grant = activeGrant();
    if (!grant)
        return;
    const QString reason = requireReason();
    if (reason.isEmpty())
        return;
    if (!confirm(tr("Revoke grant"), tr("End the Premium grant %1 gave to %2? Unless they pay, they are back to chapters 1–3 now.")
                                         .arg(grant->grantedBy, m_dossier.user.email),
                 tr("Revoke grant"), true))
        return;
    m_runningAction = QStringLiteral("grant");
    m_actions->revoke(grant->id, reason);
}

void UserDetailDialog::onActionStarted(const QString &what)
{
    m_actionStartedAt = QDateTime::currentSecsSinceEpoch();
    m_ui->actionStatus->setText(what);
    m_ui->actionProgress->show();
    m_ui->stopActionButton->setVisible(m_runningAction != QLatin1String("grant")); // only Stripe calls can hang
    updateActions();
}

void UserDetailDialog::onActionFinished(const SupportActions::Outcome &outcome)
{
    m_ui->actionProgress->hide();
    m_ui->stopActionButton->hide();
    QString text = outcome.message;
    if (!outcome.requestId.isEmpty())
        text += QLatin1Char(' ') + tr("(Stripe request %1)").arg(outcome.requestId);
    m_ui->actionStatus->setText(text);
    updateActions();
    if (!outcome.ok)
        return;
    if (m_runningAction == QLatin1String("card")) {
        auto *dialog = LinkDialog::forCardUpdate(m_dossier.user.email, QUrl(outcome.object.value(QStringLiteral("url")).toString()), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_cardUpdateDialog = dialog;
        // The learner may have changed their card by the time support closes this.
        connect(dialog, &QDialog::finished, this, [this] {
            reload();
            reloadPayments();
        });
        dialog->open();
        return;
    }
    if (m_runningAction == QLatin1String("refund")) {
        reload();
        reloadPayments();
        Q_EMIT userChanged(m_userId);
        return;
    }
    if (m_runningAction == QLatin1String("checkout")) {
        auto *dialog = LinkDialog::forCheckout(m_dossier.user.email, m_ui->checkoutPlan->currentText(),
                                               QUrl(outcome.object.value(QStringLiteral("url")).toString()),
                                               outcome.object.value(QStringLiteral("expires_at")).toInteger(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_checkoutDialog = dialog;
        dialog->open();
        // The link becomes Premium only through Stripe's webhook: keep looking.
        const qint64 expires = outcome.object.value(QStringLiteral("expires_at")).toInteger();
        m_pending = {true, tr("checkout link created; Premium starts when the learner has paid."), m_actionStartedAt,
                     expires > 0 ? expires : m_actionStartedAt + 86400, tr("The checkout link has expired without a payment."),
                     tr("Paid: Stripe's webhook has brought the new subscription.")};
        m_pendingPoll.start();
    } else if (m_runningAction == QLatin1String("subscription")) {
        m_pending = {true, outcome.message, m_actionStartedAt, m_actionStartedAt + kWebhookPatienceS,
                     tr("Stripe made the change, but its webhook has not arrived after %n minute(s). "
                        "Look in the Webhook log for failed or rejected deliveries.", nullptr, kWebhookPatienceS / 60),
                     tr("Confirmed by Stripe's webhook: %1").arg(outcome.message)};
        m_pendingPoll.start();
    }
    m_ui->actionReason->clear();
    reload();
    reloadPayments();
    Q_EMIT userChanged(m_userId);
}

} // namespace companion::admin
