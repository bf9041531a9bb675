#pragma once

#include "db/DatabaseConfig.h"
#include "util/ListenEndpoint.h"

#include <QProcessEnvironment>

#include <optional>

class QCommandLineParser;

namespace companion::server {

// Everything companion-server needs to start, from the command line first and the
// environment second (the original guide's variable names).
struct ServerConfig {
    static constexpr quint16 kDefaultPort = 8000;

    util::ListenEndpoint listen;
    db::DatabaseConfig database;

    static void addOptions(QCommandLineParser &parser);
    // nullopt + a message for the operator when something is unusable.
    static std::optional<ServerConfig> fromParser(const QCommandLineParser &parser,
                                                  const QProcessEnvironment &env, QString *error);
};

} // namespace companion::server
