#pragma once

#include "db/DatabaseConfig.h"

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace companion::server {

// Everything companion-server needs to start, from the command line first and the
// environment second (the original guide's variable names).
struct ServerConfig {
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8000;
    db::DatabaseConfig database;

    static void addOptions(QCommandLineParser &parser);
    // nullopt + a message for the operator when something is unusable.
    static std::optional<ServerConfig> fromParser(const QCommandLineParser &parser,
                                                  const QProcessEnvironment &env, QString *error);
};

} // namespace companion::server
