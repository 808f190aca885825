#pragma once

#include "scan/scantypes.h"
#include "store/bodycodec.h"

#include <QFuture>

#include <deque>
#include <optional>

namespace sslrec {

/// Page pairs waiting for their bodies to be compressed on the thread pool,
/// handed back in the order they came in. Compression is the costliest part
/// of storing a pair; done here, it leaves the scan thread (which also runs
/// the network and the crawl) free, and uses the other cores.
class EncodingQueue
{
public:
    /// A pair whose bodies are encoded (the pair's own bodies are dropped).
    struct Encoded
    {
        PagePair pair;      ///< the pair, bodies cleared
        StoredBody http;    ///< the HTTP body as the scan file keeps it
        StoredBody https;   ///< the HTTPS body (the same encoding when the bytes are the same)
    };

    ~EncodingQueue();

    /// Starts compressing \a pair's bodies.
    void push(const PagePair &pair);
    /// The oldest pair, once its bodies are ready; with \a wait, waits for
    /// them. Nothing when the queue is empty, or the oldest is not ready and
    /// \a wait is false.
    std::optional<Encoded> takeNext(bool wait);
    bool isEmpty() const { return m_queue.empty(); }
    /// Forgets every waiting pair (after a write failure).
    void clear();

private:
    struct Bodies
    {
        StoredBody http;
        StoredBody https;
    };
    struct Entry
    {
        PagePair pair;
        QFuture<Bodies> bodies;
    };
    std::deque<Entry> m_queue;
};

} // namespace sslrec
