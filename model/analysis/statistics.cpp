#include "statistics.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>

namespace Stepwise {

namespace {

struct Units
{
    Q_DECLARE_TR_FUNCTIONS(Stepwise::Statistics)
};

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// Set by the GUI thread, read by workers writing reports: an atomic, not a plain global.
std::atomic<int> currentUnits {int(DurationUnits::Automatic)};

// A figure in hours or days, with as many decimals as a reader needs to tell values apart (two
// under 1, one under 100, none above) but no trailing zeros: a column of "24 h" and "1.5 h"
// reads better than "24.0 h".
QString inFixedUnit(const QLocale &locale, double value)
{
    const int decimals = value < 0.995 ? 2 : value < 99.95 ? 1 : 0;
    QString text = locale.toString(value, 'f', decimals);
    if (decimals > 0) {
        const QString point = locale.decimalPoint();
        const QString zero = locale.zeroDigit();
        if (text.contains(point)) {
            while (text.endsWith(zero))
                text.chop(zero.size());
            if (text.endsWith(point))
                text.chop(point.size());
        }
    }
    return text;
}

// numpy's _lerp: a + t * (b - a), computed from b's side when t >= 0.5 so that t = 1 gives b.
double lerp(double a, double b, double t)
{
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
}

template<typename T>
double percentileOf(T *begin, T *end, double q)
{
    const std::ptrdiff_t n = end - begin;
    if (n <= 0)
        return NaN;
    q = std::clamp(q, 0.0, 1.0);
    const double h = double(n - 1) * q;
    const auto lo = std::ptrdiff_t(std::floor(h));
    std::nth_element(begin, begin + lo, end);
    const double a = double(begin[lo]);
    if (lo + 1 >= n)
        return a;
    // Everything after position lo is >= begin[lo]: the next rank is the smallest of them.
    const double b = double(*std::min_element(begin + lo + 1, end));
    return lerp(a, b, h - double(lo));
}

template<typename T>
double medianOf(T *begin, T *end)
{
    const std::ptrdiff_t n = end - begin;
    if (n <= 0)
        return NaN;
    const std::ptrdiff_t mid = n / 2;
    std::nth_element(begin, begin + mid, end);
    const double upper = double(begin[mid]);
    if (n % 2)
        return upper;
    const double lower = double(*std::max_element(begin, begin + mid));
    return (lower + upper) / 2.0;
}

} // namespace

double percentileInPlace(qint64 *begin, qint64 *end, double q)
{
    return percentileOf(begin, end, q);
}

double percentileInPlace(double *begin, double *end, double q)
{
    return percentileOf(begin, end, q);
}

double medianInPlace(qint64 *begin, qint64 *end)
{
    return medianOf(begin, end);
}

double medianInPlace(double *begin, double *end)
{
    return medianOf(begin, end);
}

double mean(const qint64 *begin, const qint64 *end)
{
    if (end <= begin)
        return NaN;
    qint64 sum = 0;
    for (const qint64 *v = begin; v != end; ++v)
        sum += *v;
    return double(sum) / double(end - begin);
}

double mean(const double *begin, const double *end)
{
    if (end <= begin)
        return NaN;
    double sum = 0;
    for (const double *v = begin; v != end; ++v)
        sum += *v;
    return sum / double(end - begin);
}

double percentile(QVector<double> values, double q)
{
    return percentileOf(values.data(), values.data() + values.size(), q);
}

double median(QVector<double> values)
{
    return medianOf(values.data(), values.data() + values.size());
}

double mean(const QVector<double> &values)
{
    return mean(values.constData(), values.constData() + values.size());
}

void setDurationUnits(DurationUnits units)
{
    currentUnits.store(int(units), std::memory_order_relaxed);
}

DurationUnits durationUnits()
{
    return DurationUnits(currentUnits.load(std::memory_order_relaxed));
}

QString humanDuration(double seconds)
{
    if (std::isnan(seconds))
        return QStringLiteral("\u2013");
    if (seconds < 0)
        return QLatin1Char('-') + humanDuration(-seconds);
    const QLocale locale;
    switch (durationUnits()) {
    case DurationUnits::Hours:
        return Units::tr("%1 h").arg(inFixedUnit(locale, seconds / 3600.0));
    case DurationUnits::Days:
        return Units::tr("%1 d").arg(inFixedUnit(locale, seconds / 86400.0));
    case DurationUnits::Automatic:
        break;
    }
    if (seconds < 9.95 && seconds != std::floor(seconds))
        return Units::tr("%1 s").arg(locale.toString(seconds, 'f', 1));
    const qint64 wholeSeconds = qint64(std::llround(seconds));
    if (wholeSeconds < 60)
        return Units::tr("%1 s").arg(wholeSeconds);
    if (wholeSeconds < 600) {
        const qint64 secs = wholeSeconds % 60;
        return secs ? Units::tr("%1 min %2 s").arg(wholeSeconds / 60).arg(secs)
                    : Units::tr("%1 min").arg(wholeSeconds / 60);
    }
    const qint64 minutes = qint64(std::llround(seconds / 60.0));
    if (minutes < 60)
        return Units::tr("%1 min").arg(minutes);
    if (minutes < 24 * 60) {
        const qint64 mins = minutes % 60;
        return mins ? Units::tr("%1 h %2 min").arg(minutes / 60).arg(mins)
                    : Units::tr("%1 h").arg(minutes / 60);
    }
    const double days = seconds / 86400.0;
    if (days < 99.95)
        return Units::tr("%1 d").arg(locale.toString(days, 'f', 1));
    return Units::tr("%1 d").arg(locale.toString(days, 'f', 0));
}

} // namespace Stepwise
