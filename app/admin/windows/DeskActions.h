#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;

namespace companion::admin {

struct DeskSection;

// Every command of the desk as one QAction: the menu bar, the toolbar, the
// shortcuts and the rows' context menus all show the same objects, so a
// command is enabled, named and explained in one place.
class DeskActions : public QObject
{
    Q_OBJECT
public:
    explicit DeskActions(QMainWindow *window);

    // Builds the menu bar (File, Edit, View, Go, Learner, Help) and the toolbar;
    // Go gets one checkable action per section, Ctrl+1…Ctrl+9.
    void populate(const QList<DeskSection> &sections);

    // What a row of learners offers when right-clicked: the Learner menu's commands.
    void addLearnerCommands(QMenu *menu) const;

    QAction *exportCsv;
    QAction *quit;
    QAction *find;
    QAction *findLearner;
    QAction *preferences;
    QAction *refresh;
    QAction *themeSystem;
    QAction *themeLight;
    QAction *themeDark;
    QAction *zoneLocal;
    QAction *zoneUtc;
    QAction *openLearner;
    QAction *copyEmail;
    QAction *copyLearnerId;
    QAction *copyCustomerId;
    QAction *openInStripe;
    QAction *checkoutLink;
    QAction *grantPremium;
    QAction *cancelSubscription;
    QAction *shortcuts;
    QAction *about;
    QAction *aboutQt;
    QActionGroup *sections;
    QToolBar *toolBar = nullptr;

private:
    QAction *make(const char *objectName, const QString &text, const QString &whatsThis);

    QMainWindow *m_window;
};

} // namespace companion::admin
