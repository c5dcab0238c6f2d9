#include "durationticker.h"

#include "analysis/statistics.h"

#include <QCoreApplication>

#include <cmath>

namespace Stepwise {

namespace {

constexpr double Minute = 60, Hour = 3600, Day = 86400;

// Steps a reader counts in without effort, in seconds.
const double steps[]
    = {1,          2,          5,           10,          15,          30,      Minute,
       2 * Minute, 5 * Minute, 10 * Minute, 15 * Minute, 30 * Minute, Hour,    2 * Hour,
       3 * Hour,   6 * Hour,   12 * Hour,   Day,         2 * Day,     7 * Day, 14 * Day,
       30 * Day,   60 * Day,   90 * Day,    180 * Day,   365 * Day};

} // namespace

QString DurationTicker::label(double seconds)
{
    if (seconds == 0)
        return QStringLiteral("0");
    const double days = seconds / Day;
    // Whole days read best as days, unless the Preferences ask for one unit everywhere.
    if (durationUnits() == DurationUnits::Automatic && std::abs(days - std::round(days)) < 1e-9)
        return QCoreApplication::translate("Stepwise::DurationTicker", "%1 d")
            .arg(QLocale().toString(qint64(std::round(days))));
    return humanDuration(seconds);
}

double DurationTicker::getTickStep(const QCPRange &range)
{
    const double wanted = range.size() / std::max(1, tickCount());
    for (double step : steps) {
        if (step >= wanted)
            return step;
    }
    // Beyond a year: whole years, in steps of 1, 2 or 5 times a power of ten.
    double magnitude = 1;
    const double mantissa = getMantissa(wanted / (365 * Day), &magnitude);
    const double nice = mantissa <= 1 ? 1 : mantissa <= 2 ? 2 : mantissa <= 5 ? 5 : 10;
    return nice * magnitude * 365 * Day;
}

int DurationTicker::getSubTickCount(double tickStep)
{
    if (tickStep == 7 * Day)
        return 6; // the days of a week
    return tickStep == 3 * Hour || tickStep == 3 * Day ? 2 : 1;
}

QString DurationTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    return label(tick);
}

} // namespace Stepwise
