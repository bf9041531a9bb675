#pragma once

#include <QList>
#include <QString>

namespace companion::util {

// Believable, reproducible learners for demos: the server's demo users and the
// sandbox's demo customers are the same people (same seed → same ids, names and
// e-mails), so a demo's Stripe history lines up with its users.
struct DemoPerson {
    QString userId; // usr_demo_00001
    QString name;
    QString email;
};

QList<DemoPerson> demoPeople(int count, quint32 seed);

} // namespace companion::util
