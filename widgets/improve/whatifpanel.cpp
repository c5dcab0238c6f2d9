#include "whatifpanel.h"

#include "dashboard/chartcard.h"
#include "dashboard/dashboardcharts.h"
#include "dashboard/durationticker.h"
#include "dashboard/figurespages.h"

#include "analysis/businesscalendar.h"
#include "analysis/dashboard.h"
#include "analysis/mapoverlay.h"
#include "analysis/statistics.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace Stepwise {

namespace {

enum Row { MedianRow, P90Row, MeanRow, SlaRow, SavedRow, RowCount };

// The tasks of a map in the order the work flows: left to right, then top to bottom.
QVector<const Step *> tasksInFlowOrder(const Process &process)
{
    QVector<const Step *> tasks;
    for (const Step &step : process.steps) {
        if (step.kind == Step::Kind::Task)
            tasks.append(&step);
    }
    std::stable_sort(tasks.begin(), tasks.end(), [&process](const Step *a, const Step *b) {
        const QPointF pa = process.stepScenePos(*a), pb = process.stepScenePos(*b);
        return pa.x() != pb.x() ? pa.x() < pb.x() : pa.y() < pb.y();
    });
    return tasks;
}

QString shareText(double share)
{
    return DashboardCharts::percent(share);
}

// "−9 h (−18 %)": how much a duration changed.
QString durationChange(double before, double after)
{
    if (std::isnan(before) || std::isnan(after))
        return QStringLiteral("\u2013");
    if (after == before)
        return WhatIfPanel::tr("no change");
    QString text = humanDuration(after - before);
    if (before > 0) {
        const double relative = (after - before) / before * 100.0;
        text += QStringLiteral(" (%1%2\u00a0%)")
                    .arg(relative > 0 ? QStringLiteral("+") : QString(),
                         QLocale().toString(relative, 'f', std::abs(relative) < 10 ? 1 : 0));
    }
    return text;
}

// Hours as hours, however many ("264 h", "6.5 h"); minutes below one.
QString hoursText(double hours)
{
    if (hours < 1.0)
        return humanDuration(hours * 3600.0);
    return WhatIfPanel::tr("%1 h").arg(QLocale().toString(hours, 'f', hours < 10 ? 1 : 0));
}

// The dashboard's colours for the two sides: the runs as logged in a muted tone, the replay in
// the dashboard's primary blue (DashboardCharts draws the same in light and dark).
struct SideColors
{
    QColor before, after, target, text;
};

SideColors sideColors(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base), text = palette.color(QPalette::Text);
    const bool dark = base.lightness() < 128;
    const auto blend = [&](double t) {
        return QColor::fromRgbF(float(base.redF() + (text.redF() - base.redF()) * t),
                                float(base.greenF() + (text.greenF() - base.greenF()) * t),
                                float(base.blueF() + (text.blueF() - base.blueF()) * t));
    };
    SideColors c;
    c.before = blend(0.3);
    c.after = dark ? QColor(0x5c, 0xa8, 0xff) : QColor(0x1f, 0x6f, 0xd1);
    c.target = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x32, 0x32);
    c.text = blend(0.62);
    return c;
}

} // namespace

WhatIfPanel::WhatIfPanel(QWidget *parent) : QWidget(parent), m_runs(this, [this] { return work(); })
{
    setObjectName(QStringLiteral("whatIfPanel"));
    setAccessibleName(tr("What if"));

    // The tasks to automate.
    auto *stepsTitle = new QLabel(tr("Automate these steps"), this);
    QFont bold = stepsTitle->font();
    bold.setBold(true);
    stepsTitle->setFont(bold);
    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("whatIfSteps"));
    m_steps->setAccessibleName(tr("Steps to automate"));
    m_steps->setColumnCount(2);
    m_steps->setHeaderLabels({tr("Step"), tr("Time cut")});
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(PercentColumn, QHeaderView::ResizeToContents);
    m_steps->setToolTip(tr("Tick a step to see the runs as if it were automated: its processing "
                           "time and the waiting before it cut by the percentage. Double-click "
                           "a step to show it on the map."));
    connect(m_steps, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_filling || column != StepColumn)
            return;
        const ItemId id = item->data(StepColumn, StepIdRole).value<ItemId>();
        const bool picked = item->checkState(StepColumn) == Qt::Checked;
        if (picked == m_picked.contains(id))
            return;
        if (picked)
            m_picked.insert(id);
        else
            m_picked.remove(id);
        picksChanged();
    });
    connect(m_steps, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        emit stepActivated(item->data(StepColumn, StepIdRole).value<ItemId>());
    });
    auto *stepsHint = new QLabel(tr("Double-click a step to show it on the map."), this);
    stepsHint->setForegroundRole(QPalette::PlaceholderText);
    stepsHint->setWordWrap(true);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(12, 8, 6, 12);
    leftLayout->setSpacing(6);
    leftLayout->addWidget(stepsTitle);
    leftLayout->addWidget(m_steps, 1);
    leftLayout->addWidget(stepsHint);

    // The sentence, the figures side by side, the chart.
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("whatIfSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont large = m_summary->font();
    large.setPointSizeF(large.pointSizeF() * 1.25);
    m_summary->setFont(large);
    m_busyLabel = new QLabel(tr("Computing..."), this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_busyLabel->hide();
    m_clockLabel = new QLabel(this);
    m_clockLabel->setObjectName(QStringLiteral("clockLabel"));
    m_clockLabel->setForegroundRole(QPalette::PlaceholderText);
    m_clockLabel->setWordWrap(true);

    auto *figures = new QFrame(this);
    figures->setObjectName(QStringLiteral("whatIfFigures"));
    figures->setFrameShape(QFrame::StyledPanel);
    figures->setBackgroundRole(QPalette::Base);
    figures->setAutoFillBackground(true);
    auto *grid = new QGridLayout(figures);
    grid->setContentsMargins(14, 10, 14, 10);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(6);
    const QString headers[] = {tr("As logged"), tr("Automated"), tr("Change")};
    for (int c = 0; c < 3; ++c) {
        auto *header = new QLabel(headers[c], figures);
        header->setFont(bold);
        header->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(header, 0, c + 1);
    }
    const QString rows[] = {tr("Median cycle time"), tr("90th percentile"), tr("Mean cycle time"),
                            tr("SLA compliance"), tr("Time saved a month")};
    for (int r = 0; r < RowCount; ++r) {
        auto *name = new QLabel(rows[r], figures);
        name->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(name, r + 1, 0);
        QVector<QLabel *> cells;
        for (int c = 0; c < 3; ++c) {
            auto *cell = new QLabel(QStringLiteral("\u2013"), figures);
            cell->setObjectName(QStringLiteral("figure_%1_%2").arg(r).arg(c));
            cell->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setTextInteractionFlags(Qt::TextSelectableByMouse);
            if (c == 1)
                cell->setFont(bold);
            if (c == 2)
                cell->setWordWrap(true); // "64 h of work, 597 h of waiting" in a narrow window
            grid->addWidget(cell, r + 1, c + 1);
            cells.append(cell);
        }
        m_cells.append(cells);
    }
    grid->setColumnStretch(0, 1);

    m_chart = new ChartCard(tr("Cycle times, as logged and automated"), this);
    m_chart->setObjectName(QStringLiteral("whatIfChart"));
    m_chart->setExportName(tr("What-if cycle times"));
    QCustomPlot *p = m_chart->plot();
    p->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new DurationTicker));
    QSharedPointer<QCPAxisTickerFixed> counts(new QCPAxisTickerFixed);
    counts->setTickStep(1);
    counts->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    counts->setTickCount(5);
    p->yAxis->setTicker(counts);
    p->yAxis->setLabel(tr("Runs"));
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    connect(p, &QCustomPlot::mouseMove, this, &WhatIfPanel::hover);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_busyLabel, 0, Qt::AlignTop);
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("whatIfContent"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(6, 8, 12, 12);
    contentLayout->setSpacing(10);
    contentLayout->addLayout(top);
    contentLayout->addWidget(figures);
    contentLayout->addWidget(m_chart, 1);
    contentLayout->addWidget(m_clockLabel);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    // The sentence wraps and the chart shrinks: scroll down, never sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 820});

    m_pages = new FiguresPages(splitter, QStringLiteral("whatIfMessage"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_pickTimer.setSingleShot(true);
    m_pickTimer.setInterval(150);
    connect(&m_pickTimer, &QTimer::timeout, this, [this] { m_runs.request(); });
    m_runs.setBusyIndicator(m_busyLabel);
    connect(&m_runs, &RunsJob::runsRead, this, &WhatIfPanel::markUnmatchedSteps);
    connect(&m_runs, &RunsJob::finished, this, &WhatIfPanel::finished);
    restyle();
    clear();
}

WhatIfPanel::~WhatIfPanel() = default;

void WhatIfPanel::setSource(Workspace *workspace, ProcessId processId, const Process &process)
{
    if (!workspace || !processId) {
        clear();
        return;
    }
    if (processId != m_processId) {
        m_picked.clear();
        m_percents.clear();
    }
    m_processId = processId;
    m_process = process;
    m_result.reset();
    m_pickTimer.stop();
    fillSteps();
    m_pages->showMessage(tr("Reading the runs..."));
    m_runs.setSource(workspace->path(), processId);
    m_runs.request(true);
}

void WhatIfPanel::clear()
{
    m_processId = 0;
    m_process = Process();
    m_picked.clear();
    m_percents.clear();
    m_runs.clear();
    m_result.reset();
    m_pickTimer.stop();
    fillSteps();
    m_pages->showMessage(
        tr("No process open"),
        tr("Select a process on the left to see what automating its steps would save."));
}

void WhatIfPanel::setProcess(const Process &process)
{
    if (!m_processId)
        return;
    m_process = process;
    fillSteps();
    m_pickTimer.start();
}

void WhatIfPanel::reloadRuns()
{
    if (m_processId)
        m_runs.request(true);
}

void WhatIfPanel::setStepPicked(ItemId stepId, bool picked, int percent)
{
    QTreeWidgetItem *item = stepItem(stepId);
    if (!item)
        return;
    if (percent >= 0) {
        if (QSpinBox *box = percentBox(stepId))
            box->setValue(std::clamp(percent, 0, 100)); // recomputes when picked
    }
    item->setCheckState(StepColumn, picked ? Qt::Checked : Qt::Unchecked);
}

QVector<WhatIfChange> WhatIfPanel::changes() const
{
    QVector<WhatIfChange> list;
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_steps->topLevelItem(i);
        const ItemId id = item->data(StepColumn, StepIdRole).value<ItemId>();
        if (!m_picked.contains(id))
            continue;
        list.append(
            {item->text(StepColumn), double(m_percents.value(id, int(DefaultWhatIfPercent)))});
    }
    return list;
}

bool WhatIfPanel::isComputing() const
{
    return m_runs.isComputing() || m_pickTimer.isActive();
}

const WhatIfResult *WhatIfPanel::result() const
{
    return m_result && m_result->error.isEmpty() ? &m_result->figures : nullptr;
}

QString WhatIfPanel::summary() const
{
    return m_summary->text();
}

QTreeWidgetItem *WhatIfPanel::stepItem(ItemId stepId) const
{
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        if (item->data(StepColumn, StepIdRole).value<ItemId>() == stepId)
            return item;
    }
    return nullptr;
}

QSpinBox *WhatIfPanel::percentBox(ItemId stepId) const
{
    QTreeWidgetItem *item = stepItem(stepId);
    return item ? qobject_cast<QSpinBox *>(m_steps->itemWidget(item, PercentColumn)) : nullptr;
}

QCustomPlot *WhatIfPanel::plot() const
{
    return m_chart->plot();
}

QString WhatIfPanel::figureText(int row, int column) const
{
    if (row < 0 || row >= m_cells.size() || column < 0 || column >= 3)
        return {};
    return m_cells.at(row).at(column)->text();
}

void WhatIfPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_styling)
        restyle();
}

// --- the steps

void WhatIfPanel::fillSteps()
{
    m_filling = true;
    m_steps->clear();
    QSet<ItemId> listed;
    for (const Step *step : tasksInFlowOrder(m_process)) {
        const ItemId id = step->id;
        listed.insert(id);
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(StepColumn, step->name);
        item->setData(StepColumn, StepIdRole, QVariant::fromValue(id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(StepColumn, m_picked.contains(id) ? Qt::Checked : Qt::Unchecked);
        auto *box = new QSpinBox;
        box->setRange(0, 100);
        box->setSuffix(QStringLiteral("\u00a0%"));
        box->setValue(m_percents.value(id, int(DefaultWhatIfPercent)));
        box->setAccessibleName(tr("Time cut for %1").arg(step->name));
        box->setToolTip(tr("How much of the step's processing time and the waiting before it "
                           "automating it would cut"));
        box->setFrame(false);
        connect(box, qOverload<int>(&QSpinBox::valueChanged), this, [this, id](int value) {
            m_percents.insert(id, value);
            if (m_picked.contains(id))
                picksChanged();
        });
        m_steps->setItemWidget(item, PercentColumn, box);
    }
    // Forget picks of tasks that are gone.
    for (auto it = m_picked.begin(); it != m_picked.end();) {
        if (listed.contains(*it))
            ++it;
        else
            it = m_picked.erase(it);
    }
    m_filling = false;
    markUnmatchedSteps();
}

void WhatIfPanel::markUnmatchedSteps()
{
    if (!m_runs.log())
        return;
    QSet<QString> activities;
    for (const QString &activity : m_runs.log()->activities)
        activities.insert(foldedStepName(activity));
    m_filling = true;
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        const bool ran = activities.contains(foldedStepName(item->text(StepColumn)));
        item->setForeground(StepColumn,
                            ran ? QBrush() : palette().brush(QPalette::PlaceholderText));
        item->setToolTip(StepColumn,
                         ran ? QString()
                             : tr("No logged run executed this step: automating it "
                                  "saves nothing the runs show."));
    }
    m_filling = false;
}

void WhatIfPanel::picksChanged()
{
    m_pickTimer.start();
}

// --- the work

RunsJobOf<WhatIfResult>::Compute WhatIfPanel::work() const
{
    return [changes = changes(), process = m_process](const RunLog &log) {
        return computeWhatIf(log, changes, dashboardStatsOptions(process));
    };
}

void WhatIfPanel::finished()
{
    m_result = m_runs.result();
    if (!m_result->error.isEmpty()) {
        m_pages->showMessage(tr("The runs could not be read"), m_result->error);
    } else if (m_result->log->runs.isEmpty()) {
        m_pages->showMessage(tr("Nothing to replay yet"),
                             tr("What automating a step would save appears here once the process "
                                "has runs: log them by hand or import an event log."));
    } else {
        m_pages->showFigures();
        fill();
    }
    emit updated();
}

// --- the figures

void WhatIfPanel::fill()
{
    const WhatIfResult *r = result();
    if (!r)
        return;
    m_summary->setText(whatIfSummary(*r));
    fillFigures();
    fillChart();
    m_clockLabel->setText(
        m_process.slaClock == Process::SlaClock::BusinessHours
            ? tr("Durations in business hours (%1). Saved time per month: over the %2 months "
                 "from the first run's start to the last one's.")
                  .arg(processCalendar(m_process) ? processCalendar(m_process)->description()
                                                  : QString(),
                       QLocale().toString(r->months, 'f', 1))
            : tr("Saved time per month: the processing and waiting time cut, over the %1 months "
                 "from the first run's start to the last one's.")
                  .arg(QLocale().toString(r->months, 'f', 1)));
}

void WhatIfPanel::fillFigures()
{
    const WhatIfResult &r = *result();
    const RunStats &before = r.before.stats, &after = r.after.stats;
    const auto set = [this](int row, const QString &a, const QString &b, const QString &change) {
        m_cells[row][0]->setText(a);
        m_cells[row][1]->setText(b);
        m_cells[row][2]->setText(change);
    };
    const auto duration = [&](int row, double a, double b) {
        set(row, humanDuration(a), humanDuration(b), durationChange(a, b));
    };
    duration(MedianRow, before.cycleTime.p50, after.cycleTime.p50);
    duration(P90Row, before.cycleTime.p90, after.cycleTime.p90);
    duration(MeanRow, before.cycleTime.mean, after.cycleTime.mean);
    if (before.slaTargetS > 0) {
        const double points = (after.slaCompliance - before.slaCompliance) * 100.0;
        set(SlaRow, shareText(before.slaCompliance), shareText(after.slaCompliance),
            std::isnan(points) ? QStringLiteral("\u2013")
                               : tr("%1 points")
                                     .arg((points > 0 ? QStringLiteral("+") : QString())
                                          + QLocale().toString(points, 'f', 1)));
        m_cells[SlaRow][0]->setToolTip(tr("Runs within %1: %2 of %3")
                                           .arg(DurationTicker::label(double(before.slaTargetS)))
                                           .arg(before.slaMet)
                                           .arg(before.runs));
        m_cells[SlaRow][1]->setToolTip(tr("Runs within %1: %2 of %3")
                                           .arg(DurationTicker::label(double(after.slaTargetS)))
                                           .arg(after.slaMet)
                                           .arg(after.runs));
    } else {
        set(SlaRow, tr("no target"), tr("no target"), QString());
        m_cells[SlaRow][0]->setToolTip(tr("Set the process's cycle-time target in its properties"));
        m_cells[SlaRow][1]->setToolTip(QString());
    }
    const double hours = r.savedHoursPerMonth();
    if (hours > 0) {
        set(SavedRow, QString(), hoursText(hours),
            tr("%1 of work, %2 of waiting")
                .arg(hoursText(r.savedProcessingS / 3600.0 / r.months),
                     hoursText(r.savedWaitingS / 3600.0 / r.months)));
    } else {
        set(SavedRow, QString(), tr("none"), QString());
    }
}

void WhatIfPanel::fillChart()
{
    const WhatIfResult &r = *result();
    QCustomPlot *p = plot();
    p->clearPlottables();
    p->clearItems();
    const SideColors c = sideColors(palette());
    std::vector<qint64> all;
    all.reserve(size_t(r.before.cycleTimesS.size() + r.after.cycleTimesS.size()));
    for (const QVector<double> *side : {&r.before.cycleTimesS, &r.after.cycleTimesS}) {
        for (double s : *side)
            all.push_back(qint64(std::llround(s * 1000.0)));
    }
    const qint64 target = r.before.stats.slaTargetS;
    m_binS = 0;
    m_bins = histogramBins(all, target, &m_binS);
    const QVector<HistogramBin> &bins = m_bins;
    auto *group = new QCPBarsGroup(p);
    group->setSpacingType(QCPBarsGroup::stAbsolute);
    group->setSpacing(1);
    const auto addSide
        = [&](const QVector<double> &cycles, const QString &name, const QColor &color) {
              auto *bars = new QCPBars(p->xAxis, p->yAxis);
              bars->setName(name);
              bars->setWidth(m_binS * 0.44);
              bars->setPen(Qt::NoPen);
              bars->setBrush(color);
              bars->setBarsGroup(group);
              QVector<double> counts(bins.size(), 0);
              for (double s : cycles) {
                  const int i = histogramBinOf(bins, m_binS, qint64(std::llround(s * 1000.0)));
                  if (i >= 0)
                      counts[i] += 1;
              }
              double top = 0;
              for (int i = 0; i < bins.size(); ++i) {
                  bars->addData(bins.at(i).fromS + m_binS / 2, counts.at(i));
                  top = std::max(top, counts.at(i));
              }
              return top;
          };
    // As logged first: the left bar of each pair and the first entry of the legend.
    const double beforeTop = addSide(r.before.cycleTimesS, tr("As logged"), c.before);
    const double afterTop = addSide(r.after.cycleTimesS, tr("Automated"), c.after);
    const double top = std::max(beforeTop, afterTop);
    double right = bins.isEmpty() ? 3600 : bins.last().fromS + m_binS;
    if (!bins.isEmpty() && std::isinf(bins.last().toS)) {
        auto *text = new QCPItemText(p);
        text->setText(tr("\u2265 %1").arg(DurationTicker::label(bins.last().fromS)));
        text->setColor(c.text);
        text->setFont(p->xAxis->tickLabelFont());
        // Above the taller bar of the open last pair.
        double last = 0;
        for (int i = 0; i < p->plottableCount(); ++i) {
            if (auto *bars = qobject_cast<QCPBars *>(p->plottable(i));
                bars && !bars->data()->isEmpty())
                last = std::max(last, (bars->data()->constEnd() - 1)->mainValue());
        }
        text->position->setCoords(bins.last().fromS + m_binS / 2, last);
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        text->setClipToAxisRect(false);
    }
    if (target > 0) {
        right = std::max(right, double(target) * 1.05);
        auto *line = new QCPItemStraightLine(p);
        line->setPen(QPen(c.target, 1.5, Qt::DashLine));
        line->point1->setCoords(double(target), 0);
        line->point2->setCoords(double(target), 1);
        auto *text = new QCPItemText(p);
        text->setText(tr("SLA target %1").arg(DurationTicker::label(double(target))));
        text->setColor(c.target);
        text->setFont(p->xAxis->tickLabelFont());
        text->setPadding(QMargins(4, 1, 4, 1));
        QColor patch = palette().color(QPalette::Base);
        patch.setAlpha(215);
        text->setBrush(patch);
        text->position->setTypeX(QCPItemPosition::ptPlotCoords);
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(double(target), 0.0);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    p->xAxis->setRange(0, right);
    p->yAxis->setRange(0, top > 0 ? top * 1.15 : 1);
    m_chart->setNote(m_binS > 0 ? tr("bars of %1").arg(DurationTicker::label(m_binS)) : QString());
    p->replot();
}

void WhatIfPanel::restyle()
{
    m_styling = true;
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    DashboardCharts::style(plot(), palette(), font);
    plot()->legend->setBrush(palette().brush(QPalette::Base));
    m_styling = false;
    if (result() && m_pages->isShowingFigures())
        fillChart();
    else
        plot()->replot();
    markUnmatchedSteps();
}

void WhatIfPanel::hover(QMouseEvent *event)
{
    const WhatIfResult *r = result();
    QCustomPlot *p = plot();
    if (!r || m_binS <= 0 || p->plottableCount() < 2) {
        QToolTip::hideText();
        return;
    }
    const QRect area = p->axisRect()->rect();
    const QPointF pos = event->position();
    if (!area.contains(pos.toPoint())) {
        QToolTip::hideText();
        return;
    }
    const double key = p->xAxis->pixelToCoord(pos.x());
    auto *before = qobject_cast<QCPBars *>(p->plottable(0));
    auto *after = qobject_cast<QCPBars *>(p->plottable(1));
    const int i = int(std::floor(key / m_binS));
    if (!before || !after || i < 0 || i >= m_bins.size() || i >= before->data()->size()) {
        QToolTip::hideText();
        return;
    }
    const HistogramBin &bin = m_bins.at(i);
    const QString range = std::isinf(bin.toS)
        ? tr("%1 or longer").arg(humanDuration(bin.fromS))
        : tr("%1 to under %2").arg(humanDuration(bin.fromS), humanDuration(bin.toS));
    const QLocale locale;
    const QString text = QStringLiteral("<b>%1</b><br>%2: <b>%3</b><br>%4: <b>%5</b>")
                             .arg(range.toHtmlEscaped(), tr("As logged").toHtmlEscaped(),
                                  locale.toString(int(before->data()->at(i)->mainValue())),
                                  tr("Automated").toHtmlEscaped(),
                                  locale.toString(int(after->data()->at(i)->mainValue())));
    QToolTip::showText(event->globalPosition().toPoint(), text, p);
}

} // namespace Stepwise
