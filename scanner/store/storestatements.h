#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

namespace sslrec {

// The statements ScanStore runs for every row, prepared once per store: a
// scan writes tens of thousands of rows. Internal to scanner/store.
class StoreStatements
{
public:
    explicit StoreStatements(QSqlDatabase &db);
    // False when a statement does not compile against the file's schema.
    bool prepare();

    QSqlQuery originInsert;
    QSqlQuery originSelect;
    QSqlQuery discoveredInsert;
    QSqlQuery pageDelete;
    QSqlQuery pageInsert;
    QSqlQuery responseInsert;
    QSqlQuery bodyInsert;
    QSqlQuery tlsUpdate;
    QSqlQuery certDelete;
    QSqlQuery certInsert;
    QSqlQuery originFinish;
};

} // namespace sslrec
