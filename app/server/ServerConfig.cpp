#include "ServerConfig.h"

#include "util/AppPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace companion::server {

void ServerConfig::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("port"),
                      QCoreApplication::translate("ServerConfig", "TCP port to listen on (default: $PORT, else 8000; 0 picks a free one)."),
                      QStringLiteral("port")});
    parser.addOption({QStringLiteral("listen"),
                      QCoreApplication::translate("ServerConfig", "Address to listen on (default 127.0.0.1; put a TLS proxy in front)."),
                      QStringLiteral("address")});
    parser.addOption({QStringLiteral("database"),
                      QCoreApplication::translate("ServerConfig", "Database URL (default: $DATABASE_URL, else SQLite in the data folder)."),
                      QStringLiteral("url")});
}

std::optional<ServerConfig> ServerConfig::fromParser(const QCommandLineParser &parser,
                                                     const QProcessEnvironment &env, QString *error)
{
    ServerConfig config;
    const QString portText = parser.isSet(QStringLiteral("port")) ? parser.value(QStringLiteral("port"))
                                                                   : env.value(QStringLiteral("PORT"));
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port > 65535) {
            *error = QStringLiteral("invalid port \"%1\" (expected 0-65535)").arg(portText);
            return std::nullopt;
        }
        config.port = quint16(port);
    }
    if (parser.isSet(QStringLiteral("listen"))) {
        if (!config.listenAddress.setAddress(parser.value(QStringLiteral("listen")))) {
            *error = QStringLiteral("invalid listen address \"%1\"").arg(parser.value(QStringLiteral("listen")));
            return std::nullopt;
        }
    }
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
