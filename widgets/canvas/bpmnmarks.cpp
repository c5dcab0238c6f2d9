#include "bpmnmarks.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Stepwise {

namespace {

QPolygonF regularPolygon(const QPointF &centre, double radius, int corners, double startDegrees)
{
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const double a = (startDegrees + i * 360.0 / corners) * M_PI / 180.0;
        polygon.append(centre + QPointF(radius * std::cos(a), radius * std::sin(a)));
    }
    return polygon;
}

// The largest rectangle of this aspect (width / height) centred in r.
QRectF fitted(const QRectF &r, double aspect)
{
    QSizeF size(r.width(), r.width() / aspect);
    if (size.height() > r.height())
        size = QSizeF(r.height() * aspect, r.height());
    QRectF result(QPointF(), size);
    result.moveCenter(r.center());
    return result;
}

void envelope(QPainter *p, const QRectF &r, const QColor &stroke, const QColor &fill, bool filled)
{
    const QRectF e = fitted(r, 1.45);
    p->setBrush(filled ? QBrush(stroke) : QBrush(fill));
    p->drawRect(e);
    if (filled)
        p->setPen(QPen(fill, p->pen().widthF()));
    p->drawPolyline(QPolygonF(
        {e.topLeft(), QPointF(e.center().x(), e.top() + e.height() * 0.55), e.topRight()}));
}

void clock(QPainter *p, const QRectF &r, const QColor &fill)
{
    const QRectF c = fitted(r, 1);
    p->setBrush(fill);
    p->drawEllipse(c);
    const QPointF m = c.center();
    const double radius = c.width() / 2;
    for (int i = 0; i < 12; i += 3) {
        const double a = i * M_PI / 6;
        p->drawLine(m + QPointF(std::sin(a), -std::cos(a)) * radius * 0.8,
                    m + QPointF(std::sin(a), -std::cos(a)) * radius);
    }
    p->drawLine(m, m + QPointF(0, -radius * 0.62));
    p->drawLine(m, m + QPointF(radius * 0.45, radius * 0.15));
}

void person(QPainter *p, const QRectF &r)
{
    const QRectF box = fitted(r, 1);
    const double s = box.width();
    const QPointF c = box.center();
    p->setBrush(Qt::NoBrush);
    p->drawEllipse(QPointF(c.x(), c.y() - s * 0.2), s * 0.2, s * 0.2);
    QPainterPath body;
    body.moveTo(c.x() - s * 0.42, c.y() + s * 0.48);
    body.cubicTo(c.x() - s * 0.42, c.y() + s * 0.02, c.x() + s * 0.42, c.y() + s * 0.02,
                 c.x() + s * 0.42, c.y() + s * 0.48);
    body.closeSubpath();
    p->drawPath(body);
}

void gear(QPainter *p, const QRectF &r, const QColor &fill)
{
    const QRectF box = fitted(r, 1);
    const QPointF c = box.center();
    const double outer = box.width() / 2, inner = outer * 0.72;
    QPolygonF teeth;
    for (int i = 0; i < 16; ++i) {
        const double a = (i * 22.5 + 11.25) * M_PI / 180;
        const double radius = (i / 2) % 2 == 0 ? outer : inner;
        teeth.append(c + QPointF(radius * std::cos(a), radius * std::sin(a)));
    }
    p->setBrush(fill);
    p->drawPolygon(teeth);
    p->drawEllipse(c, outer * 0.3, outer * 0.3);
}

void hand(QPainter *p, const QRectF &r)
{
    const QRectF box = fitted(r, 1.2);
    const double w = box.width(), h = box.height();
    p->setBrush(Qt::NoBrush);
    // A palm and four fingers pointing right.
    p->drawRoundedRect(QRectF(box.left(), box.top() + h * 0.3, w * 0.4, h * 0.6), 2, 2);
    for (int i = 0; i < 4; ++i) {
        const double y = box.top() + h * (0.2 + i * 0.2);
        const double length = i == 0 ? 0.55 : 0.6 - i * 0.06;
        p->drawLine(QPointF(box.left() + w * 0.4, y + h * 0.12),
                    QPointF(box.left() + w * (0.4 + length), y + h * 0.12));
    }
}

void table(QPainter *p, const QRectF &r, const QColor &stroke)
{
    const QRectF t = fitted(r, 1.3);
    p->setBrush(Qt::NoBrush);
    p->drawRect(t);
    p->fillRect(QRectF(t.left(), t.top(), t.width(), t.height() * 0.3), stroke);
    p->drawLine(QPointF(t.left(), t.top() + t.height() * 0.65),
                QPointF(t.right(), t.top() + t.height() * 0.65));
    p->drawLine(QPointF(t.left() + t.width() * 0.35, t.top() + t.height() * 0.3),
                QPointF(t.left() + t.width() * 0.35, t.bottom()));
}

void page(QPainter *p, const QRectF &r, const QColor &fill, bool wavy)
{
    const QRectF t = fitted(r, 0.8);
    p->setBrush(fill);
    p->drawRect(t);
    for (int i = 1; i <= 3; ++i) {
        const double y = t.top() + t.height() * i / 4;
        if (wavy) {
            QPainterPath line;
            line.moveTo(t.left() + t.width() * 0.2, y);
            line.cubicTo(t.left() + t.width() * 0.4, y - 2, t.left() + t.width() * 0.6, y + 2,
                         t.right() - t.width() * 0.2, y);
            p->setBrush(Qt::NoBrush);
            p->drawPath(line);
        } else {
            p->drawLine(QPointF(t.left() + t.width() * 0.2, y),
                        QPointF(t.right() - t.width() * 0.2, y));
        }
    }
}

void eventGlyph(QPainter *p, const BpmnMarks &marks, const QRectF &r, const QColor &stroke,
                const QColor &fill, bool filled)
{
    const QBrush body = filled ? QBrush(stroke) : QBrush(fill);
    const QPointF c = r.center();
    const double s = std::min(r.width(), r.height());
    if (marks.trigger == Step::Trigger::Timer) {
        clock(p, r, fill);
        return;
    }
    if (marks.trigger == Step::Trigger::Message) {
        envelope(p, r.adjusted(0, s * 0.08, 0, -s * 0.08), stroke, fill, filled);
        return;
    }
    const QString &e = marks.event;
    p->setBrush(body);
    if (e == QLatin1String("error")) {
        p->drawPolygon(QPolygonF({c + QPointF(-0.45, 0.45) * s, c + QPointF(-0.2, -0.35) * s,
                                  c + QPointF(0.08, 0.08) * s, c + QPointF(0.45, -0.45) * s,
                                  c + QPointF(0.2, 0.35) * s, c + QPointF(-0.08, -0.08) * s}));
    } else if (e == QLatin1String("signal")) {
        p->drawPolygon(regularPolygon(c + QPointF(0, s * 0.08), s * 0.48, 3, -90));
    } else if (e == QLatin1String("escalation")) {
        p->drawPolygon(QPolygonF({c + QPointF(0, -0.48) * s, c + QPointF(0.38, 0.45) * s,
                                  c + QPointF(0, 0.1) * s, c + QPointF(-0.38, 0.45) * s}));
    } else if (e == QLatin1String("conditional")) {
        page(p, r, fill, false);
    } else if (e == QLatin1String("compensate")) {
        for (double dx : {-0.22, 0.22}) {
            p->drawPolygon(
                QPolygonF({c + QPointF(dx - 0.24, 0) * s, c + QPointF(dx + 0.24, -0.3) * s,
                           c + QPointF(dx + 0.24, 0.3) * s}));
        }
    } else if (e == QLatin1String("link")) {
        p->drawPolygon(QPolygonF({c + QPointF(-0.45, -0.15) * s, c + QPointF(0.05, -0.15) * s,
                                  c + QPointF(0.05, -0.4) * s, c + QPointF(0.48, 0) * s,
                                  c + QPointF(0.05, 0.4) * s, c + QPointF(0.05, 0.15) * s,
                                  c + QPointF(-0.45, 0.15) * s}));
    } else if (e == QLatin1String("terminate")) {
        p->setBrush(stroke);
        p->drawEllipse(c, s * 0.45, s * 0.45);
    } else if (e == QLatin1String("cancel")) {
        QPen pen = p->pen();
        pen.setWidthF(std::max(2.0, s * 0.18));
        p->setPen(pen);
        p->drawLine(c + QPointF(-0.38, -0.38) * s, c + QPointF(0.38, 0.38) * s);
        p->drawLine(c + QPointF(0.38, -0.38) * s, c + QPointF(-0.38, 0.38) * s);
    } else if (e == QLatin1String("multiple")) {
        p->drawPolygon(regularPolygon(c + QPointF(0, s * 0.04), s * 0.46, 5, -90));
    }
}

} // namespace

BpmnMarks BpmnMarks::of(const Step &step)
{
    BpmnMarks marks;
    marks.kind = step.kind;
    marks.element = step.bpmnElement;
    marks.event = step.bpmnEvent;
    marks.trigger = step.trigger;
    marks.interrupting = step.interrupting;
    marks.hasChildMap = step.childProcessId != 0;
    return marks;
}

bool BpmnMarks::hasExpandMarker() const
{
    return kind == Step::Kind::Task
        && (hasChildMap || element == QLatin1String("subProcess")
            || element == QLatin1String("transaction")
            || element == QLatin1String("adHocSubProcess"));
}

bool BpmnMarks::hasTypeIcon() const
{
    static const QLatin1String types[] = {
        QLatin1String("userTask"),   QLatin1String("serviceTask"),
        QLatin1String("sendTask"),   QLatin1String("receiveTask"),
        QLatin1String("manualTask"), QLatin1String("businessRuleTask"),
        QLatin1String("scriptTask"),
    };
    return kind == Step::Kind::Task
        && std::find(std::begin(types), std::end(types), element) != std::end(types);
}

bool BpmnMarks::isDashed() const
{
    return !interrupting && (kind == Step::Kind::Event || kind == Step::Kind::Start);
}

bool BpmnMarks::operator==(const BpmnMarks &other) const
{
    return kind == other.kind && element == other.element && event == other.event
        && trigger == other.trigger && interrupting == other.interrupting
        && hasChildMap == other.hasChildMap;
}

QRectF expandMarkerRect(const QRectF &symbol)
{
    const double side = std::min(14.0, symbol.height() / 4);
    return {symbol.center().x() - side / 2, symbol.bottom() - side - 3, side, side};
}

void paintBpmnMarks(QPainter *painter, const BpmnMarks &marks, const QRectF &symbol,
                    const QColor &stroke, const QColor &fill)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const double side = std::min(symbol.width(), symbol.height());
    QPen pen(stroke, 1.3);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);

    switch (marks.kind) {
    case Step::Kind::Task: {
        const QString &e = marks.element;
        if (e == QLatin1String("callActivity")) {
            painter->setPen(QPen(stroke, 3.5));
            painter->drawRoundedRect(symbol.adjusted(1, 1, -1, -1), 9, 9);
            painter->setPen(pen);
        } else if (e == QLatin1String("transaction")) {
            painter->drawRoundedRect(symbol.adjusted(3.5, 3.5, -3.5, -3.5), 7, 7);
        }
        const QRectF icon(symbol.left() + 7, symbol.top() + 8, 14, 14);
        if (e == QLatin1String("userTask"))
            person(painter, icon);
        else if (e == QLatin1String("serviceTask"))
            gear(painter, icon, fill);
        else if (e == QLatin1String("sendTask"))
            envelope(painter, icon, stroke, fill, true);
        else if (e == QLatin1String("receiveTask"))
            envelope(painter, icon, stroke, fill, false);
        else if (e == QLatin1String("manualTask"))
            hand(painter, icon);
        else if (e == QLatin1String("businessRuleTask"))
            table(painter, icon, stroke);
        else if (e == QLatin1String("scriptTask"))
            page(painter, icon, fill, true);
        if (marks.hasExpandMarker()) {
            painter->setPen(pen);
            const QRectF plus = expandMarkerRect(symbol);
            painter->setBrush(fill);
            painter->drawRect(plus);
            const QPointF c = plus.center();
            const double arm = plus.width() * 0.3;
            painter->drawLine(c - QPointF(arm, 0), c + QPointF(arm, 0));
            painter->drawLine(c - QPointF(0, arm), c + QPointF(0, arm));
            if (e == QLatin1String("adHocSubProcess")) {
                QPainterPath tilde;
                const QPointF t = plus.center() - QPointF(plus.width() * 1.3, 0);
                tilde.moveTo(t - QPointF(plus.width() * 0.4, -1));
                tilde.cubicTo(t - QPointF(plus.width() * 0.15, 5),
                              t + QPointF(plus.width() * 0.1, -4),
                              t + QPointF(plus.width() * 0.4, -1));
                painter->setBrush(Qt::NoBrush);
                painter->drawPath(tilde);
            }
        }
        break;
    }
    case Step::Kind::Decision: {
        const QString &e = marks.element;
        const QPointF c = symbol.center();
        const double arm = side * 0.2;
        painter->setPen(QPen(stroke, std::max(2.0, side / 16), Qt::SolidLine, Qt::RoundCap));
        if (e == QLatin1String("parallelGateway") || e == QLatin1String("complexGateway")) {
            painter->drawLine(c - QPointF(arm, 0), c + QPointF(arm, 0));
            painter->drawLine(c - QPointF(0, arm), c + QPointF(0, arm));
            if (e == QLatin1String("complexGateway")) {
                const double d = arm * 0.72;
                painter->drawLine(c - QPointF(d, d), c + QPointF(d, d));
                painter->drawLine(c + QPointF(d, -d), c - QPointF(d, -d));
            }
        } else if (e == QLatin1String("inclusiveGateway")) {
            painter->drawEllipse(c, arm, arm);
        } else if (e == QLatin1String("eventBasedGateway")) {
            painter->setPen(pen);
            painter->drawEllipse(c, side * 0.24, side * 0.24);
            painter->drawEllipse(c, side * 0.19, side * 0.19);
            painter->drawPolygon(regularPolygon(c, side * 0.11, 5, -90));
        }
        break;
    }
    case Step::Kind::Start:
    case Step::Kind::Event:
    case Step::Kind::End: {
        const bool throws = marks.kind == Step::Kind::End
            || marks.element == QLatin1String("intermediateThrowEvent")
            || marks.element == QLatin1String("implicitThrowEvent");
        const QRectF glyph = symbol.adjusted(side * 0.27, side * 0.27, -side * 0.27, -side * 0.27);
        eventGlyph(painter, marks, glyph, stroke, fill, throws);
        break;
    }
    }
    painter->restore();
}

} // namespace Stepwise
