#pragma once

#include <QString>
#include <QVector>

namespace Stepwise {

// Order statistics as numpy computes them (DESIGN.md "Run metrics: definitions"): percentiles
// interpolate linearly between the closest ranks (numpy.percentile's default "linear" method:
// rank h = (n - 1) * q, then a + (h - floor(h)) * (b - a) with numpy's own rounding), and the
// median of an even count is the mean of the two middle values. Every function gives NaN for no
// values.
//
// The in-place forms take a range they may reorder (a partial sort, O(n)): the metrics engine
// calls them on buffers it owns, millions of values, without copying.

/// The q-quantile (q in [0, 1]; 0.9 is the 90th percentile) of [begin, end); reorders the range.
double percentileInPlace(qint64 *begin, qint64 *end, double q);
double percentileInPlace(double *begin, double *end, double q);
/// The median of [begin, end); reorders the range.
double medianInPlace(qint64 *begin, qint64 *end);
double medianInPlace(double *begin, double *end);
/// The arithmetic mean of [begin, end) (an exact integer sum for qint64 values).
double mean(const qint64 *begin, const qint64 *end);
double mean(const double *begin, const double *end);

/// Convenience forms on a copy of the values.
double percentile(QVector<double> values, double q);
double median(QVector<double> values);
double mean(const QVector<double> &values);

/// The unit humanDuration() writes durations in.
enum class DurationUnits {
    Automatic, ///< the largest fitting unit (what the command line always prints)
    Hours, ///< always hours: "0.25 h", "1.5 h", "57.6 h", "1,240 h"
    Days, ///< always days: "0.04 d", "2.5 d", "135 d"
};

/// Sets the unit of humanDuration() for the whole process (the GUI's Preferences); safe to call
/// while other threads format durations. Automatic until set.
void setDurationUnits(DurationUnits units);
DurationUnits durationUnits();

/// A duration for people to read, in the unit durationUnits() says. Automatic takes the largest
/// fitting unit: "0.4 s", "42 s", "12 min 5 s", "3 h 20 min", "2.4 d", "135 d". Hours and days
/// keep two decimals under 1, one under 100, none above, without trailing zeros ("24 h").
/// Negative values get a minus sign, NaN an en dash.
QString humanDuration(double seconds);

} // namespace Stepwise
