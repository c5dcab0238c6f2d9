#include "overlaylegend.h"

#include "canvaspalette.h"
#include "processscene.h"

#include "analysis/mapoverlay.h"
#include "analysis/statistics.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Stepwise {

namespace {

constexpr int Padding = 10;
constexpr int MarkWidth = 30;
constexpr int MarkGap = 8;

QFont titleFont(QFont font)
{
    font.setBold(true);
    return font;
}

double rowHeight(const QFontMetricsF &metrics)
{
    return std::ceil(metrics.height()) + 5;
}

} // namespace

OverlayLegend::OverlayLegend(ProcessScene *scene, QWidget *parent) : QWidget(parent), m_scene(scene)
{
    setObjectName(QStringLiteral("overlayLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAccessibleName(tr("Runs overlay legend"));
    hide();
}

void OverlayLegend::setLoading()
{
    setRows({{Mark::Title, tr("Runs overlay"), 0}, {Mark::Note, tr("Reading the runs\u2026"), 0}});
}

void OverlayLegend::setFailed()
{
    setRows(
        {{Mark::Title, tr("Runs overlay"), 0}, {Mark::Note, tr("The runs could not be read."), 0}});
}

void OverlayLegend::setOverlay(const MapOverlay &overlay)
{
    setRows(overlayRows(overlay));
}

QVector<OverlayLegend::Row> OverlayLegend::overlayRows(const MapOverlay &overlay, bool time,
                                                       bool frequency)
{
    QVector<Row> rows;
    rows.append({Mark::Title, tr("Runs overlay: %n run(s)", nullptr, int(overlay.runs)), 0});
    if (overlay.runs == 0) {
        rows.append({Mark::Note, tr("No runs of this process yet: log or import some."), 0});
        return rows;
    }
    if (time) {
        rows.append({Mark::Note, tr("Mean waiting + processing per step"), 0});
        const QVector<double> &limits = overlay.bucketLimits;
        for (int b = 0; b < overlay.bucketCount; ++b) {
            QString text;
            if (limits.isEmpty())
                text = tr("every step alike");
            else if (b == 0)
                text = tr("under %1").arg(humanDuration(limits.first()));
            else if (b == overlay.bucketCount - 1)
                text = tr("%1 or more").arg(humanDuration(limits.last()));
            else
                text = tr("%1 to %2")
                           .arg(humanDuration(limits.at(b - 1)), humanDuration(limits.at(b)));
            rows.append({Mark::Swatch, text, overlay.bucketPosition(b)});
        }
        const bool unreached = std::any_of(overlay.steps.cbegin(), overlay.steps.cend(),
                                           [](const StepOverlay &s) { return s.executions == 0; });
        if (unreached)
            rows.append({Mark::Hatched, tr("no run reached it"), 0});
    }
    if (frequency) {
        rows.append({Mark::Flow, tr("handoff: the wider, the more runs"), 0});
        if (const int never = overlay.neverTakenCount())
            rows.append({Mark::NeverTaken, tr("never taken (%n)", nullptr, never), 0});
        if (!overlay.undesigned.isEmpty()) {
            rows.append(
                {Mark::Undesigned,
                 tr("taken, but not on the map (%n)", nullptr, int(overlay.undesigned.size())), 0});
        }
    }
    if (!overlay.unmappedActivities.isEmpty()) {
        rows.append({Mark::Note,
                     tr("%n activity(ies) of the runs match no step", nullptr,
                        int(overlay.unmappedActivities.size())),
                     0});
    }
    return rows;
}

QStringList OverlayLegend::lines() const
{
    QStringList lines;
    for (const Row &row : m_rows)
        lines.append(row.text);
    return lines;
}

void OverlayLegend::setRows(const QVector<Row> &rows)
{
    m_rows = rows;
    setAccessibleDescription(lines().join(QLatin1Char('\n')));
    updateGeometry();
    resize(sizeHint());
    update();
}

QSize OverlayLegend::sizeHint() const
{
    return rowsSize(m_rows, font()).toSize();
}

QSizeF OverlayLegend::rowsSize(const QVector<Row> &rows, const QFont &font,
                               const QPaintDevice *device)
{
    const QFontMetricsF metrics = device ? QFontMetricsF(font, device) : QFontMetricsF(font);
    const QFont bold = titleFont(font);
    const QFontMetricsF title = device ? QFontMetricsF(bold, device) : QFontMetricsF(bold);
    double width = 0;
    for (const Row &row : rows) {
        const bool marked = row.mark != Mark::Title && row.mark != Mark::Note;
        const double w = (row.mark == Mark::Title ? title : metrics).horizontalAdvance(row.text)
            + (marked ? MarkWidth + MarkGap : 0);
        width = std::max(width, w);
    }
    return {std::ceil(width) + 2 * Padding,
            double(rows.size()) * rowHeight(metrics) + 2 * Padding - 4};
}

void OverlayLegend::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        setRows(m_rows);
}

void OverlayLegend::paintEvent(QPaintEvent *)
{
    const CanvasPalette colors = m_scene ? m_scene->canvasPalette() : CanvasPalette(palette());
    QPainter painter(this);
    paintRows(&painter, rect(), m_rows, colors, font());
}

void OverlayLegend::paintRows(QPainter *p, const QRectF &rect, const QVector<Row> &rows,
                              const CanvasPalette &colors, const QFont &font)
{
    QPainter &painter = *p;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor background = colors.base();
    background.setAlpha(238);
    painter.setPen(QPen(colors.border(), 1));
    painter.setBrush(background);
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    const double h = rowHeight(QFontMetricsF(font, painter.device()));
    double y = rect.top() + Padding - 2;
    for (const Row &row : rows) {
        const QRectF line(rect.left() + Padding, y, rect.width() - 2 * Padding, h);
        y += h;
        if (row.mark == Mark::Title || row.mark == Mark::Note) {
            painter.setFont(row.mark == Mark::Title ? titleFont(font) : font);

            painter.setPen(row.mark == Mark::Title ? colors.text() : colors.mutedText());
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, row.text);
            continue;
        }
        const QRectF mark(line.left(), line.top() + 2, MarkWidth, line.height() - 4);
        const double middle = mark.center().y();
        switch (row.mark) {
        case Mark::Swatch:
            painter.setPen(QPen(colors.isDark() ? colors.heat(row.position)
                                                : colors.heat(row.position).darker(115),
                                1.5));
            painter.setBrush(colors.heatFill(row.position));
            painter.drawRoundedRect(mark.adjusted(1, 1, -1, -1), 4, 4);
            break;
        case Mark::Hatched: {
            QColor hatch = colors.neverTaken();
            hatch.setAlpha(110);
            painter.setPen(QPen(colors.neverTaken(), 1.5, Qt::DashLine));
            painter.setBrush(QBrush(hatch, Qt::BDiagPattern));
            painter.drawRoundedRect(mark.adjusted(1, 1, -1, -1), 4, 4);
            break;
        }
        case Mark::Flow: {
            // Three widths, thin to wide.
            painter.setPen(Qt::NoPen);
            painter.setBrush(colors.handoff());
            const double widths[] = {1.5, 3.5, 6.5};
            double x = mark.left();
            for (double w : widths) {
                painter.drawRoundedRect(QRectF(x, middle - w / 2, 8, w), w / 3, w / 3);
                x += 11;
            }
            break;
        }
        case Mark::NeverTaken:
            painter.setPen(QPen(colors.neverTaken(), 1.5));
            painter.drawLine(QPointF(mark.left(), middle), QPointF(mark.right(), middle));
            break;
        case Mark::Undesigned: {
            QPen pen(colors.undesigned(), 2.5, Qt::CustomDashLine, Qt::FlatCap);
            pen.setDashPattern({3.0, 2.0});
            painter.setPen(pen);
            painter.drawLine(QPointF(mark.left(), middle), QPointF(mark.right() - 7, middle));
            painter.setPen(Qt::NoPen);
            painter.setBrush(colors.undesigned());
            painter.drawPolygon(
                QPolygonF({QPointF(mark.right(), middle), QPointF(mark.right() - 8, middle - 4.5),
                           QPointF(mark.right() - 8, middle + 4.5)}));
            break;
        }
        case Mark::None:
        case Mark::Title:
        case Mark::Note:
            break;
        }
        painter.setFont(font);
        painter.setPen(colors.text());
        painter.drawText(line.adjusted(MarkWidth + MarkGap, 0, 0, 0),
                         Qt::AlignLeft | Qt::AlignVCenter, row.text);
    }
    painter.restore();
}

} // namespace Stepwise
