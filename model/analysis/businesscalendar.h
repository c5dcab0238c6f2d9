#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace Stepwise {

struct Process;

/// The working time of a business-hours SLA clock (DESIGN.md "Business hours"): working intervals
/// per weekday in local time, the time zone they are in, and holidays (whole local days off).
/// A plain value: copy it, compare it. Its texts are what users type and the workspace keeps:
///
///   hours     "Mon-Fri 09:00-18:00", "Mon-Thu 08:00-12:00,13:00-17:00; Fri 08:00-14:00"
///             (day names or their first letters, at least two, in any case; ranges may wrap,
///             "Sat-Sun"; an interval may end at 24:00 but not cross midnight)
///   time zone an IANA id such as "Europe/Berlin"; empty is UTC
///   holidays  "2026-12-24,2026-12-25" (ISO dates separated by commas, semicolons or spaces)
///
/// businessMs() is the hot path of business-hours metrics: it creates no QDateTime and allocates
/// nothing. The zone's offset changes are looked up once, when the zone is set (1900 to 2100;
/// outside that the nearest known offset applies), so the hours of a day are counted in real
/// elapsed time: a 09:00-18:00 day is 9 hours on the days the clocks change, and working hours
/// that a spring-forward skips are not counted (those it repeats count twice).
class BusinessCalendar
{
    Q_DECLARE_TR_FUNCTIONS(BusinessCalendar)

public:
    /// A working interval of a day in minutes after local midnight: [start, end),
    /// 0 <= start < end <= 24 * 60.
    struct Interval
    {
        int start = 0;
        int end = 0;

        bool operator==(const Interval &other) const
        {
            return start == other.start && end == other.end;
        }
        bool operator!=(const Interval &other) const { return !(*this == other); }
    };
    /// The working intervals of each weekday, Monday (0) to Sunday (6), ascending and apart.
    using Week = std::array<QVector<Interval>, 7>;

    /// Mon-Fri 09:00-18:00 in UTC, without holidays.
    BusinessCalendar();

    /// The calendar of three texts; an empty one takes its default (defaultHours(), UTC, no
    /// holidays). Nothing, and a message in \a error saying which text is wrong and where, when
    /// one does not parse.
    static std::optional<BusinessCalendar> fromText(const QString &hours, const QString &timeZone,
                                                    const QString &holidays,
                                                    QString *error = nullptr);

    /// "Mon-Fri 09:00-18:00".
    static QString defaultHours();
    /// Reads working hours; nothing, and a message naming the part that is wrong and its place,
    /// when the text is not working hours. Touching intervals of a day are joined.
    static std::optional<Week> parseHours(const QString &text, QString *error = nullptr);
    /// The canonical text of a week: days with the same hours together ("Mon-Thu,Sat"), groups in
    /// the order of their first day. parseHours(formatHours(w)) == w.
    static QString formatHours(const Week &week);
    /// Reads holidays; the dates come back ascending, each once.
    static std::optional<QVector<QDate>> parseHolidays(const QString &text,
                                                       QString *error = nullptr);
    /// "2026-12-24,2026-12-25".
    static QString formatHolidays(const QVector<QDate> &dates);
    /// The IANA id of a time zone as Qt knows it (the case of the letters need not match); empty
    /// text is "UTC". Nothing, and a message, for an unknown zone.
    static std::optional<QString> canonicalTimeZone(const QString &id, QString *error = nullptr);

    const Week &week() const { return m_week; }
    /// The text of its hours, as formatHours() writes it.
    QString hours() const { return formatHours(m_week); }
    /// Intervals out of order or touching are put right.
    void setWeek(const Week &week);
    bool setHours(const QString &text, QString *error = nullptr);

    /// The IANA id of its zone ("UTC" by default).
    QString timeZone() const { return m_timeZone; }
    bool setTimeZone(const QString &id, QString *error = nullptr);

    QVector<QDate> holidays() const { return m_holidays; }
    /// Kept ascending and each once.
    void setHolidays(QVector<QDate> dates);

    /// The working time between two instants (UTC milliseconds since the epoch): only what lies
    /// inside working hours, in its zone, and not on a holiday. For fromUtcMs > toUtcMs the result
    /// is negative, -businessMs(toUtcMs, fromUtcMs), as toUtcMs - fromUtcMs is in calendar time.
    qint64 businessMs(qint64 fromUtcMs, qint64 toUtcMs) const
    {
        return cumulativeMs(toUtcMs) - cumulativeMs(fromUtcMs);
    }

    /// The working time of a week without holidays, in milliseconds.
    qint64 weekMs() const { return m_weekMs; }

    /// For messages and reports: "Mon-Fri 09:00-18:00, Europe/Berlin, 2 holidays".
    QString description() const;

    bool operator==(const BusinessCalendar &other) const
    {
        return m_week == other.m_week && m_timeZone == other.m_timeZone
            && m_holidays == other.m_holidays;
    }
    bool operator!=(const BusinessCalendar &other) const { return !(*this == other); }

private:
    /// Working time from a fixed origin to an instant: businessMs() is a difference of two.
    qint64 cumulativeMs(qint64 utcMs) const;
    /// The same on the local time line (local wall time read as if it were UTC), ignoring offset
    /// changes: whole weeks times weekMs(), the days before, the part of the day, less holidays.
    qint64 localMs(qint64 local) const;
    qint64 withinDay(int weekday, qint64 msOfDay) const;
    void updateDays();
    void updateHolidays();
    void updateZone(const QByteArray &zoneId);
    void updateAnchors();

    Week m_week;
    QString m_timeZone;
    QVector<QDate> m_holidays;

    // Derived, for businessMs(): working intervals in ms of the day, flattened, day d's from
    // m_dayFirst[d] to m_dayFirst[d + 1]; working ms per day and before each day of the week.
    struct Span
    {
        qint64 start;
        qint64 end;
    };
    std::vector<Span> m_spans;
    std::array<int, 8> m_dayFirst {};
    std::array<qint64, 7> m_dayMs {};
    std::array<qint64, 8> m_dayPrefix {};
    qint64 m_weekMs = 0;
    // Holidays as days since 1970-01-01 (local dates) and the working ms they take out, summed.
    std::vector<qint64> m_holidayDays;
    std::vector<qint64> m_holidayPrefix;
    // The zone's offset from UTC in pieces: from m_offsetStarts[i] (UTC ms; the first is the
    // smallest qint64) it is m_offsets[i] ms, and cumulativeMs is localMs(t + offset) +
    // m_anchors[i], the anchors making it continue across each change.
    std::vector<qint64> m_offsetStarts;
    std::vector<qint64> m_offsets;
    std::vector<qint64> m_anchors;
};

/// The business-hours calendar of a process: its working hours, time zone and holidays, each its
/// default where not set. Nothing, with a message, when one of them does not parse (only a file
/// edited by hand can hold such a value).
std::optional<BusinessCalendar> processCalendar(const Process &process, QString *error = nullptr);

/// StatsOptions::duration measuring on a calendar (the calendar is shared by the copies).
std::function<qint64(qint64, qint64)> businessDuration(const BusinessCalendar &calendar);

/// StatsOptions::duration on a process's SLA clock: null (calendar time) unless its clock is
/// business hours, then businessDuration() of processCalendar() (defaults for a value that does not
/// parse). The one place the command line, the dashboard and the overlay get it from.
std::function<qint64(qint64, qint64)> slaClockDuration(const Process &process);

} // namespace Stepwise
