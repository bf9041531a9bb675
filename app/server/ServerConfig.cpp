#include "ServerConfig.h"

#include "util/AppPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

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

    QString secretError;
    const QString secrets = secretFromEnvironment(env, QStringLiteral("STRIPE_WEBHOOK_SECRET"), &secretError);
    config.stripeSecretKey = secretFromEnvironment(env, QStringLiteral("STRIPE_SECRET_KEY"), &secretError);
    if (!secretError.isEmpty()) {
        *error = secretError;
        return std::nullopt;
    }
    for (const QString &secret : secrets.split(u',', Qt::SkipEmptyParts)) {
        if (!secret.trimmed().startsWith(QLatin1String("whsec_"))) {
            *error = QStringLiteral("STRIPE_WEBHOOK_SECRET must be whsec_… (comma-separated while rotating)");
            return std::nullopt;
        }
        config.webhookSecrets << secret.trimmed().toUtf8();
    }
    if (env.contains(QStringLiteral("STRIPE_API_BASE"))) {
        config.stripeApiBase = QUrl(env.value(QStringLiteral("STRIPE_API_BASE")), QUrl::StrictMode);
        if (!config.stripeApiBase.isValid() || config.stripeApiBase.host().isEmpty()) {
            *error = QStringLiteral("STRIPE_API_BASE is not a URL");
            return std::nullopt;
        }
    }
    return config;
}

QString ServerConfig::secretFromEnvironment(const QProcessEnvironment &env, const QString &name, QString *error)
{
    const QString file = env.value(name + QStringLiteral("_FILE"));
    if (file.isEmpty())
        return env.value(name).trimmed();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1_FILE names %2, which cannot be read: %3").arg(name, file, f.errorString());
        return {};
    }
    return QString::fromUtf8(f.readAll()).trimmed();
}

} // namespace companion::server
