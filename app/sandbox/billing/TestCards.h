#pragma once

#include <QString>

#include <optional>

namespace sandbox {

// What Stripe's documented test card numbers do (reference §7.1), for the checkout
// page, the completion helper and renewals.
struct CardBehaviour {
    QString number;
    QString brand = QStringLiteral("visa");
    QString country = QStringLiteral("US");
    QString funding = QStringLiteral("credit"); // credit, debit, prepaid
    QString declineCode;          // non-empty: every charge is declined with card_declined + this
    QString errorCode;            // card_declined, expired_card, incorrect_cvc, processing_error, incorrect_number
    QString message;              // what the payer is told on a decline
    bool needsAuthentication = false; // 3-D Secure step at checkout (on-session)
    bool failsOffSession = false;     // attaches fine, later (renewal) charges fail: 0341
    bool exemptOnceSetUp = false;     // 3155: off-session charges pass once set up with authentication (SetupIntent, setup_future_usage)
    bool disputed = false;            // succeeds, then the payer disputes it: 0259
    bool refundPending = false;       // its refunds stay pending a day, then succeed: 7726
    bool refundFails = false;         // its refunds succeed, then fail a day later: 5126

    bool declines() const { return !errorCode.isEmpty(); }
    QString last4() const { return number.right(4); }

    // Unknown but Luhn-valid numbers behave like 4242; Luhn-invalid ones are incorrect_number.
    static CardBehaviour lookup(const QString &number);
    // Stripe's test PaymentMethod tokens (pm_card_visa, pm_card_chargeDeclined, …):
    // the card number each one stands for, nullopt for anything else.
    static std::optional<QString> numberOfToken(const QString &token);
};

} // namespace sandbox
