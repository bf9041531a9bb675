#include "Log.h"

Q_LOGGING_CATEGORY(lcDb, "companion.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigrations, "companion.migrations", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "companion.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "companion.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStripe, "companion.stripe", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRevenue, "companion.revenue", QtInfoMsg)
