#include "dashboardview.h"

#include "chartcard.h"
#include "durationticker.h"
#include "figurespages.h"
#include "kpitile.h"

#include "analysis/statistics.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <climits>
#include <cmath>

namespace Stepwise {

namespace {

constexpr double WeekS = 7 * 86400.0;

// --- text

/// Every unit down to the minute (or the second below ten minutes): "2 d 9 h 36 min".
QString exactDuration(double seconds)
{
    if (std::isnan(seconds))
        return QStringLiteral("\u2013");
    qint64 s = qint64(std::llround(seconds));
    if (s < 600)
        return humanDuration(seconds);
    s = (s + 30) / 60 * 60; // to the minute
    const qint64 days = s / 86400, hours = s % 86400 / 3600, minutes = s % 3600 / 60;
    QStringList parts;
    if (days)
        parts << DashboardView::tr("%1 d").arg(days);
    if (hours)
        parts << DashboardView::tr("%1 h").arg(hours);
    if (minutes)
        parts << DashboardView::tr("%1 min").arg(minutes);
    return parts.join(QLatin1Char(' '));
}

/// humanDuration(), and the exact figure after it where that one rounds.
QString durationWithExact(double seconds)
{
    const QString human = humanDuration(seconds);
    const QString exact = exactDuration(seconds);
    return human == exact ? human : QStringLiteral("%1 (%2)").arg(human, exact);
}

QString weekTitle(const WeekFigures &week)
{
    return DashboardView::tr("Week of %1").arg(DashboardCharts::dayText(week.startMs));
}

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent), m_runs(this, [this] { return work(); })
{
    setObjectName(QStringLiteral("dashboardView"));
    setAccessibleName(tr("Dashboard"));

    // The window.
    auto *windowLabel = new QLabel(tr("&Runs started in:"), this);
    m_windowCombo = new QComboBox(this);
    m_windowCombo->setObjectName(QStringLiteral("windowCombo"));
    addWindowItems(m_windowCombo);
    m_windowCombo->setToolTip(tr("Which runs count: by the day they started, up to the latest "
                                 "run of the process (UTC)"));
    m_windowCombo->setCurrentIndex(m_windowCombo->findData(int(m_window)));
    windowLabel->setBuddy(m_windowCombo);
    m_fromEdit = new QDateEdit(this);
    m_toEdit = new QDateEdit(this);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setTimeSpec(Qt::UTC);
        edit->hide();
        connect(edit, &QDateEdit::dateChanged, this, [this] { m_datesTimer.start(); });
    }
    m_fromEdit->setObjectName(QStringLiteral("fromDate"));
    m_fromEdit->setAccessibleName(tr("First day"));
    m_toEdit->setObjectName(QStringLiteral("toDate"));
    m_toEdit->setAccessibleName(tr("Last day"));
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    m_rangeLabel->setForegroundRole(QPalette::PlaceholderText);
    m_busyLabel = new QLabel(tr("Computing..."), this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_busyLabel->hide();
    connect(m_windowCombo, &QComboBox::activated, this, &DashboardView::windowChosen);
    m_datesTimer.setSingleShot(true);
    m_datesTimer.setInterval(300);
    connect(&m_datesTimer, &QTimer::timeout, this, &DashboardView::customDatesEdited);
    m_processTimer.setSingleShot(true);
    m_processTimer.setInterval(400);
    connect(&m_processTimer, &QTimer::timeout, this, [this] { m_runs.request(); });

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(windowLabel);
    bar->addWidget(m_windowCombo);
    bar->addWidget(m_fromEdit);
    bar->addWidget(m_toEdit);
    bar->addSpacing(8);
    bar->addWidget(m_rangeLabel);
    bar->addStretch(1);
    bar->addWidget(m_busyLabel);

    // The key figures.
    using Kpi = DashboardCharts::Kpi;
    const auto tile = [this](Kpi kpi, const char *name) {
        auto *tile = new KpiTile(DashboardCharts::kpiTitle(kpi), this);
        tile->setObjectName(QLatin1String(name));
        tile->setToolTip(DashboardCharts::kpiToolTip(kpi));
        return tile;
    };
    m_runsTile = tile(Kpi::Runs, "runsTile");
    m_medianTile = tile(Kpi::MedianCycleTime, "medianTile");
    m_p90Tile = tile(Kpi::P90CycleTime, "p90Tile");
    m_slaTile = tile(Kpi::SlaCompliance, "slaTile");
    m_inProgressTile = tile(Kpi::InProgress, "inProgressTile");
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    for (KpiTile *tile : {m_runsTile, m_medianTile, m_p90Tile, m_slaTile, m_inProgressTile})
        tiles->addWidget(tile, 1);

    // The charts.
    const char *names[] = {"cycleTimeChart",  "histogramChart", "slaChart",
                           "throughputChart", "stepsChart",     "handoffsChart"};
    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    for (int i = 0; i < DashboardCharts::ChartCount; ++i) {
        const auto chart = Chart(i);
        auto *card = new ChartCard(DashboardCharts::chartTitle(chart), this);
        card->setObjectName(QLatin1String(names[i]));
        m_cards.append(card);
        grid->addWidget(card, i / 2, i % 2);
        QCustomPlot *plot = card->plot();
        DashboardCharts::setUp(plot, chart);
        connect(plot, &QCustomPlot::mouseMove, this,
                [this, chart](QMouseEvent *event) { hover(chart, event); });
        connect(plot, &QCustomPlot::mouseRelease, this,
                [this, chart](QMouseEvent *event) { clicked(chart, event); });
    }
    card(Chart::Steps)
        ->setToolTip(tr("Mean waiting and processing time per step, the most first. Click a "
                        "step to show it on the map."));
    card(Chart::Handoffs)->setToolTip(tr("Mean delay between two steps, the longest first"));

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(12, 8, 12, 12);
    contentLayout->setSpacing(10);
    m_emptyWindowLabel = new QLabel(content);
    m_emptyWindowLabel->setObjectName(QStringLiteral("emptyWindowLabel"));
    m_emptyWindowLabel->setText(tr("No run started in this window: choose a longer one."));
    m_emptyWindowLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyWindowLabel->hide();
    contentLayout->addLayout(tiles);
    contentLayout->addWidget(m_emptyWindowLabel);
    contentLayout->addLayout(grid, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    auto *barHolder = new QWidget(page);
    barHolder->setLayout(bar);
    bar->setContentsMargins(12, 8, 12, 4);
    pageLayout->addWidget(barHolder);
    pageLayout->addWidget(scroll, 1);

    m_pages = new FiguresPages(page, QStringLiteral("dashboardMessage"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_runs.setBusyIndicator(m_busyLabel);
    connect(&m_runs, &RunsJob::finished, this, &DashboardView::finished);
    styleAll();
    clear();
}

DashboardView::~DashboardView() = default;

void DashboardView::setSource(Workspace *workspace, ProcessId processId, const Process &process)
{
    if (!workspace || !processId) {
        clear();
        return;
    }
    m_processId = processId;
    m_process = process;
    m_result.reset();
    m_processTimer.stop();
    m_pages->showMessage(tr("Reading the runs..."));
    m_runs.setSource(workspace->path(), processId);
    m_runs.request(true);
}

void DashboardView::clear()
{
    m_processId = 0;
    m_process = Process();
    m_runs.clear();
    m_result.reset();
    m_processTimer.stop();
    m_pages->showMessage(tr("No process open"),
                         tr("Select a process on the left to see its dashboard."));
}

void DashboardView::setProcess(const Process &process)
{
    if (!m_processId)
        return;
    m_process = process;
    m_processTimer.start();
}

void DashboardView::reloadRuns()
{
    if (m_processId)
        m_runs.request(true);
}

void DashboardView::setWindow(Window window)
{
    m_windowCombo->setCurrentIndex(m_windowCombo->findData(int(window)));
    windowChosen(m_windowCombo->currentIndex());
}

void DashboardView::setCustomRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_fromEdit), blockTo(m_toEdit);
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    m_customFrom = from;
    m_customTo = to;
    m_windowCombo->setCurrentIndex(m_windowCombo->findData(int(Window::Custom)));
    m_window = Window::Custom;
    m_fromEdit->show();
    m_toEdit->show();
    m_runs.request();
}

bool DashboardView::isComputing() const
{
    return m_runs.isComputing();
}

const Dashboard *DashboardView::dashboard() const
{
    return m_result && m_result->error.isEmpty() ? &m_result->figures.dashboard : nullptr;
}

qint64 DashboardView::windowFromMs() const
{
    return m_result ? m_result->figures.fromMs : NoTime;
}

qint64 DashboardView::windowToMs() const
{
    return m_result ? m_result->figures.toMs : NoTime;
}

ChartCard *DashboardView::card(Chart chart) const
{
    return m_cards.at(int(chart));
}

QCustomPlot *DashboardView::plot(Chart chart) const
{
    return card(chart)->plot();
}

bool DashboardView::exportChart(Chart chart, const QString &path) const
{
    return card(chart)->exportTo(path);
}

void DashboardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_styling)
        restyle();
}

void DashboardView::addWindowItems(QComboBox *combo)
{
    combo->addItem(tr("The last 30 days"), int(Window::Last30Days));
    combo->addItem(tr("The last 90 days"), int(Window::Last90Days));
    combo->addItem(tr("The last 365 days"), int(Window::Last365Days));
    combo->addItem(tr("All time"), int(Window::All));
    combo->addItem(tr("Custom dates"), int(Window::Custom));
}

// --- the work

RunsJobOf<DashboardView::Figures>::Compute DashboardView::work() const
{
    return [process = m_process, window = m_window, from = m_customFrom,
            to = m_customTo](const RunLog &log) {
        Figures figures;
        const QPair<qint64, qint64> range = dateWindowMs(window, latestTimestampMs(log), from, to);
        figures.fromMs = range.first;
        figures.toMs = range.second;
        StatsOptions options = dashboardStatsOptions(process);
        options.fromMs = range.first;
        options.toMs = range.second;
        figures.dashboard = computeDashboard(log, options, &process);
        return figures;
    };
}

void DashboardView::finished()
{
    m_result = m_runs.result();
    if (!m_result->error.isEmpty()) {
        m_pages->showMessage(tr("The runs could not be read"), m_result->error);
    } else if (m_result->log->runs.isEmpty()) {
        m_pages->showMessage(
            tr("Nothing to measure yet"),
            tr("Cycle time, SLA compliance, waiting versus working time and bottlenecks "
               "appear here once the process has runs: log them by hand or import an "
               "event log."));
    } else {
        m_pages->showFigures();
        fill();
    }
    emit updated();
}

void DashboardView::windowChosen(int index)
{
    const auto window = Window(m_windowCombo->itemData(index).toInt());
    const bool custom = window == Window::Custom;
    if (custom && window != m_window) {
        // Start from what is on screen.
        QDate from = m_customFrom, to = m_customTo;
        if (m_result && m_result->error.isEmpty()) {
            const RunStats &stats = m_result->figures.dashboard.stats;
            const qint64 first
                = m_result->figures.fromMs != NoTime ? m_result->figures.fromMs : stats.firstMs;
            const qint64 last
                = m_result->figures.toMs != NoTime ? m_result->figures.toMs - 1 : stats.lastMs;
            if (first != NoTime)
                from = QDateTime::fromMSecsSinceEpoch(first, Qt::UTC).date();
            if (last != NoTime)
                to = QDateTime::fromMSecsSinceEpoch(last, Qt::UTC).date();
        }
        if (!from.isValid())
            from = QDate::currentDate().addDays(-90);
        if (!to.isValid())
            to = QDate::currentDate();
        const QSignalBlocker blockFrom(m_fromEdit), blockTo(m_toEdit);
        m_fromEdit->setDate(from);
        m_toEdit->setDate(to);
        m_customFrom = from;
        m_customTo = to;
    }
    m_fromEdit->setVisible(custom);
    m_toEdit->setVisible(custom);
    if (window == m_window)
        return;
    m_window = window;
    m_runs.request();
}

void DashboardView::customDatesEdited()
{
    QDate from = m_fromEdit->date(), to = m_toEdit->date();
    if (from > to)
        std::swap(from, to);
    if (from == m_customFrom && to == m_customTo && m_window == Window::Custom)
        return;
    m_customFrom = from;
    m_customTo = to;
    m_window = Window::Custom;
    m_runs.request();
}

// --- the charts

void DashboardView::fill()
{
    if (!dashboard())
        return;
    const Dashboard &d = *dashboard();
    const RunStats &stats = d.stats;
    const QLocale locale;
    if (m_result->figures.fromMs == NoTime && m_result->figures.toMs == NoTime) {
        m_rangeLabel->setText(stats.firstMs == NoTime
                                  ? QString()
                                  : tr("%1 to %2 (UTC)")
                                        .arg(DashboardCharts::dayText(stats.firstMs),
                                             DashboardCharts::dayText(stats.lastMs)));
    } else {
        const QString from = m_result->figures.fromMs == NoTime
            ? tr("the first run")
            : DashboardCharts::dayText(m_result->figures.fromMs);
        const QString to = m_result->figures.toMs == NoTime
            ? tr("the last run")
            : DashboardCharts::dayText(m_result->figures.toMs - 1);
        m_rangeLabel->setText(tr("%1 to %2 (UTC)").arg(from, to));
    }
    m_emptyWindowLabel->setVisible(stats.runs == 0);
    for (ChartCard *card : qAsConst(m_cards))
        card->setVisible(stats.runs > 0);
    fillTiles();
    for (int i = 0; i < DashboardCharts::ChartCount; ++i) {
        const auto chart = Chart(i);
        ChartCard *card = m_cards.at(i);
        card->setNote(DashboardCharts::fill(card->plot(), chart, d, palette()));
        card->plot()->setMinimumHeight(DashboardCharts::minimumHeight(chart, d));
        card->plot()->replot();
    }
    m_stepNames = DashboardCharts::stepNames(d);
}

void DashboardView::fillTiles()
{
    const Dashboard &d = *dashboard();
    using Kpi = DashboardCharts::Kpi;
    const auto show = [&d](KpiTile *tile, Kpi kpi) {
        const DashboardCharts::KpiText text = DashboardCharts::kpiText(kpi, d);
        tile->setValue(text.value, text.note);
    };
    show(m_runsTile, Kpi::Runs);
    show(m_medianTile, Kpi::MedianCycleTime);
    show(m_p90Tile, Kpi::P90CycleTime);
    show(m_slaTile, Kpi::SlaCompliance);
    show(m_inProgressTile, Kpi::InProgress);
}

void DashboardView::styleAll()
{
    m_styling = true;
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    for (ChartCard *card : qAsConst(m_cards))
        DashboardCharts::style(card->plot(), palette(), font);
    m_styling = false;
}

void DashboardView::restyle()
{
    styleAll();
    if (dashboard() && m_pages->isShowingFigures())
        fill();
    else
        for (ChartCard *card : qAsConst(m_cards))
            card->plot()->replot();
}

// --- pointing

int DashboardView::weekAt(QCustomPlot *plot, double x) const
{
    const Dashboard *d = dashboard();
    if (!d || d->weeks.isEmpty())
        return -1;
    const double key = plot->xAxis->pixelToCoord(x);
    const double index = std::round((key - DashboardCharts::weekKey(d->weeks.first())) / WeekS);
    return index >= 0 && index < d->weeks.size() ? int(index) : -1;
}

QString DashboardView::toolTip(Chart chart, const QPointF &pos) const
{
    const Dashboard *d = dashboard();
    QCustomPlot *p = plot(chart);
    const QRect area = p->axisRect()->rect();
    // Bars of steps and handoffs answer on their names too, left of the axis.
    const bool rows = chart == Chart::Steps || chart == Chart::Handoffs;
    if (!d || pos.y() < area.top() || pos.y() > area.bottom() || pos.x() > area.right()
        || (!rows && pos.x() < area.left()))
        return {};
    const QLocale locale;
    const auto line = [](const QString &name, const QString &value) {
        return QStringLiteral("<br>%1: <b>%2</b>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    switch (chart) {
    case Chart::CycleTime:
    case Chart::Sla:
    case Chart::Throughput: {
        const int i = weekAt(p, pos.x());
        if (i < 0)
            return {};
        const WeekFigures &w = d->weeks.at(i);
        QString text = QStringLiteral("<b>%1</b>").arg(weekTitle(w).toHtmlEscaped());
        if (chart == Chart::CycleTime) {
            if (w.started == 0)
                return text + QStringLiteral("<br>") + tr("No run started").toHtmlEscaped();
            text += line(tr("Median"), durationWithExact(w.cycleP50));
            text += line(tr("90th percentile"), durationWithExact(w.cycleP90));
            text += line(tr("Runs started"), locale.toString(w.started));
        } else if (chart == Chart::Sla) {
            if (d->stats.slaTargetS <= 0)
                return {};
            if (w.started == 0)
                return text + QStringLiteral("<br>") + tr("No run started").toHtmlEscaped();
            text += line(tr("Within %1").arg(DurationTicker::label(double(d->stats.slaTargetS))),
                         tr("%1 of %2 runs (%3)")
                             .arg(locale.toString(w.slaMet), locale.toString(w.started),
                                  DashboardCharts::percent(w.slaCompliance)));
        } else {
            text += line(d->runsInProgress >= 0 ? tr("Finished") : tr("Ended"),
                         locale.toString(w.completed));
            text += line(tr("Started"), locale.toString(w.started));
        }
        return text;
    }
    case Chart::Histogram: {
        const double key = p->xAxis->pixelToCoord(pos.x());
        for (const HistogramBin &bin : d->histogram) {
            if (key >= bin.fromS && key < bin.fromS + d->histogramBinS) {
                const QString range = std::isinf(bin.toS)
                    ? tr("%1 or longer").arg(exactDuration(bin.fromS))
                    : tr("%1 to under %2").arg(exactDuration(bin.fromS), exactDuration(bin.toS));
                const double share = d->stats.cycleTime.count
                    ? double(bin.runs) / double(d->stats.cycleTime.count)
                    : std::nan("");
                return QStringLiteral("<b>%1</b>").arg(range.toHtmlEscaped())
                    + line(tr("Runs"),
                           QStringLiteral("%1 (%2)").arg(locale.toString(bin.runs),
                                                         DashboardCharts::percent(share)));
            }
        }
        return {};
    }
    case Chart::Steps:
    case Chart::Handoffs: {
        const double key = p->yAxis->pixelToCoord(pos.y());
        const int i = int(std::round(key));
        if (std::abs(key - i) > 0.45)
            return {};
        if (chart == Chart::Steps) {
            if (i < 0 || i >= m_stepNames.size())
                return {};
            const StepLoad &s = d->steps.at(i);
            QString text = QStringLiteral("<b>%1</b>").arg(s.name.toHtmlEscaped());
            text += line(tr("Waiting, mean"),
                         s.hasWaiting ? durationWithExact(s.waitingS) : tr("none before it"));
            text += line(tr("Processing, mean"),
                         s.hasProcessing ? durationWithExact(s.processingS) : tr("no start times"));
            text += line(tr("Executions"), locale.toString(s.executions));
            return text
                + QStringLiteral("<br><i>%1</i>")
                      .arg(tr("Click to show it on the map").toHtmlEscaped());
        }
        if (i < 0 || i >= std::min<int>(DashboardCharts::MaxHandoffs, int(d->handoffs.size())))
            return {};
        const HandoffDelay &h = d->handoffs.at(i);
        QString text = QStringLiteral("<b>%1 \u2192 %2</b>")
                           .arg(h.from.toHtmlEscaped(), h.to.toHtmlEscaped());
        text += line(tr("Mean delay"), durationWithExact(h.meanS));
        text += line(tr("Median delay"), durationWithExact(h.p50S));
        text += line(tr("Taken"),
                     tr("%Ln time(s)", nullptr, int(std::min<qint64>(h.count, INT_MAX))));
        text += QStringLiteral("<br>")
            + (h.ownerChange ? tr("The work changes owner here") : tr("The same owner goes on"))
                  .toHtmlEscaped();
        if (!h.designed)
            text += QStringLiteral("<br><i>%1</i>")
                        .arg(tr("Not a handoff of the map").toHtmlEscaped());
        return text;
    }
    }
    return {};
}

void DashboardView::hover(Chart chart, QMouseEvent *event)
{
    QCustomPlot *p = plot(chart);
    const QString text = toolTip(chart, event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, p);
    if (chart == Chart::Steps) {
        if (!text.isEmpty())
            p->setCursor(Qt::PointingHandCursor);
        else
            p->unsetCursor();
    }
}

void DashboardView::clicked(Chart chart, QMouseEvent *event)
{
    if (chart != Chart::Steps || event->button() != Qt::LeftButton || !dashboard())
        return;
    QCustomPlot *p = plot(chart);
    const QRect area = p->axisRect()->rect();
    // The bar, or its row, or the step's name left of it.
    const QPointF pos = event->position();
    if (pos.y() < area.top() || pos.y() > area.bottom() || pos.x() > area.right())
        return;
    const double key = p->yAxis->pixelToCoord(pos.y());
    const int i = int(std::round(key));
    if (std::abs(key - i) > 0.45 || i < 0 || i >= m_stepNames.size())
        return;
    emit stepActivated(m_stepNames.at(i));
}

} // namespace Stepwise
