#pragma once

#include "process/step.h"

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace Stepwise {

/// What a step's BPMN details add to its symbol, drawn over it as BPMN draws them: a task type's
/// icon (user, service, send, receive, manual, business rule, script), the "+" of a step with a
/// map of its own (a sub-process), a call activity's thick border, a transaction's double one,
/// an ad-hoc sub-process's "~", a gateway's type (+ parallel, o inclusive, * complex, the
/// pentagon of event-based), an event's trigger (clock, envelope, ...; filled when it throws).
struct BpmnMarks
{
    Step::Kind kind = Step::Kind::Task;
    QString element; ///< Step::bpmnElement
    QString event; ///< Step::bpmnEvent
    Step::Trigger trigger = Step::Trigger::None;
    bool interrupting = true;
    bool hasChildMap = false;

    static BpmnMarks of(const Step &step);

    /// Draws the "+" marker: a step with a map of its own, or any sub-process.
    bool hasExpandMarker() const;
    /// A task type with an icon in the symbol's top left corner.
    bool hasTypeIcon() const;
    /// A non-interrupting start or boundary event: its circle is dashed.
    bool isDashed() const;

    bool operator==(const BpmnMarks &other) const;
    bool operator!=(const BpmnMarks &other) const { return !(*this == other); }
};

/// Where the "+" marker of a task's symbol is (centred at its bottom), in the symbol's
/// coordinates.
QRectF expandMarkerRect(const QRectF &symbol);

/// Paints the marks over a symbol already drawn.
void paintBpmnMarks(QPainter *painter, const BpmnMarks &marks, const QRectF &symbol,
                    const QColor &stroke, const QColor &fill);

} // namespace Stepwise
