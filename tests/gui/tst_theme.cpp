// The desk in the dark and light themes: every status colour the models and
// the learner page paint stays legible (WCAG AA, 4.5:1) on the palette's
// backgrounds, the live banner too, the revenue charts take the matching chart
// theme, and switching at runtime repaints what is already open.
#include "AdminStartup.h"
#include "DeskTestSupport.h"
#include "RevenueFixture.h"
#include "TestDatabase.h"
#include "dialogs/UserDetailDialog.h"
#include "models/SubscriptionsModel.h"
#include "models/UsersModel.h"
#include "pages/RevenuePage.h"
#include "settings/DisplaySettings.h"
#include "widgets/StatusPalette.h"
#include "widgets/ThemeApplier.h"
#include "windows/MainWindow.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace companion;
using admin::DisplaySettings;
using admin::StatusPalette;
using admin::ThemeApplier;

namespace {
constexpr double kAa = 4.5;      // WCAG AA for text
constexpr double kGraphics = 3.0; // WCAG 1.4.11 for chart bars and lines

void saveShot(QWidget *widget, const QString &name)
{
    if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(widget->grab().save(shots + u'/' + name));
}

QColor base()
{
    return QApplication::palette().color(QPalette::Active, QPalette::Base);
}

QColor window()
{
    return QApplication::palette().color(QPalette::Active, QPalette::Window);
}

// Every foreground colour `model` asks for, by "row,column".
QHash<QString, QColor> foregrounds(const QAbstractItemModel *model)
{
    QHash<QString, QColor> colours;
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QVariant v = model->index(r, c).data(Qt::ForegroundRole);
            if (v.isValid())
                colours.insert(QStringLiteral("%1,%2").arg(r).arg(c), qvariant_cast<QBrush>(v).color());
        }
    }
    return colours;
}

QByteArray describe(const QString &what, const QColor &fg, const QColor &bg)
{
    return QStringLiteral("%1: %2 on %3 is %4:1").arg(what, fg.name(), bg.name()).arg(StatusPalette::contrastRatio(fg, bg), 0, 'f', 2).toUtf8();
}

void verifyLegible(const QHash<QString, QColor> &colours, const QColor &background, const QString &what)
{
    for (auto it = colours.cbegin(); it != colours.cend(); ++it)
        QVERIFY2(StatusPalette::contrastRatio(it.value(), background) >= kAa, describe(what + u' ' + it.key(), it.value(), background).constData());
}

// The label's text colour as its style sheet paints it.
QColor textColour(QLabel *label)
{
    label->ensurePolished();
    return label->palette().color(QPalette::Active, label->foregroundRole());
}

// A learner whose payment failed (Stripe retries), one who asked to cancel at
// period end, and plain subscribers around them.
bool seedLearners(const QSqlDatabase &db, QString *error)
{
    const QStringList learners{QStringLiteral("ada"), QStringLiteral("bea"), QStringLiteral("cy"), QStringLiteral("dot"), QStringLiteral("eli")};
    for (const QString &name : learners) {
        if (!test::addSubscriber(db, QStringLiteral("usr_") + name, name + QStringLiteral("@example.com"), false)) {
            *error = QStringLiteral("could not add ") + name;
            return false;
        }
    }
    QSqlQuery q(db);
    const auto run = [&](const QString &sql, const QString &userId) {
        q.prepare(sql);
        q.addBindValue(userId);
        if (!q.exec())
            *error = q.lastError().text();
        return error->isEmpty();
    };
    return run(QStringLiteral("UPDATE subscriptions SET status = 'past_due' WHERE user_id = ?"), QStringLiteral("usr_bea"))
        && run(QStringLiteral("UPDATE users SET payment_at_risk = TRUE WHERE id = ?"), QStringLiteral("usr_bea"))
        && run(QStringLiteral("UPDATE subscriptions SET cancel_at_period_end = TRUE WHERE user_id = ?"), QStringLiteral("usr_dot"));
}

void showPage(admin::MainWindow &window, const QString &name)
{
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    navigation->setCurrentItem(navigation->findItems(name, Qt::MatchExactly).value(0));
}
} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        admin::AdminStartup::installTranslator(*qApp, QStringLiteral("en"));
        m_startWindow = window();
    }
    void cleanup() { ThemeApplier::apply(DisplaySettings::Theme::System); }

    // System hands the desk back to the platform's palette, whatever was applied before.
    void systemRestoresThePlatformLook()
    {
        ThemeApplier::apply(DisplaySettings::Theme::Dark);
        QVERIFY(window() != m_startWindow);
        ThemeApplier::apply(DisplaySettings::Theme::System);
        QCOMPARE(window(), m_startWindow);
        ThemeApplier::apply(DisplaySettings::Theme::Dark); // and again: callable any number of times
        QVERIFY(window().lightness() < 128);
    }

    // The formula behind every assertion here, on WCAG's own reference points.
    void contrastFollowsWcag()
    {
        QCOMPARE(StatusPalette::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(StatusPalette::contrastRatio(Qt::white, Qt::black), 21.0);
        QCOMPARE(StatusPalette::contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
        QVERIFY(qAbs(StatusPalette::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01); // the AA grey
        // A platform palette that is neither of ours still gets legible status colours.
        const QColor grey(0x80, 0x80, 0x80);
        QPalette mid;
        mid.setColor(QPalette::Window, grey);
        mid.setColor(QPalette::Base, grey);
        const StatusPalette odd(mid);
        for (const QColor &c : {odd.danger(), odd.warning(), odd.success(), odd.muted()})
            QVERIFY2(StatusPalette::contrastRatio(c, grey) >= kAa, describe(QStringLiteral("on grey"), c, grey).constData());
    }

    void statusColoursStayLegibleInBothThemes()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QVERIFY2(seedLearners(db, &error), qPrintable(error));

        ThemeApplier::apply(DisplaySettings::Theme::Dark);
        QVERIFY2(window().lightness() < 128, qPrintable(window().name()));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QVERIFY(StatusPalette::contrastRatio(QApplication::palette().color(QPalette::Text), base()) >= kAa);

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::MainWindow desk(testDb.config(), &settings);
        desk.resize(1200, 640);
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        auto *users = desk.findChild<QTableView *>(QStringLiteral("usersView"));
        QTRY_COMPARE(users->model()->rowCount(), 5);

        // At risk in danger, the pending cancel in warning: both there, both legible.
        const auto darkUsers = foregrounds(users->model());
        QCOMPARE(darkUsers.size(), 2);
        verifyLegible(darkUsers, base(), QStringLiteral("users"));
        const int bea = users->model()->match(users->model()->index(0, 0), admin::UsersModel::UserIdRole, QStringLiteral("usr_bea")).value(0).row();
        const QString beaPlan = QStringLiteral("%1,%2").arg(bea).arg(admin::UsersModel::Plan);
        QCOMPARE(darkUsers.value(beaPlan), StatusPalette::current().danger());
        saveShot(&desk, QStringLiteral("dark-users.png"));

        showPage(desk, QStringLiteral("Subscriptions"));
        auto *subscriptions = desk.findChild<QTableView *>(QStringLiteral("subscriptionsView"));
        QTRY_COMPARE(subscriptions->model()->rowCount(), 5);
        QCOMPARE(foregrounds(subscriptions->model()).size(), 2);
        verifyLegible(foregrounds(subscriptions->model()), base(), QStringLiteral("subscriptions"));

        // The live banner carries its own background: legible on it.
        auto *banner = desk.findChild<QLabel *>(QStringLiteral("liveModeBanner"));
        banner->ensurePolished();
        const QColor bannerBg = banner->palette().color(QPalette::Active, banner->backgroundRole());
        QVERIFY2(StatusPalette::contrastRatio(textColour(banner), bannerBg) >= kAa, describe(QStringLiteral("banner"), textColour(banner), bannerBg).constData());

        // The learner page: the at-risk summary in the danger colour, on the window.
        admin::UserDetailDialog *detail = desk.openUser(QStringLiteral("usr_bea"));
        QVERIFY(detail);
        QTRY_COMPARE(detail->dossier().user.id, QStringLiteral("usr_bea"));
        auto *summary = detail->findChild<QLabel *>(QStringLiteral("entitlementSummary"));
        QTRY_VERIFY(!summary->text().isEmpty());
        const QColor darkSummary = textColour(summary);
        QCOMPARE(darkSummary, StatusPalette::current().danger());
        QVERIFY2(StatusPalette::contrastRatio(darkSummary, window()) >= kAa, describe(QStringLiteral("summary"), darkSummary, window()).constData());
        auto *notice = detail->findChild<QLabel *>(QStringLiteral("pendingNotice"));
        notice->ensurePolished();
        const QColor noticeBg = notice->palette().color(QPalette::Active, notice->backgroundRole());
        QVERIFY2(StatusPalette::contrastRatio(textColour(notice), noticeBg) >= kAa, describe(QStringLiteral("notice"), textColour(notice), noticeBg).constData());
        QVERIFY2(noticeBg.lightness() < 128, qPrintable(noticeBg.name())); // no bright strip in a dark window
        detail->resize(1180, 760);
        QTest::qWait(200); // the payments box settles (no Stripe key: it says so)
        saveShot(detail, QStringLiteral("dark-user-detail.png"));

        // Back to light while everything is open: the same cells and label repaint.
        ThemeApplier::apply(DisplaySettings::Theme::Light);
        QVERIFY2(window().lightness() >= 128, qPrintable(window().name()));
        showPage(desk, QStringLiteral("Users"));
        const auto lightUsers = foregrounds(users->model());
        QCOMPARE(lightUsers.size(), 2);
        QVERIFY(lightUsers.value(beaPlan) != darkUsers.value(beaPlan));
        verifyLegible(lightUsers, base(), QStringLiteral("users"));
        verifyLegible(foregrounds(subscriptions->model()), base(), QStringLiteral("subscriptions"));
        const QColor lightSummary = textColour(summary);
        QVERIFY2(lightSummary != darkSummary, qPrintable(lightSummary.name()));
        QVERIFY2(StatusPalette::contrastRatio(lightSummary, window()) >= kAa, describe(QStringLiteral("summary"), lightSummary, window()).constData());
        banner->ensurePolished();
        QVERIFY(StatusPalette::contrastRatio(textColour(banner), banner->palette().color(QPalette::Active, banner->backgroundRole())) >= kAa);
        detail->close();
    }

    void revenueChartsFollowTheTheme()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        test::RevenueFixture fixture;
        QVERIFY2(fixture.seed(db, testDb.config().dialect, &error), qPrintable(error));

        ThemeApplier::apply(DisplaySettings::Theme::Dark);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::MainWindow desk(testDb.config(), &settings);
        desk.resize(1400, 900);
        desk.show();
        admin::RevenuePage *page = desk.revenuePage();
        QSignalSpy shown(page, &admin::RevenuePage::reportShown);
        showPage(desk, QStringLiteral("Revenue"));
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 1, 15000);
        // The fixture's months, as tst_revenue_page shows them.
        page->findChild<QDateEdit *>(QStringLiteral("toEdit"))->setDate(QDate(2025, 4, 1));
        page->findChild<QDateEdit *>(QStringLiteral("fromEdit"))->setDate(QDate(2025, 1, 1));
        shown.clear();
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 15000);
        QTest::qWait(100); // a queued newer answer replaces an older one; the charts lay out

        const auto chartsAre = [&](QChart::ChartTheme theme) {
            for (const char *name : {"mrrChart", "movementsChart", "cashChart"}) {
                QChart *chart = page->findChild<QChartView *>(QLatin1String(name))->chart();
                QCOMPARE(chart->theme(), theme);
                QVERIFY(!chart->series().isEmpty());
                // Bars keep their own hues on either background, distinct within a chart.
                const QColor background = chart->backgroundBrush().color();
                QSet<QRgb> hues;
                for (QAbstractSeries *series : chart->series()) {
                    auto *bars = qobject_cast<QAbstractBarSeries *>(series);
                    for (QBarSet *set : bars ? bars->barSets() : QList<QBarSet *>()) {
                        QVERIFY2(StatusPalette::contrastRatio(set->color(), background) >= kGraphics,
                                 describe(set->label(), set->color(), background).constData());
                        hues.insert(set->color().rgb());
                    }
                    if (bars)
                        QCOMPARE(hues.size(), bars->count());
                }
            }
        };
        chartsAre(QChart::ChartThemeDark);
        if (QTest::currentTestFailed())
            return;
        saveShot(page, QStringLiteral("dark-revenue.png"));

        ThemeApplier::apply(DisplaySettings::Theme::Light);
        chartsAre(QChart::ChartThemeLight);
    }

private:
    QColor m_startWindow;
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
