// SPDX-License-Identifier: GPL-3.0-or-later
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
    // screenshots of a quarter in progress, tests).
    static const Clock &fromEnvironment();
    // The one clock of this process, which every service defaults to and both front ends use:
    // fromEnvironment(), unless a test installs another (KeePassXC's Clock / MockClock).
    static const Clock &process();
    // Installs the process clock (nullptr: back to fromEnvironment()). Not thread-safe: call it
    // before any work starts, as a test's set-up does.
    static void setProcess(const Clock *clock);
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
