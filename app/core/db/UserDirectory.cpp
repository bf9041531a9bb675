#include "UserDirectory.h"

#include "Database.h"
#include "SearchFold.h"
#include "StripeIdLookup.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace companion::db {

namespace {

const QString kColumns = QStringLiteral(
    "id, email, name, tier, is_premium, premium_source, subscription_expires_at, stripe_customer_id, created_at, "
    "payment_at_risk");
const QString kLiveStatuses = QStringLiteral("('active', 'trialing', 'past_due')");

// The subscription that decides a user's plan, as two correlated subqueries:
// a live one first, else the newest. Index-served (subscriptions by user_id).
QString subscriptionColumns(const QString &userId)
{
    const QString pick = QStringLiteral("FROM subscriptions s WHERE s.user_id = %1 ORDER BY CASE WHEN s.status IN %2 "
                                        "THEN 0 ELSE 1 END, s.created DESC, s.id DESC LIMIT 1")
                             .arg(userId, kLiveStatuses);
    return QStringLiteral("(SELECT s.status %1) AS sub_status, (SELECT s.cancel_at_period_end %1) AS sub_cancel").arg(pick);
}

// Rows are read as kColumns, sort_key, sub_status, sub_cancel.
UserRecord readUser(const QSqlQuery &q)
{
    UserRecord u;
    u.id = q.value(0).toString();
    u.email = q.value(1).toString();
    u.name = q.value(2).toString();
    u.tier = q.value(3).toString();
    u.isPremium = q.value(4).toBool();
    u.premiumSource = q.value(5).toString();
    u.subscriptionExpiresAt = q.value(6).toLongLong();
    u.stripeCustomerId = q.value(7).toString();
    u.createdAt = q.value(8).toLongLong();
    u.paymentAtRisk = q.value(9).toBool();
    u.subscriptionStatus = q.value(11).toString();
    u.cancelAtPeriodEnd = q.value(12).toBool();
    return u;
}

// How rows are ordered: an expression an index of migration 003 (or 001) serves.
struct SortSpec {
    QString key;
    bool textKey; // compared case-insensitively, like its index
    bool unique;  // the key alone orders (e-mails are unique), else (key, id)
};

SortSpec sortSpec(UserSort sort, Dialect dialect)
{
    switch (sort) {
    case UserSort::Name: return {emailSortKey(dialect, QStringLiteral("name")), true, false};
    case UserSort::Created: return {QStringLiteral("created_at"), false, false};
    case UserSort::PremiumUntil: return {QStringLiteral("COALESCE(subscription_expires_at, 0)"), false, false};
    case UserSort::Email: break;
    }
    return {emailSortKey(dialect), true, true};
}

// WHERE conditions for `filter`, and the materialized sets some of them use;
// values are bound by the caller under the names used here.
struct FilterSql {
    QStringList conditions;
    QStringList ctes; // "name AS MATERIALIZED (…)"
};

FilterSql filterSql(const UserFilter &filter)
{
    FilterSql sql;
    // A rare filter walked along the sort order probes every user until it has a
    // page (a pending cancel is 1 in 200): its few users are collected first
    // instead, and the page is cut from them.
    const auto fromSet = [&sql](const QString &name, const QString &select) {
        sql.ctes << QStringLiteral("%1 AS MATERIALIZED (%2)").arg(name, select);
        sql.conditions << QStringLiteral("id IN (SELECT user_id FROM %1)").arg(name);
    };
    if (!filter.tier.isEmpty())
        sql.conditions << QStringLiteral("tier = :tier");
    if (filter.subscriptionStatus == QLatin1String("none"))
        sql.conditions << QStringLiteral("NOT EXISTS (SELECT 1 FROM subscriptions s WHERE s.user_id = users.id)");
    else if (!filter.subscriptionStatus.isEmpty())
        fromSet(QStringLiteral("f_status"), QStringLiteral("SELECT s.user_id FROM subscriptions s WHERE s.status = :status"));
    if (filter.paymentAtRisk)
        fromSet(QStringLiteral("f_at_risk"), QStringLiteral("SELECT u.id AS user_id FROM users u WHERE u.payment_at_risk"));
    if (filter.cancelPending)
        fromSet(QStringLiteral("f_pending"), QStringLiteral("SELECT s.user_id FROM subscriptions s WHERE s.cancel_at_period_end AND s.status IN ")
                                                 + kLiveStatuses);
    if (filter.manualGrant)
        fromSet(QStringLiteral("f_grant"), QStringLiteral("SELECT u.id AS user_id FROM users u WHERE u.premium_source = 'grant'"));
    return sql;
}

// Below this many matches a search arm is collected and sorted rather than found
// by walking the sort order (which may pass most of the table first).
constexpr int kFewMatches = 20000; // counting that far costs a few ms; sorting that many, about ten

// Trigrams need three characters: a shorter term is matched as a prefix.
constexpr int kSubstringMinLength = 3;

// PostgreSQL: on a big table the number of substring matches is estimated from
// a sample of about this many rows (random pages), not counted: the trigram
// index cannot stop counting early for a term in most rows ("example").
constexpr int kSampleRows = 3000;
// Up to this many substring matches are collected and sorted (~100 ms at 25,000
// spread over the table, 1M users, PostgreSQL's default 128 MB of buffers).
constexpr int kFewSubstringMatches = 20000;
constexpr double kSampleAbove = 50000; // rows; below that, counting is cheap

// A substring of the folded e-mail or name, `pattern` bound as %term% (LIKE-escaped).
// PostgreSQL folds the bound pattern with the indexes' own function; SQLite's
// pattern is folded in C++ (SearchFold) like the users_search triggers fold.
QString substringWalk(Dialect dialect)
{
    if (dialect == Dialect::PostgreSQL)
        return QStringLiteral("(companion_fold(email) LIKE companion_fold(:pattern) ESCAPE '\\' "
                              "OR companion_fold(name) LIKE companion_fold(:pattern) ESCAPE '\\')");
    // Per row along the sort order: one lookup by user id.
    return QStringLiteral("EXISTS (SELECT 1 FROM users_search s WHERE s.user_id = users.id "
                          "AND (s.email LIKE :pattern ESCAPE '\\' OR s.name LIKE :pattern ESCAPE '\\'))");
}

// PostgreSQL, walking: the folding spelled out over the walked rows `s`. The
// same text as companion_fold(), without the cost of calling a SQL function per
// row (about four times cheaper); nothing to match against an index here.
const QString kWalkFilter = QStringLiteral(
    "(lower(public.unaccent(CAST('public.unaccent' AS regdictionary), s.email)) LIKE companion_fold(:pattern) ESCAPE '\\' "
    "OR lower(public.unaccent(CAST('public.unaccent' AS regdictionary), s.name)) LIKE companion_fold(:pattern) ESCAPE '\\')");

// PostgreSQL: how many users a dense substring walk passes in the sort order
// before giving up and collecting through the trigram indexes: a term dense
// overall may be absent from the start of the order ("nunez" after every
// "ada.a…" to "ada.n…" in e-mail order), and each row walked costs a heap visit.
constexpr int kWalkRows = 2000;
constexpr int kWalkRowsInTests = 40; // SubstringPlan::Walk: both outcomes on a small table

// PostgreSQL, e-mail order: the same matches in the narrow copy user_search
// (migration 008), its trigram index's expression spelled exactly.
const QString kSideMatch = QStringLiteral(
    "(COALESCE(email_fold, email_key) || E'\\n' || name_fold) LIKE companion_fold(:pattern) ESCAPE '\\'");
// Collected from user_search, up to this many matches cost less than walking
// (~50 ms for 25,000 on 1M users, warm); beyond, a stretch is walked first.
constexpr int kFewSideMatches = 40000;

// The same matches, found through the trigram index (few of them).
QString substringCollect(Dialect dialect)
{
    if (dialect == Dialect::PostgreSQL)
        return substringWalk(dialect); // the planner takes the trigram indexes for a collected set
    return QStringLiteral("id IN (SELECT s.user_id FROM users_search s WHERE s.rowid IN "
                          "(SELECT rowid FROM users_search_fts WHERE users_search_fts MATCH :phrase))");
}

} // namespace

bool UserFilter::isEmpty() const
{
    return tier.isEmpty() && subscriptionStatus.isEmpty() && !paymentAtRisk && !cancelPending && !manualGrant;
}

UserDirectory::UserDirectory(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

UserPage UserDirectory::page(const UserQuery &request, const std::optional<UserCursor> &after) const
{
    const SortSpec sort = sortSpec(request.sort, m_dialect);
    const QString direction = request.descending ? QStringLiteral(" DESC") : QString();
    const QString beyond = request.descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString search = request.search.trimmed();

    const FilterSql filter = filterSql(request.filter);
    QStringList ctes = filter.ctes;
    QStringList conditions = filter.conditions;
    if (after) {
        conditions << (sort.unique ? QStringLiteral("%1 %2 :after").arg(sort.key, beyond)
                                   : QStringLiteral("(%1, id) %2 (:after, :after_id)").arg(sort.key, beyond));
    }
    const QString orderBy = sort.unique ? QStringLiteral(" ORDER BY sort_key%1").arg(direction)
                                        : QStringLiteral(" ORDER BY sort_key%1, id%1").arg(direction);
    const QString select = QStringLiteral("SELECT %1, %2 AS sort_key FROM users WHERE ").arg(kColumns, sort.key);
    const auto arm = [&](const QString &match) -> QString {
        QStringList where = conditions;
        if (!match.isEmpty())
            where.prepend(match);
        return select + (where.isEmpty() ? QStringLiteral("1 = 1") : where.join(QStringLiteral(" AND "))) + orderBy
            + QStringLiteral(" LIMIT :limit");
    };

    // A search is a union of arms, one per way of matching, each ordered and
    // limited, then merged: an OR across columns would make the planner walk the
    // whole e-mail index for a rare name. An arm is either walked along the sort
    // order (its matches are dense, the page fills early) or collected first and
    // sorted (its matches are few, and a walk might pass most of the table
    // first). Parameters are bound; only fixed SQL fragments are concatenated.
    struct Arm {
        QString match;
        bool collect;
        bool walkFirst = false; // PostgreSQL: walk a bounded stretch, collect only if the page is not full
        QString walkFilter = {}; // walkFirst: the match over the stretch's rows `s`
        bool side = false;      // PostgreSQL: collected from user_search (e-mail order, no filter)
    };
    const QString folded = SearchFold::fold(search);
    const bool substring = folded.size() >= kSubstringMinLength;
    QVector<Arm> searchArms;
    if (substring) {
        // The narrow copy has the e-mail key only; a filter needs the users row.
        const bool side = m_dialect == Dialect::PostgreSQL && request.sort == UserSort::Email && request.filter.isEmpty();
        const bool few = fewSubstringMatches(search, side ? kFewSideMatches : kFewSubstringMatches, side);
        if (few)
            searchArms << Arm{substringCollect(m_dialect), true, false, {}, side};
        else if (m_dialect == Dialect::PostgreSQL)
            searchArms << Arm{substringCollect(m_dialect), true, true, kWalkFilter, side};
        else
            searchArms << Arm{substringWalk(m_dialect), false}; // SQLite: an indexed lookup per row, cheap
    } else if (!search.isEmpty()) {
        // Prefix arms, index range scans. The one whose column is not the sort
        // order is collected first when it matches few (a name like "Li" sits far
        // from "li…" in e-mail order), walked when it matches many.
        const QStringList prefixes{
            QStringLiteral("%1 >= :lo AND %1 < :hi").arg(emailSortKey(m_dialect)),
            QStringLiteral("%1 >= :lo AND %1 < :hi").arg(emailSortKey(m_dialect, QStringLiteral("name"))),
        };
        const int unsortedArm = request.sort == UserSort::Email ? 1 : request.sort == UserSort::Name ? 0 : -1;
        const QStringList walkFilters{
            QStringLiteral("%1 >= :lo AND %1 < :hi").arg(emailSortKey(m_dialect, QStringLiteral("s.email"))),
            QStringLiteral("%1 >= :lo AND %1 < :hi").arg(emailSortKey(m_dialect, QStringLiteral("s.name"))),
        };
        for (int i = 0; i < prefixes.size(); ++i) {
            const bool unsorted = i == unsortedArm || unsortedArm < 0;
            const bool collect = unsorted && fewMatches(prefixes.at(i), search);
            // PostgreSQL: many matches may still sit far along the sort order
            // ("Gr…" names after every "ada." to "frances." e-mail, half the
            // table): a short stretch is walked, and they are collected if it
            // does not fill the page.
            const bool walkFirst = unsorted && !collect && m_dialect == Dialect::PostgreSQL;
            searchArms << Arm{prefixes.at(i), collect || walkFirst, walkFirst, walkFilters.at(i), false};
        }
    }
    if (!search.isEmpty()) {
        searchArms << Arm{QStringLiteral("id = :exact"), false} << Arm{QStringLiteral("stripe_customer_id = :exact"), false};
        // A pasted Stripe id (sub_, in_, ch_, evt_, pi_ …) opens its learner.
        if (StripeIdLookup::isStripeId(search)) {
            searchArms << Arm{QStringLiteral("id IN (SELECT known.user_id FROM (%1) AS known)")
                                  .arg(StripeIdLookup::userIdsSql(QStringLiteral(":exact"))),
                              true};
        }
    }

    QString rows;
    if (search.isEmpty()) {
        rows = arm(QString());
    } else {
        QStringList arms;
        for (int i = 0; i < searchArms.size(); ++i) {
            const Arm &a = searchArms.at(i);
            QStringList gate;
            if (a.walkFirst) {
                // The first :scan users in the sort order (filters applied), the
                // matching ones kept: if they fill the page, they are its first rows.
                const QString stretch = select + (conditions.isEmpty() ? QStringLiteral("1 = 1") : conditions.join(QStringLiteral(" AND "))) + orderBy
                    + QStringLiteral(" LIMIT :scan");
                // No ORDER BY outside the stretch: the ordered scan streams through
                // the filter and stops at the page's last row (a sort would read
                // the whole stretch first).
                ctes << QStringLiteral("m_walk%1 AS MATERIALIZED (SELECT * FROM (%2) AS s WHERE %3 LIMIT :limit)")
                            .arg(QString::number(i), stretch, a.walkFilter);
                arms << QStringLiteral("SELECT * FROM m_walk%1").arg(i);
                // Else every match is collected; the planner runs that only when
                // this one-time condition holds.
                gate << QStringLiteral("(SELECT COUNT(*) FROM m_walk%1) < :limit").arg(i);
            }
            if (a.collect) {
                QStringList where = conditions + gate;
                where.prepend(a.match);
                // Only (id, sort key) of every match is collected and sorted; the
                // page's few rows are then read whole (collecting 25,000 whole rows
                // cost twice as much on 1M users).
                const QString matches = QStringLiteral("SELECT id, %1 AS sort_key FROM users WHERE %2")
                                            .arg(sort.key, where.join(QStringLiteral(" AND ")));
                QString collected;
                if (a.side) {
                    // Ids and e-mail keys from the narrow copy; the cursor applies to its key.
                    QStringList sideWhere{kSideMatch};
                    if (after)
                        sideWhere << QStringLiteral("email_key %1 :after").arg(beyond);
                    sideWhere += gate;
                    collected = QStringLiteral("(SELECT user_id AS id, email_key AS sort_key FROM user_search WHERE %1 OFFSET 0)")
                                    .arg(sideWhere.join(QStringLiteral(" AND ")));
                } else if (m_dialect == Dialect::PostgreSQL) {
                    // OFFSET 0 fences the planner from walking the sort order for
                    // the LIMIT outside; unlike a materialized CTE nothing is
                    // written to a tuplestore (~30 ms for 50,000 matches).
                    collected = QStringLiteral("(%1 OFFSET 0)").arg(matches);
                } else {
                    ctes << QStringLiteral("m_arm%1 AS MATERIALIZED (%2)").arg(i).arg(matches);
                    collected = QStringLiteral("m_arm%1").arg(i);
                }
                // A CTE's column may have lost its collation (SQLite): spelled out, as outside.
                // (user_search's key is already lower(email) COLLATE "C".)
                const QString key = sort.textKey && !a.side ? emailSortKey(m_dialect, QStringLiteral("c.sort_key")) : QStringLiteral("c.sort_key");
                const QString top = QStringLiteral("SELECT c.id FROM %1 AS c ORDER BY %2%3%4 LIMIT :limit")
                                        .arg(collected, key, direction, sort.unique ? QString() : QStringLiteral(", c.id") + direction);
                arms << QStringLiteral("SELECT * FROM (%1id IN (%2)) AS arm%3").arg(select, top).arg(i);
            } else {
                arms << QStringLiteral("SELECT * FROM (%1) AS arm%2").arg(arm(a.match)).arg(i);
            }
        }
        rows = arms.join(QStringLiteral(" UNION "));
    }
    // The merged page is ordered again outside, where a subquery's column may have
    // lost its collation, so the text key's comparison is spelled out.
    const QString outerKey = sort.textKey ? emailSortKey(m_dialect, QStringLiteral("p.sort_key")) : QStringLiteral("p.sort_key");
    const QString with = ctes.isEmpty() ? QString() : QStringLiteral("WITH ") + ctes.join(QStringLiteral(", ")) + u' ';
    const QString sql = with
        + QStringLiteral("SELECT p.*, %1 FROM (%2) AS p ORDER BY %3%4%5 LIMIT :limit")
              .arg(subscriptionColumns(QStringLiteral("p.id")), rows, outerKey, direction,
                   sort.unique ? QString() : QStringLiteral(", p.id") + direction);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    UserPage page;
    if (m_dialect == Dialect::PostgreSQL) {
        // PostgreSQL JIT-compiles a plan whose estimated cost is high, as a search's
        // collected arm is (even when its one-time gate skips it): ~100 ms spent
        // before the first row, measured on 1M users, for queries that run in a few
        // ms. The desk's queries are all short: JIT off for this session.
        QSqlQuery jit(m_db);
        jit.exec(QStringLiteral("SELECT set_config('jit', 'off', false)"));
    }
    if (!q.prepare(sql)) {
        page.error = Database::errorText(q.lastError());
        return page;
    }
    bindCriteria(q, sql, search, request.filter);
    if (after) {
        q.bindValue(QStringLiteral(":after"), after->key);
        if (!sort.unique)
            q.bindValue(QStringLiteral(":after_id"), after->id);
    }
    const int limit = qBound(1, request.limit, 1000);
    q.bindValue(QStringLiteral(":limit"), limit + 1); // one extra row tells whether more follow
    if (!q.exec()) {
        page.error = Database::errorText(q.lastError());
        return page;
    }
    QVariant lastKey;
    while (q.next()) {
        if (page.rows.size() == limit) {
            page.next = UserCursor{lastKey, page.rows.constLast().id};
            break;
        }
        page.rows.append(readUser(q));
        lastKey = q.value(10);
    }
    return page;
}

qint64 UserDirectory::count(const UserQuery &request, QString *error) const
{
    const QString search = request.search.trimmed();
    const FilterSql filter = filterSql(request.filter);
    QStringList conditions = filter.conditions;
    if (!search.isEmpty()) {
        // page()'s arms as one OR: a count has no order to walk, so no arm is
        // worth splitting out; the matches are the same.
        QStringList matches;
        if (SearchFold::fold(search).size() >= kSubstringMinLength) {
            matches << substringCollect(m_dialect);
        } else {
            matches << QStringLiteral("(%1 >= :lo AND %1 < :hi)").arg(emailSortKey(m_dialect))
                    << QStringLiteral("(%1 >= :lo AND %1 < :hi)").arg(emailSortKey(m_dialect, QStringLiteral("name")));
        }
        matches << QStringLiteral("id = :exact") << QStringLiteral("stripe_customer_id = :exact");
        if (StripeIdLookup::isStripeId(search))
            matches << QStringLiteral("id IN (SELECT known.user_id FROM (%1) AS known)").arg(StripeIdLookup::userIdsSql(QStringLiteral(":exact")));
        conditions << QLatin1Char('(') + matches.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    const QString with = filter.ctes.isEmpty() ? QString() : QStringLiteral("WITH ") + filter.ctes.join(QStringLiteral(", ")) + u' ';
    const QString sql = with + QStringLiteral("SELECT COUNT(*) FROM users WHERE ")
        + (conditions.isEmpty() ? QStringLiteral("1 = 1") : conditions.join(QStringLiteral(" AND ")));

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        if (error)
            *error = Database::errorText(q.lastError());
        return -1;
    }
    bindCriteria(q, sql, search, request.filter);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = Database::errorText(q.lastError());
        return -1;
    }
    return q.value(0).toLongLong();
}

void UserDirectory::bindCriteria(QSqlQuery &q, const QString &sql, const QString &search, const UserFilter &filter) const
{
    if (!search.isEmpty()) {
        // Only the placeholders this statement has.
        const auto bind = [&](const QString &name, const QVariant &value) {
            if (sql.contains(name))
                q.bindValue(name, value);
        };
        // PostgreSQL's key is lower(…); SQLite's NOCASE compares case-blind anyway.
        const QString low = search.toLower();
        bind(QStringLiteral(":lo"), low);
        bind(QStringLiteral(":hi"), prefixSuccessor(low));
        bind(QStringLiteral(":exact"), search);
        bind(QStringLiteral(":pattern"), substringPattern(search));
        bind(QStringLiteral(":phrase"), ftsPhrase(search));
        bind(QStringLiteral(":scan"), m_substringPlan == SubstringPlan::Walk ? kWalkRowsInTests : kWalkRows);
    }
    if (!filter.tier.isEmpty())
        q.bindValue(QStringLiteral(":tier"), filter.tier);
    if (!filter.subscriptionStatus.isEmpty() && filter.subscriptionStatus != QLatin1String("none"))
        q.bindValue(QStringLiteral(":status"), filter.subscriptionStatus);
}

QString UserDirectory::substringPattern(const QString &search) const
{
    // PostgreSQL folds it in SQL (companion_fold), SQLite gets it folded.
    const QString term = m_dialect == Dialect::PostgreSQL ? search : SearchFold::fold(search);
    return QLatin1Char('%') + SearchFold::likeEscaped(term) + QLatin1Char('%');
}

QString UserDirectory::ftsPhrase(const QString &search)
{
    // One FTS5 string: trigram phrases match a substring; quotes are doubled.
    return QLatin1Char('"') + SearchFold::fold(search).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

bool UserDirectory::fewSubstringMatches(const QString &search, int few, bool side) const
{
    if (m_substringPlan != SubstringPlan::ByCount) // a test's choice
        return m_substringPlan == SubstringPlan::Collect;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (m_dialect == Dialect::SQLite) {
        // FTS5 walks its doclists lazily: counting stops at the threshold.
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM users_search_fts WHERE users_search_fts MATCH :phrase LIMIT %1) AS c")
                      .arg(few));
        q.bindValue(QStringLiteral(":phrase"), ftsPhrase(search));
        return q.exec() && q.next() && q.value(0).toInt() < few;
    }
    double rows = -1;
    if (q.exec(QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = CAST('users' AS regclass)")) && q.next())
        rows = q.value(0).toDouble();
    if (rows < kSampleAbove) { // small, or never analyzed: count through the trigram indexes
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM users WHERE %1 LIMIT %2) AS c").arg(substringWalk(m_dialect)).arg(few));
        q.bindValue(QStringLiteral(":pattern"), substringPattern(search));
        return q.exec() && q.next() && q.value(0).toInt() < few;
    }
    // A fixed sample of random pages: a term in 2% of it is in about 2% of all users.
    // The narrow copy's sample is cheaper (stored folded text, ~10 ms less).
    q.prepare(QStringLiteral("SELECT COUNT(*) FILTER (WHERE %1), COUNT(*) FROM %3 TABLESAMPLE SYSTEM (%2) REPEATABLE (21)")
                  .arg(side ? kSideMatch : substringWalk(m_dialect))
                  .arg(qMin(100.0, 100.0 * kSampleRows / rows), 0, 'f', 4)
                  .arg(side ? QStringLiteral("user_search") : QStringLiteral("users")));
    q.bindValue(QStringLiteral(":pattern"), substringPattern(search));
    if (!q.exec() || !q.next() || q.value(1).toDouble() <= 0)
        return true; // collecting is right whatever the density, only slower when dense
    return q.value(0).toDouble() / q.value(1).toDouble() * rows < few;
}

void UserDirectory::setSubstringPlan(SubstringPlan plan)
{
    m_substringPlan = plan;
}

bool UserDirectory::fewMatches(const QString &match, const QString &search) const
{
    // Counting stops at the threshold, so this costs at most that many index entries.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM users WHERE %1 LIMIT %2) AS c").arg(match).arg(kFewMatches));
    const QString low = search.toLower();
    q.bindValue(QStringLiteral(":lo"), low);
    q.bindValue(QStringLiteral(":hi"), prefixSuccessor(low));
    return q.exec() && q.next() && q.value(0).toInt() < kFewMatches;
}

std::optional<UserRecord> UserDirectory::find(const QString &id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1, NULL AS sort_key, %2 FROM users WHERE id = ?").arg(kColumns, subscriptionColumns(QStringLiteral("users.id"))));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = Database::errorText(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

std::optional<UserRecord> UserDirectory::findByEmail(const QString &email, QString *error) const
{
    // The same case-insensitive key as the unique index, so the index answers.
    const QString key = emailSortKey(m_dialect);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1, NULL AS sort_key, %2 FROM users WHERE ").arg(kColumns, subscriptionColumns(QStringLiteral("users.id"))) + key + QStringLiteral(" = ")
              + emailSortKey(m_dialect, QStringLiteral("CAST(? AS TEXT)")));
    q.addBindValue(email.trimmed());
    if (!q.exec()) {
        if (error)
            *error = Database::errorText(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

bool UserDirectory::insert(const UserRecord &user, QString *error)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO users (id, email, name, created_at, updated_at, stripe_customer_id) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(user.id);
    q.addBindValue(user.email.trimmed());
    // A null QString binds as SQL NULL; "no name" is the empty string.
    q.addBindValue(user.name.isNull() ? QStringLiteral("") : user.name);
    q.addBindValue(user.createdAt > 0 ? user.createdAt : now);
    q.addBindValue(now);
    q.addBindValue(user.stripeCustomerId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(user.stripeCustomerId));
    if (q.exec())
        return true;
    if (error)
        *error = Database::errorText(q.lastError());
    return false;
}

} // namespace companion::db
