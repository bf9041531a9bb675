#include "GrantDialog.h"

#include "ui_GrantDialog.h"

#include <QDate>
#include <QDateTime>
#include <QPushButton>

namespace companion::admin {

GrantDialog::GrantDialog(const QString &userEmail, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GrantDialog>())
{
    m_ui->setupUi(this);
    m_ui->grantIntro->setText(tr("Give %1 Premium (chapters 4–6) without a payment. Stripe is not involved: the grant "
                                 "works at once and ends on its own at the date chosen.").arg(userEmail));
    const QDate today = QDate::currentDate();
    m_ui->grantUntil->setMinimumDate(today);
    m_ui->grantUntil->setDate(today.addDays(30)); // a month, the usual goodwill gesture
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Grant Premium"));
    connect(m_ui->grantIndefinitely, &QCheckBox::toggled, m_ui->grantUntil, &QWidget::setDisabled);
    connect(m_ui->grantReason, &QPlainTextEdit::textChanged, this, &GrantDialog::updateOk);
    updateOk();
}

GrantDialog::~GrantDialog() = default;

QString GrantDialog::reason() const
{
    return m_ui->grantReason->toPlainText().trimmed();
}

std::optional<qint64> GrantDialog::until() const
{
    if (m_ui->grantIndefinitely->isChecked())
        return std::nullopt;
    return m_ui->grantUntil->date().endOfDay().toSecsSinceEpoch();
}

void GrantDialog::updateOk()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace companion::admin
