#pragma once

#include <QString>
#include <QtGlobal>

#include <cstdlib>
#include <optional>
#include <utility>

namespace recaisse::core {

// What went wrong, in terms a caller can act on. The message is already translated (core uses
// tr() with the caller's installed translator) and fits on one line.
enum class ErrorCode {
    InvalidInput,
    NotFound,
    PermissionDenied,
    AuthenticationFailed,
    AccountLocked,
    UnlockRequired,
    Conflict,
    StorageFailure,
    StorageFull,
    NotADatabase,
    SchemaTooNew,
    IntegrityFailure,
    ClockWrong, // the PC's clock is behind the documents already recorded: set it right first
    PinChangeRequired, // the PIN was right but no longer suits the role: choose a new one first
};

struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
};

// A value or an error; the core API never throws. E is Error for the core API; the sync
// transport uses its own classified error (sync/remote.h).
template<typename T, typename E = Error>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(E error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // The value of a successful result. Reading the value of an error is a programming error:
    // it stops the program with the error's message, in every build type (not undefined
    // behaviour, not only in debug builds). The check is one predictable branch.
    T &value() & { return checked(); }
    const T &value() const & { return checked(); }
    T &&value() && { return std::move(checked()); }
    T *operator->() { return &checked(); }
    const T *operator->() const { return &checked(); }
    T &operator*() { return checked(); }
    const T &operator*() const { return checked(); }

    const E &error() const { return m_error; }

private:
    T &checked()
    {
        if (!m_value.has_value()) [[unlikely]]
            valueOfAnError();
        return *m_value;
    }
    const T &checked() const
    {
        if (!m_value.has_value()) [[unlikely]]
            valueOfAnError();
        return *m_value;
    }
    [[noreturn]] Q_NEVER_INLINE Q_DECL_COLD_FUNCTION void valueOfAnError() const
    {
        if constexpr (requires { m_error.message; })
            qFatal("Result: the value of an error was read: %s", qUtf8Printable(m_error.message));
        else
            qFatal("Result: the value of an error was read");
        std::abort(); // qFatal is not declared noreturn with every compiler
    }

    std::optional<T> m_value;
    E m_error;
};

template<typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(E error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const E &error() const { return m_error; }

private:
    bool m_failed = false;
    E m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace recaisse::core
