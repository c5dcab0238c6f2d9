#include "dashboardcharts.h"

#include "durationticker.h"

#include "analysis/statistics.h"

#include <QDateTime>
#include <QFont>
#include <QFontMetrics>
#include <QLocale>
#include <QPalette>

#include <qcustomplot.h>

#include <algorithm>
#include <climits>
#include <cmath>

namespace Stepwise {

namespace {

constexpr double WeekS = 7 * 86400.0;

// --- colours

struct Colors
{
    QColor background, text, subtle, grid;
    QColor primary, secondary, target, good, waiting, sameOwner, ownerChange, muted;
};

Colors colorsFor(const QPalette &palette)
{
    Colors c;
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    const bool dark = c.background.lightness() < 128;
    const auto blend = [&](double t) {
        return QColor::fromRgbF(
            float(c.background.redF() + (c.text.redF() - c.background.redF()) * t),
            float(c.background.greenF() + (c.text.greenF() - c.background.greenF()) * t),
            float(c.background.blueF() + (c.text.blueF() - c.background.blueF()) * t));
    };
    c.subtle = blend(0.62);
    c.grid = blend(0.12);
    c.muted = blend(0.35);
    c.primary = dark ? QColor(0x5c, 0xa8, 0xff) : QColor(0x1f, 0x6f, 0xd1);
    c.secondary = dark ? QColor(0xff, 0xa9, 0x4d) : QColor(0xd9, 0x73, 0x06);
    c.target = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x32, 0x32);
    c.good = dark ? QColor(0x4c, 0xc9, 0x8a) : QColor(0x22, 0x8b, 0x55);
    c.waiting = dark ? QColor(0xf2, 0xb8, 0x4b) : QColor(0xf0, 0xa2, 0x1c);
    c.sameOwner = c.primary;
    c.ownerChange = dark ? QColor(0xc3, 0x8b, 0xff) : QColor(0x8a, 0x3f, 0xc4);
    return c;
}

void styleAxis(QCPAxis *axis, const Colors &c, const QFont &font)
{
    axis->setBasePen(QPen(c.muted, 1));
    axis->setTickPen(QPen(c.muted, 1));
    axis->setSubTickPen(QPen(c.muted, 1));
    axis->setTickLabelColor(c.subtle);
    axis->setLabelColor(c.subtle);
    axis->setTickLabelFont(font);
    axis->setLabelFont(font);
    axis->grid()->setPen(QPen(c.grid, 1));
    axis->grid()->setZeroLinePen(QPen(c.muted, 1));
    axis->grid()->setSubGridVisible(false);
    axis->setTickLengthOut(3);
    axis->setTickLengthIn(0);
    axis->setSubTickLengthIn(0);
    axis->setSubTickLengthOut(0);
}

/// A legend in a row of its own above the chart, so that it never hides a bar or a line.
void legendOnTop(QCustomPlot *plot)
{
    plot->legend->setVisible(true);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setRowSpacing(0);
    plot->legend->setColumnSpacing(14);
    plot->plotLayout()->insertRow(0);
    auto *row = new QCPLayoutGrid;
    plot->plotLayout()->addElement(0, 0, row);
    row->setMargins(QMargins(0, 0, 0, 0));
    // The legend keeps its own width, at the left; an empty element takes the rest.
    row->addElement(0, 0, plot->legend);
    row->addElement(0, 1, new QCPLayoutElement(plot));
    row->setColumnStretchFactors({0.001, 1});
    plot->axisRect()->insetLayout()->simplify();
    plot->legend->setMargins(QMargins(8, 2, 8, 2));
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    plot->plotLayout()->setRowSpacing(0);
}

/// A caption on the chart, on a patch of the background so that bars and lines do not cross it.
QCPItemText *label(QCustomPlot *plot, const QString &text, const QColor &color)
{
    auto *item = new QCPItemText(plot);
    item->setText(text);
    item->setColor(color);
    item->setFont(plot->xAxis->tickLabelFont());
    item->setPadding(QMargins(4, 1, 4, 1));
    QColor patch = plot->axisRect()->backgroundBrush().color();
    patch.setAlpha(215);
    item->setBrush(patch);
    item->setClipToAxisRect(false);
    return item;
}

/// A horizontal line at a value across the whole chart, with its label at the right end.
void horizontalMarker(QCustomPlot *plot, double value, const QString &text, const QColor &color,
                      Qt::PenStyle style)
{
    auto *line = new QCPItemStraightLine(plot);
    line->setPen(QPen(color, 1.5, style));
    line->point1->setCoords(0, value);
    line->point2->setCoords(1, value);
    QCPItemText *caption = label(plot, text, color);
    caption->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    caption->position->setTypeY(QCPItemPosition::ptPlotCoords);
    caption->position->setCoords(1.0, value);
    caption->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
}

void placeholder(QCustomPlot *plot, const QString &text, const QColor &color)
{
    QCPItemText *item = label(plot, text, color);
    item->position->setType(QCPItemPosition::ptAxisRectRatio);
    item->position->setCoords(0.5, 0.5);
    item->setPositionAlignment(Qt::AlignCenter);
}

QSharedPointer<QCPAxisTickerDateTime> weekTicker()
{
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setDateTimeFormat(QStringLiteral("d MMM\nyyyy"));
    ticker->setTickCount(6);
    return ticker;
}

/// An axis of counts: whole numbers only.
QSharedPointer<QCPAxisTicker> countTicker()
{
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    ticker->setTickCount(5);
    return ticker;
}

void weekRange(QCustomPlot *plot, const QVector<WeekFigures> &weeks)
{
    if (weeks.isEmpty()) {
        plot->xAxis->setRange(0, 1);
        return;
    }
    plot->xAxis->setRange(DashboardCharts::weekKey(weeks.first()) - WeekS * 0.6,
                          DashboardCharts::weekKey(weeks.last()) + WeekS * 0.6);
}

double niceTop(double max)
{
    return max > 0 ? max * 1.12 : 1;
}

QString elided(const QString &text, const QFont &font, int width)
{
    return QFontMetrics(font).elidedText(text, Qt::ElideMiddle, width);
}

/// Empties a plot for new figures.
void clear(QCustomPlot *plot)
{
    plot->clearPlottables();
    plot->clearItems();
}

// --- the charts

QString fillCycleTime(QCustomPlot *p, const Dashboard &d, const Colors &c)
{
    QVector<double> keys, p50, p90;
    double top = 0;
    for (const WeekFigures &week : d.weeks) {
        keys << DashboardCharts::weekKey(week);
        p50 << week.cycleP50;
        p90 << week.cycleP90;
        if (!std::isnan(week.cycleP90))
            top = std::max(top, week.cycleP90);
    }
    auto *p50Graph = p->addGraph();
    p50Graph->setName(DashboardCharts::tr("Median"));
    p50Graph->setPen(QPen(c.primary, 2));
    p50Graph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, c.primary, c.background, 5));
    p50Graph->setData(keys, p50, true);
    auto *p90Graph = p->addGraph();
    p90Graph->setName(DashboardCharts::tr("90th percentile"));
    p90Graph->setPen(QPen(c.secondary, 2));
    p90Graph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, c.secondary, c.background, 5));
    p90Graph->setData(keys, p90, true);
    // The median in front: listed first, drawn last.
    p50Graph->setLayer(QStringLiteral("front"));
    if (d.weeks.size() > 60) {
        // Dots would crowd a long history into a smudge: lines only.
        p50Graph->setScatterStyle(QCPScatterStyle::ssNone);
        p90Graph->setScatterStyle(QCPScatterStyle::ssNone);
    }
    const qint64 target = d.stats.slaTargetS;
    if (target > 0) {
        top = std::max(top, double(target));
        horizontalMarker(
            p, double(target),
            DashboardCharts::tr("SLA target %1").arg(DurationTicker::label(double(target))),
            c.target, Qt::DashLine);
    }
    weekRange(p, d.weeks);
    p->yAxis->setRange(0, niceTop(top));
    return {};
}

QString fillHistogram(QCustomPlot *p, const Dashboard &d, const Colors &c)
{
    const double width = d.histogramBinS;
    auto *bars = new QCPBars(p->xAxis, p->yAxis);
    bars->setName(DashboardCharts::tr("Runs"));
    bars->setWidth(width * 0.92);
    bars->setPen(Qt::NoPen);
    bars->setBrush(c.primary);
    auto *tail = new QCPBars(p->xAxis, p->yAxis);
    tail->setName(DashboardCharts::tr("Longer"));
    tail->setWidth(width * 0.92);
    tail->setPen(Qt::NoPen);
    tail->setBrush(c.muted);
    double top = 0;
    double right = width;
    for (const HistogramBin &bin : d.histogram) {
        const double key = bin.fromS + width / 2;
        (std::isinf(bin.toS) ? tail : bars)->addData(key, double(bin.runs));
        top = std::max(top, double(bin.runs));
        right = bin.fromS + width;
    }
    if (!d.histogram.isEmpty() && std::isinf(d.histogram.last().toS)) {
        QCPItemText *text = label(
            p,
            DashboardCharts::tr("\u2265 %1").arg(DurationTicker::label(d.histogram.last().fromS)),
            c.subtle);
        text->position->setCoords(d.histogram.last().fromS + width / 2,
                                  double(d.histogram.last().runs));
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    }
    const qint64 target = d.stats.slaTargetS;
    if (target > 0) {
        right = std::max(right, double(target) * 1.05);
        auto *line = new QCPItemStraightLine(p);
        line->setPen(QPen(c.target, 1.5, Qt::DashLine));
        line->point1->setCoords(double(target), 0);
        line->point2->setCoords(double(target), 1);
        QCPItemText *text = label(
            p, DashboardCharts::tr("SLA target %1").arg(DurationTicker::label(double(target))),
            c.target);
        text->position->setTypeX(QCPItemPosition::ptPlotCoords);
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(double(target), 0.0);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    p->xAxis->setRange(0, right > 0 ? right : 3600);
    p->yAxis->setRange(0, niceTop(top));
    return width > 0 ? DashboardCharts::tr("bars of %1").arg(DurationTicker::label(width))
                     : QString();
}

QString fillSla(QCustomPlot *p, const Dashboard &d, const Colors &c)
{
    weekRange(p, d.weeks);
    const qint64 target = d.stats.slaTargetS;
    const QString note = target > 0
        ? DashboardCharts::tr("runs within %1").arg(DurationTicker::label(double(target)))
        : QString();
    p->yAxis->setRange(0, 105);
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(25);
    p->yAxis->setTicker(ticker);
    p->yAxis->setNumberFormat(QStringLiteral("f"));
    p->yAxis->setNumberPrecision(0);
    p->yAxis->setLabel(DashboardCharts::tr("% of runs"));
    if (target <= 0) {
        placeholder(p,
                    DashboardCharts::tr(
                        "No SLA target: set the process's cycle-time target in its properties."),
                    c.subtle);
        return note;
    }
    auto *bars = new QCPBars(p->xAxis, p->yAxis);
    bars->setName(DashboardCharts::tr("Within target"));
    bars->setWidth(WeekS * 0.7);
    bars->setPen(Qt::NoPen);
    bars->setBrush(c.good);
    for (const WeekFigures &week : d.weeks) {
        if (!std::isnan(week.slaCompliance))
            bars->addData(DashboardCharts::weekKey(week), week.slaCompliance * 100.0);
    }
    if (!std::isnan(d.stats.slaCompliance)) {
        horizontalMarker(
            p, d.stats.slaCompliance * 100.0,
            DashboardCharts::tr("overall %1").arg(DashboardCharts::percent(d.stats.slaCompliance)),
            c.target, Qt::DashLine);
    }
    return note;
}

QString fillThroughput(QCustomPlot *p, const Dashboard &d, const Colors &c)
{
    auto *bars = new QCPBars(p->xAxis, p->yAxis);
    bars->setName(d.runsInProgress >= 0 ? DashboardCharts::tr("Finished")
                                        : DashboardCharts::tr("Ended"));
    bars->setWidth(WeekS * 0.7);
    bars->setPen(Qt::NoPen);
    bars->setBrush(c.primary);
    auto *started = p->addGraph();
    started->setName(DashboardCharts::tr("Started"));
    started->setPen(QPen(c.secondary, 2));
    started->setLineStyle(QCPGraph::lsStepCenter);
    double top = 0;
    QVector<double> keys, starts;
    for (const WeekFigures &week : d.weeks) {
        bars->addData(DashboardCharts::weekKey(week), double(week.completed));
        keys << DashboardCharts::weekKey(week);
        starts << double(week.started);
        top = std::max({top, double(week.completed), double(week.started)});
    }
    started->setData(keys, starts, true);
    weekRange(p, d.weeks);
    p->yAxis->setRange(0, niceTop(top));
    return {};
}

QString fillSteps(QCustomPlot *p, const Dashboard &d, const Colors &c)
{
    const int shown = std::min<int>(DashboardCharts::MaxSteps, int(d.steps.size()));
    auto *waiting = new QCPBars(p->yAxis, p->xAxis);
    waiting->setName(DashboardCharts::tr("Waiting"));
    waiting->setBrush(c.waiting);
    auto *processing = new QCPBars(p->yAxis, p->xAxis);
    processing->setName(DashboardCharts::tr("Processing"));
    processing->setBrush(c.primary);
    processing->moveAbove(waiting);
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(p->yAxis->ticker());
    ticker->clear();
    double right = 0;
    for (int i = 0; i < shown; ++i) {
        const StepLoad &step = d.steps.at(i);
        waiting->addData(i, step.waitingS);
        processing->addData(i, step.processingS);
        ticker->addTick(i, elided(step.name, p->yAxis->tickLabelFont(), 240));
        right = std::max(right, step.totalS());
    }
    for (QCPBars *bars : {waiting, processing}) {
        bars->setWidth(0.66);
        bars->setPen(Qt::NoPen);
    }
    if (shown == 0)
        placeholder(p, DashboardCharts::tr("No step was executed in this window."), c.subtle);
    p->yAxis->setRange(-0.6, std::max(shown, 1) - 0.4);
    p->xAxis->setRange(0, niceTop(right));
    return d.steps.size() > shown
        ? DashboardCharts::tr("the %1 of %2 steps with the most time, mean per execution")
              .arg(shown)
              .arg(d.steps.size())
        : DashboardCharts::tr("mean per execution");
}

QString fillHandoffs(QCustomPlot *p, const Dashboard &d, const Colors &c)
{
    const int shown = std::min<int>(DashboardCharts::MaxHandoffs, int(d.handoffs.size()));
    auto *same = new QCPBars(p->yAxis, p->xAxis);
    same->setName(DashboardCharts::tr("Same owner"));
    same->setBrush(c.sameOwner);
    auto *changes = new QCPBars(p->yAxis, p->xAxis);
    changes->setName(DashboardCharts::tr("Owner changes"));
    changes->setBrush(c.ownerChange);
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(p->yAxis->ticker());
    ticker->clear();
    double right = 0;
    for (int i = 0; i < shown; ++i) {
        const HandoffDelay &h = d.handoffs.at(i);
        (h.ownerChange ? changes : same)->addData(i, h.meanS);
        const QFont font = p->yAxis->tickLabelFont();
        // On two lines: long step names stay readable.
        ticker->addTick(
            i, elided(h.from, font, 230) + QStringLiteral("\n\u2192 ") + elided(h.to, font, 220));
        right = std::max(right, h.meanS);
    }
    for (QCPBars *bars : {same, changes}) {
        bars->setWidth(0.66);
        bars->setPen(Qt::NoPen);
    }
    if (shown == 0)
        placeholder(p, DashboardCharts::tr("No handoff was taken in this window."), c.subtle);
    p->yAxis->setRange(-0.6, std::max(shown, 1) - 0.4);
    p->xAxis->setRange(0, niceTop(right));
    return d.handoffs.size() > shown
        ? DashboardCharts::tr("the %1 slowest of %2, mean delay").arg(shown).arg(d.handoffs.size())
        : DashboardCharts::tr("mean delay");
}

} // namespace

QString DashboardCharts::kpiTitle(Kpi kpi)
{
    switch (kpi) {
    case Kpi::Runs:
        return tr("Runs");
    case Kpi::MedianCycleTime:
        return tr("Median cycle time");
    case Kpi::P90CycleTime:
        return tr("90th percentile");
    case Kpi::SlaCompliance:
        return tr("SLA compliance");
    case Kpi::InProgress:
        return tr("In progress");
    }
    return {};
}

QString DashboardCharts::kpiToolTip(Kpi kpi)
{
    switch (kpi) {
    case Kpi::P90CycleTime:
        return tr("Nine runs in ten take at most this long");
    case Kpi::SlaCompliance:
        return tr("The share of runs whose cycle time is at most the target");
    case Kpi::InProgress:
        return tr("Runs whose last step is not an end of the map, nor leads to one: still under "
                  "way, or given up");
    case Kpi::Runs:
    case Kpi::MedianCycleTime:
        break;
    }
    return {};
}

DashboardCharts::KpiText DashboardCharts::kpiText(Kpi kpi, const Dashboard &d)
{
    const RunStats &stats = d.stats;
    const QLocale locale;
    const QString none = QStringLiteral("\u2013");
    switch (kpi) {
    case Kpi::Runs:
        return {locale.toString(stats.runs),
                d.runsInProgress >= 0
                    ? tr("%1 finished").arg(locale.toString(stats.runs - d.runsInProgress))
                    : tr("%Ln event(s)", nullptr, int(std::min<qint64>(stats.events, INT_MAX)))};
    case Kpi::MedianCycleTime:
        if (stats.cycleTime.count == 0)
            return {humanDuration(std::nan("")), {}};
        return {humanDuration(stats.cycleTime.p50),
                tr("mean %1").arg(humanDuration(stats.cycleTime.mean))};
    case Kpi::P90CycleTime:
        if (stats.cycleTime.count == 0)
            return {humanDuration(std::nan("")), {}};
        return {humanDuration(stats.cycleTime.p90),
                tr("longest %1").arg(humanDuration(stats.cycleTime.max))};
    case Kpi::SlaCompliance:
        if (stats.slaTargetS <= 0)
            return {none, tr("no target set for this process")};
        return {percent(stats.slaCompliance),
                tr("%1 of %Ln run(s) within %2", nullptr, int(stats.runs))
                    .arg(locale.toString(stats.slaMet),
                         DurationTicker::label(double(stats.slaTargetS)))};
    case Kpi::InProgress:
        if (d.runsInProgress < 0)
            return {none, tr("the map has no end step")};
        return {locale.toString(d.runsInProgress), tr("not at an end of the map")};
    }
    return {};
}

QString DashboardCharts::chartTitle(Chart chart)
{
    switch (chart) {
    case Chart::CycleTime:
        return tr("Cycle time per week");
    case Chart::Histogram:
        return tr("Cycle times");
    case Chart::Sla:
        return tr("SLA compliance per week");
    case Chart::Throughput:
        return tr("Throughput per week");
    case Chart::Steps:
        return tr("Where the time goes");
    case Chart::Handoffs:
        return tr("Slowest handoffs");
    }
    return {};
}

void DashboardCharts::setUp(QCustomPlot *plot, Chart chart)
{
    switch (chart) {
    case Chart::CycleTime:
        legendOnTop(plot);
        plot->xAxis->setTicker(weekTicker());
        plot->addLayer(QStringLiteral("front"), plot->layer(QStringLiteral("main")));
        plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new DurationTicker));
        break;
    case Chart::Histogram:
        plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new DurationTicker));
        plot->yAxis->setTicker(countTicker());
        plot->yAxis->setLabel(tr("Runs"));
        break;
    case Chart::Sla:
        plot->xAxis->setTicker(weekTicker());
        break;
    case Chart::Throughput:
        legendOnTop(plot);
        plot->xAxis->setTicker(weekTicker());
        plot->yAxis->setTicker(countTicker());
        plot->yAxis->setLabel(tr("Runs"));
        break;
    case Chart::Steps:
    case Chart::Handoffs:
        legendOnTop(plot);
        plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new DurationTicker));
        plot->yAxis->setRangeReversed(true);
        plot->yAxis->grid()->setVisible(false);
        plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerText));
        break;
    }
}

void DashboardCharts::style(QCustomPlot *plot, const QPalette &palette, const QFont &font)
{
    const Colors c = colorsFor(palette);
    plot->setBackground(c.background);
    plot->axisRect()->setBackground(c.background);
    for (QCPAxis *axis : plot->axisRect()->axes())
        styleAxis(axis, c, font);
    plot->legend->setFont(font);
    plot->legend->setTextColor(c.text);
    plot->legend->setBrush(Qt::NoBrush);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setIconSize(14, 10);
}

QString DashboardCharts::fill(QCustomPlot *plot, Chart chart, const Dashboard &dashboard,
                              const QPalette &palette)
{
    const Colors c = colorsFor(palette);
    clear(plot);
    QString note;
    switch (chart) {
    case Chart::CycleTime:
        note = fillCycleTime(plot, dashboard, c);
        break;
    case Chart::Histogram:
        note = fillHistogram(plot, dashboard, c);
        break;
    case Chart::Sla:
        note = fillSla(plot, dashboard, c);
        break;
    case Chart::Throughput:
        note = fillThroughput(plot, dashboard, c);
        break;
    case Chart::Steps:
        note = fillSteps(plot, dashboard, c);
        break;
    case Chart::Handoffs:
        note = fillHandoffs(plot, dashboard, c);
        break;
    }
    // Legend entries are clipped to their own box, which QCustomPlot sizes to the line height
    // of a small font without its descenders: a little room below keeps "g" and "p" whole.
    QCPLegend *legend = plot->legend;
    for (int i = 0; i < legend->itemCount(); ++i)
        legend->item(i)->setMargins(QMargins(0, 1, 0, 4));
    return note;
}

int DashboardCharts::minimumHeight(Chart chart, const Dashboard &dashboard)
{
    switch (chart) {
    case Chart::Steps:
        return std::max(240, 70 + 26 * std::min<int>(MaxSteps, int(dashboard.steps.size())));
    case Chart::Handoffs:
        return std::max(240, 70 + 36 * std::min<int>(MaxHandoffs, int(dashboard.handoffs.size())));
    default:
        return 240;
    }
}

QStringList DashboardCharts::stepNames(const Dashboard &dashboard)
{
    QStringList names;
    const int shown = std::min<int>(MaxSteps, int(dashboard.steps.size()));
    for (int i = 0; i < shown; ++i)
        names << dashboard.steps.at(i).name;
    return names;
}

QString DashboardCharts::percent(double share)
{
    if (std::isnan(share))
        return QStringLiteral("\u2013");
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral("\u00a0%");
}

QString DashboardCharts::dayText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date(),
                              QStringLiteral("d MMM yyyy"));
}

double DashboardCharts::weekKey(const WeekFigures &week)
{
    return double(week.startMs) / 1000.0 + WeekS / 2;
}

} // namespace Stepwise
