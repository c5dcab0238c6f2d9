#pragma once

#include "process/step.h"

#include <QColor>
#include <QGraphicsItem>

namespace Stepwise {

struct Process;

/// Shows one step: its symbol by kind (start circle, end bold circle, task rounded rectangle,
/// decision diamond, event double circle) and its name. Positioned at the step's centre.
class StepItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit StepItem(ItemId stepId, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    ItemId stepId() const { return m_stepId; }

    /// Reads the step from the process and updates position, look and tooltip.
    void sync(const Process &process);

    /// The symbol's size for a kind, centred on the step's position (handoffs attach to it).
    static QSizeF symbolSize(Step::Kind kind);

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    QRectF symbolRect() const;
    QRectF labelRect() const;
    QRectF computeBounds() const;

    ItemId m_stepId = 0;
    Step::Kind m_kind = Step::Kind::Task;
    Step::Automation m_automation = Step::Automation::Manual;
    QString m_name;
    QColor m_laneColor;
    QRectF m_bounds;
};

} // namespace Stepwise
