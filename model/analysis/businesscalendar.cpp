#include "businesscalendar.h"

#include "process/process.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <memory>

namespace Stepwise {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 DayMs = 24 * 60 * MinuteMs;
constexpr int DayMinutes = 24 * 60;
/// Julian day of 1970-01-01: local dates become days since the epoch, as the local time line
/// counts them.
constexpr qint64 EpochJulianDay = 2440588;

const char *const dayNames[7]
    = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

QString shortDayName(int day)
{
    return QString::fromLatin1(dayNames[day], 3);
}

/// Monday is 0; 1970-01-01, day 0, was a Thursday.
int weekdayOfEpochDay(qint64 day)
{
    return int(day + 3 - floorDiv(day + 3, 7) * 7);
}

/// A day name or its first letters (two at least), in any case: "mon", "Tues", "THURSDAY".
int dayFromName(QStringView name)
{
    if (name.size() < 2)
        return -1;
    for (int d = 0; d < 7; ++d) {
        const QLatin1String full(dayNames[d]);
        if (name.size() <= full.size()
            && full.left(name.size()).compare(name, Qt::CaseInsensitive) == 0)
            return d;
    }
    return -1;
}

/// One piece of a text split at a separator: where it starts (trimmed) and what it says.
struct Piece
{
    qsizetype at;
    QStringView text;
};

QVector<Piece> splitTrimmed(QStringView text, qsizetype offset, QChar separator)
{
    QVector<Piece> pieces;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i) != separator)
            continue;
        QStringView piece = text.mid(start, i - start);
        qsizetype at = offset + start;
        while (!piece.isEmpty() && piece.front().isSpace()) {
            piece = piece.mid(1);
            ++at;
        }
        while (!piece.isEmpty() && piece.back().isSpace())
            piece.chop(1);
        pieces.append({at, piece});
        start = i + 1;
    }
    return pieces;
}

/// "9:00", "09:30", "24:00" as minutes after midnight; -1 when it is no time of day.
int minutesOf(QStringView text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 1 || colon > 2 || text.size() != colon + 3)
        return -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i != colon && !(text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9')))
            return -1;
    }
    const int hours = text.left(colon).toInt();
    const int minutes = text.mid(colon + 1).toInt();
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        return -1;
    return hours * 60 + minutes;
}

QString timeText(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

/// Sorts a day's intervals and joins touching ones; false when two overlap.
bool normalizeDay(QVector<BusinessCalendar::Interval> &day)
{
    std::sort(day.begin(), day.end(),
              [](const BusinessCalendar::Interval &a, const BusinessCalendar::Interval &b) {
                  return a.start < b.start;
              });
    QVector<BusinessCalendar::Interval> joined;
    bool apart = true;
    for (const BusinessCalendar::Interval &interval : qAsConst(day)) {
        if (!joined.isEmpty() && interval.start <= joined.last().end) {
            apart = apart && interval.start == joined.last().end;
            joined.last().end = std::max(joined.last().end, interval.end);
        } else {
            joined.append(interval);
        }
    }
    day = joined;
    return apart;
}

} // namespace

BusinessCalendar::BusinessCalendar() : m_timeZone(QStringLiteral("UTC"))
{
    for (int d = 0; d < 5; ++d)
        m_week[d] = {{9 * 60, 18 * 60}};
    updateDays();
    updateHolidays();
    updateZone(QByteArray());
}

QString BusinessCalendar::defaultHours()
{
    return QStringLiteral("Mon-Fri 09:00-18:00");
}

std::optional<BusinessCalendar> BusinessCalendar::fromText(const QString &hours,
                                                           const QString &timeZone,
                                                           const QString &holidays, QString *error)
{
    BusinessCalendar calendar;
    if (!hours.trimmed().isEmpty() && !calendar.setHours(hours, error))
        return std::nullopt;
    if (!calendar.setTimeZone(timeZone, error))
        return std::nullopt;
    const std::optional<QVector<QDate>> dates = parseHolidays(holidays, error);
    if (!dates)
        return std::nullopt;
    calendar.setHolidays(*dates);
    return calendar;
}

std::optional<BusinessCalendar::Week> BusinessCalendar::parseHours(const QString &text,
                                                                   QString *error)
{
    // Every message quotes the text as typed, less the spaces around it, and points at the
    // place: "at character 9: ...".
    qsizetype leading = 0;
    while (leading < text.size() && text.at(leading).isSpace())
        ++leading;
    const auto fail = [&](qsizetype at, const QString &what) {
        if (error) {
            // One arg() call: the text typed may hold "%2" itself.
            *error = tr("Working hours \"%1\", at character %2: %3.")
                         .arg(text.trimmed(), QString::number(at - leading + 1), what);
        }
        return std::nullopt;
    };
    Week week;
    std::array<bool, 7> given {};
    bool any = false;
    for (const Piece &group : splitTrimmed(text, 0, QLatin1Char(';'))) {
        if (group.text.isEmpty())
            continue; // "...; " at the end, or ";;"
        any = true;
        qsizetype digit = 0;
        while (digit < group.text.size() && !group.text.at(digit).isDigit())
            ++digit;
        const QStringView days = group.text.left(digit).trimmed();
        if (days.isEmpty()) {
            return fail(group.at,
                        tr("\"%1\" gives hours but no days (write them first, as in "
                           "Mon-Fri 09:00-18:00)")
                            .arg(group.text));
        }
        if (digit == group.text.size()) {
            return fail(
                group.at,
                tr("\"%1\" gives days but no hours (as in Mon-Fri 09:00-18:00)").arg(group.text));
        }

        std::array<bool, 7> inGroup {};
        for (const Piece &item : splitTrimmed(days, group.at, QLatin1Char(','))) {
            if (item.text.isEmpty())
                return fail(item.at, tr("a day is missing between commas"));
            const qsizetype dash = item.text.indexOf(QLatin1Char('-'));
            const QVector<Piece> ends = dash < 0
                ? QVector<Piece> {item}
                : splitTrimmed(item.text, item.at, QLatin1Char('-'));
            if (ends.size() > 2)
                return fail(item.at, tr("\"%1\" is not a day or a range of days").arg(item.text));
            int range[2] = {-1, -1};
            for (int e = 0; e < ends.size(); ++e) {
                range[e] = dayFromName(ends[e].text);
                if (range[e] < 0) {
                    return fail(ends[e].at,
                                ends[e].text.isEmpty()
                                    ? tr("a day is missing in \"%1\"").arg(item.text)
                                    : tr("unknown day \"%1\" (the days are Mon, Tue, Wed, Thu, "
                                         "Fri, Sat, Sun)")
                                          .arg(ends[e].text));
                }
            }
            const int last = ends.size() == 2 ? range[1] : range[0];
            // A range may wrap round the week's end: "Fri-Mon" is Fri, Sat, Sun and Mon.
            for (int d = range[0];; d = (d + 1) % 7) {
                if (given[d] || inGroup[d]) {
                    return fail(item.at,
                                tr("%1 has its hours given twice (give each day once)")
                                    .arg(shortDayName(d)));
                }
                inGroup[d] = true;
                if (d == last)
                    break;
            }
        }

        QVector<Interval> intervals;
        const QStringView hours = group.text.mid(digit);
        for (const Piece &item : splitTrimmed(hours, group.at + digit, QLatin1Char(','))) {
            const QVector<Piece> ends = splitTrimmed(item.text, item.at, QLatin1Char('-'));
            if (ends.size() != 2) {
                return fail(
                    item.at,
                    item.text.isEmpty()
                        ? tr("hours are missing between commas")
                        : tr("\"%1\" is not a span of hours such as 09:00-18:00").arg(item.text));
            }
            const int start = minutesOf(ends[0].text);
            const int end = minutesOf(ends[1].text);
            for (int e = 0; e < 2; ++e) {
                if ((e == 0 ? start : end) < 0) {
                    return fail(
                        ends[e].at,
                        tr("\"%1\" is not a time of day from 00:00 to 24:00").arg(ends[e].text));
                }
            }
            if (start == DayMinutes)
                return fail(ends[0].at, tr("a span cannot start at 24:00"));
            if (end <= start) {
                return fail(item.at,
                            end == start
                                ? tr("\"%1\" is empty").arg(item.text)
                                : tr("\"%1\" ends before it starts (a night shift is two spans: "
                                     "Mon-Fri 22:00-24:00; Tue-Sat 00:00-06:00)")
                                      .arg(item.text));
            }
            intervals.append({start, end});
        }
        if (!normalizeDay(intervals)) {
            return fail(group.at + digit,
                        tr("the spans of \"%1\" overlap").arg(group.text.mid(digit)));
        }
        for (int d = 0; d < 7; ++d) {
            if (inGroup[d]) {
                week[d] = intervals;
                given[d] = true;
            }
        }
    }
    if (!any) {
        if (error)
            *error = tr("No working hours given (write them as in Mon-Fri 09:00-18:00).");
        return std::nullopt;
    }
    return week;
}

QString BusinessCalendar::formatHours(const Week &week)
{
    QStringList groups;
    std::array<bool, 7> done {};
    for (int d = 0; d < 7; ++d) {
        if (done[d] || week[d].isEmpty())
            continue;
        // The days with the same hours, as ranges of consecutive days.
        QStringList days;
        int runStart = -1;
        for (int e = d; e <= 7; ++e) {
            const bool same = e < 7 && !done[e] && week[e] == week[d];
            if (same) {
                done[e] = true;
                if (runStart < 0)
                    runStart = e;
            } else if (runStart >= 0) {
                days.append(e - 1 == runStart
                                ? shortDayName(runStart)
                                : shortDayName(runStart) + QLatin1Char('-') + shortDayName(e - 1));
                runStart = -1;
            }
        }
        QStringList spans;
        for (const Interval &interval : week[d])
            spans.append(timeText(interval.start) + QLatin1Char('-') + timeText(interval.end));
        groups.append(days.join(QLatin1Char(',')) + QLatin1Char(' ')
                      + spans.join(QLatin1Char(',')));
    }
    return groups.join(QStringLiteral("; "));
}

std::optional<QVector<QDate>> BusinessCalendar::parseHolidays(const QString &text, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    QVector<QDate> dates;
    const QStringList items = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QDate date
            = isoDate.match(item).hasMatch() ? QDate::fromString(item, Qt::ISODate) : QDate();
        if (!date.isValid()) {
            if (error) {
                *error = tr("Holidays \"%1\": \"%2\" is not a date as YYYY-MM-DD.")
                             .arg(text.trimmed(), item);
            }
            return std::nullopt;
        }
        dates.append(date);
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

QString BusinessCalendar::formatHolidays(const QVector<QDate> &dates)
{
    QStringList items;
    items.reserve(dates.size());
    for (const QDate &date : dates)
        items.append(date.toString(Qt::ISODate));
    return items.join(QLatin1Char(','));
}

std::optional<QString> BusinessCalendar::canonicalTimeZone(const QString &id, QString *error)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("UTC");
    const QByteArray utf8 = trimmed.toUtf8();
    if (QTimeZone::isTimeZoneIdAvailable(utf8))
        return trimmed;
    // "europe/berlin" is Europe/Berlin: IANA ids are unique without regard to case.
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &known : ids) {
        if (QString::fromUtf8(known).compare(trimmed, Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(known);
    }
    // Zones the system has that Qt does not list (Etc/GMT+5). Qt would also take any word as a
    // POSIX rule ("office" as UTC), so only a name of the tz database's form counts.
    if (trimmed.contains(QLatin1Char('/')) && QTimeZone(utf8).isValid())
        return trimmed;
    if (error) {
        *error = tr("Unknown time zone \"%1\" (give an IANA name such as Europe/Berlin, "
                    "America/New_York or UTC).")
                     .arg(trimmed);
    }
    return std::nullopt;
}

void BusinessCalendar::setWeek(const Week &week)
{
    m_week = week;
    for (QVector<Interval> &day : m_week) {
        QVector<Interval> valid;
        for (const Interval &interval : qAsConst(day)) {
            const Interval clamped {std::clamp(interval.start, 0, DayMinutes),
                                    std::clamp(interval.end, 0, DayMinutes)};
            if (clamped.start < clamped.end)
                valid.append(clamped);
        }
        day = valid;
        // Overlapping intervals are joined too: a value set in code has no one to tell.
        normalizeDay(day);
    }
    updateDays();
    updateHolidays(); // what a holiday takes out depends on the hours of its weekday
    updateAnchors();
}

bool BusinessCalendar::setHours(const QString &text, QString *error)
{
    const std::optional<Week> week = parseHours(text, error);
    if (!week)
        return false;
    setWeek(*week);
    return true;
}

bool BusinessCalendar::setTimeZone(const QString &id, QString *error)
{
    const std::optional<QString> zone = canonicalTimeZone(id, error);
    if (!zone)
        return false;
    m_timeZone = *zone;
    updateZone(zone->toUtf8());
    return true;
}

void BusinessCalendar::setHolidays(QVector<QDate> dates)
{
    dates.removeIf([](const QDate &date) { return !date.isValid(); });
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    m_holidays = dates;
    updateHolidays();
    updateAnchors();
}

QString BusinessCalendar::description() const
{
    QString text = hours() + QStringLiteral(", ") + m_timeZone;
    if (!m_holidays.isEmpty())
        text += QStringLiteral(", ") + tr("%n holiday(s)", nullptr, int(m_holidays.size()));
    return text;
}

void BusinessCalendar::updateDays()
{
    m_spans.clear();
    m_weekMs = 0;
    for (int d = 0; d < 7; ++d) {
        m_dayFirst[d] = int(m_spans.size());
        m_dayPrefix[d] = m_weekMs;
        qint64 total = 0;
        for (const Interval &interval : m_week[d]) {
            m_spans.push_back({interval.start * MinuteMs, interval.end * MinuteMs});
            total += (interval.end - interval.start) * MinuteMs;
        }
        m_dayMs[d] = total;
        m_weekMs += total;
    }
    m_dayFirst[7] = int(m_spans.size());
    m_dayPrefix[7] = m_weekMs;
}

void BusinessCalendar::updateHolidays()
{
    m_holidayDays.clear();
    m_holidayPrefix.assign(1, 0);
    for (const QDate &date : qAsConst(m_holidays)) {
        const qint64 day = date.toJulianDay() - EpochJulianDay;
        m_holidayDays.push_back(day);
        m_holidayPrefix.push_back(m_holidayPrefix.back() + m_dayMs[weekdayOfEpochDay(day)]);
    }
}

void BusinessCalendar::updateZone(const QByteArray &zoneId)
{
    m_offsetStarts.assign(1, std::numeric_limits<qint64>::min());
    m_offsets.assign(1, 0);
    const QTimeZone zone = zoneId.isEmpty() ? QTimeZone::utc() : QTimeZone(zoneId);
    if (zone.isValid()) {
        const auto offsetAt = [&zone](qint64 utcMs) {
            return qint64(
                       zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc())))
                * 1000;
        };
        const QDateTime first(QDate(1900, 1, 1), QTime(0, 0), QTimeZone::utc());
        const QDateTime last(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc());
        const qint64 lastMs = last.toMSecsSinceEpoch();
        m_offsets[0] = offsetAt(first.toMSecsSinceEpoch());
        const QTimeZone::OffsetDataList transitions
            = zone.hasTransitions() ? zone.transitions(first, last) : QTimeZone::OffsetDataList();
        for (const QTimeZone::OffsetData &transition : transitions) {
            const qint64 at = transition.atUtc.toMSecsSinceEpoch();
            const qint64 offset = qint64(transition.offsetFromUtc) * 1000;
            if (offset == m_offsets.back() || at <= m_offsetStarts.back())
                continue; // only the name changed
            m_offsetStarts.push_back(at);
            m_offsets.push_back(offset);
        }
        // Qt lists changes only as far as the zone's table goes (2037); its rule goes on. Up to
        // 2100 the calendar repeats every 28 years (10227 days, to the weekday), and so do the
        // rule's changes: each is taken from 28 years before and checked with the zone.
        constexpr qint64 CycleMs = 10227 * DayMs;
        const size_t listed = m_offsetStarts.size();
        if (listed > 1 && offsetAt(m_offsetStarts.back() + 200 * DayMs) != m_offsets.back()) {
            size_t source = listed - 1;
            while (source > 1 && m_offsetStarts[source - 1] > m_offsetStarts.back() - CycleMs)
                --source;
            for (; source < m_offsetStarts.size(); ++source) {
                const qint64 at = m_offsetStarts[source] + CycleMs;
                const qint64 offset = m_offsets[source];
                if (at >= lastMs || offsetAt(at) != offset
                    || offsetAt(at - 1000) != m_offsets.back())
                    break;
                m_offsetStarts.push_back(at);
                m_offsets.push_back(offset);
            }
        }
    }
    updateAnchors();
}

void BusinessCalendar::updateAnchors()
{
    // Continuous at each change of offset: the same working time just before and at the instant.
    m_anchors.assign(m_offsets.size(), 0);
    for (size_t i = 1; i < m_offsets.size(); ++i) {
        const qint64 at = m_offsetStarts[i];
        m_anchors[i]
            = m_anchors[i - 1] + localMs(at + m_offsets[i - 1]) - localMs(at + m_offsets[i]);
    }
}

qint64 BusinessCalendar::withinDay(int weekday, qint64 msOfDay) const
{
    qint64 total = 0;
    for (int i = m_dayFirst[weekday]; i < m_dayFirst[weekday + 1]; ++i) {
        const Span &span = m_spans[size_t(i)];
        if (msOfDay <= span.start)
            break;
        total += std::min(msOfDay, span.end) - span.start;
    }
    return total;
}

qint64 BusinessCalendar::localMs(qint64 local) const
{
    const qint64 day = floorDiv(local, DayMs);
    const qint64 msOfDay = local - day * DayMs;
    // Weeks from Monday 1969-12-29, the Monday before day 0.
    const qint64 weeks = floorDiv(day + 3, 7);
    const int weekday = int(day + 3 - weeks * 7);
    const qint64 partOfDay = withinDay(weekday, msOfDay);
    qint64 total = weeks * m_weekMs + m_dayPrefix[weekday] + partOfDay;
    if (!m_holidayDays.empty()) {
        const auto it = std::lower_bound(m_holidayDays.cbegin(), m_holidayDays.cend(), day);
        total -= m_holidayPrefix[size_t(it - m_holidayDays.cbegin())];
        if (it != m_holidayDays.cend() && *it == day)
            total -= partOfDay;
    }
    return total;
}

qint64 BusinessCalendar::cumulativeMs(qint64 utcMs) const
{
    // Some three million years either way: no sum below can overflow, whatever comes in.
    constexpr qint64 Limit = Q_INT64_C(100000000000000000);
    utcMs = std::clamp(utcMs, -Limit, Limit);
    size_t i = 0;
    if (m_offsetStarts.size() > 1) {
        i = size_t(std::upper_bound(m_offsetStarts.cbegin(), m_offsetStarts.cend(), utcMs)
                   - m_offsetStarts.cbegin())
            - 1;
    }
    return localMs(utcMs + m_offsets[i]) + m_anchors[i];
}

std::optional<BusinessCalendar> processCalendar(const Process &process, QString *error)
{
    std::optional<BusinessCalendar> calendar
        = BusinessCalendar::fromText(process.workingHours, process.timeZone, QString(), error);
    if (calendar)
        calendar->setHolidays(process.holidays);
    return calendar;
}

std::function<qint64(qint64, qint64)> businessDuration(const BusinessCalendar &calendar)
{
    auto shared = std::make_shared<const BusinessCalendar>(calendar);
    return [shared](qint64 fromMs, qint64 toMs) { return shared->businessMs(fromMs, toMs); };
}

std::function<qint64(qint64, qint64)> slaClockDuration(const Process &process)
{
    if (process.slaClock != Process::SlaClock::BusinessHours)
        return {};
    BusinessCalendar calendar;
    // Each value was checked when it was set; one that does not parse keeps its default.
    calendar.setHours(process.workingHours);
    calendar.setTimeZone(process.timeZone);
    calendar.setHolidays(process.holidays);
    return businessDuration(calendar);
}

} // namespace Stepwise
