#pragma once

namespace companion::util {

// Frees OpenSSL's state of the calling thread (libpq's TLS, Qt Network's). Call it
// last thing on a worker thread: left to the thread's TLS destructor, it races
// OpenSSL's atexit cleanup when the process ends right after joining the thread
// (QThread::wait returns before those destructors run), a double free that ASan
// caught at server shutdown under load.
// Does nothing on the main thread.
void releaseThreadCrypto();

} // namespace companion::util
