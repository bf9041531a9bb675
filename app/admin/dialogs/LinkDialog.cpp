#include "LinkDialog.h"

#include "ui_LinkDialog.h"
#include "widgets/DisplayFormat.h"

#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLocale>
#include <QPushButton>

namespace companion::admin {

LinkDialog::LinkDialog(const QString &title, const QString &intro, const QUrl &url, qint64 expiresAt, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LinkDialog>())
    , m_url(url)
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->linkIntro->setText(intro);
    m_ui->linkUrl->setText(url.toString());
    m_ui->linkUrl->setCursorPosition(0);
    if (!m_ui->linkQr->setText(url.toString()))
        m_ui->linkExpiry->setText(tr("The link is too long for a QR code; copy it instead."));
    if (expiresAt > 0) {
        m_ui->linkExpiry->setText(tr("The link works until %1.")
                                      .arg(DisplayFormat::current().dateTimeWithZone(expiresAt)));
    }
    // Close is the default: Enter in this dialog never opens a browser by surprise.
    m_ui->buttons->button(QDialogButtonBox::Close)->setDefault(true);
    m_ui->copyUrlButton->setAutoDefault(false);
    m_ui->openUrlButton->setAutoDefault(false);
    connect(m_ui->copyUrlButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_url.toString());
        m_ui->copyUrlButton->setText(tr("Copied"));
    });
    connect(m_ui->openUrlButton, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_url); });
}

LinkDialog::~LinkDialog() = default;

LinkDialog *LinkDialog::forCheckout(const QString &userEmail, const QString &planName, const QUrl &url, qint64 expiresAt, QWidget *parent)
{
    auto *dialog = new LinkDialog(tr("Checkout link"),
                                  tr("Send this link to %1, or let them scan the code. Paying there starts the %2 plan and "
                                     "unlocks Premium as soon as Stripe tells the server.").arg(userEmail, planName),
                                  url, expiresAt, parent);
    dialog->setObjectName(QStringLiteral("checkoutLinkDialog"));
    return dialog;
}

LinkDialog *LinkDialog::forCardUpdate(const QString &userEmail, const QUrl &url, QWidget *parent)
{
    // Stripe's portal sessions last a few minutes of inactivity, not a fixed date: no expiry is shown.
    auto *dialog = new LinkDialog(tr("Card update link"),
                                  tr("Send this link to %1, or let them scan the code. It opens Stripe's page where they enter "
                                     "a new card; it becomes the card for their subscription, and an unpaid invoice is retried "
                                     "with it at once. Open the link soon: it is valid for a short time.").arg(userEmail),
                                  url, 0, parent);
    dialog->setObjectName(QStringLiteral("cardUpdateLinkDialog"));
    return dialog;
}

} // namespace companion::admin
