#pragma once

class QThreadPool;

namespace sslrec {

/// The thread pools a scan's work runs on, shared by every scan in the
/// process and kept apart from Qt's global pool, which the application's
/// own background work uses (opening a saved scan, a page's diff): a large
/// scan's queue of pages never delays what the user just asked for.
///
/// Jobs still running when the application quits are waited for (a
/// QCoreApplication post-routine), before OpenSSL's exit handler frees what
/// they use.

/// CPU-bound work: link extraction and comparison of page pairs, body
/// compression. As many threads as cores.
QThreadPool *scanWorkPool();

/// TLS probes, which block a thread for up to their timeouts.
QThreadPool *tlsProbePool();

/// Lowers the calling thread's CPU priority (nice +10 on Linux; nothing on
/// other systems), and with it that of every thread it starts afterwards,
/// which inherit it: Qt's network thread and the pools' workers. The GUI
/// runs its scans so, and its own thread keeps the CPU when it needs it.
void lowerCurrentThreadPriority();

} // namespace sslrec
