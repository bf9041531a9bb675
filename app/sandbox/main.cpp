// stripe-sandbox: parses the command line and starts the local Stripe-compatible API.
#include "SandboxConfig.h"
#include "SandboxServer.h"
#include "util/JournalLogging.h"
#include "util/ServiceInfo.h"
#include "util/UnixSignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    companion::util::ServiceInfo::describeApplication(QStringLiteral("stripe-sandbox"));
    companion::util::JournalLogging::enableIfStderrIsJournal();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A local, stateful, Stripe-compatible API for demos and tests (test mode only)."));
    parser.addHelpOption();
    parser.addVersionOption();
    sandbox::SandboxConfig::addOptions(parser);
    parser.process(app);

    QString error;
    const auto config = sandbox::SandboxConfig::fromParser(parser, &error);
    if (!config) {
        std::fprintf(stderr, "stripe-sandbox: %s\n", qUtf8Printable(error));
        return 2;
    }
    sandbox::SandboxServer server(*config);
    if (!server.start(&error)) {
        std::fprintf(stderr, "stripe-sandbox: %s\n", qUtf8Printable(error));
        return 1;
    }
    companion::util::UnixSignalWatcher::quitOnTermination(&app);
    std::printf("stripe-sandbox listening on http://%s:%u\n",
                qUtf8Printable(config->listen.address.toString()), unsigned(server.port()));
    if (config->seedDemo > 0) {
        std::printf(server.seededCustomers() > 0 ? "stripe-sandbox seeded %d demo customers with 18 months of history\n"
                                                 : "stripe-sandbox account already has data; --seed-demo skipped%.0d\n",
                    server.seededCustomers());
    }
    // The default key is a public test key, printed so a developer can use it at once.
    if (!parser.isSet(QStringLiteral("api-key")))
        std::printf("stripe-sandbox accepts the test key %s\n", qUtf8Printable(sandbox::SandboxConfig::defaultApiKey()));
    std::fflush(stdout);
    return app.exec();
}
