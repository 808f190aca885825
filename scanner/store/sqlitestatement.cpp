#include "store/sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace sslrec {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::prepare(QSqlDatabase &db, const char *sql)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = QStringLiteral("the connection is not an SQLite one");
        return false;
    }
    m_db = *static_cast<sqlite3 *const *>(handle.data());
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

void SqliteStatement::check(int rc)
{
    if (rc != SQLITE_OK && !m_bindFailed) {
        m_bindFailed = true;
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
}

void SqliteStatement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, index + 1, value));
}

void SqliteStatement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_statement, index + 1, value));
}

void SqliteStatement::bind(int index, const QString &text)
{
    // utf16() of a null string is an empty one, not a null pointer.
    check(sqlite3_bind_text16(m_statement, index + 1, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT));
}

void SqliteStatement::bindBlob(int index, const QByteArray &bytes)
{
    // A null pointer would bind NULL; the columns hold blobs, empty or not.
    static const char empty = 0;
    check(sqlite3_bind_blob64(m_statement, index + 1, bytes.isEmpty() ? &empty : bytes.constData(),
                              sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT));
}

void SqliteStatement::bindNull(int index)
{
    check(sqlite3_bind_null(m_statement, index + 1));
}

void SqliteStatement::bind(int index, std::optional<qint64> value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

bool SqliteStatement::exec()
{
    bool ok = !m_bindFailed;
    if (ok) {
        const int rc = sqlite3_step(m_statement);
        ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
        if (!ok)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bindFailed = false;
    return ok;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace sslrec
