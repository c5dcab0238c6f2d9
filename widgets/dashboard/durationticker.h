#pragma once

#include <qcustomplot.h>

namespace Stepwise {

/// Ticks an axis of durations in seconds at readable steps (15 min, 6 h, 1 d, 7 d, ...) and
/// labels them in human units ("30 min", "6 h", "2 d").
class DurationTicker : public QCPAxisTicker
{
public:
    /// The label of a tick: whole days as "2 d" (in automatic units), the rest as humanDuration()
    /// writes them.
    static QString label(double seconds);

protected:
    double getTickStep(const QCPRange &range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override;
};

} // namespace Stepwise
