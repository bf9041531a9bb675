#include "DemoPeople.h"

#include <QRandomGenerator>

namespace companion::util {

namespace {
const char *const kFirstNames[] = {"Amara", "Ben", "Chloé", "Dmitri", "Elif", "Farah", "Gabriel", "Hana", "Ivan", "Jonas",
                                   "Keiko", "Lukas", "Maya", "Nikhil", "Olivia", "Pablo", "Qi", "Rosa", "Samir", "Tess",
                                   "Umar", "Valentina", "Wei", "Ximena", "Yusuf", "Zoë"};
const char *const kLastNames[] = {"Okafor", "Schmidt", "Dubois", "Ivanova", "Yılmaz", "Haddad", "Silva", "Tanaka", "Petrov",
                                  "Berg", "Sato", "Müller", "Cohen", "Sharma", "Brown", "García", "Chen", "Rossi", "Nasser",
                                  "Walsh", "Khan", "Moreno", "Zhang", "López", "Demir", "Novak"};
const char *const kDomains[] = {"example.com", "example.org", "mail.example", "uni.example.edu", "corp.example"};

// E-mail local parts are ASCII: fold the few accented letters the names use.
QString asciiFold(QString text)
{
    static const QList<QPair<QChar, QChar>> folds{{u'é', u'e'}, {u'ë', u'e'}, {u'ı', u'i'}, {u'ü', u'u'}, {u'í', u'i'}, {u'ó', u'o'}};
    for (const auto &[from, to] : folds)
        text.replace(from, to);
    return text.toLower();
}
} // namespace

QList<DemoPerson> demoPeople(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<DemoPerson> people;
    people.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString first = QString::fromUtf8(kFirstNames[rng.bounded(int(std::size(kFirstNames)))]);
        const QString last = QString::fromUtf8(kLastNames[rng.bounded(int(std::size(kLastNames)))]);
        const QString domain = QString::fromLatin1(kDomains[rng.bounded(int(std::size(kDomains)))]);
        people.append({QStringLiteral("usr_demo_%1").arg(i + 1, 5, 10, QLatin1Char('0')), first + u' ' + last,
                       QStringLiteral("%1.%2%3@%4").arg(asciiFold(first), asciiFold(last)).arg(i + 1).arg(domain)});
    }
    return people;
}

} // namespace companion::util
