#include "AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace companion::util {

QString AppPaths::dataDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/CourseCompanion");
    QDir().mkpath(dir);
    return dir;
}

QString AppPaths::defaultDatabasePath()
{
    return dataDir() + QStringLiteral("/companion.db");
}

} // namespace companion::util
