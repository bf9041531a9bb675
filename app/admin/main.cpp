// companion-admin: parses the command line and opens the main window.
#include "AdminStartup.h"
#include "DemoSetup.h"
#include "settings/DisplaySettings.h"
#include "util/ServiceInfo.h"
#include "widgets/ThemeApplier.h"
#include "windows/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    companion::util::ServiceInfo::describeApplication(QStringLiteral("companion-admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("Course Companion Billing"));
    QApplication::setDesktopFileName(QStringLiteral(COMPANION_APP_ID));
    QApplication::setWindowIcon(companion::admin::AdminStartup::applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Course Companion Billing: support desk, finance and webhook diagnostics."));
    parser.addHelpOption();
    parser.addVersionOption();
    companion::admin::AdminStartup::addOptions(parser);
    parser.process(app);

    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const bool demo = parser.isSet(QStringLiteral("demo"));
    const std::unique_ptr<QSettings> settings = demo ? companion::admin::DemoSetup::settings() : std::make_unique<QSettings>();
    companion::admin::AdminStartup::installTranslator(app, companion::admin::AdminStartup::language(parser, *settings));
    // Before any window: the first call also records the desktop's own look, which "System" returns to.
    companion::admin::ThemeApplier::apply(companion::admin::DisplaySettings::theme(*settings));
    if (demo) {
        const QString problem = companion::admin::AdminStartup::prepareDemo(*settings, env);
        if (!problem.isEmpty())
            QMessageBox::warning(nullptr, QApplication::translate("main", "Demo"),
                                 QApplication::translate("main", "The demo's keys could not be stored: %1").arg(problem));
    }
    QString error;
    const auto database = companion::admin::AdminStartup::database(parser, *settings, env, &error);
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot start"),
                              QApplication::translate("main", "The database setting is not usable: %1").arg(error));
        return 2;
    }

    companion::admin::MainWindow window(*database, settings.get());
    window.show();
    return app.exec();
}
