#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace fm {

/** A failure the core reports as a value; the UI decides how to present it. */
struct Error
{
    QString message;     ///< translated, complete sentence for a person to read
    QString detail = {}; ///< optional technical detail (file, tensor, errno text)
};

/** Either a value or an Error, so callers cannot forget that work can fail. */
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace fm
