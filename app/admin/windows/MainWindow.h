#pragma once

#include "db/DatabaseConfig.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

class UsersPage;

// The support desk's window: sections on the left, the chosen one on the right,
// connection facts in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const db::DatabaseConfig &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    UsersPage *usersPage() const { return m_usersPage; }

Q_SIGNALS:
    void databaseReady(int schemaVersion);
    void databaseFailed(const QString &message);

private:
    void addPage(QWidget *page, const QString &title);
    void prepareDatabase();

    std::unique_ptr<Ui::MainWindow> m_ui;
    db::DatabaseThread *m_database;
    UsersPage *m_usersPage = nullptr;
    QLabel *m_databaseStatus;
};

} // namespace companion::admin
