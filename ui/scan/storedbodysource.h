#pragma once

#include "scan/bodysource.h"

#include <QString>

#include <memory>

namespace sslrec {
class ScanFile;
}

namespace sslrec::ui {

// Bodies read lazily from a scan file, one page at a time, so every page of a
// scan can be compared, not only the ones a memory budget kept. The file is
// opened on first use in the calling thread (use one thread only) and
// reopened after a failure, which covers a live scan whose store has not
// written its first batch yet. Pages the file does not hold (yet) come from
// \a fallback, when there is one.
class StoredBodySource : public BodySource
{
public:
    explicit StoredBodySource(const BodySource *fallback = nullptr);
    ~StoredBodySource() override;

    // Reads from \a path from now on (empty: only the fallback).
    void setPath(const QString &path);
    const QString &path() const { return m_path; }
    // Closes the file, so it can be deleted or replaced.
    void close();

    std::optional<PageBodies> bodies(const QString &host, const QString &pathAndQuery) const override;

private:
    QString m_path;
    const BodySource *m_fallback;
    mutable std::unique_ptr<ScanFile> m_file;
};

} // namespace sslrec::ui
