#pragma once

#include "db/ReadReplica.h"
#include "serverapi/AdminApiClient.h"

#include <QCoreApplication>
#include <QString>

namespace companion::admin {

// How old what the desk shows may be, in words, when the server reads from a
// replica: "read from the replica, 0.4 s behind", or why the primary answered.
class ReadOriginText
{
    Q_DECLARE_TR_FUNCTIONS(ReadOriginText)
public:
    // Empty when the server has no read replica.
    static QString describe(const serverapi::ReadOrigin &origin);
    // The same for a read of the desk's own (DatabaseThread::runRead).
    static QString describe(const db::ReadRoute &route);
    // The lag in words: "current", "0.4 s behind", "2 min behind".
    static QString lag(double seconds);
};

} // namespace companion::admin
