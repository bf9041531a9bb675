#pragma once

#include <QWidget>

#include <memory>

class QTableView;

namespace Ui {
class SubscriptionsPage;
}

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

class EmptyState;
class CsvExportFlow;
class SubscriptionsModel;

// Every subscription we mirror: who, status, plan, amount, period end, pending
// cancels; filtered and sorted by the database, a page at a time.
class SubscriptionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SubscriptionsPage(db::DatabaseThread *database, QWidget *parent = nullptr);
    ~SubscriptionsPage() override;

    SubscriptionsModel *model() const { return m_model; }
    QTableView *view() const;

    // Export CSV…: asks for a file (QFileDialog), then exportTo() it.
    void startExport();
    // Streams the subscriptions the search, filters and sort show now into `path`.
    void exportTo(const QString &path);
    CsvExportFlow *csvExport() const { return m_export; }

Q_SIGNALS:
    void userActivated(const QString &userId);

private:
    void applyFilter();
    void updateStatus(int rows, bool more);

    std::unique_ptr<Ui::SubscriptionsPage> m_ui;
    SubscriptionsModel *m_model;
    EmptyState *m_empty;
    db::DatabaseThread *m_database;
    CsvExportFlow *m_export;
};

} // namespace companion::admin
