#pragma once

#include "actions/SupportRequests.h"
#include "billing/LearnerPayments.h"
#include "billing/SubscriptionRecord.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace companion::admin {

class TypedConfirmation;

// One dialog for every way of ending a subscription (Stripe's Dashboard asks the
// same three questions): when, what is refunded, and why. Nothing is preselected
// and OK ("Cancel subscription") stays disabled until all three are answered and, in
// live mode, the customer's e-mail is typed; "Keep subscription" is the default
// button, so Enter never ends anything by accident.
class CancelSubscriptionDialog : public QDialog
{
    Q_OBJECT
public:
    struct Facts {
        QString email;
        billing::SubscriptionRecord subscription;
        // The last paid invoice (from Stripe), when known: what a refund gives back.
        std::optional<billing::InvoiceView> lastPayment;
        bool liveMode = false;
        qint64 now = 0;
    };

    explicit CancelSubscriptionDialog(const Facts &facts, QWidget *parent = nullptr);

    CancelPlan plan() const;
    bool isComplete() const;

private:
    void update();
    qint64 proratedAmount() const;
    qint64 refundableAmount() const;

    Facts m_facts;
    QButtonGroup *m_when;
    QButtonGroup *m_refund;
    QRadioButton *m_periodEnd;
    QRadioButton *m_now;
    QRadioButton *m_onDate;
    QDateEdit *m_date;
    QRadioButton *m_noRefund;
    QRadioButton *m_refundLast;
    QRadioButton *m_refundProrated;
    QLabel *m_refundNote;
    QComboBox *m_feedback;
    QLineEdit *m_reason;
    TypedConfirmation *m_typed;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QPushButton *m_accept;
};

} // namespace companion::admin
