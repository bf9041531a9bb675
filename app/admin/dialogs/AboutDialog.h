#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

namespace companion::admin {

// Help ▸ About: what a support ticket about the desk needs — the desk's, Qt's and
// TLS's versions, the database with its schema, the Stripe mode and the server —
// with one button to copy them all as text.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    using Facts = QList<QPair<QString, QString>>; // label, value; in the order shown
    AboutDialog(const Facts &connections, QWidget *parent = nullptr);

    // Every fact the dialog shows, one "label: value" line each (what Copy puts on the clipboard).
    QString factsText() const;

private:
    Facts m_facts;
};

} // namespace companion::admin
