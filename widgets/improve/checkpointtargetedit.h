#pragma once

#include "analysis/checkpoint.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QStackedWidget;

namespace Stepwise {

class DurationEdit;

/// The target of a checkpoint, edited in the metric's unit: a duration ("2d 4h") for the cycle
/// times, a percentage for the rates, after "at most" or "at least" as the metric wants.
class CheckpointTargetEdit : public QWidget
{
    Q_OBJECT

public:
    explicit CheckpointTargetEdit(QWidget *parent = nullptr);

    void setMetric(Checkpoint::Metric metric);
    Checkpoint::Metric metric() const { return m_metric; }
    /// Seconds for a cycle time, a share in [0, 1] for a rate.
    void setTarget(double target);
    /// The target entered; NaN while it is not valid (a duration that does not parse, or none).
    double target() const;
    bool isValid() const;

    DurationEdit *durationEdit() const { return m_duration; }
    QDoubleSpinBox *percentSpin() const { return m_percent; }

signals:
    /// The user changed the target (valid or not).
    void targetEdited();

private:
    Checkpoint::Metric m_metric = Checkpoint::Metric::MedianCycleTime;
    QLabel *m_direction = nullptr;
    QStackedWidget *m_stack = nullptr;
    DurationEdit *m_duration = nullptr;
    QDoubleSpinBox *m_percent = nullptr;
};

} // namespace Stepwise
