// Tests of the business-hours calendar: reading and writing its texts, and the working time
// between two instants, hand-computed for weekends, holidays, days of several spans, the days the
// clocks change in Europe/Berlin, spans that start or end outside hours, and spans of many weeks;
// then checked minute by minute against the zone's own local times over random spans.

#include "analysis/businesscalendar.h"
#include "analysis/runmetrics.h"
#include "process/process.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Stepwise;

namespace {

constexpr qint64 M = 60 * 1000; // a minute
constexpr qint64 H = 60 * M; // an hour

qint64 utc(const char *iso)
{
    const QDateTime time = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    Q_ASSERT(time.isValid());
    return time.toMSecsSinceEpoch();
}

BusinessCalendar calendar(const QString &hours, const QString &zone = {},
                          const QString &holidays = {})
{
    QString error;
    const std::optional<BusinessCalendar> c
        = BusinessCalendar::fromText(hours, zone, holidays, &error);
    if (!c)
        qFatal("calendar: %s", qPrintable(error));
    return *c;
}

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsMondayToFridayNineToSixInUtc();
    void parseAndFormat_data();
    void parseAndFormat();
    void refusedHours_data();
    void refusedHours();
    void holidays_data();
    void holidays();
    void timeZones_data();
    void timeZones();
    void businessMs_data();
    void businessMs();
    void reversedSpanIsNegative();
    void extremeInstantsDoNotOverflow();
    void agreesWithTheZoneMinuteByMinute_data();
    void agreesWithTheZoneMinuteByMinute();
    void processCalendarAndClock();
    void runStatsOnBusinessHours();
};

void TestCalendar::defaultIsMondayToFridayNineToSixInUtc()
{
    const BusinessCalendar c;
    QCOMPARE(c.hours(), QStringLiteral("Mon-Fri 09:00-18:00"));
    QCOMPARE(c.hours(), BusinessCalendar::defaultHours());
    QCOMPARE(c.timeZone(), QStringLiteral("UTC"));
    QVERIFY(c.holidays().isEmpty());
    QCOMPARE(c.weekMs(), 45 * H);
    QCOMPARE(c, calendar(QStringLiteral("mon-fri 9:00-18:00")));
}

void TestCalendar::parseAndFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<qint64>("weekMs");
    QTest::newRow("a plain working week stays as it is")
        << QStringLiteral("Mon-Fri 09:00-18:00") << QStringLiteral("Mon-Fri 09:00-18:00") << 45 * H;
    QTest::newRow("day names in any case, short hours and spaces are read")
        << QStringLiteral("  MONDAY - friday   9:00 - 18:00 ")
        << QStringLiteral("Mon-Fri 09:00-18:00") << 45 * H;
    QTest::newRow("a lunch break and a short Friday are two groups")
        << QStringLiteral("Mon-Thu 08:00-12:00,13:00-17:00; Fri 08:00-14:00")
        << QStringLiteral("Mon-Thu 08:00-12:00,13:00-17:00; Fri 08:00-14:00") << 38 * H;
    QTest::newRow("days with the same hours are put together")
        << QStringLiteral("Mon 09:00-17:00; Wed 09:00-17:00; Tue 10:00-12:00; Thu,Fri 09:00-17:00")
        << QStringLiteral("Mon,Wed-Fri 09:00-17:00; Tue 10:00-12:00") << 34 * H;
    QTest::newRow("a range that wraps round the weekend")
        << QStringLiteral("Fri-Mon 10:00-14:00") << QStringLiteral("Mon,Fri-Sun 10:00-14:00")
        << 16 * H;
    QTest::newRow("spans out of order are sorted and touching ones joined")
        << QStringLiteral("Tue 13:00-17:00,08:00-12:00,12:00-13:00")
        << QStringLiteral("Tue 08:00-17:00") << 9 * H;
    QTest::newRow("a whole day ends at 24:00")
        << QStringLiteral("Sat-Sun 00:00-24:00") << QStringLiteral("Sat-Sun 00:00-24:00") << 48 * H;
    QTest::newRow("two-letter and longer abbreviations are read")
        << QStringLiteral("Tu,Thurs 09:30-10:00; SA 08:00-08:15")
        << QStringLiteral("Tue,Thu 09:30-10:00; Sat 08:00-08:15") << 75 * M;
    QTest::newRow("a trailing semicolon is harmless")
        << QStringLiteral("Mon 09:00-10:00;") << QStringLiteral("Mon 09:00-10:00") << 1 * H;
}

void TestCalendar::parseAndFormat()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(qint64, weekMs);
    QString error;
    const std::optional<BusinessCalendar::Week> week = BusinessCalendar::parseHours(text, &error);
    QVERIFY2(week, qPrintable(error));
    QCOMPARE(BusinessCalendar::formatHours(*week), canonical);
    // The canonical text reads back to the same week.
    const std::optional<BusinessCalendar::Week> again = BusinessCalendar::parseHours(canonical);
    QVERIFY(again);
    QVERIFY(*again == *week);
    BusinessCalendar c;
    QVERIFY(c.setHours(text));
    QCOMPARE(c.weekMs(), weekMs);
}

void TestCalendar::refusedHours_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("empty text gives no hours")
        << QStringLiteral("  ") << QStringList {QStringLiteral("No working hours")};
    QTest::newRow("an unknown day is named with its place")
        << QStringLiteral("Mon-Fry 09:00-18:00")
        << QStringList {QStringLiteral("\"Fry\""), QStringLiteral("character 5")};
    QTest::newRow("one letter is not a day")
        << QStringLiteral("M 09:00-18:00") << QStringList {QStringLiteral("\"M\"")};
    QTest::newRow("days without hours")
        << QStringLiteral("Mon-Fri") << QStringList {QStringLiteral("no hours")};
    QTest::newRow("hours without days")
        << QStringLiteral("09:00-18:00") << QStringList {QStringLiteral("no days")};
    QTest::newRow("a day given twice")
        << QStringLiteral("Mon-Fri 09:00-18:00; Fri 08:00-14:00")
        << QStringList {QStringLiteral("Fri"), QStringLiteral("twice"),
                        QStringLiteral("character 22")};
    QTest::newRow("a minute past the hour's end")
        << QStringLiteral("Mon 09:00-18:60")
        << QStringList {QStringLiteral("\"18:60\""), QStringLiteral("character 11")};
    QTest::newRow("an hour past midnight")
        << QStringLiteral("Mon 25:00-26:00") << QStringList {QStringLiteral("\"25:00\"")};
    QTest::newRow("a span ending before it starts")
        << QStringLiteral("Mon 18:00-09:00")
        << QStringList {QStringLiteral("\"18:00-09:00\""), QStringLiteral("before it starts")};
    QTest::newRow("an empty span")
        << QStringLiteral("Mon 09:00-09:00") << QStringList {QStringLiteral("empty")};
    QTest::newRow("overlapping spans")
        << QStringLiteral("Mon 09:00-13:00,12:00-17:00") << QStringList {QStringLiteral("overlap")};
    QTest::newRow("a time without minutes")
        << QStringLiteral("Mon 9-17") << QStringList {QStringLiteral("\"9\"")};
    QTest::newRow("a missing day between commas")
        << QStringLiteral("Mon,,Wed 09:00-17:00")
        << QStringList {QStringLiteral("missing"), QStringLiteral("character 5")};
    QTest::newRow("a span with a third end")
        << QStringLiteral("Mon 09:00-12:00-13:00") << QStringList {QStringLiteral("not a span")};
}

void TestCalendar::refusedHours()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mentions);
    QString error;
    QVERIFY(!BusinessCalendar::parseHours(text, &error));
    for (const QString &mention : mentions)
        QVERIFY2(error.contains(mention), qPrintable(error));
    // A calendar keeps its hours when given text that is not hours.
    BusinessCalendar c;
    QVERIFY(!c.setHours(text));
    QCOMPARE(c, BusinessCalendar());
}

void TestCalendar::holidays_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty with an error: refused
    QTest::addColumn<QString>("mentions");
    QTest::newRow("dates come back sorted and each once")
        << QStringLiteral("2026-12-25, 2026-12-24;2026-12-25 2027-01-01")
        << QStringLiteral("2026-12-24,2026-12-25,2027-01-01") << QString();
    QTest::newRow("no text is no holidays") << QString() << QString() << QString();
    QTest::newRow("a day that does not exist is refused")
        << QStringLiteral("2026-12-24,2026-02-30") << QString() << QStringLiteral("\"2026-02-30\"");
    QTest::newRow("another date format is refused")
        << QStringLiteral("24.12.2026") << QString() << QStringLiteral("YYYY-MM-DD");
}

void TestCalendar::holidays()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(QString, mentions);
    QString error;
    const std::optional<QVector<QDate>> dates = BusinessCalendar::parseHolidays(text, &error);
    if (!mentions.isEmpty()) {
        QVERIFY(!dates);
        QVERIFY2(error.contains(mentions), qPrintable(error));
        return;
    }
    QVERIFY2(dates, qPrintable(error));
    QCOMPARE(BusinessCalendar::formatHolidays(*dates), canonical);
}

void TestCalendar::timeZones_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("canonical"); // empty: refused
    QTest::newRow("an IANA id is kept")
        << QStringLiteral("Europe/Berlin") << QStringLiteral("Europe/Berlin");
    QTest::newRow("the case of its letters need not match")
        << QStringLiteral("america/new_york") << QStringLiteral("America/New_York");
    QTest::newRow("no id is UTC") << QString() << QStringLiteral("UTC");
    QTest::newRow("a misspelt city is refused") << QStringLiteral("Europe/Berln") << QString();
    QTest::newRow("a word is refused") << QStringLiteral("office") << QString();
    QTest::newRow("a zone of the tz database Qt does not list is kept")
        << QStringLiteral("Etc/GMT+5") << QStringLiteral("Etc/GMT+5");
}

void TestCalendar::timeZones()
{
    QFETCH(QString, id);
    QFETCH(QString, canonical);
    QString error;
    const std::optional<QString> zone = BusinessCalendar::canonicalTimeZone(id, &error);
    BusinessCalendar c;
    if (canonical.isEmpty()) {
        QVERIFY(!zone);
        QVERIFY2(error.contains(id) && error.contains(QLatin1String("time zone")),
                 qPrintable(error));
        QVERIFY(!c.setTimeZone(id));
        QCOMPARE(c.timeZone(), QStringLiteral("UTC"));
        return;
    }
    QVERIFY2(zone, qPrintable(error));
    QCOMPARE(*zone, canonical);
    QVERIFY(c.setTimeZone(id));
    QCOMPARE(c.timeZone(), canonical);
}

void TestCalendar::businessMs_data()
{
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("holidays");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("expected");

    const QString week = QStringLiteral("Mon-Fri 09:00-18:00");
    // 2026-03-06 is a Friday, 2026-03-09 a Monday.
    QTest::newRow("a ticket from Friday 17:00 to Monday 10:00 took 2 hours")
        << week << QString() << QString() << utc("2026-03-06T17:00:00Z")
        << utc("2026-03-09T10:00:00Z") << 2 * H;
    QTest::newRow("a span inside one working day counts whole")
        << week << QString() << QString() << utc("2026-03-03T10:15:00Z")
        << utc("2026-03-03T12:45:30Z") << 2 * H + 30 * M + 30000;
    QTest::newRow("a weekend-only span is no time")
        << week << QString() << QString() << utc("2026-03-07T10:00:00Z")
        << utc("2026-03-08T20:00:00Z") << qint64(0);
    QTest::newRow("a night between two days is no time")
        << week << QString() << QString() << utc("2026-03-03T18:00:00Z")
        << utc("2026-03-04T09:00:00Z") << qint64(0);
    QTest::newRow("a start before opening and an end after closing count the day")
        << week << QString() << QString() << utc("2026-03-03T06:00:00Z")
        << utc("2026-03-03T20:00:00Z") << 9 * H;
    QTest::newRow("a start before opening counts from opening")
        << week << QString() << QString() << utc("2026-03-03T07:00:00Z")
        << utc("2026-03-03T10:30:00Z") << 90 * M;
    QTest::newRow("an end after closing counts to closing")
        << week << QString() << QString() << utc("2026-03-03T16:00:00Z")
        << utc("2026-03-03T23:59:00Z") << 2 * H;
    QTest::newRow("a start on Saturday counts from Monday's opening")
        << week << QString() << QString() << utc("2026-03-07T12:00:00Z")
        << utc("2026-03-09T11:00:00Z") << 2 * H;
    // 2026-12-24 is a Thursday, 2026-12-25 a Friday.
    QTest::newRow("holidays count nothing")
        << week << QString() << QStringLiteral("2026-12-24,2026-12-25")
        << utc("2026-12-23T17:00:00Z") << utc("2026-12-28T10:00:00Z") << 2 * H;
    QTest::newRow("a span inside a holiday is no time")
        << week << QString() << QStringLiteral("2026-12-24") << utc("2026-12-24T10:00:00Z")
        << utc("2026-12-24T16:00:00Z") << qint64(0);
    QTest::newRow("a holiday on a weekend takes nothing off")
        << week << QString() << QStringLiteral("2026-12-26") << utc("2026-12-21T00:00:00Z")
        << utc("2026-12-28T00:00:00Z") << 45 * H;
    // In New York 2026-12-25 09:00-18:00 is 14:00-23:00 UTC: the holiday is the local date.
    QTest::newRow("a holiday is a local date of the zone")
        << week << QStringLiteral("America/New_York") << QStringLiteral("2026-12-25")
        << utc("2026-12-25T12:00:00Z") << utc("2026-12-26T06:00:00Z") << qint64(0);
    QTest::newRow("without the holiday that local day is 9 hours")
        << week << QStringLiteral("America/New_York") << QString() << utc("2026-12-25T12:00:00Z")
        << utc("2026-12-26T06:00:00Z") << 9 * H;
    const QString lunch = QStringLiteral("Mon-Thu 08:00-12:00,13:00-17:00; Fri 08:00-14:00");
    QTest::newRow("days of several spans skip the break")
        << lunch << QString() << QString() << utc("2026-03-05T11:00:00Z")
        << utc("2026-03-06T15:00:00Z") << 11 * H;
    QTest::newRow("a span across the lunch break counts both sides")
        << lunch << QString() << QString() << utc("2026-03-05T11:30:00Z")
        << utc("2026-03-05T13:30:00Z") << 60 * M;
    QTest::newRow("a span inside the lunch break is no time")
        << lunch << QString() << QString() << utc("2026-03-05T12:10:00Z")
        << utc("2026-03-05T12:50:00Z") << qint64(0);
    QTest::newRow("a whole week of several spans")
        << lunch << QString() << QString() << utc("2026-03-02T00:00:00Z")
        << utc("2026-03-09T00:00:00Z") << 38 * H;
    // Berlin: CET (UTC+1) until 2026-03-29 01:00 UTC, then CEST (UTC+2) until 2026-10-25 01:00.
    const QString berlin = QStringLiteral("Europe/Berlin");
    QTest::newRow("Berlin's hours are an hour off UTC in winter")
        << week << berlin << QString() << utc("2026-03-03T08:00:00Z") << utc("2026-03-03T17:00:00Z")
        << 9 * H;
    QTest::newRow("and two hours in summer")
        << week << berlin << QString() << utc("2026-07-07T07:00:00Z") << utc("2026-07-07T16:00:00Z")
        << 9 * H;
    QTest::newRow("a 09:00-18:00 Sunday is 9 hours on the day the clocks go forward")
        << QStringLiteral("Sat-Mon 09:00-18:00") << berlin << QString()
        << utc("2026-03-28T12:00:00Z") << utc("2026-03-30T12:00:00Z") << 19 * H;
    QTest::newRow("a 09:00-18:00 Sunday is 9 hours on the day the clocks go back")
        << QStringLiteral("Sat-Mon 09:00-18:00") << berlin << QString()
        << utc("2026-10-24T12:00:00Z") << utc("2026-10-26T12:00:00Z") << (4 + 9 + 4) * H;
    QTest::newRow("summer time goes on after 2037, where Qt's list of changes ends")
        << week << berlin << QString() << utc("2050-07-05T07:00:00Z") << utc("2050-07-05T16:00:00Z")
        << 9 * H;
    QTest::newRow("a whole day is 23 hours when the clocks go forward")
        << QStringLiteral("Sun 00:00-24:00") << berlin << QString() << utc("2026-03-28T00:00:00Z")
        << utc("2026-03-31T00:00:00Z") << 23 * H;
    QTest::newRow("a whole day is 25 hours when the clocks go back")
        << QStringLiteral("Sun 00:00-24:00") << berlin << QString() << utc("2026-10-24T00:00:00Z")
        << utc("2026-10-27T00:00:00Z") << 25 * H;
    QTest::newRow("working hours the clocks skip are not counted")
        << QStringLiteral("Sun 01:00-04:00") << berlin << QString() << utc("2026-03-28T00:00:00Z")
        << utc("2026-03-30T00:00:00Z") << 2 * H;
    QTest::newRow("working hours the clocks repeat count twice")
        << QStringLiteral("Sun 01:00-04:00") << berlin << QString() << utc("2026-10-24T00:00:00Z")
        << utc("2026-10-26T00:00:00Z") << 4 * H;
    QTest::newRow("a span ending in the repeated hour counts its first pass")
        << QStringLiteral("Sun 01:00-04:00") << berlin << QString() << utc("2026-10-24T00:00:00Z")
        << utc("2026-10-25T00:30:00Z") << 90 * M;
    QTest::newRow("a working week across the change to summer time is 45 hours")
        << week << berlin << QString() << utc("2026-03-23T00:00:00Z") << utc("2026-03-30T00:00:00Z")
        << 45 * H;
    QTest::newRow("eight weeks are eight working weeks")
        << week << QString() << QString() << utc("2026-01-05T00:00:00Z")
        << utc("2026-03-02T00:00:00Z") << 8 * 45 * H;
    // 2020-01-06 and 2026-01-05 are Mondays 313 weeks apart; of the holidays 2022-12-25 is a
    // Sunday, the other two are working days.
    QTest::newRow("six years of weeks less their holidays")
        << week << berlin << QStringLiteral("2021-12-24,2022-12-25,2023-01-02")
        << utc("2020-01-05T23:00:00Z") << utc("2026-01-04T23:00:00Z") << (313 * 45 - 9 - 9) * H;
    QTest::newRow("an empty span is no time")
        << week << QString() << QString() << utc("2026-03-03T10:00:00Z")
        << utc("2026-03-03T10:00:00Z") << qint64(0);
    QTest::newRow("milliseconds count")
        << week << QString() << QString() << utc("2026-03-03T10:00:00Z")
        << utc("2026-03-03T10:00:00.250Z") << qint64(250);
}

void TestCalendar::businessMs()
{
    QFETCH(QString, hours);
    QFETCH(QString, zone);
    QFETCH(QString, holidays);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, expected);
    const BusinessCalendar c = calendar(hours, zone, holidays);
    QCOMPARE(c.businessMs(from, to), expected);
    // A copy measures the same, and so does the metrics hook made from it.
    const BusinessCalendar copy = c;
    QCOMPARE(copy.businessMs(from, to), expected);
    QCOMPARE(businessDuration(c)(from, to), expected);
}

void TestCalendar::reversedSpanIsNegative()
{
    // StatsOptions::duration stands for toMs - fromMs: a span given backwards is negative, as a
    // calendar-time one is.
    const BusinessCalendar c;
    QCOMPARE(c.businessMs(utc("2026-03-09T10:00:00Z"), utc("2026-03-06T17:00:00Z")), -2 * H);
}

void TestCalendar::extremeInstantsDoNotOverflow()
{
    const BusinessCalendar c
        = calendar(QStringLiteral("Mon-Fri 09:00-18:00"), QStringLiteral("Europe/Berlin"));
    const qint64 all
        = c.businessMs(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    QVERIFY(all > 0);
    QCOMPARE(c.businessMs(std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()),
             -all);
}

void TestCalendar::agreesWithTheZoneMinuteByMinute_data()
{
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("holidays");
    QTest::addColumn<qint64>("around"); // the random spans lie within two weeks of this
    QTest::newRow("Berlin's working week around the change to summer time")
        << QStringLiteral("Mon-Fri 08:30-12:00,13:00-17:45; Sun 01:00-04:00")
        << QStringLiteral("Europe/Berlin") << QStringLiteral("2026-03-27")
        << utc("2026-03-29T01:00:00Z");
    QTest::newRow("Berlin's working week around the change to winter time")
        << QStringLiteral("Mon-Sat 06:00-22:00; Sun 02:00-03:00") << QStringLiteral("Europe/Berlin")
        << QStringLiteral("2026-10-26") << utc("2026-10-25T01:00:00Z");
    QTest::newRow("Berlin around its change to summer time in 2045")
        << QStringLiteral("Sun 00:00-24:00; Mon-Fri 07:00-19:00") << QStringLiteral("Europe/Berlin")
        << QString() << utc("2045-03-26T01:00:00Z");
    QTest::newRow("Berlin around its change to winter time in 2099")
        << QStringLiteral("Sun 00:00-24:00; Mon-Fri 07:00-19:00") << QStringLiteral("Europe/Berlin")
        << QString() << utc("2099-10-25T01:00:00Z");
    QTest::newRow("New York around its change to summer time")
        << QStringLiteral("Mon-Fri 09:00-17:00; Sun 00:00-24:00")
        << QStringLiteral("America/New_York") << QString() << utc("2026-03-08T07:00:00Z");
    QTest::newRow("a half-hour zone")
        << QStringLiteral("Mon-Fri 09:00-18:00") << QStringLiteral("Asia/Kolkata")
        << QStringLiteral("2026-01-26") << utc("2026-01-26T00:00:00Z");
}

void TestCalendar::agreesWithTheZoneMinuteByMinute()
{
    QFETCH(QString, hours);
    QFETCH(QString, zone);
    QFETCH(QString, holidays);
    QFETCH(qint64, around);
    const BusinessCalendar c = calendar(hours, zone, holidays);
    const QTimeZone tz(zone.toUtf8());
    const BusinessCalendar::Week &week = c.week();
    const QVector<QDate> days = c.holidays();
    // The slow way: each minute's local time from Qt, inside a working span and not a holiday.
    const auto working = [&](qint64 ms) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, tz);
        if (days.contains(local.date()))
            return false;
        const int minute = local.time().hour() * 60 + local.time().minute();
        for (const BusinessCalendar::Interval &i : week[local.date().dayOfWeek() - 1]) {
            if (minute >= i.start && minute < i.end)
                return true;
        }
        return false;
    };
    QRandomGenerator random(20260329);
    const qint64 start = around - 14 * 24 * H;
    std::vector<bool> minutes(size_t(28 * 24 * 60));
    for (size_t i = 0; i < minutes.size(); ++i)
        minutes[i] = working(start + qint64(i) * M);
    for (int n = 0; n < 200; ++n) {
        const qint64 a = random.bounded(qint64(minutes.size()));
        const qint64 b = random.bounded(qint64(minutes.size()));
        const qint64 from = std::min(a, b), to = std::max(a, b);
        qint64 expected = 0;
        for (qint64 i = from; i < to; ++i)
            expected += minutes[size_t(i)] ? M : 0;
        QCOMPARE(c.businessMs(start + from * M, start + to * M), expected);
    }
}

void TestCalendar::processCalendarAndClock()
{
    Process p;
    QVERIFY(!slaClockDuration(p)); // calendar time: the metrics' own to - from
    std::optional<BusinessCalendar> c = processCalendar(p);
    QVERIFY(c);
    QCOMPARE(*c, BusinessCalendar());

    p.slaClock = Process::SlaClock::BusinessHours;
    p.workingHours = QStringLiteral("Mon-Thu 08:00-16:00");
    p.timeZone = QStringLiteral("Europe/Berlin");
    p.holidays = {QDate(2026, 3, 5)};
    c = processCalendar(p);
    QVERIFY(c);
    QCOMPARE(c->hours(), p.workingHours);
    QCOMPARE(c->timeZone(), p.timeZone);
    QCOMPARE(c->holidays(), p.holidays);
    const auto duration = slaClockDuration(p);
    QVERIFY(duration);
    // Wednesday 2026-03-04 15:00 (14:00 UTC) to Monday 10:00 (09:00 UTC): 1 h Wed, Thursday off
    // (a holiday), no Friday, 2 h Mon.
    QCOMPARE(duration(utc("2026-03-04T14:00:00Z"), utc("2026-03-09T09:00:00Z")), 3 * H);

    p.timeZone = QStringLiteral("Mars/Olympus");
    QString error;
    QVERIFY(!processCalendar(p, &error));
    QVERIFY2(error.contains(QLatin1String("Mars/Olympus")), qPrintable(error));
}

void TestCalendar::runStatsOnBusinessHours()
{
    // The metrics engine measures every duration on the hook: one run of two steps.
    RunLog log;
    log.activities = {QStringLiteral("Open"), QStringLiteral("Close")};
    Run run;
    run.caseId = QStringLiteral("T-1");
    Execution open;
    open.activity = 0;
    open.startMs = utc("2026-03-06T16:00:00Z"); // Friday
    open.completeMs = utc("2026-03-06T17:00:00Z");
    open.order = 0;
    Execution close;
    close.activity = 1;
    close.startMs = utc("2026-03-09T09:30:00Z"); // Monday
    close.completeMs = utc("2026-03-09T10:00:00Z");
    close.order = 1;
    run.executions = {open, close};
    run.firstMs = open.startMs;
    run.lastMs = close.completeMs;
    run.events = 4;
    log.runs = {run};
    StatsOptions options;
    options.slaTargetS = 3 * 3600;
    options.duration = businessDuration(BusinessCalendar());
    const RunStats stats = computeRunStats(log, options);
    QCOMPARE(stats.cycleTime.max, 3.0 * 3600); // 2 h Friday, 1 h Monday
    QCOMPARE(stats.slaMet, qint64(1));
    QCOMPARE(stats.transitions.size(), 1);
    QCOMPARE(stats.transitions.first().duration.mean, 5400.0); // Fri 17:00 to Mon 09:30
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
