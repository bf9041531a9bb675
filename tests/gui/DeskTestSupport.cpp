#include "DeskTestSupport.h"

#include "dialogs/CancelSubscriptionDialog.h"
#include "dialogs/UserDetailDialog.h"
#include "secrets/KeychainStore.h"
#include "settings/StripeConnection.h"
#include "windows/MainWindow.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QtTest>

namespace companion::test {

bool cancelThroughDialog(admin::UserDetailDialog *detail, const QString &when, const QString &refund, const QString &note,
                         const QString &typed, QString *why)
{
    const auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    auto *open = detail->findChild<QPushButton *>(QStringLiteral("cancelSubscriptionButton"));
    if (!QTest::qWaitFor([open] { return open->isEnabled(); }, 20000))
        return fail(QStringLiteral("Cancel subscription… stays disabled"));
    QTest::mouseClick(open, Qt::LeftButton);
    admin::CancelSubscriptionDialog *dialog = detail->cancelDialog();
    if (!dialog || !dialog->isVisible())
        return fail(QStringLiteral("no Cancel dialog"));
    auto *accept = dialog->findChild<QPushButton *>(QStringLiteral("confirmCancelButton"));
    if (accept->isEnabled())
        return fail(QStringLiteral("OK enabled before anything was chosen"));
    dialog->findChild<QRadioButton *>(when)->click();
    auto *refundChoice = dialog->findChild<QRadioButton *>(refund);
    if (!refundChoice->isEnabled())
        return fail(QStringLiteral("refund choice %1 is disabled: %2").arg(refund, dialog->findChild<QLabel *>(QStringLiteral("refundNote"))->text()));
    refundChoice->click();
    if (accept->isEnabled())
        return fail(QStringLiteral("OK enabled without a note"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("cancelReason")), note);
    if (!typed.isEmpty()) {
        if (accept->isEnabled())
            return fail(QStringLiteral("OK enabled in live mode before the e-mail was typed"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("typedEmail")), typed);
    }
    if (!accept->isEnabled())
        return fail(QStringLiteral("OK still disabled: %1").arg(dialog->findChild<QLabel *>(QStringLiteral("cancelSummary"))->text()));
    QTest::mouseClick(accept, Qt::LeftButton);
    return true;
}

void deskProfile(QSettings &settings, const QString &test, db::Dialect dialect, const QUrl &stripeApiBase)
{
    settings.setValue(QStringLiteral("keychain/service"), QStringLiteral("companion-test-%1-%2").arg(test, db::dialectName(dialect)));
    admin::StripeConnection::setApiBase(settings, stripeApiBase);
}

bool addSubscriber(const QSqlDatabase &db, const QString &userId, const QString &email, bool livemode)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO users (id, email, name, created_at, updated_at, tier, is_premium, premium_source, stripe_customer_id) "
                             "VALUES (?, ?, ?, 1700000000, 1700000000, 'premium', TRUE, 'subscription', ?)"));
    q.addBindValue(userId);
    q.addBindValue(email);
    q.addBindValue(email.section(u'@', 0, 0));
    q.addBindValue(QString(QStringLiteral("cus_") + userId));
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("INSERT INTO subscriptions (id, user_id, customer_id, status, interval, amount, currency, created, "
                             "current_period_end, livemode, updated_at) VALUES (?, ?, ?, 'active', 'month', 999, 'usd', 1700000000, 4102444800, ?, 0)"));
    q.addBindValue(QString(QStringLiteral("sub_") + userId));
    q.addBindValue(userId);
    q.addBindValue(QString(QStringLiteral("cus_") + userId));
    q.addBindValue(livemode);
    return q.exec();
}

ScriptedConfirmer *scriptConfirmations(admin::MainWindow &window)
{
    auto confirmer = std::make_unique<ScriptedConfirmer>();
    ScriptedConfirmer *scripted = confirmer.get();
    window.setConfirmer(std::move(confirmer));
    return scripted;
}

bool storeStripeKey(admin::KeychainStore &keychain, const QString &key)
{
    bool done = false, ok = false;
    keychain.write(QString::fromLatin1(admin::StripeConnection::kSecretKeyName), key, [&](const auto &r) {
        ok = r.ok();
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 15000) && ok;
}

bool removeStripeKey(admin::KeychainStore &keychain)
{
    bool done = false;
    keychain.remove(QString::fromLatin1(admin::StripeConnection::kSecretKeyName), [&done](const auto &) { done = true; });
    return QTest::qWaitFor([&] { return done; }, 15000);
}

} // namespace companion::test
