#pragma once

#include <QJsonObject>

namespace sandbox {

// Stripe's whole object shape: the fields Stripe always sends that the sandbox's
// builders do not set themselves (null, false, 0, [], {} or a nested object of
// those), from resources/sandbox/object-defaults.json, which
// scripts/sandbox/generate-object-defaults.py derives from the official client's
// type declarations. Builders stay small and say only what the sandbox decides.
class ObjectDefaults
{
public:
    // `object` with every missing always-present field of its type added (and a
    // subscription item's legacy `plan`, a view of its price);
    // deletion stubs ({id, object, deleted}) stay as they are.
    static QJsonObject complete(QJsonObject object);
};

} // namespace sandbox
