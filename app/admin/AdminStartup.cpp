#include "AdminStartup.h"

#include "DemoSetup.h"
#include "secrets/KeychainStore.h"
#include "settings/LanguageSettings.h"
#include "util/AppPaths.h"
#include "util/Log.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace companion::admin {

void AdminStartup::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("database"),
                      QCoreApplication::translate("AdminStartup", "Database URL (postgresql://… or sqlite:///path)."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate("AdminStartup", "Connect to the demo started by scripts/demo (its own settings and keychain entries).")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("AdminStartup", "User interface language, e.g. de or en (default: the one chosen in Settings, else the system's)."),
                      QStringLiteral("code")});
}

std::optional<db::DatabaseConfig> AdminStartup::database(const QCommandLineParser &parser, const QSettings &settings,
                                                         const QProcessEnvironment &env, QString *error)
{
    if (parser.isSet(QStringLiteral("database")))
        return db::DatabaseConfig::fromUrl(parser.value(QStringLiteral("database")), error);
    if (env.contains(QStringLiteral("DATABASE_URL")))
        return db::DatabaseConfig::fromUrl(env.value(QStringLiteral("DATABASE_URL")), error);
    const QString saved = settings.value(QStringLiteral("database/url")).toString();
    if (!saved.isEmpty())
        return db::DatabaseConfig::fromUrl(saved, error);
    return db::DatabaseConfig::sqlite(util::AppPaths::defaultDatabasePath());
}

QString AdminStartup::prepareDemo(QSettings &settings, const QProcessEnvironment &env)
{
    // Before any window exists: a short wait for the keychain freezes nothing.
    KeychainStore keychain(&settings);
    QEventLoop loop;
    QString error;
    DemoSetup::fromEnvironment(env).apply(settings, keychain, [&](const QString &problem) {
        error = problem;
        loop.quit();
    });
    loop.exec();
    return error;
}

QString AdminStartup::language(const QCommandLineParser &parser, const QSettings &settings)
{
    if (parser.isSet(QStringLiteral("lang")))
        return parser.value(QStringLiteral("lang"));
    return LanguageSettings::saved(settings);
}

void AdminStartup::installTranslator(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale); // numbers, money and dates follow the chosen language too
    auto *translator = new QTranslator(&app);
    // English (companion_en) when the locale has no translation: it carries the plural forms.
    if (translator->load(locale, QStringLiteral("companion"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral("companion_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    } else {
        qCWarning(lcApp) << "no translations found";
        delete translator;
    }
}

QIcon AdminStartup::applicationIcon()
{
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/apps/" COMPANION_APP_ID ".png").arg(size), QSize(size, size));
    return icon;
}

} // namespace companion::admin
