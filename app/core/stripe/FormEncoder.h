#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace companion::stripe {

// Stripe's request encoding (reference §1.2), as the official clients write it:
// nested hashes as a[b]=, arrays indexed a[0]=, objects in arrays a[0][b]=,
// booleans true/false, null as an empty value (which unsets the field), brackets
// literal and everything else percent-encoded. Keys keep the object's order.
class FormEncoder
{
public:
    static QByteArray encode(const QJsonObject &params);
};

} // namespace companion::stripe
