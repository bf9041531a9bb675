#pragma once

#include "ChapterCatalog.h"
#include "LearnerGate.h"
#include "ServerContext.h"

#include <QObject>

namespace companion::http {
class HttpServer;
}

namespace companion::server {

// Chapter gating: GET /api/v1/chapters lists the course with what this learner
// may read; GET /api/v1/chapters/{id} serves a chapter, or 403 with the way to
// upgrade when it needs Premium. Entitlement comes from the database, so a grant
// by support or a webhook counts at once.
class ChaptersRoutes : public QObject
{
    Q_OBJECT
public:
    ChaptersRoutes(ServerContext context, LearnerGate &gate, ChapterCatalog catalog, QObject *parent = nullptr);

    void registerRoutes(http::HttpServer &http);

private:
    ServerContext m_context;
    LearnerGate &m_gate;
    ChapterCatalog m_catalog;
};

} // namespace companion::server
