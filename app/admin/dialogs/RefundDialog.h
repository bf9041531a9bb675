#pragma once

#include "actions/SupportRequests.h"
#include "billing/LearnerPayments.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace companion::admin {

class TypedConfirmation;

// Refund a payment, the last one or a chosen one, in full or in part. The refund
// gives money back and nothing else: the learner's access does not change (cancel
// the subscription for that). OK is labelled with the amount and stays disabled
// until a payment, an amount, Stripe's reason and a note are given (and in live mode
// the e-mail typed); "Don't refund" is the default button.
class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    RefundDialog(const QString &email, const QVector<billing::InvoiceView> &invoices, bool liveMode, QWidget *parent = nullptr);

    RefundPlan plan() const;
    bool isComplete() const;
    // Preselects the payment of this invoice (the one chosen in the invoices table).
    void choose(const QString &invoiceId);

private:
    void paymentChanged();
    void update();
    const billing::InvoiceView *current() const;
    qint64 refundable() const;

    QVector<billing::InvoiceView> m_payments; // refundable ones, newest first
    QComboBox *m_payment;
    QRadioButton *m_full;
    QRadioButton *m_partial;
    QDoubleSpinBox *m_amount;
    QComboBox *m_reason;
    QLineEdit *m_note;
    TypedConfirmation *m_typed;
    QLabel *m_summary;
    QPushButton *m_accept;
};

} // namespace companion::admin
