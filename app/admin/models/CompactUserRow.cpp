#include "CompactUserRow.h"

namespace companion::admin {

CompactUserRow::CompactUserRow(const db::UserRecord &user)
    : m_premiumUntil(user.subscriptionExpiresAt)
    , m_created(user.createdAt)
    , m_premium(user.isPremium)
    , m_atRisk(user.paymentAtRisk)
    , m_cancelAtPeriodEnd(user.cancelAtPeriodEnd)
{
    for (const QString *field : {&user.id, &user.email, &user.name, &user.stripeCustomerId, &user.premiumSource, &user.subscriptionStatus}) {
        m_texts += field->toUtf8();
        m_texts += '\0';
    }
    m_texts.squeeze();
}

QString CompactUserRow::text(Field field) const
{
    qsizetype start = 0;
    for (int i = 0; i < field; ++i)
        start = m_texts.indexOf('\0', start) + 1;
    const qsizetype end = m_texts.indexOf('\0', start);
    return QString::fromUtf8(m_texts.constData() + start, end - start);
}

db::UserRecord CompactUserRow::expand() const
{
    db::UserRecord user;
    const QList<QByteArray> parts = m_texts.split('\0');
    user.id = QString::fromUtf8(parts.value(Id));
    user.email = QString::fromUtf8(parts.value(Email));
    user.name = QString::fromUtf8(parts.value(Name));
    user.stripeCustomerId = QString::fromUtf8(parts.value(Customer));
    user.premiumSource = QString::fromUtf8(parts.value(Source));
    user.subscriptionStatus = QString::fromUtf8(parts.value(Status));
    user.isPremium = m_premium;
    user.tier = m_premium ? QStringLiteral("premium") : QStringLiteral("free");
    user.paymentAtRisk = m_atRisk;
    user.cancelAtPeriodEnd = m_cancelAtPeriodEnd;
    user.subscriptionExpiresAt = m_premiumUntil;
    user.createdAt = m_created;
    return user;
}

} // namespace companion::admin
