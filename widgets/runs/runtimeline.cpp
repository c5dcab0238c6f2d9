#include "runtimeline.h"

#include "runstablemodel.h"

#include "analysis/statistics.h"

#include <QDateTime>
#include <QHash>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Stepwise {

namespace {

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

// Tick steps of the time axis, the first that leaves room for a label is taken.
constexpr qint64 tickSteps[] = {
    second,     2 * second, 5 * second,  10 * second, 15 * second, 30 * second, minute,
    2 * minute, 5 * minute, 10 * minute, 15 * minute, 30 * minute, hour,        2 * hour,
    3 * hour,   6 * hour,   12 * hour,   day,         2 * day,     7 * day,     14 * day,
    30 * day,   91 * day,   182 * day,   365 * day,
};
constexpr int minTickSpacing = 90; // pixels between labels

// Colours for lanes that have none, readable on light and dark bases.
const QColor fallbackColors[] = {
    QColor(0x5b8def), QColor(0x43a26b), QColor(0xe0913a), QColor(0x9b6fd6),
    QColor(0x3aa6b9), QColor(0xd0646f), QColor(0x8a9a3c), QColor(0x6d7f99),
};

QString foldName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QString timeText(qint64 ms)
{
    return RunsTableModel::formatTime(ms);
}

} // namespace

RunTimeline::RunTimeline(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Run timeline"));
}

void RunTimeline::setRun(const RunLog &log, int runIndex, const Process &process)
{
    if (runIndex < 0 || runIndex >= log.runs.size()) {
        clear();
        return;
    }
    m_hasRun = true;
    m_run = log.runs.at(runIndex);
    m_activities = log.activities;
    m_resources = log.resources;
    m_process = process;
    rebuild();
}

void RunTimeline::setProcess(const Process &process)
{
    m_process = process;
    if (m_hasRun)
        rebuild();
}

void RunTimeline::clear()
{
    m_hasRun = false;
    m_run = Run();
    m_rows.clear();
    m_bars.clear();
    m_executionRow.clear();
    updateGeometry();
    update();
}

void RunTimeline::rebuild()
{
    m_rows.clear();
    m_executionRow.fill(-1, m_run.executions.size());
    QHash<QString, ItemId> laneOfStep;
    for (const Step &step : qAsConst(m_process.steps))
        laneOfStep.insert(foldName(step.name), step.laneId);

    // The lane (0: Other) of every execution.
    QVector<ItemId> laneOf(m_run.executions.size(), 0);
    for (int i = 0; i < m_run.executions.size(); ++i) {
        const int activity = m_run.executions.at(i).activity;
        if (activity >= 0 && activity < m_activities.size())
            laneOf[i] = laneOfStep.value(foldName(m_activities.at(activity)), 0);
    }
    // Lanes in map order (those the run touched), then Other; inside each, executions that
    // overlap in time go to sub-rows, the first that is free.
    QVector<ItemId> groups;
    for (const Lane &lane : qAsConst(m_process.lanes)) {
        if (laneOf.contains(lane.id))
            groups.append(lane.id);
    }
    if (laneOf.contains(0))
        groups.append(0);
    for (int g = 0; g < groups.size(); ++g) {
        const ItemId laneId = groups.at(g);
        const Lane *lane = m_process.lane(laneId);
        Row row;
        row.title = lane ? (lane->name.isEmpty() ? tr("(unnamed lane)") : lane->name) : tr("Other");
        row.color = lane && lane->color.isValid() ? lane->color
                                                  : fallbackColors[g % std::size(fallbackColors)];
        if (!lane) {
            row.color = palette().color(QPalette::Mid);
            row.other = true;
        }
        QVector<qint64> subRowEnds; // the last complete in each sub-row
        const int firstRow = int(m_rows.size());
        for (int i = 0; i < m_run.executions.size(); ++i) {
            if (laneOf.at(i) != laneId)
                continue;
            const Execution &execution = m_run.executions.at(i);
            int sub = 0;
            while (sub < subRowEnds.size() && subRowEnds.at(sub) > execution.sortTime())
                ++sub;
            if (sub == subRowEnds.size()) {
                subRowEnds.append(execution.completeMs);
                m_rows.append(row);
            } else {
                subRowEnds[sub] = execution.completeMs;
            }
            m_executionRow[i] = firstRow + sub;
        }
    }

    m_fromMs = m_run.firstMs;
    m_toMs = m_run.lastMs;
    for (const Execution &execution : qAsConst(m_run.executions)) {
        m_fromMs
            = m_fromMs == NoTime ? execution.sortTime() : std::min(m_fromMs, execution.sortTime());
        m_toMs = m_toMs == NoTime ? execution.completeMs : std::max(m_toMs, execution.completeMs);
    }
    if (m_fromMs == NoTime || m_toMs == NoTime)
        m_fromMs = m_toMs = 0;
    if (m_toMs - m_fromMs < minute) // a run of one instant still gets an axis
        m_toMs = m_fromMs + minute;
    updateGeometry();
    layoutBars();
    update();
}

int RunTimeline::labelWidth() const
{
    int width = fontMetrics().horizontalAdvance(tr("Other"));
    for (const Row &row : m_rows)
        width = std::max(width, fontMetrics().horizontalAdvance(row.title));
    return std::min(width + 20, 200);
}

double RunTimeline::xOf(qint64 ms) const
{
    const double span = double(m_toMs - m_fromMs);
    return m_plot.left() + (double(ms - m_fromMs) / span) * m_plot.width();
}

void RunTimeline::layoutBars()
{
    m_bars.clear();
    const int rowHeight = fontMetrics().height() + 14;
    const int axisHeight = fontMetrics().height() * 2 + 10;
    m_plot = QRectF(labelWidth() + 8, axisHeight, std::max(40, width() - labelWidth() - 24),
                    rowHeight * std::max<qsizetype>(1, m_rows.size()));
    if (!m_hasRun)
        return;
    for (int i = 0; i < m_run.executions.size(); ++i) {
        const Execution &execution = m_run.executions.at(i);
        const int row = m_executionRow.value(i, -1);
        if (row < 0)
            continue;
        const double top = m_plot.top() + row * rowHeight;
        // The waiting before it: from the previous execution's complete to its start.
        if (i > 0) {
            const qint64 previous = m_run.executions.at(i - 1).completeMs;
            if (execution.sortTime() > previous) {
                Bar wait;
                wait.execution = i;
                wait.wait = true;
                wait.row = row;
                const double x0 = xOf(previous);
                wait.rect = QRectF(x0, top + rowHeight / 2.0 - 3,
                                   std::max(1.0, xOf(execution.sortTime()) - x0), 6);
                m_bars.append(wait);
            }
        }
        Bar bar;
        bar.execution = i;
        bar.row = row;
        const double x0 = xOf(execution.sortTime());
        const double x1 = xOf(execution.completeMs);
        bar.rect = QRectF(x0, top + 4, std::max(3.0, x1 - x0), rowHeight - 8);
        m_bars.append(bar);
    }
}

QStringList RunTimeline::rowTitles() const
{
    QStringList titles;
    for (const Row &row : m_rows)
        titles.append(row.title);
    return titles;
}

const RunTimeline::Bar *RunTimeline::barAt(const QPoint &pos) const
{
    // Executions are drawn over waits: look at them first, with a little slack for thin bars.
    for (const bool wait : {false, true}) {
        for (const Bar &bar : m_bars) {
            if (bar.wait == wait && bar.rect.adjusted(-2, -2, 2, 2).contains(pos))
                return &bar;
        }
    }
    return nullptr;
}

QString RunTimeline::toolTipAt(const QPoint &pos) const
{
    const Bar *bar = barAt(pos);
    if (!bar)
        return {};
    const Execution &execution = m_run.executions.at(bar->execution);
    const QString activity = execution.activity >= 0 && execution.activity < m_activities.size()
        ? m_activities.at(execution.activity)
        : QString();
    if (bar->wait) {
        const qint64 previous = m_run.executions.at(bar->execution - 1).completeMs;
        return tr("<b>Waiting for %1</b><br>%2<br>%3 \u2192 %4")
            .arg(activity.toHtmlEscaped(),
                 humanDuration((execution.sortTime() - previous) / 1000.0), timeText(previous),
                 timeText(execution.sortTime()));
    }
    QStringList lines {QStringLiteral("<b>%1</b>").arg(activity.toHtmlEscaped())};
    if (execution.resource >= 0 && execution.resource < m_resources.size())
        lines.append(tr("By %1").arg(m_resources.at(execution.resource).toHtmlEscaped()));
    if (execution.startMs != NoTime) {
        lines.append(
            tr("%1 \u2192 %2").arg(timeText(execution.startMs), timeText(execution.completeMs)));
        lines.append(tr("Processing: %1")
                         .arg(humanDuration((execution.completeMs - execution.startMs) / 1000.0)));
    } else {
        lines.append(tr("Completed %1 (start unknown)").arg(timeText(execution.completeMs)));
    }
    return lines.join(QStringLiteral("<br>"));
}

QSize RunTimeline::sizeHint() const
{
    const int rowHeight = fontMetrics().height() + 14;
    const int axisHeight = fontMetrics().height() * 2 + 10;
    return QSize(640, axisHeight + rowHeight * int(std::max<qsizetype>(1, m_rows.size())) + 12);
}

QSize RunTimeline::minimumSizeHint() const
{
    return QSize(240, fontMetrics().height() * 4);
}

bool RunTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void RunTimeline::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutBars();
}

void RunTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    if (!m_hasRun) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Select a run to see its timeline."));
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const int rowHeight = fontMetrics().height() + 14;
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(40);

    // Rows: alternating bands and the lane titles, the first of a lane's sub-rows titled.
    for (int r = 0; r < m_rows.size(); ++r) {
        const QRectF band(0, m_plot.top() + r * rowHeight, width(), rowHeight);
        if (r % 2)
            painter.fillRect(band, pal.color(QPalette::AlternateBase));
        if (r == 0 || m_rows.at(r - 1).title != m_rows.at(r).title) {
            painter.setPen(m_rows.at(r).other ? pal.color(QPalette::PlaceholderText) : text);
            painter.drawText(
                band.adjusted(10, 0, 0, 0).toRect().adjusted(0, 0, -(width() - labelWidth()), 0),
                Qt::AlignVCenter | Qt::AlignLeft,
                fontMetrics().elidedText(m_rows.at(r).title, Qt::ElideRight, labelWidth() - 12));
        }
    }

    // The time axis: ticks at a readable step, dates over times where the day changes.
    const double span = double(m_toMs - m_fromMs);
    qint64 step = tickSteps[std::size(tickSteps) - 1];
    for (const qint64 candidate : tickSteps) {
        if (candidate / span * m_plot.width() >= minTickSpacing) {
            step = candidate;
            break;
        }
    }
    const QLocale locale;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_fromMs).toLocalTime();
    // Ticks are aligned to local midnight; steps of days to midnights.
    const qint64 midnight = QDateTime(start.date(), QTime(0, 0)).toMSecsSinceEpoch();
    qint64 tick = midnight + ((m_fromMs - midnight) / step) * step;
    if (step >= day)
        tick = midnight;
    QDate lastDate;
    const int lineHeight = fontMetrics().height();
    for (int guard = 0; tick <= m_toMs && guard < 1000; ++guard) {
        if (tick >= m_fromMs) {
            const double x = xOf(tick);
            painter.setPen(QPen(grid, 1));
            painter.drawLine(QPointF(x, m_plot.top() - 4), QPointF(x, m_plot.bottom()));
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(tick).toLocalTime();
            // A label that would run off the right edge is left out (the grid line stays).
            const auto label = [&](double y, const QString &textLine, const QColor &colour) {
                if (x + 3 + fontMetrics().horizontalAdvance(textLine) > width() - 2)
                    return;
                painter.setPen(colour);
                painter.drawText(QPointF(x + 3, y), textLine);
            };
            if (step >= day) {
                label(lineHeight * 2, locale.toString(at.date(), QStringLiteral("ddd d MMM")),
                      text);
            } else {
                label(lineHeight * 2,
                      locale.toString(at.time(),
                                      step < minute ? QStringLiteral("HH:mm:ss")
                                                    : QStringLiteral("HH:mm")),
                      text);
                if (at.date() != lastDate) {
                    label(lineHeight, locale.toString(at.date(), QStringLiteral("ddd d MMM")),
                          pal.color(QPalette::PlaceholderText));
                    lastDate = at.date();
                }
            }
        }
        if (step >= day) {
            // Calendar days: DST changes make some days 23 or 25 hours long.
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(tick).toLocalTime();
            tick = QDateTime(at.date().addDays(step / day), QTime(0, 0)).toMSecsSinceEpoch();
        } else {
            tick += step;
        }
    }
    painter.setPen(QPen(grid, 1));
    painter.drawLine(QPointF(m_plot.left(), m_plot.top() - 1),
                     QPointF(m_plot.right(), m_plot.top() - 1));

    // Waits first, then the executions over them.
    QColor hatch = text;
    hatch.setAlpha(150);
    for (const Bar &bar : qAsConst(m_bars)) {
        if (!bar.wait)
            continue;
        painter.setPen(Qt::NoPen);
        painter.setBrush(QBrush(hatch, Qt::BDiagPattern));
        painter.drawRect(bar.rect);
        painter.setPen(QPen(hatch, 1, Qt::DotLine));
        painter.drawLine(bar.rect.topLeft(), bar.rect.topRight());
        painter.drawLine(bar.rect.bottomLeft(), bar.rect.bottomRight());
    }
    for (const Bar &bar : qAsConst(m_bars)) {
        if (bar.wait)
            continue;
        const Execution &execution = m_run.executions.at(bar.execution);
        QColor fill = m_rows.at(bar.row).color;
        painter.setPen(QPen(fill.darker(140), 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(bar.rect, 3, 3);
        const QString name = execution.activity >= 0 && execution.activity < m_activities.size()
            ? m_activities.at(execution.activity)
            : QString();
        if (bar.rect.width() > 28) {
            painter.setPen(fill.lightness() > 150 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
            painter.drawText(
                bar.rect.adjusted(5, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft,
                fontMetrics().elidedText(name, Qt::ElideRight, int(bar.rect.width()) - 8));
        }
    }
}

} // namespace Stepwise
