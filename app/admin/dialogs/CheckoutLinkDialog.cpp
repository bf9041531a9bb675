#include "CheckoutLinkDialog.h"

#include "ui_CheckoutLinkDialog.h"

#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLocale>

namespace companion::admin {

CheckoutLinkDialog::CheckoutLinkDialog(const QString &userEmail, const QString &planName, const QUrl &url, qint64 expiresAt,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CheckoutLinkDialog>())
    , m_url(url)
{
    m_ui->setupUi(this);
    m_ui->checkoutIntro->setText(tr("Send this link to %1, or let them scan the code. Paying there starts the %2 plan and "
                                    "unlocks Premium as soon as Stripe tells the server.").arg(userEmail, planName));
    m_ui->checkoutUrl->setText(url.toString());
    m_ui->checkoutUrl->setCursorPosition(0);
    if (!m_ui->checkoutQr->setText(url.toString()))
        m_ui->checkoutExpiry->setText(tr("The link is too long for a QR code; copy it instead."));
    if (expiresAt > 0) {
        m_ui->checkoutExpiry->setText(tr("The link works until %1.")
                                          .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(expiresAt), QLocale::ShortFormat)));
    }
    connect(m_ui->copyUrlButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_url.toString());
        m_ui->copyUrlButton->setText(tr("Copied"));
    });
    connect(m_ui->openUrlButton, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_url); });
}

CheckoutLinkDialog::~CheckoutLinkDialog() = default;

} // namespace companion::admin
