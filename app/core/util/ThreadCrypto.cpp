#include "ThreadCrypto.h"

#include <QCoreApplication>
#include <QThread>

#include <openssl/crypto.h>

namespace companion::util {

void releaseThreadCrypto()
{
    // Never the main thread's: it goes on using TLS until the process ends.
    if (const QCoreApplication *app = QCoreApplication::instance(); app && QThread::currentThread() == app->thread())
        return;
    OPENSSL_thread_stop();
}

} // namespace companion::util
