#pragma once

#include <QString>

namespace companion::util {

// Per-user locations (XDG via QStandardPaths), created on demand.
class AppPaths
{
public:
    // ~/.local/share/CourseCompanion (or $XDG_DATA_HOME/CourseCompanion)
    static QString dataDir();
    // The SQLite database used when DATABASE_URL is not set.
    static QString defaultDatabasePath();
};

} // namespace companion::util
