#include "CancelSubscriptionDialog.h"

#include "billing/ProratedRefund.h"
#include "util/Money.h"
#include "widgets/DisplayFormat.h"
#include "widgets/TypedConfirmation.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace companion::admin {

namespace {
QString dateText(qint64 secs)
{
    return DisplayFormat::current().longDate(secs);
}
} // namespace

CancelSubscriptionDialog::CancelSubscriptionDialog(const Facts &facts, QWidget *parent)
    : QDialog(parent)
    , m_facts(facts)
    , m_when(new QButtonGroup(this))
    , m_refund(new QButtonGroup(this))
{
    setWindowTitle(tr("Cancel subscription — %1").arg(facts.email));
    const billing::SubscriptionRecord &s = facts.subscription;
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("End %1's subscription (%2 per %3, paid until %4)? Choose when, whether to refund, and why.")
                                 .arg(facts.email.toHtmlEscaped(), util::formatMoney(s.amount, s.currency),
                                      s.interval == QLatin1String("year") ? tr("year") : tr("month"), dateText(s.currentPeriodEnd)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *whenBox = new QGroupBox(tr("When"), this);
    auto *whenLayout = new QVBoxLayout(whenBox);
    m_periodEnd = new QRadioButton(tr("At the end of the paid period, %1")
                                       .arg(dateText(s.currentPeriodEnd)), whenBox);
    m_now = new QRadioButton(tr("Now: Premium ends at once"), whenBox);
    m_onDate = new QRadioButton(tr("On a date:"), whenBox);
    m_date = new QDateEdit(whenBox);
    m_date->setCalendarPopup(true);
    const QDate today = QDateTime::fromSecsSinceEpoch(facts.now).date();
    m_date->setMinimumDate(today.addDays(1));
    m_date->setDate(today.addDays(7));
    m_date->setAccessibleName(tr("Cancellation date"));
    m_periodEnd->setObjectName(QStringLiteral("cancelAtPeriodEnd"));
    m_now->setObjectName(QStringLiteral("cancelNow"));
    m_onDate->setObjectName(QStringLiteral("cancelOnDate"));
    m_date->setObjectName(QStringLiteral("cancelDate"));
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_onDate);
    dateRow->addWidget(m_date);
    dateRow->addStretch();
    whenLayout->addWidget(m_periodEnd);
    whenLayout->addWidget(m_now);
    whenLayout->addLayout(dateRow);
    for (QRadioButton *b : {m_periodEnd, m_now, m_onDate})
        m_when->addButton(b);
    layout->addWidget(whenBox);

    auto *refundBox = new QGroupBox(tr("Refund"), this);
    auto *refundLayout = new QVBoxLayout(refundBox);
    m_noRefund = new QRadioButton(tr("No refund"), refundBox);
    m_refundLast = new QRadioButton(refundBox);
    m_refundProrated = new QRadioButton(refundBox);
    m_noRefund->setObjectName(QStringLiteral("refundNone"));
    m_refundLast->setObjectName(QStringLiteral("refundLastPayment"));
    m_refundProrated->setObjectName(QStringLiteral("refundProrated"));
    m_refundNote = new QLabel(refundBox);
    m_refundNote->setWordWrap(true);
    m_refundNote->setMinimumHeight(m_refundNote->fontMetrics().lineSpacing() * 3); // wrapped text never runs into the buttons
    m_refundNote->setObjectName(QStringLiteral("refundNote"));
    if (facts.lastPayment) {
        const auto &p = *facts.lastPayment;
        m_refundLast->setText(tr("The last payment: %1 of %2 (invoice %3)")
                                  .arg(util::formatMoney(refundableAmount(), p.currency), util::formatMoney(p.amountPaid, p.currency),
                                       p.number.isEmpty() ? p.id : p.number));
        m_refundProrated->setText(tr("Prorated: %1 for the unused time until %2")
                                      .arg(util::formatMoney(proratedAmount(), p.currency), dateText(s.currentPeriodEnd)));
    } else {
        m_refundLast->setText(tr("The last payment"));
        m_refundProrated->setText(tr("Prorated for the unused time"));
    }
    for (QRadioButton *b : {m_noRefund, m_refundLast, m_refundProrated}) {
        refundLayout->addWidget(b);
        m_refund->addButton(b);
    }
    refundLayout->addWidget(m_refundNote);
    layout->addWidget(refundBox);

    auto *why = new QFormLayout;
    m_feedback = new QComboBox(this);
    m_feedback->setObjectName(QStringLiteral("cancelFeedback"));
    // Stripe's cancellation_details.feedback values; its Dashboard and reports group by them.
    m_feedback->addItem(tr("Not given"), QString());
    m_feedback->addItem(tr("Too expensive"), QStringLiteral("too_expensive"));
    m_feedback->addItem(tr("Not using it"), QStringLiteral("unused"));
    m_feedback->addItem(tr("Missing features"), QStringLiteral("missing_features"));
    m_feedback->addItem(tr("Switched to another service"), QStringLiteral("switched_service"));
    m_feedback->addItem(tr("Too complex"), QStringLiteral("too_complex"));
    m_feedback->addItem(tr("Quality was lower than expected"), QStringLiteral("low_quality"));
    m_feedback->addItem(tr("Customer service"), QStringLiteral("customer_service"));
    m_feedback->addItem(tr("Other"), QStringLiteral("other"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("cancelReason"));
    m_reason->setPlaceholderText(tr("e.g. asked by e-mail, ticket 4711"));
    why->addRow(tr("Learner's reason:"), m_feedback);
    why->addRow(tr("Note for the audit log:"), m_reason);
    layout->addLayout(why);

    m_typed = new TypedConfirmation(facts.email, facts.liveMode, this);
    layout->addWidget(m_typed);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("cancelSummary"));
    m_summary->setWordWrap(true);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 3); // wrapped text never runs into the buttons
    layout->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_accept = m_buttons->addButton(tr("Cancel subscription"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("confirmCancelButton"));
    QPushButton *keep = m_buttons->addButton(tr("Keep subscription"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepSubscriptionButton"));
    m_accept->setAutoDefault(false);
    keep->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_when, &QButtonGroup::buttonToggled, this, &CancelSubscriptionDialog::update);
    connect(m_refund, &QButtonGroup::buttonToggled, this, &CancelSubscriptionDialog::update);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        m_onDate->setChecked(true);
        update();
    });
    connect(m_reason, &QLineEdit::textChanged, this, &CancelSubscriptionDialog::update);
    connect(m_typed, &TypedConfirmation::changed, this, &CancelSubscriptionDialog::update);
    update();
}

qint64 CancelSubscriptionDialog::refundableAmount() const
{
    if (!m_facts.lastPayment)
        return 0;
    return qMax<qint64>(0, m_facts.lastPayment->amountPaid - m_facts.lastPayment->amountRefunded);
}

qint64 CancelSubscriptionDialog::proratedAmount() const
{
    if (!m_facts.lastPayment)
        return 0;
    const billing::SubscriptionRecord &s = m_facts.subscription;
    return billing::proratedRefund(m_facts.lastPayment->amountPaid, m_facts.lastPayment->amountRefunded, s.currentPeriodStart,
                                   s.currentPeriodEnd, m_facts.now);
}

void CancelSubscriptionDialog::update()
{
    const bool now = m_now->isChecked();
    // Only ending now leaves paid time unused; otherwise the learner keeps what they paid for.
    const bool refundable = now && m_facts.lastPayment && refundableAmount() > 0 && !m_facts.lastPayment->chargeId.isEmpty();
    m_refundLast->setEnabled(refundable);
    m_refundProrated->setEnabled(refundable && proratedAmount() > 0);
    if (!refundable && m_when->checkedButton() && !m_noRefund->isChecked())
        m_noRefund->setChecked(true);
    if (!m_when->checkedButton())
        m_refundNote->setText(tr("Choose when first."));
    else if (!now)
        m_refundNote->setText(tr("No refund: the learner keeps Premium for the time they paid for."));
    else if (!m_facts.lastPayment)
        m_refundNote->setText(tr("No payment of this learner is known at Stripe (or it could not be read): nothing to refund."));
    else if (refundableAmount() <= 0)
        m_refundNote->setText(tr("The last payment has already been refunded in full."));
    else
        m_refundNote->setText(tr("A refund goes back to the card that paid; it takes 5–10 days to show on the learner's statement."));

    const CancelPlan p = plan();
    QString summary;
    if (m_when->checkedButton()) {
        switch (p.when) {
        case CancelPlan::When::PeriodEnd:
            summary = tr("Premium stays until %1, then the subscription ends. No further charge.").arg(dateText(m_facts.subscription.currentPeriodEnd));
            break;
        case CancelPlan::When::OnDate:
            summary = tr("Premium stays until %1, then the subscription ends.").arg(dateText(p.at));
            break;
        case CancelPlan::When::Now:
            summary = tr("Premium ends now.");
            break;
        }
        if (p.refund != CancelPlan::Refund::None && m_refund->checkedButton())
            summary += QLatin1Char(' ') + tr("%1 is refunded to the card that paid.").arg(util::formatMoney(p.refundAmount, p.refundCurrency));
    }
    m_summary->setText(summary);
    m_accept->setEnabled(isComplete());
}

bool CancelSubscriptionDialog::isComplete() const
{
    return m_when->checkedButton() && m_refund->checkedButton() && !m_reason->text().trimmed().isEmpty() && m_typed->isSatisfied();
}

CancelPlan CancelSubscriptionDialog::plan() const
{
    CancelPlan p;
    if (m_now->isChecked())
        p.when = CancelPlan::When::Now;
    else if (m_onDate->isChecked()) {
        p.when = CancelPlan::When::OnDate;
        p.at = m_date->date().startOfDay().toSecsSinceEpoch();
    }
    if (p.when == CancelPlan::When::Now && m_facts.lastPayment) {
        if (m_refundLast->isChecked()) {
            p.refund = CancelPlan::Refund::LastPayment;
            p.refundAmount = refundableAmount();
        } else if (m_refundProrated->isChecked()) {
            p.refund = CancelPlan::Refund::Prorated;
            p.refundAmount = proratedAmount();
        }
        p.refundCurrency = m_facts.lastPayment->currency;
        p.refundChargeId = m_facts.lastPayment->chargeId;
        p.refundInvoiceId = m_facts.lastPayment->id;
        p.refundAlreadyRefunded = m_facts.lastPayment->amountRefunded;
    }
    p.feedback = m_feedback->currentData().toString();
    p.reason = m_reason->text().trimmed();
    return p;
}

} // namespace companion::admin
