#pragma once

#include "RunningProgram.h"

#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace companion::test {

// What companion-server needs to `serve` in a test: every required setting, with
// test values (Stripe pointed at a closed port unless a test sets STRIPE_API_BASE).
constexpr char kJwtSecret[] = "test-jwt-secret-0123456789abcdef-0123456789";
constexpr char kServerWebhookSecret[] = "whsec_test_server_0123456789abcdef";
constexpr char kPremiumPrice[] = "price_test_premium_monthly";

QProcessEnvironment serverEnvironment(const QList<QPair<QString, QString>> &overrides = {});

// Runs an operator command of companion-server (`serverBinary`) on `databaseUrl`
// with the test settings and returns its standard output, trimmed. A non-zero
// exit is printed with the command's error output (and left in *exitCode).
QString serverCommand(const QString &serverBinary, QStringList arguments, const QString &databaseUrl, int *exitCode = nullptr,
                      const QList<QPair<QString, QString>> &overrides = {});
// `companion-server admin-token create --label …`: the new token.
// GET /metrics with `token` as Prometheus sends it.
HttpReply scrapeMetrics(const QUrl &server, const QByteArray &token);
// The value of one series (`name{labels}` as exposed) in a scrape, or -1 when it is not there.
double metricSample(const QByteArray &scrape, const QString &series);

QString createAdminToken(const QString &serverBinary, const QString &databaseUrl, const QString &label);

} // namespace companion::test
