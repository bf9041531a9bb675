#include "AboutDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSslSocket>
#include <QSysInfo>
#include <QVBoxLayout>

namespace companion::admin {

AboutDialog::AboutDialog(const Facts &connections, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Course Companion Billing"));
    m_facts = {
        {tr("Version"), QApplication::applicationVersion()},
        {tr("Qt"), tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))},
        {tr("TLS"), QSslSocket::sslLibraryVersionString()},
        {tr("System"), QSysInfo::prettyProductName()},
    };
    m_facts += connections;

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2><p>%2</p>")
                                 .arg(tr("Course Companion Billing"),
                                      tr("The support desk, finance and webhook diagnostics of Course Companion's Premium plan.")),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *form = new QFormLayout;
    for (const auto &[label, value] : std::as_const(m_facts)) {
        auto *shown = new QLabel(value.isEmpty() ? tr("—") : value, this);
        shown->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        shown->setWordWrap(true);
        form->addRow(tr("%1:").arg(label), shown);
    }
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy versions"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersions"));
    copy->setToolTip(tr("Copies every line above, to paste into a ticket."));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(factsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::factsText() const
{
    QStringList lines{tr("Course Companion Billing")};
    for (const auto &[label, value] : m_facts)
        lines << QStringLiteral("%1: %2").arg(label, value);
    return lines.join(u'\n');
}

} // namespace companion::admin
