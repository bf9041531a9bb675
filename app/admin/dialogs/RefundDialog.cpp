#include "RefundDialog.h"

#include "util/Money.h"
#include "widgets/DisplayFormat.h"
#include "widgets/TypedConfirmation.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <cmath>

namespace companion::admin {

namespace {
int decimalsOf(const QString &currency)
{
    return util::isZeroDecimalCurrency(currency) ? 0 : 2;
}

qint64 toMinor(double value, const QString &currency)
{
    return qint64(std::llround(value * std::pow(10, decimalsOf(currency))));
}
} // namespace

RefundDialog::RefundDialog(const QString &email, const QVector<billing::InvoiceView> &invoices, bool liveMode, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Refund — %1").arg(email));
    for (const auto &invoice : invoices) {
        if (!invoice.chargeId.isEmpty() && invoice.amountPaid > invoice.amountRefunded)
            m_payments << invoice;
    }
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Give money back to %1 on the card that paid. Their access does not change: to end Premium too, "
                                "use Cancel subscription… (it can refund as well).").arg(email.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_payment = new QComboBox(this);
    m_payment->setObjectName(QStringLiteral("refundPayment"));
    for (const auto &p : std::as_const(m_payments)) {
        const QString date = DisplayFormat::current().date(p.created);
        QString text = tr("%1 — %2 — invoice %3").arg(date, util::formatMoney(p.amountPaid, p.currency), p.number.isEmpty() ? p.id : p.number);
        if (p.amountRefunded > 0)
            text += QLatin1Char(' ') + tr("(%1 already refunded)").arg(util::formatMoney(p.amountRefunded, p.currency));
        m_payment->addItem(text, p.id);
    }
    form->addRow(tr("Payment:"), m_payment);

    m_full = new QRadioButton(this);
    m_partial = new QRadioButton(tr("Part of it:"), this);
    m_full->setObjectName(QStringLiteral("refundFull"));
    m_partial->setObjectName(QStringLiteral("refundPartial"));
    auto *amountGroup = new QButtonGroup(this);
    amountGroup->addButton(m_full);
    amountGroup->addButton(m_partial);
    m_amount = new QDoubleSpinBox(this);
    m_amount->setObjectName(QStringLiteral("refundAmount"));
    m_amount->setAccessibleName(tr("Amount to refund"));
    auto *partialRow = new QHBoxLayout;
    partialRow->addWidget(m_partial);
    partialRow->addWidget(m_amount);
    partialRow->addStretch();
    auto *amountBox = new QVBoxLayout;
    amountBox->addWidget(m_full);
    amountBox->addLayout(partialRow);
    form->addRow(tr("Amount:"), amountBox);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("refundReason"));
    // Stripe's refund reasons; "fraudulent" also blocks the card in Stripe Radar.
    m_reason->addItem(tr("— choose —"), QString());
    m_reason->addItem(tr("Requested by the learner"), QStringLiteral("requested_by_customer"));
    m_reason->addItem(tr("Duplicate payment"), QStringLiteral("duplicate"));
    m_reason->addItem(tr("Fraudulent (also blocks the card)"), QStringLiteral("fraudulent"));
    form->addRow(tr("Reason:"), m_reason);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("refundNote"));
    m_note->setPlaceholderText(tr("e.g. charged twice, ticket 4711"));
    form->addRow(tr("Note for the audit log:"), m_note);
    layout->addLayout(form);

    m_typed = new TypedConfirmation(email, liveMode, this);
    layout->addWidget(m_typed);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("refundSummary"));
    m_summary->setWordWrap(true);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 3); // wrapped text never runs into the buttons
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(tr("Refund"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("confirmRefundButton"));
    QPushButton *dont = buttons->addButton(tr("Don't refund"), QDialogButtonBox::RejectRole);
    m_accept->setAutoDefault(false);
    dont->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_payment, &QComboBox::currentIndexChanged, this, &RefundDialog::paymentChanged);
    connect(amountGroup, &QButtonGroup::buttonToggled, this, &RefundDialog::update);
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, [this] {
        m_partial->setChecked(true);
        update();
    });
    connect(m_reason, &QComboBox::currentIndexChanged, this, &RefundDialog::update);
    connect(m_note, &QLineEdit::textChanged, this, &RefundDialog::update);
    connect(m_typed, &TypedConfirmation::changed, this, &RefundDialog::update);
    paymentChanged();
}

const billing::InvoiceView *RefundDialog::current() const
{
    const int i = m_payment->currentIndex();
    return i >= 0 && i < m_payments.size() ? &m_payments.at(i) : nullptr;
}

qint64 RefundDialog::refundable() const
{
    const auto *p = current();
    return p ? p->amountPaid - p->amountRefunded : 0;
}

void RefundDialog::choose(const QString &invoiceId)
{
    const int i = m_payment->findData(invoiceId);
    if (i >= 0)
        m_payment->setCurrentIndex(i);
}

void RefundDialog::paymentChanged()
{
    const auto *p = current();
    const QString currency = p ? p->currency : QString();
    const QSignalBlocker block(m_amount);
    m_amount->setDecimals(decimalsOf(currency));
    m_amount->setSuffix(currency.isEmpty() ? QString() : QLatin1Char(' ') + currency.toUpper());
    const double divisor = std::pow(10, decimalsOf(currency));
    m_amount->setMinimum(1 / divisor);
    m_amount->setMaximum(refundable() / divisor);
    m_amount->setValue(refundable() / divisor);
    m_full->setText(p ? tr("All of it: %1").arg(util::formatMoney(refundable(), currency)) : tr("All of it"));
    m_payment->setEnabled(!m_payments.isEmpty());
    update();
}

void RefundDialog::update()
{
    const RefundPlan p = plan();
    if (m_payments.isEmpty())
        m_summary->setText(tr("No payment of this learner can be refunded (none, or all refunded already)."));
    else if (!m_full->isChecked() && !m_partial->isChecked())
        m_summary->setText(tr("Choose how much to refund."));
    else
        m_summary->setText(tr("%1 goes back to the card that paid; it shows on the learner's statement in 5–10 days. Premium is unchanged.")
                               .arg(util::formatMoney(p.amount, p.currency)));
    m_accept->setText(isComplete() ? tr("Refund %1").arg(util::formatMoney(p.amount, p.currency)) : tr("Refund"));
    m_accept->setEnabled(isComplete());
}

bool RefundDialog::isComplete() const
{
    const RefundPlan p = plan();
    return current() && (m_full->isChecked() || m_partial->isChecked()) && p.amount > 0 && p.amount <= refundable()
        && !p.stripeReason.isEmpty() && !p.note.isEmpty() && m_typed->isSatisfied();
}

RefundPlan RefundDialog::plan() const
{
    RefundPlan p;
    if (const auto *payment = current()) {
        p.chargeId = payment->chargeId;
        p.invoiceId = payment->id;
        p.alreadyRefunded = payment->amountRefunded;
        p.currency = payment->currency;
        p.amount = m_partial->isChecked() ? toMinor(m_amount->value(), p.currency) : refundable();
    }
    p.stripeReason = m_reason->currentData().toString();
    p.note = m_note->text().trimmed();
    return p;
}

} // namespace companion::admin
