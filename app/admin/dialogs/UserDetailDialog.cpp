#include "UserDetailDialog.h"

#include "CheckoutLinkDialog.h"
#include "GrantDialog.h"
#include "actions/Confirmer.h"
#include "db/DatabaseThread.h"
#include "models/UsersModel.h"
#include "settings/StripeAccess.h"
#include "settings/SupportSettings.h"
#include "ui_UserDetailDialog.h"
#include "util/Money.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLocale>
#include <QSettings>
#include <QTableWidget>

namespace companion::admin {

namespace {
constexpr int kPollMs = 2000;         // how often to look for Stripe's webhook after a change
constexpr int kWebhookPatienceS = 120; // then say where to look instead

QString dateTimeText(qint64 secs)
{
    return secs > 0 ? QLocale().toString(QDateTime::fromSecsSinceEpoch(secs), QLocale::ShortFormat) : QString();
}

QString dateText(qint64 secs)
{
    return secs > 0 ? QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).date(), QLocale::ShortFormat) : QString();
}

QString money(qint64 minor, const QString &currency)
{
    return currency.isEmpty() ? QString::number(minor) : util::formatMoney(minor, currency);
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
} // namespace

UserDetailDialog::UserDetailDialog(const QString &userId, const Services &services, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserDetailDialog>())
    , m_userId(userId)
    , m_services(services)
    , m_actions(new SupportActions(services.database, services.stripe, services.settings, this))
{
    m_ui->setupUi(this);
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

    m_ui->actionsBox->setVisible(services.maySupport);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &UserDetailDialog::reload);
    connect(m_ui->checkoutLinkButton, &QPushButton::clicked, this, &UserDetailDialog::startCheckoutLink);
    connect(m_ui->cancelAtPeriodEndButton, &QPushButton::clicked, this, [this] { changeSubscription(QStringLiteral("period_end")); });
    connect(m_ui->cancelNowButton, &QPushButton::clicked, this, [this] { changeSubscription(QStringLiteral("now")); });
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] { changeSubscription(QStringLiteral("resume")); });
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
    reload();
}

UserDetailDialog::~UserDetailDialog() = default;

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
    m_ui->loadStatus->setText(tr("Read at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    showProfile();
    showAccess();
    showSubscriptions();
    showInvoices();
    showGrants();
    showTimeline();
    checkPending();
    updateActions();
    Q_EMIT loaded();
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
        m_ui->stripeCustomer->setText(tr("%1 (sandbox: not in Stripe's Dashboard)").arg(user.stripeCustomerId));
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
    m_ui->entitlementSummary->setStyleSheet(e.paymentAtRisk ? QStringLiteral("font-size: 14pt; font-weight: bold; color: #b00020;")
                                                            : QStringLiteral("font-size: 14pt; font-weight: bold;"));
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
    QList<QStringList> rows;
    for (const auto &i : std::as_const(m_dossier.invoices)) {
        QString state = i.status;
        if (i.status == QLatin1String("paid"))
            state = i.amountRefunded > 0 ? tr("paid, %1 refunded").arg(money(i.amountRefunded, i.currency)) : tr("paid");
        else if (i.failed())
            state = tr("payment failed (%n attempt(s))", nullptr, i.attemptCount);
        rows << QStringList{dateText(i.created), i.id, state, money(i.total, i.currency), money(i.amountPaid, i.currency), i.billingReason,
                            dateTimeText(i.paidAt)};
    }
    fill(m_ui->invoicesTable, {tr("Date"), tr("Invoice"), tr("State"), tr("Total"), tr("Paid"), tr("Why"), tr("Paid at")}, rows);
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
            rows << QStringList{dateTimeText(e.at), e.title, tr("action"), e.detail, e.reference};
            continue;
        }
        QString outcome = e.outcome;
        if (e.outcome == QLatin1String("stale"))
            outcome = tr("out of order: older than what we had, nothing changed");
        else if (e.outcome == QLatin1String("duplicate"))
            outcome = tr("duplicate: already processed, nothing changed");
        if (e.deliveries > 1)
            outcome += QLatin1Char(' ') + tr("(delivered %n time(s); the repeats changed nothing)", nullptr, e.deliveries);
        rows << QStringList{dateTimeText(e.at), e.title, outcome, e.detail, e.reference};
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
    m_ui->checkoutLinkButton->setEnabled(ready && !live);
    m_ui->checkoutPlan->setEnabled(ready && !live);
    m_ui->cancelAtPeriodEndButton->setEnabled(ready && live && !current->cancelAtPeriodEnd);
    m_ui->cancelNowButton->setEnabled(ready && live);
    m_ui->resumeButton->setEnabled(ready && live && current->cancelAtPeriodEnd);
    m_ui->grantButton->setEnabled(ready && !activeGrant());
    m_ui->revokeGrantButton->setEnabled(ready && activeGrant());
    m_ui->actionReason->setEnabled(ready);
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

void UserDetailDialog::changeSubscription(const QString &which)
{
    const auto *current = m_dossier.currentSubscription();
    if (!current)
        return;
    const QString reason = requireReason();
    if (reason.isEmpty())
        return;
    const QString email = m_dossier.user.email;
    const billing::SubscriptionRecord subscription = *current;
    if (which == QLatin1String("period_end")) {
        if (!confirm(tr("Cancel at period end"),
                     tr("Cancel %1's subscription at the end of the paid period (%2)? They keep Premium until then, and "
                        "are not charged again.").arg(email, dateText(subscription.currentPeriodEnd)),
                     tr("Cancel at period end"), false))
            return;
        m_runningAction = QStringLiteral("subscription");
        m_actions->cancelAtPeriodEnd(m_userId, subscription, reason);
    } else if (which == QLatin1String("now")) {
        if (!confirm(tr("Cancel now"),
                     tr("End %1's subscription now? Premium stops at once. Stripe does not refund the unused time by "
                        "itself: refund it in Stripe's Dashboard if that was promised.").arg(email),
                     tr("Cancel now"), true))
            return;
        m_runningAction = QStringLiteral("subscription");
        m_actions->cancelNow(m_userId, subscription, reason);
    } else {
        if (!confirm(tr("Resume"), tr("Keep %1's subscription? It renews on %2 and charges them again.").arg(email, dateText(subscription.currentPeriodEnd)),
                     tr("Resume"), false))
            return;
        m_runningAction = QStringLiteral("subscription");
        m_actions->resume(m_userId, subscription, reason);
    }
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
    if (m_runningAction == QLatin1String("checkout")) {
        auto *dialog = new CheckoutLinkDialog(m_dossier.user.email, m_ui->checkoutPlan->currentText(),
                                              QUrl(outcome.object.value(QStringLiteral("url")).toString()),
                                              outcome.object.value(QStringLiteral("expires_at")).toInteger(), this);
        dialog->setObjectName(QStringLiteral("checkoutLinkDialog"));
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
    Q_EMIT userChanged(m_userId);
}

} // namespace companion::admin
