#include "FreePort.h"

#include <QTcpServer>

namespace companion::test {

quint16 freeLocalPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}

} // namespace companion::test
