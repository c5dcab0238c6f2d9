#include "improveview.h"

#include "dashboard/chartcard.h"
#include "dashboard/dashboardcharts.h"
#include "dashboard/figurespages.h"

#include "analysis/dashboard.h"
#include "analysis/statistics.h"
#include "process/processdocument.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMouseEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace Stepwise {

namespace {

// --- colours: the dashboard's, from the palette, so light and dark both read

QColor blend(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor quadrantColor(ImpactQuadrant quadrant, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (quadrant) {
    case ImpactQuadrant::QuickWin:
        return dark ? QColor(0x4c, 0xc9, 0x8a) : QColor(0x22, 0x8b, 0x55);
    case ImpactQuadrant::BigBet:
        return dark ? QColor(0x5c, 0xa8, 0xff) : QColor(0x1f, 0x6f, 0xd1);
    case ImpactQuadrant::FillIn:
        return blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.5);
    case ImpactQuadrant::MoneyPit:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x32, 0x32);
    case ImpactQuadrant::NotEstimated:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QColor fixFirstBackground(const QPalette &palette)
{
    const QColor warning = isDark(palette) ? QColor(0xf2, 0xb8, 0x4b) : QColor(0xf0, 0xa2, 0x1c);
    return blend(palette.color(QPalette::Base), warning, isDark(palette) ? 0.13 : 0.16);
}

// --- text

// "1,579 h", "2.5 h", "25 min": a cell of hours a month or of effort.
QString hoursCell(double hours)
{
    if (std::isnan(hours))
        return QStringLiteral("\u2013");
    if (hours <= 0)
        return ImproveView::tr("0 h");
    if (hours < 1.0)
        return ImproveView::tr("%1 min").arg(std::max(1, int(std::lround(hours * 60.0))));
    const QLocale locale;
    return ImproveView::tr("%1 h").arg(locale.toString(hours, 'f', hours < 10.0 ? 1 : 0));
}

QString decisionText(Step::Automation state)
{
    switch (state) {
    case Step::Automation::Manual:
    case Step::Automation::Candidate:
        return ImproveView::tr("Not decided");
    case Step::Automation::Planned:
        return ImproveView::tr("Planned");
    case Step::Automation::Automated:
        return ImproveView::tr("Automated");
    case Step::Automation::Rejected:
        return ImproveView::tr("Rejected");
    }
    return {};
}

constexpr int PointHitPx = 12;

} // namespace

ImproveView::ImproveView(QWidget *parent) : QWidget(parent), m_runs(this, [this] { return work(); })
{
    setObjectName(QStringLiteral("improveView"));
    setAccessibleName(tr("Improve"));

    // What to fix first.
    auto *title = new QLabel(tr("What to fix first"), this);
    title->setObjectName(QStringLiteral("summaryTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    title->setFont(titleFont);
    m_busyLabel = new QLabel(tr("Computing..."), this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_busyLabel->hide();
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    titleRow->addWidget(m_busyLabel);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *summaryBox = new QFrame(this);
    summaryBox->setObjectName(QStringLiteral("summaryBox"));
    summaryBox->setFrameShape(QFrame::StyledPanel);
    summaryBox->setBackgroundRole(QPalette::Base);
    summaryBox->setAutoFillBackground(true);
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->setContentsMargins(14, 10, 14, 10);
    summaryLayout->setSpacing(4);
    summaryLayout->addLayout(titleRow);
    summaryLayout->addWidget(m_summary, 1);

    // Where the diagnostic goes, beside the summary.
    m_diagnosticSlot = new QWidget(this);
    m_diagnosticSlot->setObjectName(QStringLiteral("diagnosticSlot"));
    m_diagnosticLayout = new QVBoxLayout(m_diagnosticSlot);
    m_diagnosticLayout->setContentsMargins(0, 0, 0, 0);
    m_diagnosticSlot->hide();
    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(summaryBox, 3);
    top->addWidget(m_diagnosticSlot, 2);

    // The sections: a list on the left, the page on the right.
    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("sectionList"));
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->setFrameShape(QFrame::NoFrame);
    m_sections->setBackgroundRole(QPalette::Window);
    m_sections->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_sections->setFixedWidth(190);
    m_sections->setSpacing(2);
    m_sectionPages = new QStackedWidget(this);
    m_sectionPages->setObjectName(QStringLiteral("sectionPages"));
    connect(m_sections, &QListWidget::currentRowChanged, m_sectionPages,
            &QStackedWidget::setCurrentIndex);
    addPage(createImpactPage(), tr("Impact vs effort"));
    addPage(createCandidatesPage(), tr("Automation candidates"));
    m_sections->setCurrentRow(ImpactSection);
    auto *body = new QHBoxLayout;
    body->setSpacing(10);
    body->addWidget(m_sections);
    body->addWidget(m_sectionPages, 1);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(12, 10, 12, 10);
    pageLayout->setSpacing(10);
    pageLayout->addLayout(top);
    pageLayout->addLayout(body, 1);

    m_pages = new FiguresPages(page, QStringLiteral("improveMessage"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_processTimer.setSingleShot(true);
    m_processTimer.setInterval(400);
    connect(&m_processTimer, &QTimer::timeout, this, [this] { m_runs.request(); });
    m_runs.setBusyIndicator(m_busyLabel);
    connect(&m_runs, &RunsJob::finished, this, &ImproveView::finished);
    restyle();
    clear();
}

ImproveView::~ImproveView() = default;

QWidget *ImproveView::createImpactPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("impactPage"));
    m_impactNote = new QLabel(page);
    m_impactNote->setObjectName(QStringLiteral("impactNote"));
    m_impactNote->setWordWrap(true);
    m_impactNote->setForegroundRole(QPalette::PlaceholderText);

    m_chart = new ChartCard(tr("Impact versus effort"), page);
    m_chart->setObjectName(QStringLiteral("impactChart"));
    m_chart->setExportName(tr("Impact versus effort"));
    m_chart->setToolTip(tr("Each dot is a task: higher costs more hours a month, further right "
                           "takes more effort to automate. Click a dot to show the task on the "
                           "map."));
    QCustomPlot *plot = m_chart->plot();
    plot->setMinimumHeight(260);
    plot->xAxis->setLabel(tr("Effort to automate (hours, estimated)"));
    plot->yAxis->setLabel(tr("Hours a month it costs"));
    connect(plot, &QCustomPlot::mouseMove, this, &ImproveView::hover);
    plot->installEventFilter(this);
    connect(plot, &QCustomPlot::mouseRelease, this, &ImproveView::clicked);

    m_ranked = new QTreeWidget(page);
    m_ranked->setObjectName(QStringLiteral("rankedList"));
    m_ranked->setAccessibleName(tr("Tasks by hours a month"));
    m_ranked->setColumnCount(4);
    m_ranked->setHeaderLabels({tr("Task"), tr("A month"), tr("Effort"), tr("Where")});
    m_ranked->headerItem()->setToolTip(RankImpactColumn,
                                       tr("Hours a month the task costs: the waiting before it "
                                          "and the work in it, times how often it runs"));
    m_ranked->headerItem()->setToolTip(RankEffortColumn,
                                       tr("Estimated hours to automate it (in its properties)"));
    m_ranked->setRootIsDecorated(false);
    m_ranked->setUniformRowHeights(true);
    m_ranked->setAllColumnsShowFocus(true);
    m_ranked->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ranked->header()->setStretchLastSection(false);
    m_ranked->header()->setSectionResizeMode(RankStepColumn, QHeaderView::Stretch);
    for (int c : {RankImpactColumn, RankEffortColumn, RankQuadrantColumn})
        m_ranked->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_ranked->setToolTip(tr("Click a task to show it on the map."));
    const auto activate = [this](QTreeWidgetItem *item) {
        if (item)
            emit stepActivated(item->data(RankStepColumn, StepIdRole).value<ItemId>());
    };
    connect(m_ranked, &QTreeWidget::itemClicked, this, activate);
    connect(m_ranked, &QTreeWidget::itemActivated, this, activate);
    auto *rankedTitle = new QLabel(tr("Tasks by the hours a month they cost"), page);
    QFont bold = rankedTitle->font();
    bold.setBold(true);
    rankedTitle->setFont(bold);
    auto *rankedHint = new QLabel(tr("Click a task to show it on the map."), page);
    rankedHint->setForegroundRole(QPalette::PlaceholderText);
    rankedHint->setWordWrap(true);
    auto *right = new QWidget(page);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(rankedTitle);
    rightLayout->addWidget(m_ranked, 1);
    rightLayout->addWidget(rankedHint);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(QStringLiteral("impactSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chart);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_impactNote);
    layout->addWidget(splitter, 1);
    return page;
}

QWidget *ImproveView::createCandidatesPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("candidatesPage"));
    m_candidatesNote = new QLabel(page);
    m_candidatesNote->setObjectName(QStringLiteral("candidatesNote"));
    m_candidatesNote->setWordWrap(true);
    m_candidatesNote->setForegroundRole(QPalette::PlaceholderText);

    // A grid of labels rather than an item view: the reasons are sentences that wrap, and a
    // label gives them their full height at any width.
    m_candidateScroll = new QScrollArea(page);
    m_candidateScroll->setObjectName(QStringLiteral("candidateScroll"));
    m_candidateScroll->setAccessibleName(tr("Automation candidates"));
    m_candidateScroll->setWidgetResizable(true);
    m_candidateScroll->setFrameShape(QFrame::StyledPanel);
    m_candidateScroll->setBackgroundRole(QPalette::Base);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_candidatesNote);
    layout->addWidget(m_candidateScroll, 1);
    return page;
}

// --- the source

void ImproveView::setSource(Workspace *workspace, ProcessDocument *document)
{
    if (!workspace || !document || !document->process().id) {
        clear();
        return;
    }
    setDocument(document);
    m_processId = document->process().id;
    m_result.reset();
    m_processTimer.stop();
    showReading();
    m_runs.setSource(workspace->path(), m_processId);
    m_runs.request(true);
}

void ImproveView::showReading()
{
    // The diagnostic and the sections stay usable while the runs are read (What if, Checkpoint
    // and Revision compare read their own); only the figures of the process before are gone.
    m_pages->showFigures();
    m_summary->setText(tr("Reading the runs...").toHtmlEscaped());
    fillChart(); // without figures: an empty chart
    m_ranked->clear();
    m_impactNote->clear();
    m_candidatesNote->clear();
    m_candidateRows.clear();
    if (QWidget *table = m_candidateScroll->takeWidget())
        table->deleteLater();
}

void ImproveView::setDocument(ProcessDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        QObject::disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ProcessDocument::changed, this, [this] {
            if (m_processId)
                m_processTimer.start();
        });
        connect(document, &ProcessDocument::readOnlyChanged, this, [this](bool readOnly) {
            for (const CandidateRow &row : std::as_const(m_candidateRows))
                row.decision->setEnabled(!readOnly);
        });
    }
}

void ImproveView::clear()
{
    setDocument(nullptr);
    m_processId = 0;
    m_runs.clear();
    m_result.reset();
    m_processTimer.stop();
    m_points.clear();
    m_pages->showMessage(
        tr("No process open"),
        tr("Select a process on the left to see what to fix first and what to automate."));
}

void ImproveView::reloadRuns()
{
    if (m_processId)
        m_runs.request(true);
}

void ImproveView::setDiagnosticPanel(QWidget *panel)
{
    if (m_diagnosticPanel && m_diagnosticPanel != panel)
        delete m_diagnosticPanel;
    m_diagnosticPanel = panel;
    if (panel) {
        panel->setParent(m_diagnosticSlot);
        m_diagnosticLayout->addWidget(panel);
        panel->show();
    }
    m_diagnosticSlot->setVisible(panel != nullptr);
}

int ImproveView::addPage(QWidget *page, const QString &title)
{
    const int index = m_sectionPages->addWidget(page);
    auto *item = new QListWidgetItem(title, m_sections);
    item->setSizeHint(QSize(0, m_sections->fontMetrics().height() + 14));
    return index;
}

void ImproveView::setCurrentSection(int index)
{
    m_sections->setCurrentRow(index);
}

int ImproveView::currentSection() const
{
    return m_sections->currentRow();
}

bool ImproveView::setDecision(ItemId stepId, Step::Automation state)
{
    if (!m_document || !m_document->process().step(stepId))
        return false;
    // One undo step per decision, never merged with an edit before or after it.
    m_document->breakMergeChain();
    const bool changed
        = m_document->setValue(ObjectType::Step, {stepId}, Property::Automation, int(state));
    m_document->breakMergeChain();
    return changed;
}

bool ImproveView::isComputing() const
{
    return m_runs.isComputing() || m_processTimer.isActive();
}

const Improvement *ImproveView::improvement() const
{
    return m_result && m_result->error.isEmpty() ? &m_result->figures.improvement : nullptr;
}

QStringList ImproveView::summary() const
{
    return m_result ? m_result->figures.summary : QStringList();
}

ItemIds ImproveView::ruleCandidates() const
{
    return improvement() ? ruleCandidateIds(improvement()->candidates) : ItemIds();
}

QCustomPlot *ImproveView::impactPlot() const
{
    return m_chart->plot();
}

QWidget *ImproveView::candidateTable() const
{
    return m_candidateScroll->widget();
}

ItemIds ImproveView::candidateRows() const
{
    ItemIds ids;
    for (const CandidateRow &row : m_candidateRows)
        ids.append(row.stepId);
    return ids;
}

QComboBox *ImproveView::decisionCombo(ItemId stepId) const
{
    for (const CandidateRow &row : m_candidateRows) {
        if (row.stepId == stepId)
            return row.decision;
    }
    return nullptr;
}

QLabel *ImproveView::candidateLabel(ItemId stepId, CandidateColumn column) const
{
    for (const CandidateRow &row : m_candidateRows) {
        if (row.stepId != stepId)
            continue;
        switch (column) {
        case CandidateStepColumn:
            return row.name;
        case WhyColumn:
            return row.why;
        case SavedColumn:
            return row.saved;
        case DecisionColumn:
            break;
        }
    }
    return nullptr;
}

bool ImproveView::isMarkedFixFirst(ItemId stepId) const
{
    for (const CandidateRow &row : m_candidateRows) {
        if (row.stepId == stepId)
            return row.fixFirst;
    }
    return false;
}

QTreeWidgetItem *ImproveView::rankedItem(ItemId stepId) const
{
    for (int i = 0; i < m_ranked->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ranked->topLevelItem(i);
        if (item->data(RankStepColumn, StepIdRole).value<ItemId>() == stepId)
            return item;
    }
    return nullptr;
}

QPointF ImproveView::pointPosition(ItemId stepId) const
{
    const QCustomPlot *plot = m_chart->plot();
    for (const Point &p : m_points) {
        if (p.stepId == stepId)
            return {plot->xAxis->coordToPixel(p.x), plot->yAxis->coordToPixel(p.y)};
    }
    return {-1, -1};
}

void ImproveView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_styling)
        restyle();
}

// --- the work

RunsJobOf<ImproveView::Figures>::Compute ImproveView::work() const
{
    if (!m_document)
        return {};
    return [process = m_document->process()](const RunLog &log) {
        Figures figures;
        // All runs on the process's clock, as the what-if replays them: a candidate's saving
        // here is the one the What-if page shows for it alone.
        figures.improvement = analyzeImprovement(process, log, dashboardStatsOptions(process));
        figures.summary = improvementSummary(figures.improvement);
        return figures;
    };
}

void ImproveView::finished()
{
    m_result = m_runs.result();
    if (!m_result->error.isEmpty()) {
        m_pages->showMessage(tr("The runs could not be read"), m_result->error);
    } else {
        m_pages->showFigures();
        fill();
    }
    emit updated();
}

// --- filling

void ImproveView::fill()
{
    if (!improvement())
        return;
    fillSummary();
    fillChart();
    fillRanked();
    fillCandidates();
}

void ImproveView::fillSummary()
{
    QString html = QStringLiteral("<ul style='margin-left:0px; -qt-list-indent:1'>");
    for (const QString &sentence : m_result->figures.summary)
        html += QStringLiteral("<li style='margin-bottom:4px'>%1</li>")
                    .arg(sentence.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_summary->setText(html);

    const ImpactAnalysis &impact = improvement()->impact;
    const QLocale locale;
    QString basis;
    if (impact.fromRuns) {
        basis = tr("From %Ln run(s) over %1 months.", nullptr, int(impact.runs))
                    .arg(locale.toString(impact.months, 'f', 1));
    } else if (impact.runsPerMonth > 0) {
        basis = tr("No runs logged yet: from the tasks' expected durations and the %1 runs a "
                   "month entered in the process's properties.")
                    .arg(locale.toString(impact.runsPerMonth, 'g', 4));
    } else {
        basis = tr("No runs logged yet, and no runs per month entered in the process's "
                   "properties: nothing to measure.");
    }
    m_impactNote->setText(
        tr("Each dot is a task with an effort estimate. Higher: it costs more hours a month (the "
           "waiting before it and the work in it, times how often it runs). Further right: it "
           "takes more effort to automate. The dashed lines are the medians. %1")
            .arg(basis));
    m_candidatesNote->setText(
        tr("Tasks the rules find worth automating, and why. \"Saves a month\" is what automating "
           "one at %1 would save: its work and the wait before it, as the What-if replays the "
           "runs. Decide on each. Automating a broken task only makes it fail faster: fix the "
           "marked ones first.")
            .arg(locale.toString(improvement()->candidates.percent, 'g', 3)
                 + QStringLiteral("\u00a0%")));
}

void ImproveView::fillChart()
{
    QCustomPlot *plot = m_chart->plot();
    plot->clearGraphs();
    plot->clearItems();
    m_points.clear();
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = blend(pal.color(QPalette::Base), text, 0.45);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    const Improvement *figures = improvement();
    if (!figures) {
        plot->replot();
        return;
    }
    const ImpactAnalysis &impact = figures->impact;

    double maxX = 0, maxY = 0;
    for (const StepImpact &s : impact.steps) {
        if (!s.isPlotted())
            continue;
        maxX = std::max(maxX, s.effortH);
        maxY = std::max(maxY, s.hoursPerMonth);
    }
    const int plotted = impact.plottedCount();
    // Room for the labels to the right of the dots and above the top one.
    const double rangeX = maxX > 0 ? maxX * 1.2 : 10.0;
    const double rangeY = maxY > 0 ? maxY * 1.25 : 10.0;
    plot->xAxis->setRange(0, rangeX);
    plot->yAxis->setRange(0, rangeY);
    m_chart->setNote(plotted ? tr("%n task(s)", nullptr, plotted) : QString());

    const auto caption = [&](const QString &label, const QColor &color) {
        auto *item = new QCPItemText(plot);
        item->setText(label);
        item->setColor(color);
        item->setFont(font);
        item->setPadding(QMargins(4, 1, 4, 1));
        return item;
    };

    if (plotted == 0) {
        QCPItemText *item = caption(
            impact.steps.isEmpty()
                ? tr("The map has no tasks yet.")
                : tr("No task has an effort estimate yet.\nEnter the effort to automate a task "
                     "in its properties to place it here."),
            muted);
        item->position->setType(QCPItemPosition::ptAxisRectRatio);
        item->position->setCoords(0.5, 0.5);
        item->setPositionAlignment(Qt::AlignCenter);
        item->setTextAlignment(Qt::AlignCenter);
        plot->replot();
        return;
    }

    // The quadrants: a faint tint each, the medians as dashed lines, the names in the corners.
    const double tx = impact.effortThresholdH, ty = impact.impactThresholdH;
    struct Zone
    {
        ImpactQuadrant quadrant;
        double x1, y1, x2, y2; // plot coordinates, top left and bottom right
        double cornerX, cornerY;
        Qt::Alignment alignment;
    };
    const Zone zones[] = {
        {ImpactQuadrant::QuickWin, 0, rangeY, tx, ty, 0, 0, Qt::AlignLeft | Qt::AlignTop},
        {ImpactQuadrant::BigBet, tx, rangeY, rangeX, ty, 1, 0, Qt::AlignRight | Qt::AlignTop},
        {ImpactQuadrant::FillIn, 0, ty, tx, 0, 0, 1, Qt::AlignLeft | Qt::AlignBottom},
        {ImpactQuadrant::MoneyPit, tx, ty, rangeX, 0, 1, 1, Qt::AlignRight | Qt::AlignBottom},
    };
    const double tint = isDark(pal) ? 0.10 : 0.07;
    for (const Zone &zone : zones) {
        const QColor color = quadrantColor(zone.quadrant, pal);
        auto *rect = new QCPItemRect(plot);
        rect->topLeft->setCoords(zone.x1, zone.y1);
        rect->bottomRight->setCoords(zone.x2, zone.y2);
        rect->setPen(Qt::NoPen);
        rect->setBrush(blend(pal.color(QPalette::Base), color, tint));
        rect->setLayer(QStringLiteral("background"));
        QCPItemText *name = caption(impactQuadrantName(zone.quadrant), color);
        QFont bold = font;
        bold.setBold(true);
        name->setFont(bold);
        name->position->setType(QCPItemPosition::ptAxisRectRatio);
        name->position->setCoords(zone.cornerX, zone.cornerY);
        name->setPositionAlignment(zone.alignment);
        name->setPadding(QMargins(6, 4, 6, 4));
    }
    const QPen thresholdPen(muted, 1.2, Qt::DashLine);
    auto *vertical = new QCPItemStraightLine(plot);
    vertical->point1->setCoords(tx, 0);
    vertical->point2->setCoords(tx, 1);
    vertical->setPen(thresholdPen);
    auto *horizontal = new QCPItemStraightLine(plot);
    horizontal->point1->setCoords(0, ty);
    horizontal->point2->setCoords(1, ty);
    horizontal->setPen(thresholdPen);

    // The dots, one graph per quadrant, and their names beside them.
    QHash<int, QCPGraph *> graphs;
    for (const StepImpact &s : impact.steps) {
        if (!s.isPlotted())
            continue;
        QCPGraph *&graph = graphs[int(s.quadrant)];
        const QColor color = quadrantColor(s.quadrant, pal);
        if (!graph) {
            graph = plot->addGraph();
            graph->setName(impactQuadrantName(s.quadrant));
            graph->setLineStyle(QCPGraph::lsNone);
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, 10));
        }
        graph->addData(s.effortH, s.hoursPerMonth);
        QCPItemText *label = caption(s.name, text);
        label->position->setCoords(s.effortH, s.hoursPerMonth);
        m_points.append({s.stepId, s.effortH, s.hoursPerMonth, label, s.name});
    }
    placeLabels();
}

void ImproveView::placeLabels()
{
    // Each name beside its dot, on the side with room for it, shortened where neither has:
    // in pixels, so it is done again when the chart's size changes.
    QCustomPlot *plot = m_chart->plot();
    if (m_points.isEmpty()) {
        plot->replot();
        return;
    }
    plot->replot(); // lays the axis rect out for this size
    const QRect area = plot->axisRect()->rect();
    constexpr int Gap = 10, Padding = 4;
    for (const Point &p : std::as_const(m_points)) {
        const QFontMetrics metrics(p.label->font());
        const double x = plot->xAxis->coordToPixel(p.x);
        const int rightRoom = int(area.right() - x) - Gap - Padding;
        const int leftRoom = int(x - area.left()) - Gap - Padding;
        const int width = metrics.horizontalAdvance(p.name);
        const bool left = width > rightRoom && leftRoom > rightRoom;
        const int room = std::max(left ? leftRoom : rightRoom, metrics.averageCharWidth() * 6);
        p.label->setText(metrics.elidedText(p.name, Qt::ElideRight, room));
        p.label->setPositionAlignment((left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        p.label->setPadding(left ? QMargins(2, 1, Gap, 1) : QMargins(Gap, 1, 2, 1));
    }
    plot->replot();
}

bool ImproveView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chart->plot() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &ImproveView::placeLabels);
    return QWidget::eventFilter(watched, event);
}

void ImproveView::fillRanked()
{
    m_ranked->clear();
    const ImpactAnalysis &impact = improvement()->impact;
    const QPalette pal = palette();
    const QLocale locale;
    for (const StepImpact &s : impact.steps) {
        auto *item = new QTreeWidgetItem(m_ranked);
        item->setText(RankStepColumn, s.name);
        item->setData(RankStepColumn, StepIdRole, QVariant::fromValue(s.stepId));
        item->setText(RankImpactColumn,
                      s.hasImpact() ? hoursCell(s.hoursPerMonth) : QStringLiteral("\u2013"));
        item->setTextAlignment(RankImpactColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(RankEffortColumn,
                      s.hasEffort() ? hoursCell(s.effortH) : QStringLiteral("\u2013"));
        item->setTextAlignment(RankEffortColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (!s.hasEffort())
            item->setForeground(RankEffortColumn, pal.brush(QPalette::PlaceholderText));
        if (s.isPlotted()) {
            item->setText(RankQuadrantColumn, impactQuadrantName(s.quadrant));
            item->setForeground(RankQuadrantColumn, quadrantColor(s.quadrant, pal));
        } else {
            item->setText(RankQuadrantColumn,
                          s.hasImpact() ? tr("not estimated") : QStringLiteral("\u2013"));
            item->setForeground(RankQuadrantColumn, pal.brush(QPalette::PlaceholderText));
        }

        QString tip = QStringLiteral("<b>%1</b>").arg(s.name.toHtmlEscaped());
        switch (s.source) {
        case StepImpact::Source::Runs:
            tip += QStringLiteral("<br>")
                + tr("%1 a month: %2 waiting before it starts, %3 of work")
                      .arg(hoursCell(s.hoursPerMonth), hoursCell(s.waitingHoursPerMonth),
                           hoursCell(s.processingHoursPerMonth))
                      .toHtmlEscaped();
            tip += QStringLiteral("<br>")
                + tr("Done %1 times a month; each time %2 waiting, %3 of work")
                      .arg(locale.toString(s.executionsPerMonth, 'f', 1), humanDuration(s.waitingS),
                           humanDuration(s.processingS))
                      .toHtmlEscaped();
            break;
        case StepImpact::Source::Entered:
            tip += QStringLiteral("<br>")
                + tr("%1 a month: %2 expected, %3 runs a month entered")
                      .arg(hoursCell(s.hoursPerMonth), humanDuration(s.processingS),
                           locale.toString(s.executionsPerMonth, 'g', 4))
                      .toHtmlEscaped();
            break;
        case StepImpact::Source::None:
            tip += QStringLiteral("<br>")
                + tr("No runs, and no expected duration or runs per month entered").toHtmlEscaped();
            break;
        }
        tip += QStringLiteral("<br><i>%1</i>")
                   .arg(impactQuadrantDescription(s.isPlotted() ? s.quadrant
                                                                : ImpactQuadrant::NotEstimated)
                            .toHtmlEscaped());
        for (int c = 0; c < m_ranked->columnCount(); ++c)
            item->setToolTip(c, tip);
    }
}

void ImproveView::fillCandidates()
{
    m_candidateRows.clear();
    const CandidateAnalysis &analysis = improvement()->candidates;
    const QPalette pal = palette();
    const bool editable = m_document && !m_document->isReadOnly();
    const QColor warning = isDark(pal) ? QColor(0xf2, 0xb8, 0x4b) : QColor(0xb3, 0x5c, 0x00);
    const QLocale locale;
    const QString percent = locale.toString(analysis.percent, 'g', 3) + QStringLiteral("\u00a0%");

    auto *table = new QWidget;
    table->setObjectName(QStringLiteral("candidateTable"));
    table->setBackgroundRole(QPalette::Base);
    table->setAutoFillBackground(true);
    auto *grid = new QGridLayout(table);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(0);
    grid->setVerticalSpacing(0);
    grid->setColumnStretch(WhyColumn, 1);
    grid->setColumnMinimumWidth(CandidateStepColumn, 190);
    const QMargins cell(10, 7, 10, 7);
    const auto cellLabel = [&](const QString &text, const char *name) {
        auto *label = new QLabel(text, table);
        label->setObjectName(QLatin1String(name));
        label->setContentsMargins(cell);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        return label;
    };

    // The header, and a line under it.
    const QStringList headers
        = {tr("Task"), tr("Why automate it"), tr("Saves a month"), tr("Decision")};
    const QStringList headerTips
        = {tr("Click a task to show it on the map"),
           tr("The rules that find it, with the figures; what to fix first comes first"),
           tr("The hours a month automating it at %1 would save: its work and the wait before it, "
              "as the What-if replays the runs")
               .arg(percent),
           tr("Plan it, mark it automated, or reject it: saved with the map, undone with Ctrl+Z")};
    for (int c = 0; c < headers.size(); ++c) {
        QLabel *header = cellLabel(headers.at(c), "candidateHeader");
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        header->setToolTip(headerTips.at(c));
        header->setBackgroundRole(QPalette::Window);
        header->setAutoFillBackground(true);
        if (c == SavedColumn)
            header->setAlignment(Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(header, 0, c);
    }

    int row = 1;
    const auto separator = [&] {
        auto *line = new QFrame(table);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Plain);
        line->setForegroundRole(QPalette::Mid);
        grid->addWidget(line, row++, 0, 1, 4);
    };
    separator();
    if (analysis.candidates.isEmpty()) {
        QLabel *none
            = cellLabel(tr("None of the rules finds a task worth automating."), "noCandidates");
        none->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(none, row++, 0, 1, 4);
    }
    for (const AutomationCandidate &c : analysis.candidates) {
        CandidateRow r;
        r.stepId = c.stepId;
        r.fixFirst = c.isFixFirst();
        const bool done
            = c.state == Step::Automation::Rejected || c.state == Step::Automation::Automated;

        const QString link
            = done ? pal.color(QPalette::PlaceholderText).name() : pal.color(QPalette::Link).name();
        r.name = cellLabel(QStringLiteral("<a href='#' style='color:%1; text-decoration:none'>"
                                          "<b>%2</b></a>")
                               .arg(link, c.name.toHtmlEscaped()),
                           "candidateName");
        r.name->setTextFormat(Qt::RichText);
        r.name->setWordWrap(true);
        r.name->setMaximumWidth(260);
        r.name->setToolTip(tr("Show %1 on the map").arg(c.name));
        const ItemId stepId = c.stepId;
        connect(r.name, &QLabel::linkActivated, this,
                [this, stepId] { emit stepActivated(stepId); });

        QString why;
        for (const FixFirstReason &reason : c.fixFirst) {
            why += QStringLiteral("<p style='margin:0 0 4px 0'><span style='color:%1'><b>%2</b>"
                                  "</span> %3</p>")
                       .arg(warning.name(), tr("\u26a0 Fix first:").toHtmlEscaped(),
                            reason.text.toHtmlEscaped());
        }
        for (const CandidateReason &reason : c.reasons) {
            why += QStringLiteral("<p style='margin:0 0 4px 0'>\u2022 %1</p>")
                       .arg(reason.text.toHtmlEscaped());
        }
        r.why = cellLabel(why, "candidateWhy");
        r.why->setTextFormat(Qt::RichText);
        r.why->setWordWrap(true);
        r.why->setMinimumWidth(220);

        r.saved = cellLabel(hoursCell(c.savedHoursPerMonth), "candidateSaved");
        r.saved->setAlignment(Qt::AlignRight | Qt::AlignTop);
        if (std::isnan(c.savedHoursPerMonth)) {
            r.saved->setToolTip(tr("No runs, and no expected duration or runs per month entered"));
        } else if (c.savingFromRuns) {
            r.saved->setToolTip(tr("Automating it at %1 would save about %2 a month, %3 of it "
                                   "work time, as the What-if replays the runs.")
                                    .arg(percent, hoursPerMonthText(c.savedHoursPerMonth),
                                         hoursPerMonthText(c.savedWorkHoursPerMonth)));
        } else {
            r.saved->setToolTip(tr("Automating it at %1 would save about %2 a month of its "
                                   "expected duration, at the runs per month entered.")
                                    .arg(percent, hoursPerMonthText(c.savedHoursPerMonth)));
        }
        if (done) {
            r.why->setForegroundRole(QPalette::PlaceholderText);
            r.saved->setForegroundRole(QPalette::PlaceholderText);
        }

        r.decision = new QComboBox(table);
        r.decision->setObjectName(QStringLiteral("decisionCombo"));
        r.decision->setProperty("stepId", QVariant::fromValue(c.stepId));
        r.decision->setAccessibleName(tr("Decision on %1").arg(c.name));
        r.decision->setToolTip(tr("Plan it, mark it automated, or reject it"));
        r.decision->addItem(decisionText(Step::Automation::Candidate),
                            int(Step::Automation::Candidate));
        for (Step::Automation state :
             {Step::Automation::Planned, Step::Automation::Automated, Step::Automation::Rejected})
            r.decision->addItem(decisionText(state), int(state));
        const Step::Automation shown
            = c.state == Step::Automation::Manual ? Step::Automation::Candidate : c.state;
        r.decision->setCurrentIndex(r.decision->findData(int(shown)));
        r.decision->setEnabled(editable);
        QComboBox *combo = r.decision;
        const Step::Automation was = c.state;
        connect(combo, &QComboBox::activated, this, [this, combo, stepId, was](int index) {
            const auto state = Step::Automation(combo->itemData(index).toInt());
            // "Not decided" on a task the map never marked leaves it as it was.
            if (state == Step::Automation::Candidate && was == Step::Automation::Manual)
                return;
            setDecision(stepId, state);
        });
        auto *decisionCell = new QWidget(table);
        auto *decisionLayout = new QVBoxLayout(decisionCell);
        decisionLayout->setContentsMargins(8, 4, 10, 4);
        decisionLayout->addWidget(combo);
        decisionLayout->addStretch(1);

        if (r.fixFirst) {
            // Every cell of the row tinted: the grid has no spacing, so they tile.
            for (QWidget *cellWidget :
                 {static_cast<QWidget *>(r.name), static_cast<QWidget *>(r.why),
                  static_cast<QWidget *>(r.saved), decisionCell}) {
                QPalette tinted = cellWidget->palette();
                tinted.setColor(QPalette::Window, fixFirstBackground(pal));
                cellWidget->setPalette(tinted);
                cellWidget->setBackgroundRole(QPalette::Window);
                cellWidget->setAutoFillBackground(true);
            }
        }
        grid->addWidget(r.name, row, CandidateStepColumn);
        grid->addWidget(r.why, row, WhyColumn);
        grid->addWidget(r.saved, row, SavedColumn);
        grid->addWidget(decisionCell, row, DecisionColumn);
        ++row;
        separator();
        m_candidateRows.append(r);
    }
    grid->setRowStretch(row, 1);
    // The old table goes; the scroll position stays where the user left it.
    const int scrolled = m_candidateScroll->verticalScrollBar()->value();
    m_candidateScroll->setWidget(table);
    m_candidateScroll->verticalScrollBar()->setValue(scrolled);
}

void ImproveView::restyle()
{
    m_styling = true;
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    DashboardCharts::style(m_chart->plot(), palette(), font);
    m_styling = false;
    if (improvement() && m_pages->isShowingFigures())
        fill();
    else
        m_chart->plot()->replot();
}

// --- pointing

int ImproveView::pointAt(const QPointF &pos) const
{
    const QCustomPlot *plot = m_chart->plot();
    int best = -1;
    double bestDistance = PointHitPx * PointHitPx;
    for (int i = 0; i < m_points.size(); ++i) {
        const double dx = plot->xAxis->coordToPixel(m_points.at(i).x) - pos.x();
        const double dy = plot->yAxis->coordToPixel(m_points.at(i).y) - pos.y();
        const double d = dx * dx + dy * dy;
        if (d <= bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

void ImproveView::hover(QMouseEvent *event)
{
    QCustomPlot *plot = m_chart->plot();
    const int i = pointAt(event->position());
    const StepImpact *s
        = i >= 0 && improvement() ? improvement()->impact.step(m_points.at(i).stepId) : nullptr;
    if (!s) {
        QToolTip::hideText();
        plot->unsetCursor();
        return;
    }
    const auto line = [](const QString &name, const QString &value) {
        return QStringLiteral("<br>%1: <b>%2</b>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString text = QStringLiteral("<b>%1</b>").arg(s->name.toHtmlEscaped());
    text += line(tr("Hours a month"), hoursCell(s->hoursPerMonth));
    if (s->source == StepImpact::Source::Runs) {
        text += line(tr("Waiting before it"), hoursCell(s->waitingHoursPerMonth));
        text += line(tr("Work"), hoursCell(s->processingHoursPerMonth));
    }
    text += line(tr("Effort to automate"), hoursCell(s->effortH));
    text += QStringLiteral("<br><span style='color:%1'><b>%2</b></span> %3")
                .arg(quadrantColor(s->quadrant, palette()).name(),
                     impactQuadrantName(s->quadrant).toHtmlEscaped(),
                     impactQuadrantDescription(s->quadrant).toHtmlEscaped());
    text += QStringLiteral("<br><i>%1</i>").arg(tr("Click to show it on the map").toHtmlEscaped());
    QToolTip::showText(event->globalPosition().toPoint(), text, plot);
    plot->setCursor(Qt::PointingHandCursor);
}

void ImproveView::clicked(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int i = pointAt(event->position());
    if (i >= 0)
        emit stepActivated(m_points.at(i).stepId);
}

} // namespace Stepwise
