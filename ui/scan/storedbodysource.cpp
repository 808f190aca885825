#include "scan/storedbodysource.h"

#include "core/logging.h"
#include "store/scanfile.h"

namespace sslrec::ui {

StoredBodySource::StoredBodySource(const BodySource *fallback)
    : m_fallback(fallback)
{
}

StoredBodySource::~StoredBodySource() = default;

void StoredBodySource::setPath(const QString &path)
{
    if (path == m_path)
        return;
    close();
    m_path = path;
}

void StoredBodySource::close()
{
    m_file.reset();
}

std::optional<PageBodies> StoredBodySource::bodies(const QString &host, const QString &pathAndQuery) const
{
    if (!m_path.isEmpty() && !m_file) {
        auto opened = ScanFile::open(m_path);
        if (opened)
            m_file = std::move(opened).value();
        else
            qCDebug(lcStore) << "bodies not readable yet:" << opened.error().message;
    }
    if (m_file) {
        auto stored = m_file->bodies(host, pathAndQuery);
        if (stored)
            return PageBodies{stored->http, stored->https};
        if (stored.error().code != QLatin1String("store.not-found")) {
            // A damaged page or a file that went away: try afresh next time.
            qCWarning(lcStore) << stored.error().message;
            m_file.reset();
        }
    }
    if (m_fallback)
        return m_fallback->bodies(host, pathAndQuery);
    return std::nullopt;
}

} // namespace sslrec::ui
