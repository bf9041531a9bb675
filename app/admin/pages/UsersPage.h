#pragma once

#include <QWidget>

#include <memory>

class QTableView;

namespace Ui {
class UsersPage;
}

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

class EmptyState;
class CsvExportFlow;
class UsersModel;

// Find a user: type-ahead search (debounced) over the windowed users model.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(db::DatabaseThread *database, QWidget *parent = nullptr);
    ~UsersPage() override;

    UsersModel *model() const { return m_model; }
    QTableView *view() const;
    void focusSearch();
    QString currentUserId() const; // empty when no row is current
    // What the search for a Stripe id came to ("Looking for…", "not ours…").
    void showLookup(const QString &message);

    // Export CSV…: asks for a file (QFileDialog), then exportTo() it.
    void startExport();
    // Streams the users the search, filters and sort show now into `path`.
    void exportTo(const QString &path);
    CsvExportFlow *csvExport() const { return m_export; }

Q_SIGNALS:
    // Enter or a double click on a row, or Enter in the search box with one match:
    // the support person wants that user's detail.
    void userActivated(const QString &userId);
    // Enter in the search box on a Stripe id: open the learner it belongs to.
    void stripeIdEntered(const QString &id);

private:
    void applyFilter();
    void clearFilters();
    void updateStatus(int rows, bool more);

    std::unique_ptr<Ui::UsersPage> m_ui;
    UsersModel *m_model;
    EmptyState *m_empty;
    db::DatabaseThread *m_database;
    CsvExportFlow *m_export;
    QString m_lookupFor;     // the search text the last Stripe id lookup was about
    QString m_lookupMessage;
};

} // namespace companion::admin
