// companion-server: parses the command line and wires the server together.
#include "CompanionServer.h"
#include "ServerCommands.h"
#include "ServerConfig.h"
#include "util/JournalLogging.h"
#include "util/ServiceInfo.h"
#include "util/UnixSignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    companion::util::ServiceInfo::describeApplication(QStringLiteral("companion-server"));
    companion::util::JournalLogging::enableIfStderrIsJournal();

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Course Companion payments API: checkout, subscription status, Stripe webhooks, chapter gating, admin API.\n\n"
        "Commands:\n"
        "  serve                          run the API (default)\n"
        "  migrate                        apply pending database migrations and exit\n"
        "  seed-demo [--users N]          add demo learners to an empty database\n"
        "  user add EMAIL [--name N]      add a learner; prints their id\n"
        "  token EMAIL [--ttl 1h]         print a learner JWT signed with JWT_SECRET\n"
        "  admin-token create --label L   print a new admin API token (shown once)\n"
        "  admin-token list | revoke ID   manage admin API tokens\n"
        "  sync-stripe                    read every subscription and invoice from Stripe into the database\n"
        "  sync-stripe --events           apply Stripe's events since the newest one we hold that we never got\n"
        "  doctor                         check the whole set-up: settings, database, Stripe key, price, clock, webhook endpoint\n\n"
        "Configuration (environment; secrets also as NAME_FILE): JWT_SECRET, STRIPE_SECRET_KEY,\n"
        "STRIPE_WEBHOOK_SECRET, STRIPE_PREMIUM_PRICE_ID, STRIPE_YEARLY_PRICE_ID, STRIPE_PUBLISHABLE_KEY,\n"
        "STRIPE_API_BASE, DATABASE_URL, PORT, JWT_ISSUER, JWT_AUDIENCE, CHECKOUT_SUCCESS_URL,\n"
        "CHECKOUT_CANCEL_URL, CHECKOUT_HTTP_HOSTS, RATE_LIMIT_PER_USER, RATE_LIMIT_PER_IP, TRUSTED_PROXIES,\n"
        "SERVER_WORKERS, INGEST_THREADS."));
    parser.addHelpOption();
    parser.addVersionOption();
    companion::server::ServerConfig::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), tr("serve (default), migrate, seed-demo, user, token, admin-token, sync-stripe or doctor."),
                                 QStringLiteral("[command] [arguments…]"));
    parser.addOption({QStringLiteral("users"), tr("seed-demo: how many learners (default 250)."), QStringLiteral("n"), QStringLiteral("250")});
    parser.addOption({QStringLiteral("seed"), tr("seed-demo: random seed, for the same data every time (default 42)."),
                      QStringLiteral("n"), QStringLiteral("42")});
    parser.addOption({QStringLiteral("name"), tr("user add: the learner's name."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("ttl"), tr("token: lifetime, e.g. 15m, 1h, 7d (default 1h)."), QStringLiteral("duration"),
                      QStringLiteral("1h")});
    parser.addOption({QStringLiteral("label"), tr("admin-token create: who or what will use the token."), QStringLiteral("label")});
    parser.addOption({QStringLiteral("events"), tr("sync-stripe: only Stripe's events since the newest in the webhook log (at most 30 days): "
                                                   "those never received or not applied are fetched again and applied.")});
    parser.process(app);

    QString error;
    const auto config = companion::server::ServerConfig::fromParser(parser, QProcessEnvironment::systemEnvironment(), &error);
    if (!config) {
        std::fprintf(stderr, "companion-server: %s\n", qUtf8Printable(error));
        return 2;
    }

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0, QStringLiteral("serve"));
    const companion::server::ServerCommands commands(*config);
    if (command == QLatin1String("migrate") && args.size() == 1)
        return commands.migrate();
    if (command == QLatin1String("seed-demo"))
        return commands.seedDemo(parser.value(QStringLiteral("users")).toInt(), parser.value(QStringLiteral("seed")).toUInt());
    if (command == QLatin1String("user") && args.value(1) == QLatin1String("add") && args.size() == 3)
        return commands.addUser(args.at(2), parser.value(QStringLiteral("name")));
    if (command == QLatin1String("token") && args.size() == 2)
        return commands.mintToken(args.at(1), parser.value(QStringLiteral("ttl")));
    if (command == QLatin1String("doctor") && args.size() == 1)
        return commands.doctor();
    if (command == QLatin1String("sync-stripe"))
        return parser.isSet(QStringLiteral("events")) ? commands.syncStripeEvents() : commands.syncStripe();
    if (command == QLatin1String("admin-token"))
        return commands.adminToken(args.mid(1), parser.value(QStringLiteral("label")));
    if (command != QLatin1String("serve")) {
        std::fprintf(stderr, "companion-server: unknown command \"%s\" (see --help)\n", qUtf8Printable(args.join(u' ')));
        return 2;
    }
    if (!config->checkServeRequirements(&error)) {
        std::fprintf(stderr, "companion-server: %s\n", qUtf8Printable(error));
        return 2;
    }

    companion::server::CompanionServer server(*config);
    if (!server.start(&error)) {
        std::fprintf(stderr, "companion-server: %s\n", qUtf8Printable(error));
        return 1;
    }
    auto *signals = new companion::util::UnixSignalWatcher(&app);
    QObject::connect(signals, &companion::util::UnixSignalWatcher::terminationRequested, &server,
                     [&server] { server.shutdown([] { QCoreApplication::quit(); }); });
    std::printf("companion-server listening on http://%s:%u\n",
                qUtf8Printable(config->listen.address.toString()), unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
