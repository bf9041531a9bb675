#include "ServerConfig.h"

#include "util/AppPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace companion::server {

void ServerConfig::addOptions(QCommandLineParser &parser)
{
    util::ListenEndpoint::addOptions(parser, kDefaultPort);
    parser.addOption({QStringLiteral("database"),
                      QCoreApplication::translate("ServerConfig", "Database URL (default: $DATABASE_URL, else SQLite in the data folder)."),
                      QStringLiteral("url")});
}

std::optional<ServerConfig> ServerConfig::fromParser(const QCommandLineParser &parser,
                                                     const QProcessEnvironment &env, QString *error)
{
    ServerConfig config;
    const auto listen = util::ListenEndpoint::fromParser(parser, kDefaultPort, env.value(QStringLiteral("PORT")), error);
    if (!listen)
        return std::nullopt;
    config.listen = *listen;

    std::optional<db::DatabaseConfig> database;
    if (parser.isSet(QStringLiteral("database")))
        database = db::DatabaseConfig::fromUrl(parser.value(QStringLiteral("database")), error);
    else
        database = db::DatabaseConfig::fromEnvironment(env, util::AppPaths::defaultDatabasePath(), error);
    if (!database)
        return std::nullopt;
    config.database = *database;
    return config;
}

} // namespace companion::server
