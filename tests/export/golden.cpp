#include "golden.h"

#include <QDir>
#include <QFile>
#include <QList>

namespace sslrec::testdata {

namespace {

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace

QString goldenMismatch(const QByteArray &actual, const QString &name)
{
    const QString goldenPath = QStringLiteral(SSLREC_SOURCE_DIR "/tests/export/golden/") + name;
    if (qEnvironmentVariable("SSLREC_UPDATE_GOLDEN") == QLatin1String("1")) {
        QDir().mkpath(QStringLiteral(SSLREC_SOURCE_DIR "/tests/export/golden"));
        return writeAll(goldenPath, actual) ? QString() : QStringLiteral("cannot rewrite %1").arg(goldenPath);
    }
    QFile f(goldenPath);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("golden file %1 is missing; run with SSLREC_UPDATE_GOLDEN=1 to create it").arg(goldenPath);
    const QByteArray expected = f.readAll();
    if (expected == actual)
        return {};
    const QString actualPath = QDir::currentPath() + QLatin1Char('/') + name + QStringLiteral(".actual");
    writeAll(actualPath, actual);
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QByteArray al = a.value(i), el = e.value(i);
        if (al != el)
            return QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4\n(actual output in %5)")
                .arg(name, QString::number(i + 1), QString::fromUtf8(el.left(200)), QString::fromUtf8(al.left(200)), actualPath);
    }
    return QStringLiteral("%1 differs (line ends?); actual output in %2").arg(name, actualPath);
}

} // namespace sslrec::testdata
