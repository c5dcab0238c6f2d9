#include "dashboardview.h"

#include "chartcard.h"
#include "durationticker.h"
#include "kpitile.h"

#include "analysis/statistics.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFontMetrics>
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

constexpr qint64 DayMs = Q_INT64_C(86400000);
constexpr double WeekS = 7 * 86400.0;
constexpr int MaxSteps = 15;
constexpr int MaxHandoffs = 12;

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
        // Our own connection, on this thread: a Workspace is not shared between threads.
        Workspace workspace;
        Workspace::OpenOptions options;
        options.create = false;
        options.readOnly = true;
        options.integrityCheck = false; // the window's own connection checked it
        if (!workspace.open(request.path, options)) {
            result->error = workspace.errorString();
            return result;
        }
        std::optional<RunLog> runs = workspace.loadRuns(request.processId);
        if (!runs) {
            result->error = workspace.errorString();
            return result;
        }
        log = std::make_shared<const RunLog>(std::move(*runs));
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

QString percent(double share)
{
    if (std::isnan(share))
        return QStringLiteral("\u2013");
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral("\u00a0%");
}

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

QString dayText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date(),
                              QStringLiteral("d MMM yyyy"));
}

QString weekTitle(const WeekFigures &week)
{
    return DashboardView::tr("Week of %1").arg(dayText(week.startMs));
}

double weekKey(const WeekFigures &week)
{
    return double(week.startMs) / 1000.0 + WeekS / 2;
}

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

void stylePlot(QCustomPlot *plot, const Colors &c, const QFont &font)
{
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
    plot->xAxis->setRange(weekKey(weeks.first()) - WeekS * 0.6,
                          weekKey(weeks.last()) + WeekS * 0.6);
}

double niceTop(double max)
{
    return max > 0 ? max * 1.12 : 1;
}

QString elided(const QString &text, const QFont &font, int width)
{
    return QFontMetrics(font).elidedText(text, Qt::ElideMiddle, width);
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
    m_runsTile = new KpiTile(tr("Runs"), this);
    m_runsTile->setObjectName(QStringLiteral("runsTile"));
    m_medianTile = new KpiTile(tr("Median cycle time"), this);
    m_medianTile->setObjectName(QStringLiteral("medianTile"));
    m_p90Tile = new KpiTile(tr("90th percentile"), this);
    m_p90Tile->setObjectName(QStringLiteral("p90Tile"));
    m_p90Tile->setToolTip(tr("Nine runs in ten take at most this long"));
    m_slaTile = new KpiTile(tr("SLA compliance"), this);
    m_slaTile->setObjectName(QStringLiteral("slaTile"));
    m_slaTile->setToolTip(tr("The share of runs whose cycle time is at most the target"));
    m_inProgressTile = new KpiTile(tr("In progress"), this);
    m_inProgressTile->setObjectName(QStringLiteral("inProgressTile"));
    m_inProgressTile->setToolTip(tr("Runs whose last step is not an end of the map, nor leads to "
                                    "one: still under way, or given up"));
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    for (KpiTile *tile : {m_runsTile, m_medianTile, m_p90Tile, m_slaTile, m_inProgressTile})
        tiles->addWidget(tile, 1);

    // The charts.
    const QString titles[]
        = {tr("Cycle time per week"), tr("Cycle times"),         tr("SLA compliance per week"),
           tr("Throughput per week"), tr("Where the time goes"), tr("Slowest handoffs")};
    const char *names[] = {"cycleTimeChart",  "histogramChart", "slaChart",
                           "throughputChart", "stepsChart",     "handoffsChart"};
    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    for (int i = 0; i < 6; ++i) {
        auto *card = new ChartCard(titles[i], this);
        card->setObjectName(QLatin1String(names[i]));
        m_cards.append(card);
        grid->addWidget(card, i / 2, i % 2);
        QCustomPlot *plot = card->plot();
        plot->setAttribute(Qt::WA_Hover);
        plot->setMouseTracking(true);
        plot->setAntialiasedElements(QCP::aeAll);
        plot->setNotAntialiasedElements(QCP::aeGrid | QCP::aeAxes);
        const auto chart = Chart(i);
        connect(plot, &QCustomPlot::mouseMove, this,
                [this, chart](QMouseEvent *event) { hover(chart, event); });
        connect(plot, &QCustomPlot::mouseRelease, this,
                [this, chart](QMouseEvent *event) { clicked(chart, event); });
    }
    card(Chart::Steps)
        ->setToolTip(tr("Mean waiting and processing time per step, the most first. Click a "
                        "step to show it on the map."));
    card(Chart::Handoffs)->setToolTip(tr("Mean delay between two steps, the longest first"));
    for (Chart chart : {Chart::CycleTime, Chart::Throughput, Chart::Steps, Chart::Handoffs})
        legendOnTop(plot(chart));
    // Axes that do not change with the data.
    plot(Chart::CycleTime)->xAxis->setTicker(weekTicker());
    plot(Chart::CycleTime)
        ->addLayer(QStringLiteral("front"), plot(Chart::CycleTime)->layer(QStringLiteral("main")));
    plot(Chart::CycleTime)->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new DurationTicker));
    plot(Chart::Histogram)->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new DurationTicker));
    plot(Chart::Histogram)->yAxis->setTicker(countTicker());
    plot(Chart::Histogram)->yAxis->setLabel(tr("Runs"));
    plot(Chart::Sla)->xAxis->setTicker(weekTicker());
    plot(Chart::Throughput)->xAxis->setTicker(weekTicker());
    plot(Chart::Throughput)->yAxis->setTicker(countTicker());
    plot(Chart::Throughput)->yAxis->setLabel(tr("Runs"));
    for (Chart chart : {Chart::Steps, Chart::Handoffs}) {
        QCustomPlot *p = plot(chart);
        p->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new DurationTicker));
        p->yAxis->setRangeReversed(true);
        p->yAxis->grid()->setVisible(false);
        p->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerText));
    }

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
        m_rangeLabel->setText(
            stats.firstMs == NoTime
                ? QString()
                : tr("%1 to %2 (UTC)").arg(dayText(stats.firstMs), dayText(stats.lastMs)));
    } else {
        const QString from
            = m_result->fromMs == NoTime ? tr("the first run") : dayText(m_result->fromMs);
        const QString to
            = m_result->toMs == NoTime ? tr("the last run") : dayText(m_result->toMs - 1);
        m_rangeLabel->setText(tr("%1 to %2 (UTC)").arg(from, to));
    }
    m_emptyWindowLabel->setVisible(stats.runs == 0);
    for (ChartCard *card : qAsConst(m_cards))
        card->setVisible(stats.runs > 0);
    fillTiles();
    fillCycleTime();
    fillHistogram();
    fillSla();
    fillThroughput();
    fillSteps();
    fillHandoffs();
    // Legend entries are clipped to their own box, which QCustomPlot sizes to the line height
    // of a small font without its descenders: a little room below keeps "g" and "p" whole.
    for (ChartCard *card : qAsConst(m_cards)) {
        QCPLegend *legend = card->plot()->legend;
        for (int i = 0; i < legend->itemCount(); ++i)
            legend->item(i)->setMargins(QMargins(0, 1, 0, 4));
        card->plot()->replot();
    }
}

void DashboardView::fillTiles()
{
    const Dashboard &d = *dashboard();
    const RunStats &stats = d.stats;
    const QLocale locale;
    m_runsTile->setValue(
        locale.toString(stats.runs),
        d.runsInProgress >= 0
            ? tr("%1 finished").arg(locale.toString(stats.runs - d.runsInProgress))
            : tr("%Ln event(s)", nullptr, int(std::min<qint64>(stats.events, INT_MAX))));
    if (stats.cycleTime.count > 0) {
        m_medianTile->setValue(humanDuration(stats.cycleTime.p50),
                               tr("mean %1").arg(humanDuration(stats.cycleTime.mean)));
        m_p90Tile->setValue(humanDuration(stats.cycleTime.p90),
                            tr("longest %1").arg(humanDuration(stats.cycleTime.max)));
    } else {
        m_medianTile->setValue(humanDuration(std::nan("")));
        m_p90Tile->setValue(humanDuration(std::nan("")));
    }
    if (stats.slaTargetS > 0) {
        m_slaTile->setValue(percent(stats.slaCompliance),
                            tr("%1 of %Ln run(s) within %2", nullptr, int(stats.runs))
                                .arg(locale.toString(stats.slaMet),
                                     DurationTicker::label(double(stats.slaTargetS))));
    } else {
        m_slaTile->setValue(QStringLiteral("\u2013"), tr("no target set for this process"));
    }
    if (d.runsInProgress >= 0) {
        m_inProgressTile->setValue(locale.toString(d.runsInProgress),
                                   tr("not at an end of the map"));
    } else {
        m_inProgressTile->setValue(QStringLiteral("\u2013"), tr("the map has no end step"));
    }
}

void DashboardView::fillCycleTime()
{
    const Dashboard &d = *dashboard();
    const Colors c = colorsFor(palette());
    QCustomPlot *p = plot(Chart::CycleTime);
    p->clearPlottables();
    p->clearItems();
    QVector<double> keys, p50, p90;
    double top = 0;
    for (const WeekFigures &week : d.weeks) {
        keys << weekKey(week);
        p50 << week.cycleP50;
        p90 << week.cycleP90;
        if (!std::isnan(week.cycleP90))
            top = std::max(top, week.cycleP90);
    }
    auto *p50Graph = p->addGraph();
    p50Graph->setName(tr("Median"));
    p50Graph->setPen(QPen(c.primary, 2));
    p50Graph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, c.primary, c.background, 5));
    p50Graph->setData(keys, p50, true);
    auto *p90Graph = p->addGraph();
    p90Graph->setName(tr("90th percentile"));
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
        horizontalMarker(p, double(target),
                         tr("SLA target %1").arg(DurationTicker::label(double(target))), c.target,
                         Qt::DashLine);
    }
    weekRange(p, d.weeks);
    p->yAxis->setRange(0, niceTop(top));
}

void DashboardView::fillHistogram()
{
    const Dashboard &d = *dashboard();
    const Colors c = colorsFor(palette());
    QCustomPlot *p = plot(Chart::Histogram);
    p->clearPlottables();
    p->clearItems();
    const double width = d.histogramBinS;
    auto *bars = new QCPBars(p->xAxis, p->yAxis);
    bars->setName(tr("Runs"));
    bars->setWidth(width * 0.92);
    bars->setPen(Qt::NoPen);
    bars->setBrush(c.primary);
    auto *tail = new QCPBars(p->xAxis, p->yAxis);
    tail->setName(tr("Longer"));
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
            p, tr("\u2265 %1").arg(DurationTicker::label(d.histogram.last().fromS)), c.subtle);
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
        QCPItemText *text
            = label(p, tr("SLA target %1").arg(DurationTicker::label(double(target))), c.target);
        text->position->setTypeX(QCPItemPosition::ptPlotCoords);
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(double(target), 0.0);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    card(Chart::Histogram)
        ->setNote(width > 0 ? tr("bars of %1").arg(DurationTicker::label(width)) : QString());
    p->xAxis->setRange(0, right > 0 ? right : 3600);
    p->yAxis->setRange(0, niceTop(top));
}

void DashboardView::fillSla()
{
    const Dashboard &d = *dashboard();
    const Colors c = colorsFor(palette());
    QCustomPlot *p = plot(Chart::Sla);
    p->clearPlottables();
    p->clearItems();
    weekRange(p, d.weeks);
    const qint64 target = d.stats.slaTargetS;
    card(Chart::Sla)
        ->setNote(target > 0 ? tr("runs within %1").arg(DurationTicker::label(double(target)))
                             : QString());
    p->yAxis->setRange(0, 105);
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(25);
    p->yAxis->setTicker(ticker);
    p->yAxis->setNumberFormat(QStringLiteral("f"));
    p->yAxis->setNumberPrecision(0);
    p->yAxis->setLabel(tr("% of runs"));
    if (target <= 0) {
        placeholder(p, tr("No SLA target: set the process's cycle-time target in its properties."),
                    c.subtle);
        return;
    }
    auto *bars = new QCPBars(p->xAxis, p->yAxis);
    bars->setName(tr("Within target"));
    bars->setWidth(WeekS * 0.7);
    bars->setPen(Qt::NoPen);
    bars->setBrush(c.good);
    for (const WeekFigures &week : d.weeks) {
        if (!std::isnan(week.slaCompliance))
            bars->addData(weekKey(week), week.slaCompliance * 100.0);
    }
    if (!std::isnan(d.stats.slaCompliance)) {
        horizontalMarker(p, d.stats.slaCompliance * 100.0,
                         tr("overall %1").arg(percent(d.stats.slaCompliance)), c.target,
                         Qt::DashLine);
    }
}

void DashboardView::fillThroughput()
{
    const Dashboard &d = *dashboard();
    const Colors c = colorsFor(palette());
    QCustomPlot *p = plot(Chart::Throughput);
    p->clearPlottables();
    p->clearItems();
    auto *bars = new QCPBars(p->xAxis, p->yAxis);
    bars->setName(d.runsInProgress >= 0 ? tr("Finished") : tr("Ended"));
    bars->setWidth(WeekS * 0.7);
    bars->setPen(Qt::NoPen);
    bars->setBrush(c.primary);
    auto *started = p->addGraph();
    started->setName(tr("Started"));
    started->setPen(QPen(c.secondary, 2));
    started->setLineStyle(QCPGraph::lsStepCenter);
    double top = 0;
    QVector<double> keys, starts;
    for (const WeekFigures &week : d.weeks) {
        bars->addData(weekKey(week), double(week.completed));
        keys << weekKey(week);
        starts << double(week.started);
        top = std::max({top, double(week.completed), double(week.started)});
    }
    started->setData(keys, starts, true);
    weekRange(p, d.weeks);
    p->yAxis->setRange(0, niceTop(top));
}

void DashboardView::fillSteps()
{
    const Dashboard &d = *dashboard();
    const Colors c = colorsFor(palette());
    ChartCard *stepsCard = card(Chart::Steps);
    QCustomPlot *p = plot(Chart::Steps);
    p->clearPlottables();
    p->clearItems();
    const int shown = std::min<int>(MaxSteps, int(d.steps.size()));
    auto *waiting = new QCPBars(p->yAxis, p->xAxis);
    waiting->setName(tr("Waiting"));
    waiting->setBrush(c.waiting);
    auto *processing = new QCPBars(p->yAxis, p->xAxis);
    processing->setName(tr("Processing"));
    processing->setBrush(c.primary);
    processing->moveAbove(waiting);
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(p->yAxis->ticker());
    ticker->clear();
    m_stepNames.clear();
    double right = 0;
    for (int i = 0; i < shown; ++i) {
        const StepLoad &step = d.steps.at(i);
        waiting->addData(i, step.waitingS);
        processing->addData(i, step.processingS);
        ticker->addTick(i, elided(step.name, p->yAxis->tickLabelFont(), 240));
        m_stepNames << step.name;
        right = std::max(right, step.totalS());
    }
    for (QCPBars *bars : {waiting, processing}) {
        bars->setWidth(0.66);
        bars->setPen(Qt::NoPen);
    }
    if (shown == 0)
        placeholder(p, tr("No step was executed in this window."), c.subtle);
    stepsCard->setNote(d.steps.size() > shown
                           ? tr("the %1 of %2 steps with the most time, mean per execution")
                                 .arg(shown)
                                 .arg(d.steps.size())
                           : tr("mean per execution"));
    p->yAxis->setRange(-0.6, std::max(shown, 1) - 0.4);
    p->xAxis->setRange(0, niceTop(right));
    p->setMinimumHeight(std::max(240, 70 + 26 * shown));
}

void DashboardView::fillHandoffs()
{
    const Dashboard &d = *dashboard();
    const Colors c = colorsFor(palette());
    QCustomPlot *p = plot(Chart::Handoffs);
    p->clearPlottables();
    p->clearItems();
    const int shown = std::min<int>(MaxHandoffs, int(d.handoffs.size()));
    auto *same = new QCPBars(p->yAxis, p->xAxis);
    same->setName(tr("Same owner"));
    same->setBrush(c.sameOwner);
    auto *changes = new QCPBars(p->yAxis, p->xAxis);
    changes->setName(tr("Owner changes"));
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
        placeholder(p, tr("No handoff was taken in this window."), c.subtle);
    card(Chart::Handoffs)
        ->setNote(d.handoffs.size() > shown
                      ? tr("the %1 slowest of %2, mean delay").arg(shown).arg(d.handoffs.size())
                      : tr("mean delay"));
    p->yAxis->setRange(-0.6, std::max(shown, 1) - 0.4);
    p->xAxis->setRange(0, niceTop(right));
    p->setMinimumHeight(std::max(240, 70 + 36 * shown));
}

void DashboardView::styleAll()
{
    m_styling = true;
    const Colors c = colorsFor(palette());
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    for (ChartCard *card : qAsConst(m_cards))
        stylePlot(card->plot(), c, font);
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
    const double index = std::round((key - weekKey(d->weeks.first())) / WeekS);
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
                                  percent(w.slaCompliance)));
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
                                                         percent(share)));
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
        if (i < 0 || i >= std::min<int>(MaxHandoffs, int(d->handoffs.size())))
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
