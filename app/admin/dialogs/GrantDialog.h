#pragma once

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class GrantDialog;
}

namespace companion::admin {

// Asks for the terms of a manual upgrade: until when (or until revoked) and why.
// OK stays disabled until there is a reason.
class GrantDialog : public QDialog
{
    Q_OBJECT
public:
    GrantDialog(const QString &userEmail, QWidget *parent = nullptr);
    ~GrantDialog() override;

    QString reason() const;
    // End of the last day chosen, local time; none: until revoked.
    std::optional<qint64> until() const;

private:
    void updateOk();

    std::unique_ptr<Ui::GrantDialog> m_ui;
};

} // namespace companion::admin
