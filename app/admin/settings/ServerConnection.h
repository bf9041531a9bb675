#pragma once

#include <QString>
#include <QUrl>

class QSettings;

namespace companion::admin {

// Where companion-server is, as the admin app remembers it (QSettings), and the
// keychain name of its admin token (the token itself is only in the keychain).
struct ServerConnection {
    static constexpr char kTokenName[] = "server-admin-token";

    static QUrl url(const QSettings &settings);
    static void setUrl(QSettings &settings, const QUrl &url);
    // Empty when acceptable, else why not (for the form).
    static QString check(const QString &text);
};

} // namespace companion::admin
