// companion-server: parses the command line and wires the server together.
#include "CompanionServer.h"
#include "ServerCommands.h"
#include "ServerConfig.h"
#include "util/ServiceInfo.h"
#include "util/UnixSignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    companion::util::ServiceInfo::describeApplication(QStringLiteral("companion-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Course Companion payments API: checkout, subscription status, Stripe webhooks, chapter gating."));
    parser.addHelpOption();
    parser.addVersionOption();
    companion::server::ServerConfig::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "serve (default), or seed-demo to add demo learners to an empty database."),
                                 QStringLiteral("[command]"));
    parser.addOption({QStringLiteral("users"), QCoreApplication::translate("main", "seed-demo: how many learners (default 250)."),
                      QStringLiteral("n"), QStringLiteral("250")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("main", "seed-demo: random seed, for the same data every time (default 42)."),
                      QStringLiteral("n"), QStringLiteral("42")});
    parser.process(app);

    QString error;
    const auto config = companion::server::ServerConfig::fromParser(parser, QProcessEnvironment::systemEnvironment(), &error);
    if (!config) {
        std::fprintf(stderr, "companion-server: %s\n", qUtf8Printable(error));
        return 2;
    }

    const QString command = parser.positionalArguments().value(0, QStringLiteral("serve"));
    if (command == QLatin1String("seed-demo")) {
        return companion::server::ServerCommands::seedDemo(*config, parser.value(QStringLiteral("users")).toInt(),
                                                           parser.value(QStringLiteral("seed")).toUInt());
    }
    if (command != QLatin1String("serve")) {
        std::fprintf(stderr, "companion-server: unknown command \"%s\" (see --help)\n", qUtf8Printable(command));
        return 2;
    }

    companion::server::CompanionServer server(*config);
    if (!server.start(&error)) {
        std::fprintf(stderr, "companion-server: %s\n", qUtf8Printable(error));
        return 1;
    }
    companion::util::UnixSignalWatcher::quitOnTermination(&app);
    std::printf("companion-server listening on http://%s:%u\n",
                qUtf8Printable(config->listen.address.toString()), unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
