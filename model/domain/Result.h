#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace rs {

// Why an operation failed: the kind, a sentence for people, and the technical detail for logs.
struct Error
{
    // Password: the server wants a password it was not given, or did not accept the one given.
    // Deferred: nothing was applied because the change was filed for approval instead (not a failure to report).
    enum class Code { Rule, NotFound, BadInput, Storage, Conflict, Password, Deferred };
    Code code = Code::BadInput;
    QString message;
    QString detail;

    static Error rule(const QString &message) { return { Code::Rule, message, {} }; }
    static Error notFound(const QString &message) { return { Code::NotFound, message, {} }; }
    static Error badInput(const QString &message) { return { Code::BadInput, message, {} }; }
    static Error storage(const QString &message, const QString &detail = {})
    {
        return { Code::Storage, message, detail };
    }
    static Error conflict(const QString &message) { return { Code::Conflict, message, {} }; }
};

// A value or the error that prevented it; functions that can fail return one instead of throwing.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Success or an error, for operations that produce no value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace rs
