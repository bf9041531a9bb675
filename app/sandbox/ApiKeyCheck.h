#pragma once

#include <QHttpServerRequest>
#include <QStringList>

#include <optional>

namespace sandbox {

// Stripe's authentication: "Authorization: Bearer sk_test_…" or HTTP Basic with
// the key as user name. Returns the error message Stripe would give, or nullopt.
class ApiKeyCheck
{
public:
    explicit ApiKeyCheck(QStringList keys);
    std::optional<QString> rejection(const QHttpServerRequest &request) const;

private:
    QStringList m_keys;
};

} // namespace sandbox
