#pragma once

#include "AfterFailedRetries.h"
#include "util/ListenEndpoint.h"

#include <QStringList>
#include <QUrl>

#include <optional>

class QCommandLineParser;

namespace sandbox {

struct SandboxConfig {
    static constexpr quint16 kDefaultPort = 12111; // stripe-mock's port, so tools that know it find us

    companion::util::ListenEndpoint listen;
    QStringList apiKeys;   // accepted secret keys (test mode only)
    QString dataPath;      // SQLite file of the account's state; ":memory:" with --ephemeral
    QUrl forwardTo;        // like `stripe listen --forward-to`: every event is delivered here
    QString forwardSecret; // whsec_… used to sign forwarded deliveries
    QStringList forwardEvents{QStringLiteral("*")}; // like `stripe listen --events`: the types forwarded
    int startDaysAgo = 0;  // an empty account's clock starts this many days in the past
    double chaosRate = 0;  // 0..1: share of API calls and deliveries that misbehave
    double dropRate = 0;   // 0..1: share of webhook deliveries that never arrive (an endpoint down past Stripe's retries)
    int latencyMs = 0;     // every API answer waits this long, like a far-away Stripe
    AfterFailedRetries afterFailedRetries = AfterFailedRetries::Cancel;
    int seedDemo = 0;      // customers of demo history to create in an empty account
    quint32 seed = 42;     // reproducible ids and history

    static QString defaultApiKey();
    static void addOptions(QCommandLineParser &parser);
    static std::optional<SandboxConfig> fromParser(const QCommandLineParser &parser, QString *error);
};

} // namespace sandbox
