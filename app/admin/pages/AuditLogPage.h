#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class AuditLogPage;
}

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

class AuditModel;

// Who did what, to whom, why: the audit log, read-only, newest first, filtered by
// operator, action prefix and user; an entry's before/after and Stripe request id below.
class AuditLogPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditLogPage(db::DatabaseThread *database, QWidget *parent = nullptr);
    ~AuditLogPage() override;

    AuditModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void showEntry();

    std::unique_ptr<Ui::AuditLogPage> m_ui;
    AuditModel *m_model;
    QTimer m_debounce;
    bool m_loadedOnce = false;
    bool m_sized = false;
};

} // namespace companion::admin
