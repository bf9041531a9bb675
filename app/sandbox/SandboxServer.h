#pragma once

#include "ApiKeyCheck.h"
#include "SandboxConfig.h"
#include "util/ServiceInfo.h"

#include <QHttpServer>
#include <QObject>

namespace sandbox {

// The HTTP face of stripe-sandbox: Stripe's transport rules (auth, Request-Id,
// Stripe-Version, error envelope) around the resource routes.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxConfig config, QObject *parent = nullptr);

    bool start(QString *error);
    quint16 port() const { return m_port; }

private:
    QHttpServerResponse withStripeHeaders(QHttpServerResponse &&response, const QHttpServerRequest &request) const;

    SandboxConfig m_config;
    ApiKeyCheck m_auth;
    companion::util::ServiceInfo m_info;
    QHttpServer m_http;
    quint16 m_port = 0;
};

} // namespace sandbox
