#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class LinkDialog;
}

namespace companion::admin {

// A link made for a learner — a checkout to pay, a page to change their card —
// to copy, open, or show as a QR code.
class LinkDialog : public QDialog
{
    Q_OBJECT
public:
    LinkDialog(const QString &title, const QString &intro, const QUrl &url, qint64 expiresAt, QWidget *parent = nullptr);
    ~LinkDialog() override;

    static LinkDialog *forCheckout(const QString &userEmail, const QString &planName, const QUrl &url, qint64 expiresAt, QWidget *parent);
    static LinkDialog *forCardUpdate(const QString &userEmail, const QUrl &url, QWidget *parent);

    QUrl url() const { return m_url; }

private:
    std::unique_ptr<Ui::LinkDialog> m_ui;
    QUrl m_url;
};

} // namespace companion::admin
