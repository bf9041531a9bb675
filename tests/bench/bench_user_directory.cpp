// bench_user_directory: how fast the users view's queries are on a big table.
// Prints numbers; asserts nothing about time. Run by hand:
//   scripts/lib/with-test-env build/tests/bench/bench_user_directory [users] [postgresql|sqlite]
#include "TestDatabase.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "db/UserDirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace companion;

namespace {
double percentile(QVector<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at(qMin(int(samples.size()) - 1, int(p * samples.size())));
}

bool seed(const QSqlDatabase &db, db::Dialect dialect, int users)
{
    db::Transaction tx(db, dialect);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO users (id, email, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
    auto *rng = QRandomGenerator::global();
    static const char *const first[] = {"ada", "grace", "alan", "edsger", "barbara", "donald", "frances", "linus", "margaret", "ken"};
    for (int i = 0; i < users; ++i) {
        const QString name = QString::fromLatin1(first[rng->bounded(10)]);
        q.addBindValue(QStringLiteral("usr_%1").arg(i, 8, 10, QLatin1Char('0')));
        q.addBindValue(QStringLiteral("%1.%2@example%3.com").arg(name).arg(i).arg(i % 97));
        q.addBindValue(QString(name + QStringLiteral(" %1").arg(i)));
        q.addBindValue(qint64(1600000000 + i));
        q.addBindValue(qint64(1600000000 + i));
        if (!q.exec()) {
            std::fprintf(stderr, "insert failed: %s\n", qUtf8Printable(db::Database::errorText(q.lastError())));
            return false;
        }
    }
    return tx.commit();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int users = args.size() > 1 ? args.at(1).toInt() : 100000;
    if (args.size() > 2)
        qputenv("COMPANION_TEST_DB", args.at(2).toLatin1());

    test::TestDatabase testDb;
    QString error;
    if (!testDb.create(&error)) {
        std::fprintf(stderr, "bench_user_directory: %s\n", qUtf8Printable(error));
        return 1;
    }
    const auto dialect = testDb.config().dialect;
    const QSqlDatabase database = testDb.openMigrated(&error);
    if (!database.isOpen()) {
        std::fprintf(stderr, "bench_user_directory: %s\n", qUtf8Printable(error));
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    if (!seed(database, dialect, users))
        return 1;
    const double seedMs = timer.nsecsElapsed() / 1e6;
    QSqlQuery(database).exec(dialect == db::Dialect::PostgreSQL ? QStringLiteral("ANALYZE users") : QStringLiteral("ANALYZE"));

    db::UserDirectory directory(database, dialect);
    auto timeMs = [&](auto &&fn) {
        QElapsedTimer t;
        t.start();
        fn();
        return t.nsecsElapsed() / 1e6;
    };

    QVector<double> firstPage, prefix, deep;
    for (int i = 0; i < 50; ++i)
        firstPage << timeMs([&] { directory.page({QString(), 200}); });
    static const char *const searches[] = {"ada", "grace.1", "linus.99", "ken.4242", "margaret", "zz-nobody", "usr_00004242", "Donald 7"};
    for (int i = 0; i < 200; ++i)
        prefix << timeMs([&] { directory.page({QString::fromLatin1(searches[i % 8]), 200}); });
    // Walk 50 consecutive pages from the middle: keyset cost must not grow with depth.
    std::optional<db::UserCursor> cursor = db::UserCursor{QStringLiteral("linus"), QString()};
    for (int i = 0; i < 50 && cursor; ++i) {
        db::UserPage page;
        deep << timeMs([&] { page = directory.page({QString(), 200}, cursor); });
        cursor = page.next;
    }

    std::printf("bench_user_directory on %s, %d users (seeded in %.0f ms)\n",
                qUtf8Printable(db::dialectName(dialect)), users, seedMs);
    std::printf("  first page (200 rows):    p50 %.2f ms  p95 %.2f ms\n", percentile(firstPage, 0.5), percentile(firstPage, 0.95));
    std::printf("  search (prefix/exact):    p50 %.2f ms  p95 %.2f ms\n", percentile(prefix, 0.5), percentile(prefix, 0.95));
    std::printf("  next page deep in table:  p50 %.2f ms  p95 %.2f ms\n", percentile(deep, 0.5), percentile(deep, 0.95));
    return 0;
}
