#pragma once

#include "db/DatabaseConfig.h"
#include "util/ListenEndpoint.h"

#include <QProcessEnvironment>

#include <QUrl>

#include <optional>

class QCommandLineParser;

namespace companion::server {

// Everything companion-server needs to start, from the command line first and the
// environment second (the original guide's variable names).
struct ServerConfig {
    static constexpr quint16 kDefaultPort = 8000;

    util::ListenEndpoint listen;
    db::DatabaseConfig database;
    QList<QByteArray> webhookSecrets; // STRIPE_WEBHOOK_SECRET (comma-separated while rotating) or …_FILE
    QString stripeSecretKey;          // STRIPE_SECRET_KEY or …_FILE; never logged
    QUrl stripeApiBase{QStringLiteral("https://api.stripe.com")}; // STRIPE_API_BASE (stripe-sandbox for demos)

    // A setting from the environment, or from the file `NAME_FILE` names (for secrets).
    static QString secretFromEnvironment(const QProcessEnvironment &env, const QString &name, QString *error);

    static void addOptions(QCommandLineParser &parser);
    // nullopt + a message for the operator when something is unusable.
    static std::optional<ServerConfig> fromParser(const QCommandLineParser &parser,
                                                  const QProcessEnvironment &env, QString *error);
};

} // namespace companion::server
