#include "scan/scanfilecopy.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <cstdio>

namespace sslrec::ui {

namespace {

std::atomic<int> g_copyCounter{0};

Status failure(const QString &target, const QString &why)
{
    return Status::failure(QStringLiteral("store.copy"),
                           QStringLiteral("cannot save the scan as %1: %2; choose another folder or name").arg(target, why));
}

// VACUUM INTO on its own connection, closed before returning.
Status vacuumInto(const QString &source, const QString &target)
{
    const QString name = QStringLiteral("sslrec-copy-%1").arg(g_copyCounter.fetch_add(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(source);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(target);
            if (!q.exec())
                error = q.lastError().text();
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty())
        return Status::failure(QStringLiteral("store.copy"), error);
    return Ok{};
}

} // namespace

Status copyScanFile(const QString &source, const QString &target)
{
    const QFileInfo from(source);
    if (!from.isFile())
        return failure(target, QStringLiteral("the scan file %1 does not exist any more").arg(source));
    if (QFileInfo(target).absoluteFilePath() == from.absoluteFilePath())
        return Ok{}; // saving a file onto itself: it is already there
    if (QFileInfo(target).isDir())
        return failure(target, QStringLiteral("it is a folder"));

    // VACUUM INTO refuses an existing file: write beside the target, then
    // swap, so a failed copy never destroys what was there.
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    if (Status s = vacuumInto(source, part); !s) {
        QFile::remove(part);
        return failure(target, s.error().message);
    }
    // A stale -wal next to the target would be replayed into the new file.
    for (const QString &stale : {target + QStringLiteral("-wal"), target + QStringLiteral("-shm")}) {
        if (QFile::exists(stale) && !QFile::remove(stale)) {
            QFile::remove(part);
            return failure(target, QStringLiteral("%1 cannot be deleted").arg(stale));
        }
    }
    // rename(2) replaces the target in one step.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(part);
        return failure(target, QStringLiteral("the finished copy could not be moved into place"));
    }
    return Ok{};
}

} // namespace sslrec::ui
