#include "SupportActions.h"

#include "billing/SubscriptionCommand.h"

#include "billing/AuditLog.h"
#include "billing/BillingStore.h"
#include "billing/ManualGrants.h"
#include "billing/StripeAnswer.h"
#include "db/DatabaseThread.h"
#include "settings/StripeAccess.h"
#include "settings/SupportSettings.h"
#include "stripe/StripeClient.h"
#include "util/Money.h"
#include "widgets/DisplayFormat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSettings>

namespace companion::admin {

namespace {
constexpr int kStripeTimeoutMs = 30000; // a person is waiting; the client retries inside this

const QString kSource = QStringLiteral("admin-app");

} // namespace

SupportActions::SupportActions(db::DatabaseThread *database, StripeAccess *stripe, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_stripe(stripe)
    , m_settings(settings)
{
}

QString SupportActions::operatorName() const
{
    return SupportSettings::operatorName(*m_settings);
}

void SupportActions::createCheckoutLink(const db::UserRecord &user, Plan plan)
{
    const QString priceId = plan == Plan::Yearly ? SupportSettings::yearlyPriceId(*m_settings) : SupportSettings::monthlyPriceId(*m_settings);
    if (priceId.isEmpty()) {
        start(tr("Creating a checkout link…"));
        return finish({false, plan == Plan::Yearly ? tr("No yearly price is set: enter its price id in Settings.")
                                                   : tr("No monthly price is set: enter its price id in Settings."), {}, {}});
    }
    const QString planName = plan == Plan::Yearly ? QStringLiteral("yearly") : QStringLiteral("monthly");
    // The same shape as the server's checkout, so the webhook links the payment to this user.
    const QJsonObject metadata{{QStringLiteral("user_id"), user.id}, {QStringLiteral("user_email"), user.email},
                               {QStringLiteral("plan"), planName}, {QStringLiteral("created_by"), operatorName()}};
    QJsonObject params{
        {QStringLiteral("mode"), QStringLiteral("subscription")},
        {QStringLiteral("line_items"), QJsonArray{QJsonObject{{QStringLiteral("price"), priceId}, {QStringLiteral("quantity"), 1}}}},
        {QStringLiteral("success_url"), SupportSettings::successUrl(*m_settings).toString()},
        {QStringLiteral("cancel_url"), SupportSettings::cancelUrl(*m_settings).toString()},
        {QStringLiteral("client_reference_id"), user.id},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("subscription_data"), QJsonObject{{QStringLiteral("metadata"), metadata}}},
    };
    if (!user.stripeCustomerId.isEmpty())
        params.insert(QStringLiteral("customer"), user.stripeCustomerId);
    else
        params.insert(QStringLiteral("customer_email"), user.email);

    start(tr("Creating a checkout link…"));
    sendToStripe(QStringLiteral("POST"), QStringLiteral("/v1/checkout/sessions"), params,
                 [this, user, planName](const QJsonObject &session, const QString &requestId) {
                     billing::AuditEntry audit{operatorName(), kSource, QStringLiteral("checkout.create_link"), QStringLiteral("checkout_session"),
                                               session.value(QStringLiteral("id")).toString(), user.id, tr("checkout link for the learner"),
                                               {}, {}, requestId};
                     audit.after = QJsonObject{{QStringLiteral("plan"), planName},
                                               {QStringLiteral("session"), session.value(QStringLiteral("id"))},
                                               {QStringLiteral("expires_at"), session.value(QStringLiteral("expires_at"))}};
                     finishWithLink(audit, session, tr("Checkout link created."),
                                    tr("Checkout link created, but the audit log could not be written: %1"));
                 });
}

void SupportActions::createCardUpdateLink(const db::UserRecord &user)
{
    start(tr("Creating a card update link…"));
    if (user.stripeCustomerId.isEmpty())
        return finish({false, tr("%1 has no Stripe customer yet: there is no card to update.").arg(user.email), {}, {}});
    const QJsonObject params{
        {QStringLiteral("customer"), user.stripeCustomerId},
        {QStringLiteral("return_url"), SupportSettings::successUrl(*m_settings).toString()},
        {QStringLiteral("flow_data"), QJsonObject{{QStringLiteral("type"), QStringLiteral("payment_method_update")}}},
    };
    sendToStripe(QStringLiteral("POST"), QStringLiteral("/v1/billing_portal/sessions"), params,
                 [this, user](const QJsonObject &session, const QString &requestId) {
                     const billing::AuditEntry audit{operatorName(), kSource, QStringLiteral("portal.card_update_link"),
                                                     QStringLiteral("billing_portal_session"), session.value(QStringLiteral("id")).toString(),
                                                     user.id, tr("card update link for the learner"), {}, {}, requestId};
                     finishWithLink(audit, session, tr("Card update link created."),
                                    tr("Card update link created, but the audit log could not be written: %1"));
                 });
}

void SupportActions::finishWithLink(const billing::AuditEntry &audit, const QJsonObject &session, const QString &doneText,
                                    const QString &unloggedText)
{
    write([audit](QSqlDatabase db, db::Dialect) { billing::AuditLog::record(db, audit, QDateTime::currentSecsSinceEpoch()); },
          [this, audit, session, doneText, unloggedText](const QString &error) {
              // The link works either way; only the log entry is missing.
              finish({true, error.isEmpty() ? doneText : unloggedText.arg(error), audit.stripeRequestId, session});
          });
}

void SupportActions::cancelSubscription(const QString &userId, const billing::SubscriptionRecord &subscription, const CancelPlan &plan)
{
    using Command = billing::SubscriptionCommand;
    Command command(Command::Kind::CancelAtPeriodEnd, subscription.id, plan.reason);
    QString doneText = tr("The subscription will end with the paid period; Premium stays on until then.");
    switch (plan.when) {
    case CancelPlan::When::PeriodEnd:
        start(tr("Asking Stripe to cancel at the end of the period…"));
        break;
    case CancelPlan::When::Now:
        start(tr("Asking Stripe to cancel now…"));
        command = Command(Command::Kind::CancelNow, subscription.id, plan.reason);
        doneText = tr("The subscription has ended; Premium is off.");
        break;
    case CancelPlan::When::OnDate:
        start(tr("Asking Stripe to cancel on the chosen date…"));
        command = Command::cancelAt(subscription.id, plan.at, plan.reason);
        doneText = tr("The subscription ends on %1; Premium stays on until then.")
                       .arg(DisplayFormat::current().longDate(plan.at));
        break;
    }
    command.withFeedback(plan.feedback);
    Then then;
    if (plan.when == CancelPlan::When::Now && plan.refund != CancelPlan::Refund::None && plan.refundAmount > 0) {
        const RefundPlan refund{plan.refundChargeId, plan.refundInvoiceId, plan.refundAmount, plan.refundAlreadyRefunded, plan.refundCurrency,
                                QStringLiteral("requested_by_customer"), plan.reason};
        then = [this, userId, refund](Outcome canceled) {
            if (!canceled.ok)
                return finish(canceled);
            Q_EMIT progress(tr("Ended; now refunding %1…").arg(util::formatMoney(refund.amount, refund.currency)));
            sendRefund(userId, refund, [this, canceled](Outcome refunded) {
                // The subscription has ended either way: the outcome is a success that may carry a failed refund.
                Outcome outcome = canceled;
                outcome.message = refunded.ok ? canceled.message + u' ' + refunded.message
                                              : tr("%1 But the refund failed: %2 Use Refund… to try again.").arg(canceled.message, refunded.message);
                finish(outcome);
            });
        };
    }
    changeSubscription(userId, subscription, command, doneText, then);
}

void SupportActions::refund(const QString &userId, const RefundPlan &plan)
{
    start(tr("Asking Stripe to refund %1…").arg(util::formatMoney(plan.amount, plan.currency)));
    sendRefund(userId, plan, [this](Outcome outcome) { finish(outcome); });
}

void SupportActions::sendRefund(const QString &userId, const RefundPlan &plan, Then then)
{
    // Metadata so Stripe's Dashboard says who refunded and why; the same request
    // repeated after no clear answer goes with the same Idempotency-Key.
    const QJsonObject params{
        {QStringLiteral("charge"), plan.chargeId},
        {QStringLiteral("amount"), plan.amount},
        {QStringLiteral("reason"), plan.stripeReason},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("user_id"), userId}, {QStringLiteral("invoice"), plan.invoiceId},
                                                 {QStringLiteral("note"), plan.note}, {QStringLiteral("refunded_by"), operatorName()}}},
    };
    sendToStripe(QStringLiteral("POST"), QStringLiteral("/v1/refunds"), params,
                 [this, userId, plan, then](const QJsonObject &refund, const QString &requestId) {
                     billing::AuditEntry audit{operatorName(), kSource, QStringLiteral("refund.create"), QStringLiteral("refund"),
                                               refund.value(QStringLiteral("id")).toString(), userId, plan.note, {}, {}, requestId};
                     audit.before = QJsonObject{{QStringLiteral("charge"), plan.chargeId}, {QStringLiteral("invoice"), plan.invoiceId}};
                     audit.after = QJsonObject{{QStringLiteral("amount"), refund.value(QStringLiteral("amount"))},
                                               {QStringLiteral("currency"), refund.value(QStringLiteral("currency"))},
                                               {QStringLiteral("reason"), refund.value(QStringLiteral("reason"))},
                                               {QStringLiteral("status"), refund.value(QStringLiteral("status"))}};
                     const QString money = util::formatMoney(refund.value(QStringLiteral("amount")).toInteger(),
                                                             refund.value(QStringLiteral("currency")).toString());
                     const qint64 total = plan.alreadyRefunded + refund.value(QStringLiteral("amount")).toInteger();
                     write([audit, plan, total](QSqlDatabase db, db::Dialect dialect) {
                         billing::applyRefundAnswer(db, dialect, plan.invoiceId, plan.chargeId, total, audit, QDateTime::currentSecsSinceEpoch());
                     },
                           [then, refund, requestId, money](const QString &error) {
                               then({true,
                                     error.isEmpty() ? tr("%1 refunded.").arg(money)
                                                     : tr("%1 refunded, but the audit log could not be written: %2").arg(money, error),
                                     requestId, refund});
                           });
                 },
                 [then](const stripe::StripeError &, const QString &message) {
                     then({false, message, {}, {}});
                     return true;
                 });
}

void SupportActions::resume(const QString &userId, const billing::SubscriptionRecord &subscription, const QString &reason)
{
    start(tr("Asking Stripe to keep the subscription…"));
    changeSubscription(userId, subscription, {billing::SubscriptionCommand::Kind::Resume, subscription.id, reason},
                       tr("The subscription renews again."));
}

void SupportActions::changeSubscription(const QString &userId, const billing::SubscriptionRecord &subscription,
                                        const billing::SubscriptionCommand &command, const QString &doneText, Then then)
{
    if (!then)
        then = [this](Outcome outcome) { finish(outcome); };
    const billing::AuditEntry audit = command.audit(
        operatorName(), kSource, userId,
        billing::SubscriptionCommand::summary(subscription.status, subscription.cancelAtPeriodEnd, subscription.currentPeriodEnd,
                                              subscription.cancelAt));
    const QString path = command.path();
    auto record = [this, userId, audit, then](const QString &done) {
        return [this, userId, audit, done, then](const QJsonObject &answer, const QString &requestId) {
            mirror(userId, answer, billing::SubscriptionCommand::answered(audit, answer, requestId), done, then);
        };
    };
    Refusal refused;
    if (command.kind() == billing::SubscriptionCommand::Kind::CancelNow) {
        // Stripe takes no key on DELETE, so a repeat after an unanswered try that did
        // cancel is refused ("a canceled subscription…"): then Stripe's state decides.
        refused = [this, path, record, then](const stripe::StripeError &error, const QString &message) {
            if (error.httpStatus != 400)
                return false;
            Q_EMIT progress(tr("Stripe refused; checking whether the subscription has already ended…"));
            const auto ended = record(tr("The subscription had already ended (an earlier try went through); Premium is off."));
            sendToStripe(QStringLiteral("GET"), path, {}, [message, ended, then](const QJsonObject &now, const QString &requestId) {
                if (now.value(QStringLiteral("status")).toString() != QLatin1String("canceled"))
                    return then({false, message, requestId, {}});
                ended(now, requestId);
            });
            return true;
        };
    } else {
        refused = [then](const stripe::StripeError &, const QString &message) {
            then({false, message, {}, {}});
            return true;
        };
    }
    sendToStripe(command.method(), path, command.params(), record(doneText), refused);
}

void SupportActions::mirror(const QString &userId, const QJsonObject &subscription, const billing::AuditEntry &audit, const QString &doneText,
                            Then then)
{
    write([userId, subscription, audit](QSqlDatabase db, db::Dialect dialect) {
        billing::applyStripeAnswer(db, dialect, userId, subscription, audit, QDateTime::currentSecsSinceEpoch());
    }, [subscription, audit, doneText, then](const QString &error) {
        // Stripe has the change either way; Stripe's webhook brings it to our copy.
        then({true,
                error.isEmpty() ? doneText
                                : tr("Stripe made the change, but our copy could not be updated (%1); it will follow with Stripe's webhook.").arg(error),
                audit.stripeRequestId, subscription});
    });
}

void SupportActions::grant(const QString &userId, const QString &reason, std::optional<qint64> until)
{
    start(tr("Granting Premium…"));
    const billing::GrantChange change{operatorName(), kSource, reason};
    runGrantChange([userId, change, until](QSqlDatabase db, db::Dialect dialect) {
        billing::ManualGrants(db, dialect).grant(userId, change, until, QDateTime::currentSecsSinceEpoch());
    }, until ? tr("Premium granted until %1.").arg(DisplayFormat::current().dateTimeWithZone(*until))
             : tr("Premium granted with no end date."));
}

void SupportActions::revoke(qint64 grantId, const QString &reason)
{
    start(tr("Revoking the grant…"));
    const billing::GrantChange change{operatorName(), kSource, reason};
    runGrantChange([grantId, change](QSqlDatabase db, db::Dialect dialect) {
        billing::ManualGrants(db, dialect).revoke(grantId, change, QDateTime::currentSecsSinceEpoch());
    }, tr("The grant was revoked."));
}

void SupportActions::runGrantChange(std::function<void(QSqlDatabase, db::Dialect)> change, const QString &doneText)
{
    write(std::move(change), [this, doneText](const QString &error) { finish({error.isEmpty(), error.isEmpty() ? doneText : error, {}, {}}); });
}

void SupportActions::write(std::function<void(QSqlDatabase, db::Dialect)> change, std::function<void(const QString &error)> written)
{
    const int generation = m_generation;
    m_database->run<QString>(
        this,
        [change, dialect = m_database->config().dialect](db::Connection &connection) {
            if (!connection.ok())
                return connection.error;
            try {
                change(connection.db, dialect);
            } catch (const billing::StoreError &e) {
                return e.message();
            }
            return QString();
        },
        [this, generation, written](const QString &error) {
            if (generation == m_generation) // a cancelled action's answer is dropped
                written(error);
        });
}

void SupportActions::sendToStripe(const QString &method, const QString &path, const QJsonObject &params,
                                  std::function<void(const QJsonObject &, const QString &)> accepted, Refusal refused)
{
    const int generation = m_generation;
    m_stripe->withClient(
        this,
        [this, generation, method, path, params, accepted, refused](stripe::StripeClient *client) {
            if (generation != m_generation)
                return;
            stripe::RequestOptions options;
            options.timeoutMs = kStripeTimeoutMs;
            options.retryRateLimits = true; // a person waits a second rather than reads "rate limited"
            const bool write = method == QLatin1String("POST");
            if (write)
                options.idempotencyKey = m_retryKeys.keyFor(method, path, params);
            m_call = client->send(method, path, params, options);
            connect(m_call, &stripe::StripeCall::retrying, this, [this](int, int delayMs, const stripe::StripeError &reason) {
                Q_EMIT progress(tr("%1 Trying again in %2 s…").arg(reason.userMessage()).arg((delayMs + 999) / 1000));
            });
            m_call->then(this, [this, generation, accepted, refused, write, method, path, params](const stripe::StripeResult &result) {
                if (write) // even for a cancelled action: its key must outlive an unknown outcome
                    m_retryKeys.settle(method, path, params, result.error);
                if (generation != m_generation)
                    return;
                if (!result.ok()) {
                    QString message = result.error->userMessage();
                    if (write && result.error->outcomeUnknown())
                        message += u' ' + tr("Trying again sends the same request, so Stripe does it at most once.");
                    if (refused && refused(*result.error, message))
                        return;
                    return finish({false, message, result.requestId, {}});
                }
                Q_EMIT progress(tr("Stripe accepted; saving…"));
                accepted(result.body, result.requestId);
            });
        },
        [this, generation](const QString &message) {
            if (generation == m_generation)
                finish({false, message, {}, {}});
        });
}

void SupportActions::cancel()
{
    if (!m_busy)
        return;
    ++m_generation;
    if (m_call)
        m_call->cancel();
    finish({false, tr("Stopped waiting. If Stripe made the change anyway, its webhook brings it here."), {}, {}});
}

void SupportActions::start(const QString &what)
{
    m_busy = true;
    Q_EMIT started(what);
}

void SupportActions::finish(Outcome outcome)
{
    m_busy = false;
    m_call = nullptr;
    Q_EMIT finished(outcome);
}

} // namespace companion::admin
