#pragma once

#include <QString>

namespace companion::util {

// Who runs this program, as the audit log should name them: USER, LOGNAME or
// USERNAME, else the account's entry (services and su sessions may set none).
// Empty when nothing says.
QString osUserName();

} // namespace companion::util
