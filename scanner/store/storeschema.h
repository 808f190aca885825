#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace sslrec {

/// `PRAGMA application_id` of every sslrec scan file ("SSLR").
inline constexpr int kScanFileApplicationId = 0x53534C52;
/// The schema this build writes and the newest it reads (`PRAGMA user_version`).
inline constexpr int kScanFileSchemaVersion = 1;

/// One forward migration: turns a file at schema `toVersion - 1` into
/// `toVersion`. Steps only add or reshape; they never need the network.
struct SchemaMigration
{
    int toVersion = 0;      ///< the schema version after this step
    QString description;    ///< what the step changes, for logs and docs
    Status (*apply)(QSqlDatabase &db) = nullptr; ///< runs the step's statements
};

/// The migrations of this build, in order: 0 -> 1 creates the schema (a new
/// file is an empty database at version 0), a later 1 -> 2 would follow.
const QList<SchemaMigration> &scanFileMigrations();

/// Brings \a db from its `user_version` up to \a targetVersion with the
/// matching steps of \a migrations, all in one transaction: on any failure
/// the file stays at its old version. Also records the writer in `meta`.
Status migrateScanFile(QSqlDatabase &db, const QList<SchemaMigration> &migrations, int targetVersion);

/// The tables a file of schema \a version must have.
QStringList expectedScanFileTables(int version);

/// Runs one statement; the error names \a what and the driver's reason.
Status execSql(QSqlDatabase &db, const QString &sql);

} // namespace sslrec
