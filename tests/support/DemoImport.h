#pragma once

#include <QString>

namespace companion::test {

class SandboxClient;
class TestDatabase;

// The sandbox's 18-month demo history in `database`, as a first start would
// bring it: the sandbox seeded with 40 demo customers (seed 42), companion-server
// seed-demo's 80 users (the same people), then companion-server sync-stripe.
// `summary` gets sync-stripe's last line. False and why on failure.
bool importDemoHistory(const QString &serverBinary, const TestDatabase &database, SandboxClient &sandbox, QString *summary, QString *error);

} // namespace companion::test
