#include "StripeWait.h"

#include <QTest>

namespace companion::test {

stripe::StripeResult waitForResult(stripe::StripeCall *call, int timeoutMs)
{
    stripe::StripeResult result;
    bool done = false;
    QObject::connect(call, &stripe::StripeCall::finished, [&](const stripe::StripeResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs)) {
        call->cancel(); // reports Canceled through the connection above
        if (!done) {
            stripe::StripeError e;
            e.kind = stripe::StripeError::Kind::Canceled;
            e.message = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
            result.error = e;
        }
    }
    return result;
}

} // namespace companion::test
