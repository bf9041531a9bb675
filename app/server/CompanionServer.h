#pragma once

#include "ServerConfig.h"
#include "util/ServiceInfo.h"

#include <QHttpServer>
#include <QObject>

#include <memory>

namespace companion::server {

class WebhookRoutes;

// The HTTP service: opens and migrates the database, then serves the routes.
// Payments, webhooks and the admin API are added by their own route classes.
class CompanionServer : public QObject
{
    Q_OBJECT
public:
    explicit CompanionServer(ServerConfig config, QObject *parent = nullptr);
    ~CompanionServer() override;

    // Opens the database, applies migrations and starts listening.
    bool start(QString *error);
    quint16 port() const { return m_port; }

private:
    void addHealthRoutes();
    QJsonObject readiness(bool *ready) const;

    ServerConfig m_config;
    util::ServiceInfo m_info;
    QHttpServer m_http;
    std::unique_ptr<WebhookRoutes> m_webhooks;
    quint16 m_port = 0;
    int m_schemaVersion = 0;
    int m_expectedSchemaVersion = 0;
};

} // namespace companion::server
