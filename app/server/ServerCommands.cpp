#include "ServerCommands.h"

#include "db/DemoSeeder.h"
#include "db/Migrator.h"

#include <cstdio>

namespace companion::server {

int ServerCommands::seedDemo(const ServerConfig &config, int users, quint32 seed)
{
    db::MigrationReport report;
    const auto connection = db::openMigrated(config.database, &report);
    if (!report.ok) {
        std::fprintf(stderr, "companion-server: %s\n", qUtf8Printable(report.error));
        return 1;
    }
    QString error;
    const int added = db::DemoSeeder(connection.db, config.database.dialect).seedUsers(users, seed, &error);
    if (added < 0) {
        std::fprintf(stderr, "companion-server: seeding failed: %s\n", qUtf8Printable(error));
        return 1;
    }
    if (added == 0)
        std::printf("%s already has users; nothing seeded\n", qUtf8Printable(config.database.displayName()));
    else
        std::printf("added %d demo users to %s\n", added, qUtf8Printable(config.database.displayName()));
    return 0;
}

} // namespace companion::server
