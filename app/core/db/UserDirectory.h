#pragma once

#include "SqlDialect.h"

#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVector>

#include <optional>

class QSqlQuery;

namespace companion::db {

struct UserRecord {
    QString id;
    QString email;
    QString name;
    QString tier = QStringLiteral("free");
    bool isPremium = false;
    QString premiumSource;          // "subscription", "grant" or empty
    qint64 subscriptionExpiresAt = 0; // 0: none
    QString stripeCustomerId;
    qint64 createdAt = 0;
    bool paymentAtRisk = false;     // past_due: premium while Stripe retries
    // The subscription that decides (a live one first, else the newest); empty: never subscribed.
    QString subscriptionStatus;
    bool cancelAtPeriodEnd = false;
};

// Narrowing the users view; every field left at its default lets all users through.
struct UserFilter {
    QString tier;               // "free", "premium" or empty
    QString subscriptionStatus; // a Stripe status the user has a subscription in, "none" (never subscribed) or empty
    bool paymentAtRisk = false; // only past_due payers
    bool cancelPending = false; // only live subscriptions set to cancel at period end
    bool manualGrant = false;   // only users premium by a support grant
    bool isEmpty() const;
};

enum class UserSort { Email, Name, Created, PremiumUntil };

// What the users view asks for. Text of three characters or more matches a
// substring of an e-mail or name, case- and accent-insensitive ("lovelace",
// "example.org", "jose" finds "José"); shorter text matches an e-mail or name
// prefix (case-insensitive). Any text also matches an exact user id or Stripe
// customer id, and a Stripe id our tables know (sub_, in_, ch_, evt_, pi_ …, see
// StripeIdLookup) finds its learner.
struct UserQuery {
    UserQuery(QString text = {}, int rows = 200) : search(std::move(text)), limit(rows) {}
    QString search;
    int limit;
    UserFilter filter;
    UserSort sort = UserSort::Email;
    bool descending = false;
};

// Where the previous page ended: the last row's sort key and id. Keyset paging
// never re-reads earlier rows, so page N costs what page 1 costs.
struct UserCursor {
    QVariant key;
    QString id;
};

struct UserPage {
    QVector<UserRecord> rows;
    std::optional<UserCursor> next; // set when more rows may follow
    QString error;
};

class UserDirectory
{
public:
    UserDirectory(QSqlDatabase db, Dialect dialect);

    UserPage page(const UserQuery &query, const std::optional<UserCursor> &after = std::nullopt) const;
    // How many users page() would list for `query` in all (its limit and sort
    // aside): one count over the same matches, for an export's progress. -1 on failure.
    qint64 count(const UserQuery &query, QString *error = nullptr) const;
    std::optional<UserRecord> find(const QString &id, QString *error = nullptr) const;
    // Case-insensitive, exact.
    std::optional<UserRecord> findByEmail(const QString &email, QString *error = nullptr) const;

    // Creates a user (free tier); fails with the database's reason, e.g. a taken e-mail.
    bool insert(const UserRecord &user, QString *error = nullptr);

    // How substring matches are found: chosen by their number (the default), or,
    // for tests of every way, always collected through the trigram index or
    // always walked along the sort order (PostgreSQL: a short stretch of it, then
    // collected if the page is not full).
    enum class SubstringPlan { ByCount, Collect, Walk };
    void setSubstringPlan(SubstringPlan plan);

private:
    // Whether the prefix condition `match` (binding :lo/:hi) matches only a few users.
    bool fewMatches(const QString &match, const QString &search) const;
    // Whether a substring search matches fewer than `few` users (then they are
    // collected); `side`: estimated on the narrow copy user_search (PostgreSQL).
    bool fewSubstringMatches(const QString &search, int few, bool side) const;
    // Binds the search's and the filters' values to the placeholders `sql` has.
    void bindCriteria(QSqlQuery &q, const QString &sql, const QString &search, const UserFilter &filter) const;
    QString substringPattern(const QString &search) const;
    static QString ftsPhrase(const QString &search);

    QSqlDatabase m_db;
    Dialect m_dialect;
    SubstringPlan m_substringPlan = SubstringPlan::ByCount;
};

} // namespace companion::db

Q_DECLARE_METATYPE(companion::db::UserPage)
