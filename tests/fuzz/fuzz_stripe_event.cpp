// Stripe's JSON events and objects, through the real EventProcessor on a real
// SQLite database, as the webhook receiver applies them. Any payload ends in an
// outcome of the documented set and is stored (a malformed event must never make
// the receiver answer 5xx forever); a second delivery of an event that was stored
// is a duplicate and changes nothing.
#include "billing/EventProcessor.h"
#include "db/DatabaseConfig.h"
#include "db/Migrator.h"
#include "db/UserDirectory.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace companion;

namespace {
constexpr qint64 kNow = 1767225600;

struct World {
    QTemporaryDir dir;
    db::Connection connection;
    std::unique_ptr<billing::EventProcessor> processor;
    int events = 0;
};

std::unique_ptr<World> makeWorld()
{
    auto world = std::make_unique<World>();
    db::MigrationReport report;
    world->connection = db::openMigrated(db::DatabaseConfig::sqlite(world->dir.filePath(QStringLiteral("fuzz.db"))), &report);
    if (!report.ok) {
        std::fprintf(stderr, "cannot prepare the database: %s\n", qUtf8Printable(report.error));
        std::abort();
    }
    QSqlQuery(world->connection.db).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    db::UserRecord user;
    user.id = QStringLiteral("usr_fuzz");
    user.email = QStringLiteral("fuzz@example.com");
    user.stripeCustomerId = QStringLiteral("cus_fuzz");
    db::UserDirectory(world->connection.db, db::Dialect::SQLite).insert(user);
    // Stripe is "unreachable": events that would ask it are handled without an answer.
    world->processor = std::make_unique<billing::EventProcessor>(world->connection.db, db::Dialect::SQLite,
                                                                 [](const QString &) { return std::optional<QJsonObject>(); });
    world->processor->setClock([] { return kNow; });
    return world;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // the SQL driver is a plugin
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static std::unique_ptr<World> world;
    if (!world || ++world->events > 5000) { // a fresh database now and then keeps each run fast
        world.reset();
        world = makeWorld();
    }
    const QByteArray payload(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QStringList outcomes{QStringLiteral("applied"), QStringLiteral("duplicate"), QStringLiteral("stale"),
                                      QStringLiteral("ignored"), QStringLiteral("failed"),    QStringLiteral("rejected")};

    const billing::ProcessOutcome first = world->processor->process(payload, kNow);
    if (!first.stored || !outcomes.contains(first.name())) {
        std::fprintf(stderr, "outcome \"%s\" stored=%d: %s\n", qUtf8Printable(first.name()), int(first.stored), qUtf8Printable(first.error));
        std::abort();
    }
    if (!first.eventId.isEmpty() && first.outcome != billing::Outcome::Failed && first.outcome != billing::Outcome::Rejected) {
        const billing::ProcessOutcome again = world->processor->process(payload, kNow + 1);
        if (again.outcome != billing::Outcome::Duplicate) {
            std::fprintf(stderr, "a second delivery of %s was \"%s\", not a duplicate\n", qUtf8Printable(first.eventId),
                         qUtf8Printable(again.name()));
            std::abort();
        }
    }
    return 0;
}
