#include "LanguageSettings.h"

#include <QDir>
#include <QLocale>
#include <QSettings>

namespace companion::admin {

namespace {
const QString kKey = QStringLiteral("ui/language");
}

QStringList LanguageSettings::available()
{
    // The compiled translations (qt_add_translations → :/i18n/companion_<code>.qm).
    QStringList codes;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("companion_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes << file.mid(int(qstrlen("companion_")), file.size() - int(qstrlen("companion_")) - int(qstrlen(".qm")));
    return codes;
}

QString LanguageSettings::saved(const QSettings &settings)
{
    return settings.value(kKey).toString();
}

void LanguageSettings::save(QSettings &settings, const QString &code)
{
    if (code.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, code);
}

QString LanguageSettings::nativeName(const QString &code)
{
    const QLocale locale(code);
    // Qt names English by its US variant ("American English"); the language is meant.
    QString name = locale.language() == QLocale::English ? QLocale::languageToString(QLocale::English) : locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

} // namespace companion::admin
