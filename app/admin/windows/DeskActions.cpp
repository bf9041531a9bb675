#include "DeskActions.h"

#include "DeskSection.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QWhatsThis>

namespace companion::admin {

namespace {
// The theme's icon where the desktop has one, else Qt's own, so the toolbar is never blank.
QIcon icon(const QWidget *widget, const char *themeName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName), widget->style()->standardIcon(fallback));
}

QActionGroup *exclusive(QObject *parent, std::initializer_list<QAction *> actions)
{
    auto *group = new QActionGroup(parent);
    for (QAction *action : actions) {
        action->setCheckable(true);
        group->addAction(action);
    }
    return group;
}
} // namespace

DeskActions::DeskActions(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    exportCsv = make("actionExportCsv", tr("&Export CSV…"), tr("Saves the list shown on this page as CSV, with its filters and order."));
    exportCsv->setShortcut(Qt::CTRL | Qt::Key_E);
    exportCsv->setIcon(icon(window, "document-save-as", QStyle::SP_DialogSaveButton));
    quit = make("actionQuit", tr("&Quit"), tr("Closes the desk. Nothing is lost: every change is already saved."));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    find = make("actionFind", tr("&Find on this page"), tr("Moves to this page's search or filter box."));
    find->setShortcut(QKeySequence::Find);
    find->setIcon(icon(window, "edit-find", QStyle::SP_FileDialogContentsView));
    findLearner = make("actionFindLearner", tr("Find &learner…"),
                       tr("Moves to the learner search from any page: any part of an e-mail or name, or any Stripe id."));
    findLearner->setShortcut(Qt::CTRL | Qt::Key_K);
    findLearner->setIcon(icon(window, "system-search", QStyle::SP_FileDialogContentsView));
    preferences = make("actionPreferences", tr("&Preferences…"),
                       tr("The server, Stripe, support and database settings, the theme and the time zone. Keys stay in the keychain."));
    // Not every desktop defines a Preferences key: Ctrl+, is the common one.
    preferences->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences) << QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setIcon(icon(window, "preferences-system", QStyle::SP_FileDialogDetailedView));

    refresh = make("actionRefresh", tr("&Refresh"), tr("Reads this page again from the database, the server or Stripe. The selection stays."));
    refresh->setShortcuts(QKeySequence::keyBindings(QKeySequence::Refresh) << QKeySequence(Qt::CTRL | Qt::Key_R));
    refresh->setIcon(icon(window, "view-refresh", QStyle::SP_BrowserReload));
    themeSystem = make("actionThemeSystem", tr("&Desktop's colours"), tr("Follows the desktop's light or dark colours."));
    themeLight = make("actionThemeLight", tr("&Light"), tr("Dark text on light backgrounds."));
    themeDark = make("actionThemeDark", tr("D&ark"), tr("Light text on dark backgrounds."));
    exclusive(this, {themeSystem, themeLight, themeDark});
    zoneLocal = make("actionZoneLocal", tr("&Local time"), tr("Dates and times in this computer's time zone."));
    zoneUtc = make("actionZoneUtc", tr("&UTC"), tr("Dates and times in UTC, as Stripe's API and the server's logs give them."));
    exclusive(this, {zoneLocal, zoneUtc});

    openLearner = make("actionOpenLearner", tr("&Open learner"), tr("Opens the selected learner's page: access, payment, invoices, timeline and actions."));
    openLearner->setShortcut(Qt::CTRL | Qt::Key_O);
    openLearner->setIcon(icon(window, "document-open", QStyle::SP_DirOpenIcon));
    copyEmail = make("actionCopyEmail", tr("Copy &e-mail"), tr("Copies the selected learner's e-mail address."));
    copyEmail->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    copyLearnerId = make("actionCopyLearnerId", tr("Copy learner &id"), tr("Copies our id of the selected learner, as the server's logs name them."));
    copyCustomerId = make("actionCopyCustomerId", tr("Copy Stripe &customer id"), tr("Copies the learner's Stripe customer id (cus_…)."));
    openInStripe = make("actionOpenInStripe", tr("Open in &Stripe's Dashboard"), tr("Opens the learner's customer page in Stripe's Dashboard."));
    checkoutLink = make("actionCheckoutLink", tr("Send &checkout link…"), tr("Creates a Stripe Checkout link for Premium to send to the learner."));
    grantPremium = make("actionGrantPremium", tr("&Grant Premium…"), tr("Gives the learner Premium by hand, with a reason, for a time or until revoked."));
    grantPremium->setShortcut(Qt::CTRL | Qt::Key_G);
    cancelSubscription = make("actionCancelSubscription", tr("Ca&ncel subscription…"),
                              tr("Ends the learner's subscription at period end, now or on a date, with or without a refund."));

    shortcuts = make("actionShortcuts", tr("&Keyboard shortcuts"), tr("Lists every command with its key."));
    about = make("actionAbout", tr("&About Course Companion Billing"), tr("Versions of the desk, Qt, the database and the connections, to paste into a ticket."));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make("actionAboutQt", tr("About &Qt"), tr("The Qt version and licence."));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    sections = new QActionGroup(this);
}

QAction *DeskActions::make(const char *objectName, const QString &text, const QString &whatsThis)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setWhatsThis(whatsThis);
    action->setStatusTip(whatsThis);
    // The window owns the actions, so their shortcuts work on every page.
    m_window->addAction(action);
    return action;
}

void DeskActions::populate(const QList<DeskSection> &pages)
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(exportCsv);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(find);
    edit->addAction(findLearner);
    edit->addSeparator();
    edit->addAction(preferences);

    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    view->addAction(refresh);
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Colours"));
    theme->addActions({themeSystem, themeLight, themeDark});
    QMenu *zone = view->addMenu(tr("&Times in"));
    zone->addActions({zoneLocal, zoneUtc});
    view->addSeparator();

    QMenu *go = bar->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("menuGo"));
    int number = 0;
    for (const DeskSection &section : pages) {
        QAction *action = go->addAction(section.icon, section.title);
        action->setObjectName(QStringLiteral("actionGo%1").arg(number));
        action->setCheckable(true);
        action->setData(number);
        if (number < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + number)));
        action->setStatusTip(tr("Shows %1.").arg(section.title));
        sections->addAction(action);
        ++number;
    }

    QMenu *learner = bar->addMenu(tr("&Learner"));
    learner->setObjectName(QStringLiteral("menuLearner"));
    addLearnerCommands(learner);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction *whatsThis = QWhatsThis::createAction(help);
    whatsThis->setObjectName(QStringLiteral("actionWhatsThis"));
    help->addAction(whatsThis);
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(about);
    help->addAction(aboutQt);

    toolBar = m_window->addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() needs it
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(refresh);
    toolBar->addAction(findLearner);
    toolBar->addAction(exportCsv);
    toolBar->addSeparator();
    toolBar->addAction(openLearner);
    toolBar->addAction(grantPremium);
    toolBar->addSeparator();
    toolBar->addAction(preferences);

    QAction *showToolBar = toolBar->toggleViewAction();
    showToolBar->setObjectName(QStringLiteral("actionShowToolBar"));
    showToolBar->setText(tr("Show &toolbar"));
    showToolBar->setStatusTip(tr("Shows or hides the toolbar; every command is also in the menus."));
    view->addAction(showToolBar);
    auto *showStatusBar = new QAction(tr("Show &status bar"), this);
    showStatusBar->setObjectName(QStringLiteral("actionShowStatusBar"));
    showStatusBar->setCheckable(true);
    showStatusBar->setChecked(true);
    showStatusBar->setStatusTip(tr("Shows or hides the status bar with the database, Stripe and server connections."));
    connect(showStatusBar, &QAction::toggled, m_window->statusBar(), &QWidget::setVisible);
    view->addAction(showStatusBar);
}

void DeskActions::addLearnerCommands(QMenu *menu) const
{
    menu->addAction(openLearner);
    menu->addSeparator();
    menu->addAction(copyEmail);
    menu->addAction(copyLearnerId);
    menu->addAction(copyCustomerId);
    menu->addAction(openInStripe);
    menu->addSeparator();
    menu->addAction(checkoutLink);
    menu->addAction(grantPremium);
    menu->addAction(cancelSubscription);
}

} // namespace companion::admin
