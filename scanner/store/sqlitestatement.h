#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace sslrec {

/// A prepared statement on a scan file's connection, bound and stepped
/// through SQLite's own interface. For the statements run for every page
/// (discovered URLs, pages, responses, bodies): QSqlQuery::bindValue()
/// formats a placeholder name and copies a QVariant for each value, and was
/// 6% of a whole-site scan's CPU, on the scan thread. The connection stays
/// Qt's (transactions, schema, reading); destroy statements before it.
/// Values are copied when bound. Used from the connection's thread only.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// Compiles @p sql on @p db's SQLite handle; false (see error()) when
    /// the driver is not SQLite or the statement does not compile.
    bool prepare(QSqlDatabase &db, const char *sql);

    // Parameters count from 0, as QSqlQuery's do.
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &text); ///< a null string is stored as "" (never NULL)
    void bindBlob(int index, const QByteArray &bytes); ///< a null array is stored as an empty blob
    void bindNull(int index);
    void bind(int index, std::optional<qint64> value); ///< NULL when there is none

    /// Runs the statement with the values bound, then resets it and its
    /// bindings. false on failure; error() says why.
    bool exec();
    /// The rowid of the last row inserted on this connection.
    qint64 lastInsertId() const;
    /// SQLite's message for the last failure.
    const QString &error() const { return m_error; }

private:
    void check(int rc);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    bool m_bindFailed = false;
};

} // namespace sslrec
