#include "TypedConfirmation.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace companion::admin {

TypedConfirmation::TypedConfirmation(const QString &expected, bool required, QWidget *parent)
    : QWidget(parent)
    , m_expected(expected.trimmed())
    , m_required(required)
    , m_edit(new QLineEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("LIVE MODE: this changes a real customer. Type %1 to go on.").arg(m_expected.toHtmlEscaped()), this);
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("typedEmail"));
    m_edit->setAccessibleName(tr("The customer's e-mail, typed to confirm"));
    layout->addWidget(label);
    layout->addWidget(m_edit);
    setVisible(required);
    connect(m_edit, &QLineEdit::textChanged, this, &TypedConfirmation::changed);
}

bool TypedConfirmation::isSatisfied() const
{
    return !m_required || m_edit->text().trimmed().compare(m_expected, Qt::CaseInsensitive) == 0;
}

} // namespace companion::admin
