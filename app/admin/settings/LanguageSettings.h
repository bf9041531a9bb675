#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace companion::admin {

// The user interface language chosen in Settings (QSettings "ui/language"): a code
// such as "de", or empty for the system's locale. It applies from the next start,
// since widgets built from .ui forms and code take their texts once.
struct LanguageSettings {
    // The languages companion-admin has translations for, e.g. {"de", "en"}.
    static QStringList available();
    static QString saved(const QSettings &settings);
    static void save(QSettings &settings, const QString &code);
    // The language's own name, as a menu of languages shows it: "Deutsch", "English".
    static QString nativeName(const QString &code);
};

} // namespace companion::admin
