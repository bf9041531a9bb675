#pragma once

#include "RunningProgram.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace companion::test {

// A stripe-sandbox process (in memory) and a small form-encoding client for it,
// for tests that drive the sandbox over real HTTP the way our programs will.
class SandboxClient
{
public:
    static constexpr char kKey[] = "sk_test_sandbox_0000000000000000";

    SandboxClient();
    // In memory unless `extraArguments` names a --data file.
    bool start(QString *error, const QStringList &extraArguments = {});
    bool stop(QString *error) { return m_process.terminate(error); }
    QUrl baseUrl() const { return m_process.baseUrl(); }
    bool isRunning() const { return m_process.isRunning(); }

    struct Reply {
        int status = 0;
        QJsonObject body;
        HttpReply raw;
        QString id() const { return body.value(QStringLiteral("id")).toString(); }
    };
    Reply get(const QString &path, const QUrlQuery &query = {}) const;
    Reply post(const QString &path, const QList<QPair<QString, QString>> &form = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {}) const;
    Reply del(const QString &path) const;
    // As a well-behaved client under --chaos: 429 and 5xx (and no answer) are tried
    // again, a POST always with the same Idempotency-Key; gives up after `attempts`.
    Reply getPatiently(const QString &path, const QUrlQuery &query = {}, int attempts = 20) const;
    Reply postPatiently(const QString &path, const QList<QPair<QString, QString>> &form = {}, int attempts = 20) const;
    // Every object of a list (`filters` as query parameters), following Stripe's
    // cursor pages, each page asked patiently; stops early at a page that never came.
    QJsonArray listAll(const QString &path, QUrlQuery filters = {}) const;

    // The Premium product with a monthly 9.99 USD price; returns the price id.
    QString createPremiumPrice(const QString &interval = QStringLiteral("month"), int amount = 999) const;
    // A subscription-mode session for `email`, completed with `card`; returns the session.
    Reply subscribe(const QString &priceId, const QString &email, const QString &card,
                    const QList<QPair<QString, QString>> &extra = {}) const;
    Reply advanceDays(int days) const;

private:
    RunningProgram m_process;
};

} // namespace companion::test
