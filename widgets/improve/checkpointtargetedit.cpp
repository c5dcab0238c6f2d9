#include "checkpointtargetedit.h"

#include "panels/durationedit.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>

#include <cmath>
#include <limits>

namespace Stepwise {

CheckpointTargetEdit::CheckpointTargetEdit(QWidget *parent) : QWidget(parent)
{
    m_direction = new QLabel(this);
    m_direction->setObjectName(QStringLiteral("targetDirection"));
    m_duration = new DurationEdit(this);
    m_duration->setObjectName(QStringLiteral("targetDuration"));
    m_duration->setPlaceholderText(tr("e.g. 2d or 4h 30min"));
    m_percent = new QDoubleSpinBox(this);
    m_percent->setObjectName(QStringLiteral("targetPercent"));
    m_percent->setRange(0, 100);
    m_percent->setDecimals(1);
    m_percent->setSingleStep(5);
    m_percent->setSuffix(tr(" %"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_duration);
    m_stack->addWidget(m_percent);
    // The editors differ in height; the row should not jump when the metric changes.
    m_stack->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_direction->setBuddy(m_stack);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_direction);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_duration);

    connect(m_duration, &QLineEdit::textEdited, this, &CheckpointTargetEdit::targetEdited);
    connect(m_percent, &QDoubleSpinBox::valueChanged, this, &CheckpointTargetEdit::targetEdited);
    setMetric(m_metric);
}

void CheckpointTargetEdit::setMetric(Checkpoint::Metric metric)
{
    m_metric = metric;
    const bool rate = checkpointMetricIsRate(metric);
    m_direction->setText(checkpointMetricLowerIsBetter(metric) ? tr("at most") : tr("at least"));
    m_stack->setCurrentWidget(rate ? static_cast<QWidget *>(m_percent) : m_duration);
    setFocusProxy(m_stack->currentWidget());
}

void CheckpointTargetEdit::setTarget(double target)
{
    if (checkpointMetricIsRate(m_metric)) {
        const QSignalBlocker blocker(m_percent);
        m_percent->setValue(std::isnan(target) ? 0.0 : target * 100.0);
    } else {
        m_duration->setSeconds(std::isnan(target) ? 0 : qint64(std::llround(target)));
    }
}

double CheckpointTargetEdit::target() const
{
    if (checkpointMetricIsRate(m_metric))
        return m_percent->value() / 100.0;
    if (!isValid())
        return std::numeric_limits<double>::quiet_NaN();
    return double(m_duration->seconds());
}

bool CheckpointTargetEdit::isValid() const
{
    if (checkpointMetricIsRate(m_metric))
        return true;
    // A cycle time of zero is no target.
    return m_duration->isValid() && m_duration->seconds() > 0;
}

} // namespace Stepwise
