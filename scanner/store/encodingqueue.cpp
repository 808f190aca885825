#include "store/encodingqueue.h"

#include "core/workpools.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sslrec {

EncodingQueue::~EncodingQueue()
{
    clear();
}

void EncodingQueue::push(const PagePair &pair)
{
    Entry entry;
    entry.pair = pair;
    entry.pair.http.body.clear();
    entry.pair.https.body.clear();
    // Most pairs serve the same bytes on both schemes: compress them once.
    entry.bodies = QtConcurrent::run(scanWorkPool(), [http = pair.http.body, https = pair.https.body] {
        Bodies b;
        b.http = encodeBody(http);
        b.https = https == http ? b.http : encodeBody(https);
        return b;
    });
    m_queue.push_back(std::move(entry));
}

std::optional<EncodingQueue::Encoded> EncodingQueue::takeNext(bool wait)
{
    if (m_queue.empty())
        return std::nullopt;
    Entry &front = m_queue.front();
    if (!wait && !front.bodies.isFinished())
        return std::nullopt;
    Bodies bodies = front.bodies.result();
    Encoded out{std::move(front.pair), std::move(bodies.http), std::move(bodies.https)};
    m_queue.pop_front();
    return out;
}

void EncodingQueue::clear()
{
    // A job that has started runs to its end (it only reads its own copies).
    for (Entry &e : m_queue)
        e.bodies.waitForFinished();
    m_queue.clear();
}

} // namespace sslrec
