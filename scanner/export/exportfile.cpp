#include "export/exportfile.h"

#include <QSaveFile>

#include <cstdio>

namespace sslrec {

Status writeExportFile(const QByteArray &data, const QString &path, const QString &what)
{
    if (path == QLatin1String("-")) {
        if (std::fwrite(data.constData(), 1, size_t(data.size()), stdout) != size_t(data.size()) || std::fflush(stdout) != 0)
            return Status::failure(QStringLiteral("export.write"),
                                   QStringLiteral("cannot write %1 to standard output; check that the pipe or disk is not full").arg(what));
        return Ok{};
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Status::failure(QStringLiteral("export.write"),
                               QStringLiteral("cannot write %1 to %2: %3; choose a writable location")
                                   .arg(what, path, f.errorString()));
    return Ok{};
}

} // namespace sslrec
