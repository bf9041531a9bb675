#include "CompanionServer.h"

#include "ApiError.h"
#include "WebhookRoutes.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "util/Log.h"

#include <QHttpServerResponder>
#include <QJsonObject>

namespace companion::server {

CompanionServer::CompanionServer(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_info(QStringLiteral("companion-server"))
{
}

CompanionServer::~CompanionServer() = default;

bool CompanionServer::start(QString *error)
{
    db::MigrationReport report;
    db::openMigrated(m_config.database, &report);
    if (!report.ok) {
        *error = report.error;
        return false;
    }
    m_schemaVersion = report.versionAfter;
    m_expectedSchemaVersion = db::MigrationSet::builtin(m_config.database.dialect).latestVersion();

    addHealthRoutes();
    m_webhooks = std::make_unique<WebhookRoutes>(m_config);
    m_webhooks->registerRoutes(m_http);
    m_http.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        apiError(QHttpServerResponse::StatusCode::NotFound, QStringLiteral("not_found"),
                 QStringLiteral("No route for %1").arg(request.url().path()))
            .write(std::move(responder));
    });

    m_port = m_http.listen(m_config.listen.address, m_config.listen.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1 (port in use, or not allowed)").arg(m_config.listen.toString());
        return false;
    }
    qCInfo(lcHttp).noquote() << "database" << m_config.database.displayName() << "at schema version" << m_schemaVersion;
    return true;
}

void CompanionServer::addHealthRoutes()
{
    // Alive: answers without touching the database, so a slow database does not
    // get the process restarted.
    m_http.route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get, [this] {
        return QHttpServerResponse(m_info.health({
            {QStringLiteral("schema_version"), m_schemaVersion},
            {QStringLiteral("database"), db::dialectName(m_config.database.dialect)},
        }));
    });
    // Ready: the database answers and the schema is what this build expects.
    m_http.route(QStringLiteral("/readyz"), QHttpServerRequest::Method::Get, [this] {
        bool ready = false;
        const QJsonObject body = readiness(&ready);
        return QHttpServerResponse(body, ready ? QHttpServerResponse::StatusCode::Ok
                                               : QHttpServerResponse::StatusCode::ServiceUnavailable);
    });
}

QJsonObject CompanionServer::readiness(bool *ready) const
{
    const auto connection = db::Database::connection(m_config.database);
    QString error = connection.error;
    std::optional<int> version;
    if (connection.ok())
        version = db::Migrator(connection.db, m_config.database.dialect).currentVersion(&error);
    *ready = version && *version == m_expectedSchemaVersion;
    QJsonObject body{
        {QStringLiteral("status"), *ready ? QStringLiteral("ready") : QStringLiteral("not_ready")},
        {QStringLiteral("schema_version"), version ? *version : -1},
        {QStringLiteral("expected_schema_version"), m_expectedSchemaVersion},
    };
    if (!error.isEmpty())
        body.insert(QStringLiteral("error"), error);
    return body;
}

} // namespace companion::server
