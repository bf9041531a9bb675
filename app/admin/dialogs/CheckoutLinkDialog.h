#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class CheckoutLinkDialog;
}

namespace companion::admin {

// A checkout link made for a learner: the URL to copy or open, and a QR code to
// show them.
class CheckoutLinkDialog : public QDialog
{
    Q_OBJECT
public:
    CheckoutLinkDialog(const QString &userEmail, const QString &planName, const QUrl &url, qint64 expiresAt, QWidget *parent = nullptr);
    ~CheckoutLinkDialog() override;

    QUrl url() const { return m_url; }

private:
    std::unique_ptr<Ui::CheckoutLinkDialog> m_ui;
    QUrl m_url;
};

} // namespace companion::admin
