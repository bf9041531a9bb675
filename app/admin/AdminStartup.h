#pragma once

#include "db/DatabaseConfig.h"

#include <QProcessEnvironment>

#include <optional>

class QCommandLineParser;
class QIcon;
class QCoreApplication;
class QSettings;

namespace companion::admin {

// Start-up decisions of companion-admin, kept out of main.cpp so they can be tested.
class AdminStartup
{
public:
    static void addOptions(QCommandLineParser &parser);

    // --database, else DATABASE_URL, else the saved setting, else SQLite in the data folder.
    static std::optional<db::DatabaseConfig> database(const QCommandLineParser &parser, const QSettings &settings,
                                                      const QProcessEnvironment &env, QString *error);

    // --demo: writes the demo's connection facts into `settings` (the demo's own) and
    // its secrets into the keychain; empty, or what went wrong.
    static QString prepareDemo(QSettings &settings, const QProcessEnvironment &env);

    // --lang, else the language saved in Settings, else empty (the system's locale).
    static QString language(const QCommandLineParser &parser, const QSettings &settings);

    // Loads the translation for `language` (e.g. "de"), or for the system locale when empty.
    static void installTranslator(QCoreApplication &app, const QString &language);

    // The window icon: the hicolor PNGs of packaging/icons, compiled in.
    static QIcon applicationIcon();
};

} // namespace companion::admin
