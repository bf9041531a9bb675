// What a screen reader announces: every control a keyboard user can reach on any
// page of the desk, the learner page and the Grant dialog has an accessible name
// (its own, a buddy label's, or its text). A nameless one is read as "edit" or
// "table" and nothing more. (The real AT-SPI bus: tests/gui/atspi.)
#include "AdminStartup.h"
#include "TestDatabase.h"
#include "db/Transaction.h"
#include "db/UserDirectory.h"
#include "dialogs/GrantDialog.h"
#include "dialogs/UserDetailDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "windows/MainWindow.h"

#include <QAccessible>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace companion;

namespace {

// Roles a user operates; they must be named even when Qt does not call them focusable.
bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::EditableText:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::PushButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::PageTab:
    case QAccessible::PageTabList:
    case QAccessible::Graphic:
    case QAccessible::Chart:
        return true;
    default:
        return false;
    }
}

// Roles whose children are items (cells, rows, list entries) named by their data.
bool hasItemChildren(QAccessible::Role role)
{
    return role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree
        || role == QAccessible::ComboBox || role == QAccessible::SpinBox;
}

QString describe(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    const QString role = QString::fromLatin1(QMetaEnum::fromType<QAccessible::Role>().valueToKey(iface->role()));
    QStringList path;
    for (QObject *o = object; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName());
    return QStringLiteral("%1 %2").arg(role, path.join(u'/'));
}

// Walks what is on screen below `iface`; appends each visible, usable control without a name.
void collectNameless(QAccessibleInterface *iface, QStringList *nameless, const QWidget *skip)
{
    if (!iface || !iface->isValid())
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible || state.offscreen)
        return;
    if (skip && iface->object() && iface->object()->isWidgetType()) {
        const auto *widget = static_cast<const QWidget *>(iface->object());
        if (widget == skip || skip->isAncestorOf(widget))
            return;
    }
    const QAccessible::Role role = iface->role();
    if ((isControl(role) || state.focusable || state.editable) && iface->text(QAccessible::Name).trimmed().isEmpty())
        nameless->append(describe(iface));
    if (hasItemChildren(role))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectNameless(iface->child(i), nameless, skip);
}

QStringList namelessIn(QWidget *root, const QWidget *skip = nullptr)
{
    QStringList nameless;
    collectNameless(QAccessible::queryAccessibleInterface(root), &nameless, skip);
    return nameless;
}

// Each tab of each tab widget in turn, so controls on hidden tabs are seen too.
QStringList namelessOnEveryTab(QWidget *root, const QString &where)
{
    QStringList nameless;
    const auto tabs = root->findChildren<QTabWidget *>();
    for (QTabWidget *tab : tabs) {
        for (int i = 0; i < tab->count(); ++i) {
            tab->setCurrentIndex(i);
            for (const QString &n : namelessIn(root))
                nameless << QStringLiteral("%1: %2").arg(where, n);
        }
    }
    if (tabs.isEmpty()) {
        for (const QString &n : namelessIn(root))
            nameless << QStringLiteral("%1: %2").arg(where, n);
    }
    return nameless;
}

// Where Tab goes on `root` against where things stand: from one control to the next the
// order reads top to bottom, and left to right within a row. Returns each step back.
QStringList tabOrderSteps(QWidget *root, const QString &where)
{
    QList<QWidget *> chain;
    QWidget *window = root->window();
    for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
        if (root->isAncestorOf(w) && w->isVisible() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            chain << w;
    }
    QStringList steps;
    for (int i = 1; i < chain.size(); ++i) {
        const QRect a(chain[i - 1]->mapTo(root, QPoint(0, 0)), chain[i - 1]->size());
        const QRect b(chain[i]->mapTo(root, QPoint(0, 0)), chain[i]->size());
        const bool up = b.bottom() < a.top();
        const bool sameRow = b.top() <= a.bottom() && a.top() <= b.bottom();
        const bool left = sameRow && b.right() < a.left();
        if (up || left)
            steps << QStringLiteral("%1: Tab goes %2 from %3 to %4").arg(where, up ? QStringLiteral("up") : QStringLiteral("left"),
                                                                          chain[i - 1]->objectName(), chain[i]->objectName());
    }
    return steps;
}

} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        admin::AdminStartup::installTranslator(*qApp, QStringLiteral("en"));
        // The widgets' accessibility interfaces exist once a client is said to be there.
        QAccessible::setActive(true);
    }

    void everyControlHasAName()
    {
        COMPANION_TEST_DATABASE(testDb);
        {
            QString error;
            const QSqlDatabase database = testDb.openMigrated(&error);
            QVERIFY2(database.isOpen(), qPrintable(error));
            db::Transaction tx(database, testDb.config().dialect);
            db::UserDirectory users(database, testDb.config().dialect);
            db::UserRecord ada;
            ada.id = QStringLiteral("usr_ada");
            ada.email = QStringLiteral("ada.lovelace@example.com");
            ada.name = QStringLiteral("Ada Lovelace");
            QVERIFY2(users.insert(ada, &error), qPrintable(error));
            QVERIFY(tx.commit());
        }
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::MainWindow window(testDb.config(), &settings);
        QSignalSpy ready(&window, &admin::MainWindow::databaseReady);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 15000);

        QStringList nameless;
        QStringList tabSteps;
        // Every section of the sidebar.
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(navigation && pages);
        for (int row = 0; row < navigation->count(); ++row) {
            navigation->setCurrentRow(row);
            QWidget *page = pages->currentWidget();
            const QString where = navigation->item(row)->text();
            tabSteps << tabOrderSteps(page, where);
            for (const QString &n : namelessOnEveryTab(page, where))
                nameless << n;
        }
        // The window around the pages: the sidebar, the status bar.
        for (const QString &n : namelessIn(&window, pages))
            nameless << QStringLiteral("Window: %1").arg(n);

        // Preferences, section by section.
        admin::PreferencesDialog *preferences = window.showPreferences();
        QVERIFY(QTest::qWaitForWindowExposed(preferences));
        auto *sections = preferences->findChild<QListWidget *>(QStringLiteral("sections"));
        QVERIFY(sections);
        for (int row = 0; row < sections->count(); ++row) {
            sections->setCurrentRow(row);
            nameless << namelessOnEveryTab(preferences, QStringLiteral("Preferences, %1").arg(sections->item(row)->text()));
        }
        preferences->reject();

        admin::UserDetailDialog *detail = window.openUser(QStringLiteral("usr_ada"));
        QVERIFY(detail);
        QVERIFY(QTest::qWaitForWindowExposed(detail));
        QTRY_COMPARE_WITH_TIMEOUT(detail->dossier().user.id, QStringLiteral("usr_ada"), 15000);
        nameless << namelessOnEveryTab(detail, QStringLiteral("Learner page"));
        tabSteps << tabOrderSteps(detail, QStringLiteral("Learner page"));

        auto *grantButton = detail->findChild<QPushButton *>(QStringLiteral("grantButton"));
        QVERIFY(grantButton);
        QTRY_VERIFY(grantButton->isEnabled());
        grantButton->click();
        QTRY_VERIFY(detail->grantDialog());
        QVERIFY(QTest::qWaitForWindowExposed(detail->grantDialog()));
        nameless << namelessOnEveryTab(detail->grantDialog(), QStringLiteral("Grant dialog"));
        tabSteps << tabOrderSteps(detail->grantDialog(), QStringLiteral("Grant dialog"));
        detail->grantDialog()->reject();
        detail->close();

        // QtTest cuts long failure messages: the whole list goes to the log first.
        nameless.removeDuplicates();
        for (const QString &n : std::as_const(nameless))
            qWarning("no accessible name: %s", qPrintable(n));
        for (const QString &step : std::as_const(tabSteps))
            qWarning("tab order: %s", qPrintable(step));
        QVERIFY2(nameless.isEmpty(), qPrintable(QStringLiteral("%1 controls a screen reader announces without a name, first: %2")
                                                    .arg(nameless.size())
                                                    .arg(nameless.value(0))));
        QVERIFY2(tabSteps.isEmpty(), qPrintable(QStringLiteral("Tab order against the reading order: ") + tabSteps.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessible_names.moc"
