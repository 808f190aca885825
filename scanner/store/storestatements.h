#pragma once

#include "store/sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace sslrec {

// The statements ScanStore runs for every row, prepared once per store: a
// scan writes tens of thousands of rows. Those run for every page go through
// SQLite's own interface (sqlitestatement.h). Internal to scanner/store.
class StoreStatements
{
public:
    explicit StoreStatements(QSqlDatabase &db);
    // False when a statement does not compile against the file's schema;
    // error() says which and why.
    bool prepare();
    QString error() const;

    QSqlQuery originInsert;
    QSqlQuery originSelect;
    SqliteStatement discoveredInsert;
    SqliteStatement pageDelete;
    SqliteStatement pageInsert;
    SqliteStatement responseInsert;
    SqliteStatement bodyInsert;
    QSqlQuery tlsUpdate;
    QSqlQuery certDelete;
    QSqlQuery certInsert;
    QSqlQuery originFinish;

private:
    QSqlDatabase &m_db;
};

} // namespace sslrec
