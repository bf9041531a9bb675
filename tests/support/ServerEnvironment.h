#pragma once

#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>

namespace companion::test {

// What companion-server needs to `serve` in a test: every required setting, with
// test values (Stripe pointed at a closed port unless a test sets STRIPE_API_BASE).
constexpr char kJwtSecret[] = "test-jwt-secret-0123456789abcdef-0123456789";
constexpr char kServerWebhookSecret[] = "whsec_test_server_0123456789abcdef";
constexpr char kPremiumPrice[] = "price_test_premium_monthly";

QProcessEnvironment serverEnvironment(const QList<QPair<QString, QString>> &overrides = {});

} // namespace companion::test
