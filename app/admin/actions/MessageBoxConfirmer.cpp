#include "MessageBoxConfirmer.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace companion::admin {

bool MessageBoxConfirmer::confirm(QWidget *parent, const Confirmation &confirmation)
{
    if (!confirmation.typedWord.isEmpty()) {
        bool ok = false;
        const QString typed = QInputDialog::getText(
            parent, confirmation.title,
            confirmation.text + QStringLiteral("\n\n")
                + QCoreApplication::translate("MessageBoxConfirmer", "LIVE MODE: type %1 to confirm.").arg(confirmation.typedWord),
            QLineEdit::Normal, QString(), &ok);
        return ok && typed.trimmed() == confirmation.typedWord;
    }
    QMessageBox box(confirmation.destructive ? QMessageBox::Warning : QMessageBox::Question, confirmation.title, confirmation.text,
                    QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(confirmation.acceptLabel, QMessageBox::AcceptRole);
    // A destructive action is not one Enter away.
    if (confirmation.destructive)
        box.setDefaultButton(QMessageBox::Cancel);
    else
        box.setDefaultButton(accept);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace companion::admin
