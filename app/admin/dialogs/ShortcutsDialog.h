#pragma once

#include <QDialog>

class QAction;

namespace companion::admin {

// Help ▸ Keyboard shortcuts: every command of the window that has a key, with it,
// in the menus' order; the list is read from the actions themselves, so it cannot
// go stale.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace companion::admin
