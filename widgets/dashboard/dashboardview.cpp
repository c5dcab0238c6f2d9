#include "dashboardview.h"

#include "chartcard.h"
#include "durationticker.h"
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
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <qcustomplot.h>

#include <algorithm>
#include <climits>
#include <cmath>

namespace Stepwise {

/// What the worker hands back: the runs it read (kept for the next window) and their figures.
struct DashboardResult
{
    int generation = 0;
    int sourceGeneration = 0;
    std::shared_ptr<const RunLog> log;
    QString error; ///< the runs could not be read
    qint64 fromMs = NoTime;
    qint64 toMs = NoTime;
    Dashboard dashboard;
};

namespace {

constexpr double WeekS = 7 * 86400.0;

/// What the worker needs, copied: it never touches the view.
struct Request
{
    int generation = 0;
    int sourceGeneration = 0;
    QString path;
    ProcessId processId = 0;
    std::shared_ptr<const RunLog> log;
    Process process;
    DashboardView::Window window = DashboardView::Window::All;
    QDate from;
    QDate to;
};

std::shared_ptr<DashboardResult> compute(const Request &request)
{
    auto result = std::make_shared<DashboardResult>();
    result->generation = request.generation;
    result->sourceGeneration = request.sourceGeneration;
    std::shared_ptr<const RunLog> log = request.log;
    if (!log) {
        log = readRunsOnThisThread(request.path, request.processId, &result->error);
        if (!log)
            return result;
    }
    result->log = log;

    QPair<qint64, qint64> window {NoTime, NoTime};
    switch (request.window) {
    case DashboardView::Window::Last30Days:
        window = lastDaysWindow(latestTimestampMs(*log), 30);
        break;
    case DashboardView::Window::Last90Days:
        window = lastDaysWindow(latestTimestampMs(*log), 90);
        break;
    case DashboardView::Window::Last365Days:
        window = lastDaysWindow(latestTimestampMs(*log), 365);
        break;
    case DashboardView::Window::All:
        break;
    case DashboardView::Window::Custom:
        if (request.from.isValid())
            window.first = request.from.startOfDay(Qt::UTC).toMSecsSinceEpoch();
        if (request.to.isValid())
            window.second = request.to.addDays(1).startOfDay(Qt::UTC).toMSecsSinceEpoch();
        break;
    }
    result->fromMs = window.first;
    result->toMs = window.second;
    StatsOptions options = dashboardStatsOptions(request.process);
    options.fromMs = window.first;
    options.toMs = window.second;
    result->dashboard = computeDashboard(*log, options, &request.process);
    return result;
}

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

DashboardView::DashboardView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardView"));
    setAccessibleName(tr("Dashboard"));

    // The window.
    auto *windowLabel = new QLabel(tr("&Runs started in:"), this);
    m_windowCombo = new QComboBox(this);
    m_windowCombo->setObjectName(QStringLiteral("windowCombo"));
    m_windowCombo->addItem(tr("The last 30 days"), int(Window::Last30Days));
    m_windowCombo->addItem(tr("The last 90 days"), int(Window::Last90Days));
    m_windowCombo->addItem(tr("The last 365 days"), int(Window::Last365Days));
    m_windowCombo->addItem(tr("All time"), int(Window::All));
    m_windowCombo->addItem(tr("Custom dates"), int(Window::Custom));
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
    connect(&m_processTimer, &QTimer::timeout, this, [this] { request(false); });

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
        plot->setAttribute(Qt::WA_Hover);
        plot->setMouseTracking(true);
        plot->setAntialiasedElements(QCP::aeAll);
        plot->setNotAntialiasedElements(QCP::aeGrid | QCP::aeAxes);
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

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(40);
    m_message->setTextFormat(Qt::RichText);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_message);
    m_pages->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DashboardView::finished);
    styleAll();
    clear();
}

DashboardView::~DashboardView()
{
    // The worker holds copies only; its result, if any, is dropped.
    m_watcher.disconnect(this);
}

void DashboardView::setSource(Workspace *workspace, ProcessId processId, const Process &process)
{
    if (!workspace || !processId) {
        clear();
        return;
    }
    m_workspacePath = workspace->path();
    m_processId = processId;
    m_process = process;
    m_result.reset();
    m_processTimer.stop();
    showMessage(tr("Reading the runs..."), {});
    request(true);
}

void DashboardView::clear()
{
    m_workspacePath.clear();
    m_processId = 0;
    m_process = Process();
    m_log.reset();
    m_result.reset();
    m_processTimer.stop();
    ++m_generation;
    ++m_sourceGeneration;
    m_stale = false;
    m_pending = false;
    m_busyLabel->hide();
    showMessage(tr("No process open"), tr("Select a process on the left to see its dashboard."));
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
        request(true);
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
    request(false);
}

bool DashboardView::isComputing() const
{
    return m_running || m_pending || m_stale;
}

const Dashboard *DashboardView::dashboard() const
{
    return m_result && m_result->error.isEmpty() ? &m_result->dashboard : nullptr;
}

qint64 DashboardView::windowFromMs() const
{
    return m_result ? m_result->fromMs : NoTime;
}

qint64 DashboardView::windowToMs() const
{
    return m_result ? m_result->toMs : NoTime;
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

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        start();
    }
}

void DashboardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_styling)
        restyle();
}

// --- the work

void DashboardView::request(bool reread)
{
    if (!m_processId)
        return;
    ++m_generation;
    if (reread) {
        m_log.reset();
        ++m_sourceGeneration;
    }
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_watcher.isRunning()) {
        m_pending = true; // started when the running one is done
        return;
    }
    start();
}

void DashboardView::start()
{
    m_pending = false;
    if (!m_processId)
        return;
    Request request;
    request.generation = m_generation;
    request.sourceGeneration = m_sourceGeneration;
    request.path = m_workspacePath;
    request.processId = m_processId;
    request.log = m_log;
    request.process = m_process;
    request.window = m_window;
    request.from = m_customFrom;
    request.to = m_customTo;
    m_running = true;
    m_busyLabel->show();
    m_watcher.setFuture(QtConcurrent::run(compute, request));
}

void DashboardView::finished()
{
    m_running = false;
    const std::shared_ptr<DashboardResult> result = m_watcher.result();
    if (result->sourceGeneration == m_sourceGeneration && result->log)
        m_log = result->log; // the same runs: the next window need not read them again
    if (result->generation != m_generation) {
        // Overtaken by a newer request while it ran.
        m_pending = false;
        if (m_processId && isVisible()) {
            start();
        } else {
            m_stale = m_processId != 0;
            m_busyLabel->hide();
        }
        return;
    }
    m_busyLabel->hide();
    m_result = result;
    if (!result->error.isEmpty()) {
        showMessage(tr("The runs could not be read"), result->error);
        emit updated();
        return;
    }
    if (result->log->runs.isEmpty()) {
        showMessage(tr("Nothing to measure yet"),
                    tr("Cycle time, SLA compliance, waiting versus working time and bottlenecks "
                       "appear here once the process has runs: log them by hand or import an "
                       "event log."));
        emit updated();
        return;
    }
    m_pages->setCurrentIndex(int(Page::Dashboard));
    fill();
    emit updated();
}

void DashboardView::showMessage(const QString &title, const QString &text)
{
    m_message->setText(QStringLiteral("<p style='font-size:large'><b>%1</b></p><p>%2</p>")
                           .arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
    m_pages->setCurrentIndex(int(Page::Message));
}

void DashboardView::windowChosen(int index)
{
    const auto window = Window(m_windowCombo->itemData(index).toInt());
    const bool custom = window == Window::Custom;
    if (custom && window != m_window) {
        // Start from what is on screen.
        QDate from = m_customFrom, to = m_customTo;
        if (m_result && m_result->error.isEmpty()) {
            const RunStats &stats = m_result->dashboard.stats;
            const qint64 first = m_result->fromMs != NoTime ? m_result->fromMs : stats.firstMs;
            const qint64 last = m_result->toMs != NoTime ? m_result->toMs - 1 : stats.lastMs;
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
    request(false);
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
    request(false);
}

// --- the charts

void DashboardView::fill()
{
    if (!dashboard())
        return;
    const Dashboard &d = *dashboard();
    const RunStats &stats = d.stats;
    const QLocale locale;
    if (m_result->fromMs == NoTime && m_result->toMs == NoTime) {
        m_rangeLabel->setText(stats.firstMs == NoTime
                                  ? QString()
                                  : tr("%1 to %2 (UTC)")
                                        .arg(DashboardCharts::dayText(stats.firstMs),
                                             DashboardCharts::dayText(stats.lastMs)));
    } else {
        const QString from = m_result->fromMs == NoTime
            ? tr("the first run")
            : DashboardCharts::dayText(m_result->fromMs);
        const QString to = m_result->toMs == NoTime ? tr("the last run")
                                                    : DashboardCharts::dayText(m_result->toMs - 1);
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
    if (dashboard() && m_pages->currentIndex() == int(Page::Dashboard))
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
