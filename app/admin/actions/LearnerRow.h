#pragma once

#include <QString>

namespace companion::admin {

// Who a row of a list is about, as far as the Learner menu needs: enough to open
// them, copy what a ticket asks for and find them at Stripe.
struct LearnerRow {
    QString userId;
    QString email;
    QString customerId;     // cus_…, empty when never at Stripe
    QString subscriptionId; // sub_…, when the row is a subscription
    bool isValid() const { return !userId.isEmpty(); }
};

} // namespace companion::admin
