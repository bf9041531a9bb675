#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class UsersPage;
}

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

class UsersModel;

// Find a user: type-ahead search (debounced) over the windowed users model.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(db::DatabaseThread *database, QWidget *parent = nullptr);
    ~UsersPage() override;

    UsersModel *model() const { return m_model; }
    void focusSearch();
    QString currentUserId() const; // empty when no row is current

Q_SIGNALS:
    // Enter or a double click on a row: the support person wants that user's detail.
    void userActivated(const QString &userId);

private:
    void applyFilter();
    void updateStatus(int rows, bool more);

    std::unique_ptr<Ui::UsersPage> m_ui;
    UsersModel *m_model;
};

} // namespace companion::admin
