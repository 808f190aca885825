#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace sslrec {

/// Why a fallible operation failed: a stable machine-readable code and a
/// message a person can act on (what happened, to what, what to do).
struct Error
{
    QString code;    ///< stable identifier, e.g. "input.empty", "fetch.timeout"
    QString message; ///< one line for a person
};

/// Value or Error. A small stand-in for C++23's std::expected; no exceptions
/// cross module lines in sslrec.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    static Result failure(QString code, QString message)
    {
        return Result(Error{std::move(code), std::move(message)});
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result for operations that produce nothing but may fail.
struct Ok {};
using Status = Result<Ok>;

} // namespace sslrec
