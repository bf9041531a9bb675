#pragma once

#include <QWidget>

class QLineEdit;

namespace companion::admin {

// In live mode an action on a real customer waits until the person has typed the
// customer's e-mail, so a reflex click or Enter cannot reach Stripe. In test mode
// it is hidden and always satisfied.
class TypedConfirmation : public QWidget
{
    Q_OBJECT
public:
    TypedConfirmation(const QString &expected, bool required, QWidget *parent = nullptr);

    bool isSatisfied() const;

Q_SIGNALS:
    void changed();

private:
    QString m_expected;
    bool m_required;
    QLineEdit *m_edit;
};

} // namespace companion::admin
