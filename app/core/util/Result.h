// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Errors are values: a call that can fail returns its value or a message a section chief can act on.

#include <QString>
#include <optional>
#include <utility>

namespace suiji {

struct Error {
    QString message;
    int code = 1; // cli.md exit code the failure maps to: 1 runtime, 3 input rejected
};

template <class T> class Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // Of a temporary, by value: `for (x : repo.list().value())` must not refer into a dead Result.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }
    QString message() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

struct Ok {};
using Status = Result<Ok>;

} // namespace suiji
