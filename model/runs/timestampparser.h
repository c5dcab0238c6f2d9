#pragma once

#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <array>
#include <limits>

namespace Stepwise {

/// Turns the timestamps of an event log into UTC milliseconds since the epoch, fast: the usual
/// formats are parsed by hand (days-from-civil arithmetic, no QDateTime per value).
///
/// Understood without being told: ISO 8601 ("2010-12-30T14:32:00.123+01:00", "Z", "+0100",
/// any number of fraction digits, truncated to ms), "YYYY-MM-DD HH:MM[:SS[.fff]][offset]",
/// "YYYY/MM/DD HH:MM:SS[.fff]", "DD.MM.YYYY HH:MM[:SS]", "DD/MM/YYYY HH:MM[:SS]", a date alone,
/// and epoch seconds or milliseconds (digits only; milliseconds above 10^11). A Qt-style pattern
/// ("dd-MM-yyyy HH:mm:ss") can be given instead; it goes through QDateTime and is slower.
///
/// A timestamp without an offset is UTC, or local time in the time zone set. Local times are
/// converted with a cache per local hour. In a DST gap (a local time that never happened) the
/// offset in force before the change is used; in an overlap (a local time that happened twice)
/// the first occurrence is taken.
class TimestampParser
{
public:
    enum class Format {
        Unknown,
        IsoDash, ///< YYYY-MM-DD[(T| )HH:MM[:SS[.f*]]][Z|±HH[:]MM|±HH]
        IsoSlash, ///< YYYY/MM/DD[ HH:MM[:SS[.f*]]]
        DayDot, ///< DD.MM.YYYY[ HH:MM[:SS[.f*]]]
        DaySlash, ///< DD/MM/YYYY[ HH:MM[:SS[.f*]]]
        Epoch, ///< seconds, or milliseconds above 10^11
        Pattern, ///< the explicit Qt pattern
    };

    TimestampParser();

    /// A Qt date-time pattern every value follows; empty for automatic detection.
    void setPattern(const QString &pattern);
    QString pattern() const { return m_pattern; }
    /// The zone of timestamps without an offset; an invalid zone means UTC.
    void setTimeZone(const QTimeZone &zone);

    /// Chooses the format from a sample value; false when no format reads it.
    bool detect(QStringView sample);
    bool detect(const char *data, qsizetype size);
    Format format() const { return m_format; }

    /// Parses one value with the detected format, falling back to every other one.
    bool parse(QStringView value, qint64 *ms);
    bool parse(const char *data, qsizetype size, qint64 *ms);

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    static qint64 daysFromCivil(int year, int month, int day);

private:
    template<typename Char>
    bool parseAs(Format format, const Char *p, const Char *end, qint64 *ms);
    template<typename Char>
    bool parseAny(const Char *p, const Char *end, qint64 *ms);
    template<typename Char>
    bool detectImpl(const Char *p, const Char *end);
    bool parsePattern(QStringView value, qint64 *ms);
    qint64 localToUtc(qint64 localMs);
    qint64 localToUtcUncached(qint64 localMs) const;

    struct HourEntry
    {
        qint64 hour = std::numeric_limits<qint64>::min();
        qint64 offsetMs = 0;
    };

    Format m_format = Format::Unknown;
    QString m_pattern;
    QTimeZone m_zone;
    bool m_hasZone = false;
    std::array<HourEntry, 256> m_hourCache;
};

} // namespace Stepwise
