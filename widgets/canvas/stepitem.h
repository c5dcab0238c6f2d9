#pragma once

#include "bpmnmarks.h"

#include "process/step.h"

#include <QString>

#include <QColor>
#include <QGraphicsItem>

namespace Stepwise {

struct Process;
struct StepOverlay;

/// Shows one step: its symbol by kind (start circle, end bold circle, task rounded rectangle,
/// decision diamond, event double circle) and its name. Positioned at the step's centre. On hover
/// it shows connection handles on its edges (the view starts a handoff drag from them).
class StepItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    enum Handle { NoHandle = -1, TopHandle, RightHandle, BottomHandle, LeftHandle };

    explicit StepItem(ItemId stepId, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    ItemId stepId() const { return m_stepId; }
    Step::Kind kind() const { return m_kind; }
    QString name() const { return m_name; }

    /// Reads the step from the process and updates position, look and tooltip.
    void sync(const Process &process);

    /// The symbol's size for a kind, centred on the step's position (handoffs attach to it):
    /// Step::defaultSize(), the one definition the canvas and the BPMN export share.
    static QSizeF symbolSize(Step::Kind kind);
    /// Where a step is drawn: its position, but a boundary event on the nearest point of its
    /// activity's border (wherever the activity has gone since), in scene coordinates.
    static QPointF displayPos(const Process &process, const Step &step);
    /// The symbol of a step in scene coordinates: displayPos() and Step::drawnSize().
    static QRectF symbolSceneRect(const Process &process, const Step &step);
    /// The symbol in item and in scene coordinates.
    QRectF symbolRect() const;
    QRectF sceneSymbolRect() const { return symbolRect().translated(pos()); }
    /// Where the name is shown (under the symbol, or inside a task), in item coordinates.
    QRectF nameRect() const;

    /// The connection handle near an item point, if any; tasks also accept their edge band.
    Handle handleAt(QPointF itemPos, double tolerance) const;
    QPointF handlePos(Handle handle) const;

    /// Shows the runs overlay on this step: the fill from the scale position (0..1) of its mean
    /// waiting + processing, and that time in a badge; a step without executions is hatched.
    /// Null switches the overlay off.
    void setOverlay(const StepOverlay *overlay, double scalePosition = 0);
    bool hasOverlay() const { return m_overlay; }
    /// The colour position of the overlay, or -1 when off or without runs.
    double overlayPosition() const
    {
        return m_overlay && m_overlayExecutions > 0 ? m_overlayPosition : -1;
    }
    /// The overlay's badge (the mean time), in item coordinates; null when there is none.
    QRectF overlayBadgeRect() const { return m_badgeRect; }

    /// The step has a map of its own (a sub-process's): its "+" marker opens it.
    bool hasChildMap() const { return m_marks.hasChildMap; }
    /// The "+" marker of a sub-process, in item coordinates; null when there is none.
    QRectF expandMarkerRect() const;

    /// Highlighted as the target of a handoff being drawn.
    void setDropTarget(bool on);
    bool isDropTarget() const { return m_dropTarget; }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QRectF labelRect() const;
    QRectF computeBounds() const;
    void updateToolTip();

    ItemId m_stepId = 0;
    Step::Kind m_kind = Step::Kind::Task;
    Step::Automation m_automation = Step::Automation::Manual;
    QSizeF m_size = Step::defaultSize(Step::Kind::Task);
    bool m_labelAbove = false; ///< a boundary event on its activity's top edge
    BpmnMarks m_marks;
    QString m_name;
    QColor m_laneColor;
    QRectF m_bounds;
    bool m_hovered = false;
    bool m_dropTarget = false;
    QString m_toolTip; ///< without the overlay's lines

    bool m_overlay = false;
    qint64 m_overlayExecutions = 0;
    double m_overlayPosition = 0;
    QString m_overlayText; ///< the tooltip's lines about the runs
    QString m_badgeText;
    QRectF m_badgeRect;
};

} // namespace Stepwise
