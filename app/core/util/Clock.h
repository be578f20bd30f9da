#pragma once
// Injectable "today": logic never calls QDate::currentDate() directly, so date rules are testable.

#include <QDateTime>

namespace suiji {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTime(); }
    QDate today() const { return now().date(); }

    static const Clock &system();
    // The system clock, or a fixed day when SUIJI_TODAY=YYYY-MM-DD is set (reproducible runs,
    // screenshots of a quarter in progress, tests). Both front ends use this.
    static const Clock &fromEnvironment();
};

class FixedClock : public Clock {
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }

private:
    QDateTime m_at;
};

} // namespace suiji
