#pragma once

#include "http/HttpRequest.h"
#include <QStringList>

#include <optional>

namespace sandbox {

// Stripe's authentication: "Authorization: Bearer sk_test_…" or HTTP Basic with
// the key as user name. Returns the error message Stripe would give, or nullopt.
class ApiKeyCheck
{
public:
    explicit ApiKeyCheck(QStringList keys);
    // `key` receives the key that was sent (to tell accounts apart), even when refused.
    std::optional<QString> rejection(const companion::http::HttpRequest &request, QString *key = nullptr) const;

private:
    QStringList m_keys;
};

} // namespace sandbox
