#pragma once

#include "db/UserDirectory.h"

#include <QByteArray>

namespace companion::admin {

// One users-view row in about a quarter of a UserRecord's memory: the texts in
// one UTF-8 buffer instead of nine QStrings. A view scrolled through a million
// users keeps a million of these.
class CompactUserRow
{
public:
    CompactUserRow() = default;
    explicit CompactUserRow(const db::UserRecord &user);

    db::UserRecord expand() const;
    QString id() const { return text(Id); }

private:
    enum Field { Id, Email, Name, Customer, Source, Status, FieldCount };
    QString text(Field field) const;

    QByteArray m_texts; // the fields in Field order, each ended by '\0'
    qint64 m_premiumUntil = 0;
    qint64 m_created = 0;
    bool m_premium = false;
    bool m_atRisk = false;
    bool m_cancelAtPeriodEnd = false;
};

} // namespace companion::admin
