#include "ServerCommands.h"

#include "auth/AdminTokens.h"
#include "auth/Jwt.h"
#include "billing/MrrLedger.h"
#include "billing/Reconciler.h"
#include "billing/StripeImport.h"
#include "billing/WebhookEndpointCheck.h"
#include "db/Database.h"
#include "db/RolePrivileges.h"
#include "db/DemoSeeder.h"
#include "db/Migrator.h"
#include "db/UserDirectory.h"
#include "stripe/StripeClient.h"
#include "util/OsUser.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>

#include <cstdio>

namespace companion::server {

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "companion-server: %s\n", qUtf8Printable(message));
    return 1;
}

// The migrated database, or nothing after printing why.
std::optional<db::Connection> open(const db::DatabaseConfig &config, db::MigrationReport *reportOut = nullptr)
{
    db::MigrationReport report;
    const auto connection = db::openMigrated(config, &report);
    billing::completeLedgerMigration(connection.db, config.dialect, &report);
    if (reportOut)
        *reportOut = report;
    if (!report.ok) {
        fail(report.error);
        return std::nullopt;
    }
    return connection;
}

QString operatorName()
{
    const QString user = util::osUserName();
    return user.isEmpty() ? QStringLiteral("cli") : user;
}
} // namespace

int ServerCommands::migrate() const
{
    db::MigrationReport report;
    if (!open(m_config.database, &report))
        return 1;
    if (report.applied.isEmpty())
        std::printf("%s is at schema %d; nothing to migrate\n", qUtf8Printable(m_config.database.displayName()), report.versionAfter);
    else
        std::printf("%s migrated from schema %d to %d (%s)\n", qUtf8Printable(m_config.database.displayName()), report.versionBefore,
                    report.versionAfter, qUtf8Printable(report.applied.join(QStringLiteral(", "))));
    return 0;
}

int ServerCommands::seedDemo(int users, quint32 seed) const
{
    const auto connection = open(m_config.database);
    if (!connection)
        return 1;
    QString error;
    const int added = db::DemoSeeder(connection->db, m_config.database.dialect).seedUsers(users, seed, &error);
    if (added < 0)
        return fail(QStringLiteral("seeding failed: ") + error);
    if (added == 0)
        std::printf("%s already has users; nothing seeded\n", qUtf8Printable(m_config.database.displayName()));
    else
        std::printf("added %d demo users to %s\n", added, qUtf8Printable(m_config.database.displayName()));
    return 0;
}

int ServerCommands::addUser(const QString &email, const QString &name) const
{
    static const QRegularExpression shape(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!shape.match(email).hasMatch())
        return fail(QStringLiteral("\"%1\" is not an e-mail address").arg(email));
    const auto connection = open(m_config.database);
    if (!connection)
        return 1;
    db::UserDirectory users(connection->db, m_config.database.dialect);
    if (const auto existing = users.findByEmail(email))
        return fail(QStringLiteral("%1 already exists as %2").arg(email, existing->id));
    db::UserRecord user;
    user.id = QStringLiteral("usr_") + QString::number(QRandomGenerator::system()->generate64(), 36);
    user.email = email;
    user.name = name;
    QString error;
    if (!users.insert(user, &error))
        return fail(QStringLiteral("cannot add %1: %2").arg(email, error));
    std::printf("%s\n", qUtf8Printable(user.id));
    return 0;
}

int ServerCommands::mintToken(const QString &email, const QString &ttl) const
{
    if (m_config.jwtSecret.size() < JwtVerifier::kMinSecretBytes)
        return fail(QStringLiteral("JWT_SECRET (or JWT_SECRET_FILE) must be set, at least %1 bytes").arg(JwtVerifier::kMinSecretBytes));
    const qint64 seconds = parseDuration(ttl);
    if (seconds <= 0)
        return fail(QStringLiteral("--ttl must look like 90s, 15m, 1h or 7d"));
    const auto connection = open(m_config.database);
    if (!connection)
        return 1;
    QString error;
    const auto user = db::UserDirectory(connection->db, m_config.database.dialect).findByEmail(email, &error);
    if (!user)
        return fail(error.isEmpty() ? QStringLiteral("no user %1 (add one with `companion-server user add`)").arg(email) : error);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{QStringLiteral("sub"), user->id}, {QStringLiteral("email"), user->email},
                       {QStringLiteral("iat"), now}, {QStringLiteral("exp"), now + seconds}};
    if (!user->name.isEmpty())
        claims.insert(QStringLiteral("name"), user->name);
    if (!m_config.jwtIssuer.isEmpty())
        claims.insert(QStringLiteral("iss"), m_config.jwtIssuer);
    if (!m_config.jwtAudience.isEmpty())
        claims.insert(QStringLiteral("aud"), m_config.jwtAudience);
    std::printf("%s\n", JwtVerifier::sign(claims, m_config.jwtSecret).constData());
    return 0;
}

int ServerCommands::adminToken(const QStringList &arguments, const QString &label) const
{
    const QString action = arguments.value(0);
    const auto connection = open(m_config.database);
    if (!connection)
        return 1;
    AdminTokens tokens(connection->db);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QString error;
    if (action == QLatin1String("create")) {
        const QString token = tokens.create(label, operatorName(), now, &error);
        if (token.isEmpty())
            return fail(error + QStringLiteral(" (use --label)"));
        // The only time the token is shown: stdout, for the operator to put in the admin app's keychain.
        std::printf("%s\n", qUtf8Printable(token));
        std::fprintf(stderr, "Store this token now (companion-admin → Settings); it cannot be shown again.\n");
        return 0;
    }
    if (action == QLatin1String("list")) {
        const auto list = tokens.list(&error);
        if (!error.isEmpty())
            return fail(error);
        for (const AdminTokenInfo &token : list) {
            std::printf("%lld\t%s\t%s\tcreated %s by %s\t%s\n", static_cast<long long>(token.id), qUtf8Printable(token.label),
                        qUtf8Printable(token.hint), qUtf8Printable(QDateTime::fromSecsSinceEpoch(token.createdAt).toString(Qt::ISODate)),
                        qUtf8Printable(token.createdBy),
                        token.revokedAt ? "revoked" : (token.lastUsedAt ? "in use" : "never used"));
        }
        return 0;
    }
    if (action == QLatin1String("revoke")) {
        bool ok = false;
        const qint64 id = arguments.value(1).toLongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("admin-token revoke needs the token's id (see admin-token list)"));
        if (!tokens.revoke(id, now, &error))
            return fail(error);
        std::printf("revoked admin token %lld\n", static_cast<long long>(id));
        return 0;
    }
    return fail(QStringLiteral("admin-token create --label NAME | list | revoke ID"));
}

int ServerCommands::syncStripe() const
{
    if (m_config.stripeSecretKey.isEmpty())
        return fail(QStringLiteral("sync-stripe needs STRIPE_SECRET_KEY"));
    if (!open(m_config.database))
        return 1;
    QNetworkAccessManager network;
    stripe::StripeClient client(&network, m_config.stripeApiBase, m_config.stripeSecretKey);
    billing::StripeImport import(&client, m_config.database);
    billing::StripeImport::Summary summary;
    QEventLoop loop;
    QObject::connect(&import, &billing::StripeImport::progress, [](const QString &list, int received, int done, int total) {
        std::fprintf(stderr, "\rsync-stripe: %s: %d read, %d/%d windows   ", qUtf8Printable(list), received, done, total);
    });
    QObject::connect(&import, &billing::StripeImport::finished, [&](const billing::StripeImport::Summary &result) {
        summary = result;
        loop.quit();
    });
    import.start();
    loop.exec();
    std::fprintf(stderr, "\n");
    if (!summary.ok())
        return fail(QStringLiteral("sync-stripe stopped after %1 subscriptions and %2 invoices: %3")
                        .arg(summary.subscriptionsRead).arg(summary.invoicesRead).arg(summary.error));
    // The rest belong to no user of ours (Stripe customers made elsewhere).
    std::printf("subscriptions: read %d, applied %d; invoices: read %d, applied %d; fees from balance transactions: %d\n"
                "balance transactions: read %d; payouts: read %d, transactions of %d read\n"
                "coupons: read %d; promotion codes: read %d; subscription discounts: read %d\n",
                summary.subscriptionsRead, summary.subscriptionsApplied, summary.invoicesRead, summary.invoicesApplied, summary.feesRecorded,
                summary.balanceTransactionsRead, summary.payoutsRead, summary.payoutsReconciled, summary.couponsRead,
                summary.promotionCodesRead, summary.discountsRead);
    return 0;
}

int ServerCommands::syncStripeEvents() const
{
    if (m_config.stripeSecretKey.isEmpty())
        return fail(QStringLiteral("sync-stripe needs STRIPE_SECRET_KEY"));
    const auto connection = open(m_config.database);
    if (!connection)
        return 1;
    const qint64 since = billing::MissedEvents::recoverySince(connection->db, QDateTime::currentSecsSinceEpoch());
    billing::Reconciler::Config reconcilerConfig{billing::Reconciler::clientFor(m_config.stripeApiBase, m_config.stripeSecretKey), m_config.database};
    reconcilerConfig.auditSource = QStringLiteral("cli");
    billing::Reconciler reconciler(reconcilerConfig);
    QEventLoop loop;
    QList<billing::MissedEvent> missed;
    QString error;
    QObject::connect(&reconciler, &billing::Reconciler::missedListed, [&](const QList<billing::MissedEvent> &events, const QString &failure) {
        missed = events;
        error = failure;
        loop.quit();
    });
    reconciler.listMissed(since);
    loop.exec();
    if (!error.isEmpty())
        return fail(QStringLiteral("sync-stripe --events could not list Stripe's events: %1").arg(error));
    billing::FixSummary summary;
    bool done = false;
    QObject::connect(&reconciler, &billing::Reconciler::fixed, [&](const billing::FixSummary &result) {
        summary = result;
        done = true;
        loop.quit();
    });
    QObject::connect(&reconciler, &billing::Reconciler::progress, [](const QString &, int done, int total) {
        std::fprintf(stderr, "\rsync-stripe: events applied %d/%d   ", done, total);
    });
    reconciler.recover(missed, operatorName());
    if (!done) // it may finish at once, with nothing to ask Stripe
        loop.exec();
    std::fprintf(stderr, "\n");
    std::printf("events: %d missed since %s, %d applied, %d failed\n", int(missed.size()),
                qUtf8Printable(since > 0 ? QDateTime::fromSecsSinceEpoch(since, Qt::UTC).toString(Qt::ISODate) : QStringLiteral("30 days ago")),
                summary.fixed, summary.failed);
    if (summary.payoutsRead > 0)
        std::printf("payouts: transactions of %d read\n", summary.payoutsRead);
    for (const QString &line : std::as_const(summary.errors))
        std::fprintf(stderr, "companion-server: %s\n", qUtf8Printable(line));
    return summary.errors.isEmpty() ? 0 : 1; // a failed event, or payouts whose transactions could not be read
}

namespace {
// One line of the doctor's report, counted.
struct Report {
    int failures = 0;
    int warnings = 0;
    void line(const char *level, const QString &what, const QString &detail)
    {
        std::printf("%-5s %-18s %s\n", level, qUtf8Printable(what), qUtf8Printable(detail));
        std::fflush(stdout);
    }
    void ok(const QString &what, const QString &detail) { line("ok", what, detail); }
    void warn(const QString &what, const QString &detail) { ++warnings; line("warn", what, detail); }
    void fail(const QString &what, const QString &detail) { ++failures; line("FAIL", what, detail); }
};

// A Stripe call waited for (the doctor is a one-shot command).
stripe::StripeResult await(stripe::StripeCall *call)
{
    QEventLoop loop;
    stripe::StripeResult result;
    call->then(&loop, [&](const stripe::StripeResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

bool mayWrite(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    QString error;
    return db::Database::exec(q, QStringLiteral("SELECT has_table_privilege(current_user, ?, 'INSERT') AND has_table_privilege(current_user, ?, 'UPDATE')"),
                              {table, table}, &error)
        && q.next() && q.value(0).toBool();
}
} // namespace

int ServerCommands::doctor() const
{
    Report report;
    // Settings: present, of the right kind; secrets never printed whole.
    QString settingsError;
    if (!m_config.checkServeRequirements(&settingsError))
        report.fail(QStringLiteral("settings"), QString(settingsError).replace(u'\n', u' '));
    else
        report.ok(QStringLiteral("settings"), QStringLiteral("JWT_SECRET, STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET (%1), STRIPE_PREMIUM_PRICE_ID set")
                                                  .arg(m_config.webhookSecrets.size() == 1 ? QStringLiteral("one secret")
                                                                                          : QStringLiteral("%1 secrets").arg(m_config.webhookSecrets.size())));
    if (m_config.metricsToken.isEmpty())
        report.warn(QStringLiteral("metrics"), QStringLiteral("METRICS_TOKEN is not set: Prometheus cannot scrape /metrics, so no alert fires"));
    else
        report.ok(QStringLiteral("metrics"), QStringLiteral("/metrics is on (METRICS_TOKEN set)"));

    // The database: reachable, migrated, and the server's role may write what it must.
    db::MigrationReport migration;
    const db::Connection connection = db::openMigrated(m_config.database, &migration);
    if (!migration.ok) {
        report.fail(QStringLiteral("database"), migration.error);
    } else {
        report.ok(QStringLiteral("database"), QStringLiteral("%1 at schema version %2").arg(m_config.database.displayName()).arg(migration.versionAfter));
        if (m_config.database.dialect == db::Dialect::PostgreSQL) {
            const db::RolePrivileges role = db::RolePrivileges::read(connection.db, m_config.database.dialect);
            QStringList cannot;
            for (const char *table : {"webhook_events", "subscriptions", "users", "invoices", "audit_log"})
                if (!mayWrite(connection.db, QString::fromLatin1(table)))
                    cannot << QString::fromLatin1(table);
            if (cannot.isEmpty())
                report.ok(QStringLiteral("database role"), QStringLiteral("%1 may write the webhook log, subscriptions, users, invoices and the audit log")
                                                               .arg(role.role));
            else
                report.fail(QStringLiteral("database role"), QStringLiteral("%1 may not write %2: webhooks would be answered 503")
                                                                 .arg(role.role, cannot.join(QStringLiteral(", "))));
        }
    }

    if (m_config.stripeSecretKey.isEmpty())
        return report.failures > 0 ? 1 : 0;
    QNetworkAccessManager network;
    stripe::StripeClient stripe(&network, m_config.stripeApiBase, m_config.stripeSecretKey);
    // The key and the Premium price, in one call.
    const stripe::StripeResult price = await(stripe.get(QStringLiteral("/v1/prices/") + m_config.premiumPriceId));
    const QString mode = stripe.isLiveMode() ? QStringLiteral("live") : QStringLiteral("test");
    if (!price.ok() && price.error->httpStatus == 401) {
        report.fail(QStringLiteral("stripe key"), QStringLiteral("%1 is refused by Stripe (revoked or mistyped)").arg(stripe.redactedKey()));
        return 1;
    }
    if (!price.ok() && price.error->httpStatus != 404) {
        report.fail(QStringLiteral("stripe"), QStringLiteral("%1 cannot be reached: %2").arg(m_config.stripeApiBase.toString(), price.error->userMessage()));
        return 1;
    }
    report.ok(QStringLiteral("stripe key"), QStringLiteral("%1 (%2 mode) at %3").arg(stripe.redactedKey(), mode, m_config.stripeApiBase.toString()));
    // A price checkouts sell: it exists in this account, is active and recurring.
    const auto checkPrice = [&report, &mode](const QString &what, const QString &id, const stripe::StripeResult &answer) {
        if (!answer.ok()) {
            report.fail(what, answer.error->httpStatus == 404 ? QStringLiteral("%1 does not exist in this %2-mode account").arg(id, mode)
                                                              : QStringLiteral("%1 cannot be read: %2").arg(id, answer.error->userMessage()));
            return;
        }
        const QJsonObject recurring = answer.body.value(QStringLiteral("recurring")).toObject();
        const QString shape = QStringLiteral("%1 %2 a %3")
                                  .arg(answer.body.value(QStringLiteral("unit_amount")).toInteger() / 100.0, 0, 'f', 2)
                                  .arg(answer.body.value(QStringLiteral("currency")).toString().toUpper(),
                                       recurring.value(QStringLiteral("interval")).toString(QStringLiteral("one-off payment")));
        if (!answer.body.value(QStringLiteral("active")).toBool())
            report.fail(what, QStringLiteral("%1 (%2) is archived: checkouts fail").arg(id, shape));
        else if (recurring.isEmpty())
            report.fail(what, QStringLiteral("%1 is not recurring: a subscription needs a recurring price").arg(id));
        else
            report.ok(what, QStringLiteral("%1: %2, active").arg(id, shape));
    };
    checkPrice(QStringLiteral("premium price"), m_config.premiumPriceId, price);
    if (!m_config.yearlyPriceId.isEmpty())
        checkPrice(QStringLiteral("yearly price"), m_config.yearlyPriceId, await(stripe.get(QStringLiteral("/v1/prices/") + m_config.yearlyPriceId)));
    // The clock: signatures older than 300 s are refused, so a skew of minutes loses webhooks.
    if (price.serverDate.isValid()) {
        const qint64 skew = QDateTime::currentSecsSinceEpoch() - price.serverDate.toSecsSinceEpoch();
        const QString text = QStringLiteral("%1 s %2 Stripe's").arg(qAbs(skew)).arg(skew >= 0 ? QStringLiteral("ahead of") : QStringLiteral("behind"));
        if (qAbs(skew) > 60)
            report.fail(QStringLiteral("clock"), text + QStringLiteral(": webhook signatures are checked against it (300 s); fix NTP"));
        else
            report.ok(QStringLiteral("clock"), text);
    } else {
        report.warn(QStringLiteral("clock"), QStringLiteral("Stripe's answer had no Date header: the clock is not checked"));
    }
    // The webhook endpoint and its events.
    const stripe::StripeResult endpoints = await(stripe.get(QStringLiteral("/v1/webhook_endpoints"), {{QStringLiteral("limit"), 100}}));
    if (!endpoints.ok()) {
        report.fail(QStringLiteral("webhook endpoint"), QStringLiteral("cannot be read: %1").arg(endpoints.error->userMessage()));
    } else {
        QList<QJsonObject> list;
        for (const QJsonValue &v : endpoints.body.value(QStringLiteral("data")).toArray())
            list << v.toObject();
        const billing::EndpointCheck check = billing::WebhookEndpointCheck::check(list, m_config.webhookEndpointUrl);
        if (check.ok())
            report.ok(QStringLiteral("webhook endpoint"), check.message());
        else
            report.fail(QStringLiteral("webhook endpoint"), check.message());
        if (m_config.webhookEndpointUrl.isEmpty())
            report.warn(QStringLiteral("webhook url"), QStringLiteral("WEBHOOK_ENDPOINT_URL is not set: any endpoint on /api/v1/payments/webhook counts as this server's"));
    }
    std::printf("%d failed, %d warnings\n", report.failures, report.warnings);
    return report.failures > 0 ? 1 : 0;
}

qint64 ServerCommands::parseDuration(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\s*(\d{1,7})\s*([smhd]?)\s*$)"));
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return 0;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("m"))
        return n * 60;
    if (unit == QLatin1String("h"))
        return n * 3600;
    if (unit == QLatin1String("d"))
        return n * 86400;
    return n;
}

} // namespace companion::server
