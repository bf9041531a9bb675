#pragma once

#include <QtGlobal>

namespace companion::test {

// A TCP port on 127.0.0.1 nobody listens on now (the system's pick), for a
// program the test starts and must know the address of beforehand; 0 when none
// can be had. Another process may take it before ours does: the programs' own
// start-up reports that.
quint16 freeLocalPort();

} // namespace companion::test
