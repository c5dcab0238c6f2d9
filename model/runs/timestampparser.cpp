#include "timestampparser.h"

#include <QDateTime>

namespace Stepwise {

namespace {

constexpr qint64 MsPerHour = 3600 * 1000;
constexpr qint64 MsPerDay = 24 * MsPerHour;

template<typename Char>
inline bool isDigit(Char c)
{
    return c >= Char('0') && c <= Char('9');
}

// Reads between minDigits and maxDigits digits.
template<typename Char>
inline bool readNumber(const Char *&p, const Char *end, int minDigits, int maxDigits, int *value)
{
    int v = 0;
    int n = 0;
    while (p < end && n < maxDigits && isDigit(*p)) {
        v = v * 10 + int(*p - Char('0'));
        ++p;
        ++n;
    }
    *value = v;
    return n >= minDigits;
}

inline bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

inline int daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

inline bool validDate(int y, int m, int d)
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

struct TimeOfDay
{
    qint64 ms = 0;
    bool hasOffset = false;
    qint64 offsetMs = 0;
};

// Parses "[(T| )H[H]:MM[:SS[(.|,)f*]]][ ][Z|±HH[[:]MM]]" up to the end. An empty rest is
// midnight.
template<typename Char>
bool parseTimeAndOffset(const Char *p, const Char *end, bool allowT, TimeOfDay *out)
{
    if (p == end)
        return true;
    if (*p == Char(' ') || (allowT && (*p == Char('T') || *p == Char('t'))))
        ++p;
    else
        return false;
    while (p < end && *p == Char(' '))
        ++p;
    int h = 0;
    int mi = 0;
    int s = 0;
    int ms = 0;
    if (!readNumber(p, end, 1, 2, &h) || p == end || *p != Char(':'))
        return false;
    ++p;
    if (!readNumber(p, end, 2, 2, &mi))
        return false;
    if (p < end && *p == Char(':')) {
        ++p;
        if (!readNumber(p, end, 2, 2, &s))
            return false;
        if (p < end && (*p == Char('.') || *p == Char(','))) {
            ++p;
            int n = 0;
            while (p < end && isDigit(*p)) {
                if (n < 3)
                    ms = ms * 10 + int(*p - Char('0'));
                ++n;
                ++p;
            }
            if (n == 0)
                return false;
            for (; n < 3; ++n)
                ms *= 10;
        }
    }
    if (h > 23 || mi > 59 || s > 60)
        return false;
    out->ms = ((h * 60 + mi) * 60 + s) * qint64(1000) + ms;
    if (p < end && *p == Char(' '))
        ++p;
    if (p == end)
        return true;
    if (*p == Char('Z') || *p == Char('z')) {
        out->hasOffset = true;
        return p + 1 == end;
    }
    if (*p != Char('+') && *p != Char('-'))
        return false;
    const bool negative = *p == Char('-');
    ++p;
    int oh = 0;
    int om = 0;
    if (!readNumber(p, end, 2, 2, &oh))
        return false;
    if (p < end && *p == Char(':'))
        ++p;
    if (p < end && !readNumber(p, end, 2, 2, &om))
        return false;
    if (p != end || oh > 18 || om > 59)
        return false;
    out->hasOffset = true;
    out->offsetMs = (negative ? -1 : 1) * (oh * 60 + om) * qint64(60 * 1000);
    return true;
}

template<typename Char>
void trim(const Char *&p, const Char *&end)
{
    while (p < end && (*p == Char(' ') || *p == Char('\t')))
        ++p;
    while (end > p && (end[-1] == Char(' ') || end[-1] == Char('\t') || end[-1] == Char('\r')))
        --end;
}

} // namespace

TimestampParser::TimestampParser() = default;

void TimestampParser::setPattern(const QString &pattern)
{
    m_pattern = pattern;
    m_format = pattern.isEmpty() ? Format::Unknown : Format::Pattern;
}

void TimestampParser::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_hasZone = zone.isValid() && zone.id() != "UTC";
    m_hourCache.fill(HourEntry());
}

qint64 TimestampParser::daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m > 2 ? m - 3 : m + 9) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

template<typename Char>
bool TimestampParser::parseAs(Format format, const Char *p, const Char *end, qint64 *ms)
{
    int y = 0;
    int mo = 0;
    int d = 0;
    bool allowT = false;
    switch (format) {
    case Format::IsoDash:
    case Format::IsoSlash: {
        const Char sep = format == Format::IsoDash ? Char('-') : Char('/');
        if (!readNumber(p, end, 4, 4, &y) || p == end || *p != sep)
            return false;
        ++p;
        if (!readNumber(p, end, 1, 2, &mo) || p == end || *p != sep)
            return false;
        ++p;
        if (!readNumber(p, end, 1, 2, &d))
            return false;
        allowT = format == Format::IsoDash;
        break;
    }
    case Format::DayDot:
    case Format::DaySlash: {
        const Char sep = format == Format::DayDot ? Char('.') : Char('/');
        if (!readNumber(p, end, 1, 2, &d) || p == end || *p != sep)
            return false;
        ++p;
        if (!readNumber(p, end, 1, 2, &mo) || p == end || *p != sep)
            return false;
        ++p;
        if (!readNumber(p, end, 4, 4, &y))
            return false;
        break;
    }
    case Format::Epoch: {
        if (p == end || end - p > 16)
            return false;
        qint64 v = 0;
        for (; p < end; ++p) {
            if (!isDigit(*p))
                return false;
            v = v * 10 + int(*p - Char('0'));
        }
        *ms = v > 100000000000LL ? v : v * 1000;
        return true;
    }
    case Format::Pattern:
    case Format::Unknown:
        return false;
    }
    if (!validDate(y, mo, d))
        return false;
    TimeOfDay time;
    if (!parseTimeAndOffset(p, end, allowT, &time))
        return false;
    const qint64 local = daysFromCivil(y, mo, d) * MsPerDay + time.ms;
    if (time.hasOffset)
        *ms = local - time.offsetMs;
    else
        *ms = m_hasZone ? localToUtc(local) : local;
    return true;
}

template<typename Char>
bool TimestampParser::parseAny(const Char *p, const Char *end, qint64 *ms)
{
    for (Format f :
         {Format::IsoDash, Format::IsoSlash, Format::DayDot, Format::DaySlash, Format::Epoch}) {
        if (f != m_format && parseAs(f, p, end, ms))
            return true;
    }
    return false;
}

template<typename Char>
bool TimestampParser::detectImpl(const Char *p, const Char *end)
{
    trim(p, end);
    qint64 ms = 0;
    for (Format f :
         {Format::IsoDash, Format::IsoSlash, Format::DayDot, Format::DaySlash, Format::Epoch}) {
        if (parseAs(f, p, end, &ms)) {
            m_format = f;
            return true;
        }
    }
    return false;
}

bool TimestampParser::detect(QStringView sample)
{
    if (m_format == Format::Pattern) {
        qint64 ms = 0;
        return parsePattern(sample, &ms);
    }
    return detectImpl(sample.utf16(), sample.utf16() + sample.size());
}

bool TimestampParser::detect(const char *data, qsizetype size)
{
    if (m_format == Format::Pattern)
        return detect(QString::fromUtf8(data, size));
    return detectImpl(data, data + size);
}

bool TimestampParser::parse(QStringView value, qint64 *ms)
{
    if (m_format == Format::Pattern)
        return parsePattern(value, ms);
    const char16_t *p = value.utf16();
    const char16_t *end = p + value.size();
    trim(p, end);
    if (m_format != Format::Unknown && parseAs(m_format, p, end, ms))
        return true;
    return parseAny(p, end, ms);
}

bool TimestampParser::parse(const char *data, qsizetype size, qint64 *ms)
{
    if (m_format == Format::Pattern)
        return parsePattern(QString::fromUtf8(data, size), ms);
    const char *p = data;
    const char *end = data + size;
    trim(p, end);
    if (m_format != Format::Unknown && parseAs(m_format, p, end, ms))
        return true;
    return parseAny(p, end, ms);
}

bool TimestampParser::parsePattern(QStringView value, qint64 *ms)
{
    const QDateTime dt = QDateTime::fromString(value.trimmed().toString(), m_pattern);
    if (!dt.isValid())
        return false;
    if (dt.timeSpec() == Qt::OffsetFromUTC || dt.timeSpec() == Qt::UTC
        || dt.timeSpec() == Qt::TimeZone) {
        *ms = dt.toMSecsSinceEpoch();
        return true;
    }
    const QDate date = dt.date();
    const qint64 local = daysFromCivil(date.year(), date.month(), date.day()) * MsPerDay
        + dt.time().msecsSinceStartOfDay();
    *ms = m_hasZone ? localToUtc(local) : local;
    return true;
}

qint64 TimestampParser::localToUtc(qint64 localMs)
{
    const qint64 hour = localMs >= 0 ? localMs / MsPerHour : -((-localMs - 1) / MsPerHour) - 1;
    HourEntry &entry = m_hourCache[size_t(hour) & (m_hourCache.size() - 1)];
    if (entry.hour == hour)
        return localMs - entry.offsetMs;
    // An hour is cached only when its first and last millisecond convert with the same offset,
    // so a change of offset inside an hour (zones that shift by 30 minutes) stays exact.
    const qint64 first = hour * MsPerHour;
    const qint64 last = first + MsPerHour - 1;
    const qint64 offsetFirst = first - localToUtcUncached(first);
    const qint64 offsetLast = last - localToUtcUncached(last);
    if (offsetFirst == offsetLast) {
        entry.hour = hour;
        entry.offsetMs = offsetFirst;
        return localMs - offsetFirst;
    }
    return localToUtcUncached(localMs);
}

qint64 TimestampParser::localToUtcUncached(qint64 localMs) const
{
    const auto offsetAt = [this](qint64 utcMs) {
        return qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC))) * 1000;
    };
    // Offsets a day before and after bracket any single change of offset.
    const qint64 before = offsetAt(localMs - MsPerDay);
    const qint64 after = offsetAt(localMs + MsPerDay);
    const bool beforeFits = offsetAt(localMs - before) == before;
    const bool afterFits = after != before && offsetAt(localMs - after) == after;
    if (beforeFits && afterFits) // an overlap: the first occurrence has the larger offset
        return localMs - qMax(before, after);
    if (afterFits)
        return localMs - after;
    return localMs - before; // fits, or a gap: the clock as it read before the change
}

} // namespace Stepwise
