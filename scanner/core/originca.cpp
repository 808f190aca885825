#include "core/originca.h"

#include <QDir>
#include <QFile>

namespace sslrec {

QList<BundledRoot> bundledOriginCaRoots()
{
    QList<BundledRoot> roots;
    const QDir dir(QStringLiteral(":/ca"));
    for (const QString &name : dir.entryList({QStringLiteral("*.pem")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            roots.append({name, f.readAll()});
    }
    return roots;
}

} // namespace sslrec
