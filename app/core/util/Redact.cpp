#include "Redact.h"

#include <QRegularExpression>

namespace companion::util {

QString redactSecret(const QString &secret)
{
    // Known kinds: sk_/rk_/pk_ with test|live, whsec_, and our admin tokens (cat_).
    static const QRegularExpression prefix(QStringLiteral(R"(^((?:sk|rk|pk)_(?:test|live)_|whsec_|cat_))"));
    const auto m = prefix.match(secret);
    const int shownPrefix = m.hasMatch() ? int(m.capturedLength()) : 0;
    // Too short to show four characters and still hide at least twelve.
    if (secret.size() < shownPrefix + 16)
        return m.hasMatch() ? m.captured(1) + QStringLiteral("****") : QStringLiteral("****");
    return secret.left(shownPrefix) + QStringLiteral("…") + secret.right(4);
}

QString redactSecretsIn(const QString &text)
{
    static const QRegularExpression token(QStringLiteral(R"(\b(?:(?:sk|rk)_(?:test|live)_|whsec_|cat_)[A-Za-z0-9_]+)"));
    QString out = text;
    auto it = token.globalMatch(text);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.prepend(it.next()); // replace from the back so offsets stay valid
    for (const auto &m : std::as_const(matches))
        out.replace(m.capturedStart(), m.capturedLength(), redactSecret(m.captured()));
    return out;
}

} // namespace companion::util
