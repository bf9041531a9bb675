#include "DemoImport.h"

#include "SandboxClient.h"
#include "ServerEnvironment.h"
#include "TestDatabase.h"

namespace companion::test {

bool importDemoHistory(const QString &serverBinary, const TestDatabase &database, SandboxClient &sandbox, QString *summary, QString *error)
{
    if (!sandbox.start(error, {QStringLiteral("--seed-demo"), QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("42")}))
        return false;
    int exitCode = -1;
    serverCommand(serverBinary, {QStringLiteral("seed-demo"), QStringLiteral("--users"), QStringLiteral("80"), QStringLiteral("--seed"),
                                 QStringLiteral("42")}, database.url(), &exitCode);
    if (exitCode != 0) {
        *error = QStringLiteral("companion-server seed-demo exited with %1").arg(exitCode);
        return false;
    }
    *summary = serverCommand(serverBinary, {QStringLiteral("sync-stripe")}, database.url(), &exitCode,
                             {{QStringLiteral("STRIPE_API_BASE"), sandbox.baseUrl().toString()}});
    if (exitCode != 0) {
        *error = QStringLiteral("companion-server sync-stripe exited with %1: %2").arg(exitCode).arg(*summary);
        return false;
    }
    return true;
}

} // namespace companion::test
