#include "revisioncomparepanel.h"

#include "canvas/canvaspalette.h"
#include "canvas/handoffitem.h"
#include "canvas/laneitem.h"
#include "canvas/mapview.h"
#include "canvas/processscene.h"
#include "canvas/stepitem.h"

#include "analysis/statistics.h"
#include "process/processdocument.h"

#include <QComboBox>
#include <QEvent>
#include <QGraphicsItem>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Stepwise {

namespace {

enum class Mark { Added, Changed, Moved, Removed };

QColor markColor(Mark mark, bool dark)
{
    switch (mark) {
    case Mark::Added:
        return dark ? QColor(0x5c, 0xcb, 0x7a) : QColor(0x2e, 0x9e, 0x4f);
    case Mark::Changed:
        return dark ? QColor(0xf2, 0xb4, 0x41) : QColor(0xd9, 0x8a, 0x00);
    case Mark::Moved:
        // Violet: blue is the selection's colour, orange the handoffs' between lanes.
        return dark ? QColor(0xb3, 0x96, 0xf7) : QColor(0x7b, 0x4f, 0xd6);
    case Mark::Removed:
        return dark ? QColor(0xf0, 0x7a, 0x7a) : QColor(0xcf, 0x3f, 0x3f);
    }
    return {};
}

/// A decoration over the map: what a change looks like. It reads the scene's palette while
/// painting, so it follows the light and dark themes; it takes no mouse buttons, so clicks go to
/// the items under it.
class MarkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 40 };
    enum class Style {
        Halo, ///< a ring with a light fill behind a step or a lane header
        Ghost, ///< a dashed outline where a moved step was
        Trail, ///< a dotted line from where a moved step was to where it is
        Strike, ///< a dashed outline over a removed (faded) item
        Route, ///< a wide translucent band under a handoff
        StrikeRoute, ///< a dashed line along a removed (faded) handoff
    };

    MarkItem(Mark mark, Style style, const QPainterPath &path, double z)
        : m_mark(mark), m_style(style), m_path(path)
    {
        setZValue(z);
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
        m_bounds = path.boundingRect().adjusted(-6, -6, 6, 6);
    }

    int type() const override { return Type; }
    Mark mark() const { return m_mark; }
    Style style() const { return m_style; }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return {}; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QColor color = markColor(m_mark, CanvasPalette::of(this).isDark());
        QColor fill = color;
        painter->setRenderHint(QPainter::Antialiasing);
        switch (m_style) {
        case Style::Halo:
            fill.setAlpha(60);
            painter->setPen(QPen(color, 3));
            painter->setBrush(fill);
            break;
        case Style::Ghost:
            fill.setAlpha(30);
            painter->setPen(QPen(color, 1.5, Qt::DashLine));
            painter->setBrush(fill);
            break;
        case Style::Trail:
            fill.setAlpha(170);
            painter->setPen(QPen(fill, 1.5, Qt::DotLine, Qt::RoundCap));
            painter->setBrush(Qt::NoBrush);
            break;
        case Style::Strike:
            fill.setAlpha(40);
            painter->setPen(QPen(color, 2, Qt::DashLine));
            painter->setBrush(fill);
            break;
        case Style::Route:
            fill.setAlpha(120);
            painter->setPen(QPen(fill, 11, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            break;
        case Style::StrikeRoute:
            painter->setPen(QPen(color, 2, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            break;
        }
        painter->drawPath(m_path);
    }

private:
    Mark m_mark;
    Style m_style;
    QPainterPath m_path;
    QRectF m_bounds;
};

/// How faint removed items are drawn.
constexpr double GhostOpacity = 0.4;

QPainterPath symbolPath(Step::Kind kind, const QRectF &rect)
{
    QPainterPath path;
    switch (kind) {
    case Step::Kind::Task:
        path.addRoundedRect(rect, 12, 12);
        break;
    case Step::Kind::Decision:
        path.addPolygon(QPolygonF(
            {QPointF(rect.center().x(), rect.top()), QPointF(rect.right(), rect.center().y()),
             QPointF(rect.center().x(), rect.bottom()), QPointF(rect.left(), rect.center().y())}));
        path.closeSubpath();
        break;
    case Step::Kind::Start:
    case Step::Kind::Event:
    case Step::Kind::End:
        path.addEllipse(rect);
        break;
    }
    return path;
}

QPainterPath routePath(const QPolygonF &route)
{
    QPainterPath path;
    if (!route.isEmpty())
        path.addPolygon(route);
    return path;
}

QString quoted(const QString &text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

/// The later map with what the earlier one had and the later lacks put back at its old place:
/// the map the differences are drawn on. Ids never repeat within a process, so the removed items
/// cannot collide with the later ones.
Process shownProcess(const Process &earlier, const Process &later)
{
    Process shown = later;
    for (int i = 0; i < earlier.lanes.size(); ++i) {
        const Lane &lane = earlier.lanes.at(i);
        if (!later.lane(lane.id))
            shown.lanes.insert(std::min(i, int(shown.lanes.size())), lane);
    }
    for (const Step &step : earlier.steps) {
        if (!later.step(step.id))
            shown.steps.append(step);
    }
    for (const Handoff &handoff : earlier.handoffs) {
        if (!later.handoff(handoff.id))
            shown.handoffs.append(handoff);
    }
    shown.nextItemId = std::max(earlier.nextItemId, later.nextItemId);
    return shown;
}

QPixmap legendSwatch(Mark mark, bool moved, bool dark, qreal dpr)
{
    const QSize size(30, 18);
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = markColor(mark, dark);
    QColor fill = color;
    const QRectF box(4, 3, 22, 12);
    if (mark == Mark::Removed) {
        fill.setAlpha(60);
        painter.setPen(QPen(color, 1.5, Qt::DashLine));
        painter.setBrush(fill);
        painter.drawRoundedRect(box, 4, 4);
        return pixmap;
    }
    if (moved) {
        fill.setAlpha(30);
        painter.setPen(QPen(color, 1, Qt::DashLine));
        painter.setBrush(fill);
        painter.drawRoundedRect(box.translated(-3, 0).adjusted(0, 1, -8, -1), 3, 3);
    }
    fill = color;
    fill.setAlpha(60);
    painter.setPen(QPen(color, 2));
    painter.setBrush(fill);
    painter.drawRoundedRect(moved ? box.adjusted(8, 0, 0, 0) : box, 4, 4);
    return pixmap;
}

} // namespace

RevisionComparePanel::RevisionComparePanel(QWidget *parent)
    : QWidget(parent), m_runs(this, [this] { return metricsWork(); })
{
    setObjectName(QStringLiteral("revisionComparePanel"));

    m_earlierCombo = new QComboBox(this);
    m_earlierCombo->setObjectName(QStringLiteral("compareEarlier"));
    m_earlierCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_laterCombo = new QComboBox(this);
    m_laterCombo->setObjectName(QStringLiteral("compareLater"));
    m_laterCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("compareSummary"));
    m_summaryLabel->setWordWrap(true);

    auto *pickRow = new QHBoxLayout;
    auto *compareLabel = new QLabel(tr("&Compare"), this);
    compareLabel->setBuddy(m_earlierCombo);
    auto *withLabel = new QLabel(tr("&with"), this);
    withLabel->setBuddy(m_laterCombo);
    pickRow->addWidget(compareLabel);
    pickRow->addWidget(m_earlierCombo);
    pickRow->addWidget(withLabel);
    pickRow->addWidget(m_laterCombo);
    pickRow->addSpacing(12);
    pickRow->addWidget(m_summaryLabel, 1);

    m_mapView = new MapView(this);
    m_mapView->setObjectName(QStringLiteral("compareMap"));
    // Inside the main window, the editor's map owns Ctrl+Shift+O: this one's only while focused.
    m_mapView->runsOverlayAction()->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_legend = new QWidget(this);
    m_legend->setObjectName(QStringLiteral("compareLegend"));
    auto *legendLayout = new QHBoxLayout(m_legend);
    legendLayout->setContentsMargins(4, 2, 4, 2);
    const QString legendTexts[] = {tr("Added"), tr("Changed"), tr("Moved (dashed: where it was)"),
                                   tr("Removed (where it was)")};
    for (const QString &text : legendTexts) {
        auto *swatch = new QLabel(m_legend);
        auto *label = new QLabel(text, m_legend);
        legendLayout->addWidget(swatch);
        legendLayout->addWidget(label);
        legendLayout->addSpacing(10);
    }
    legendLayout->addStretch(1);

    auto *mapPane = new QWidget(this);
    auto *mapLayout = new QVBoxLayout(mapPane);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->setSpacing(2);
    mapLayout->addWidget(m_mapView, 1);
    mapLayout->addWidget(m_legend);

    m_changeList = new QTreeWidget(this);
    m_changeList->setObjectName(QStringLiteral("compareChanges"));
    m_changeList->setHeaderHidden(true);
    m_changeList->setUniformRowHeights(true); // long entries are elided; the tooltip has it all

    auto *mapSplitter = new QSplitter(Qt::Horizontal, this);
    mapSplitter->addWidget(mapPane);
    mapSplitter->addWidget(m_changeList);
    mapSplitter->setStretchFactor(0, 3);
    mapSplitter->setStretchFactor(1, 1);
    mapSplitter->setSizes({900, 340});

    m_windowLabel = new QLabel(this);
    m_windowLabel->setObjectName(QStringLiteral("compareWindow"));
    m_windowLabel->setWordWrap(true);
    m_windowLabel->setForegroundRole(QPalette::PlaceholderText);
    m_verdictLabel = new QLabel(this);
    m_verdictLabel->setObjectName(QStringLiteral("compareVerdict"));
    m_verdictLabel->setWordWrap(true);
    m_verdictLabel->setTextFormat(Qt::RichText);
    m_verdictLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_verdictLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metricsTable = new QTreeWidget(this);
    m_metricsTable->setObjectName(QStringLiteral("compareMetrics"));
    m_metricsTable->setHeaderLabels({tr("Figure"), tr("Before"), tr("After"), tr("Change")});
    m_metricsTable->setRootIsDecorated(false);
    m_metricsTable->setUniformRowHeights(true);
    m_metricsTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_metricsTable->setFocusPolicy(Qt::NoFocus);
    m_metricsTable->header()->setStretchLastSection(false);
    m_metricsTable->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_metricsTable->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *metricsPane = new QWidget(this);
    auto *metricsLayout = new QHBoxLayout(metricsPane);
    metricsLayout->setContentsMargins(0, 0, 0, 0);
    auto *wordsLayout = new QVBoxLayout;
    auto *heading = new QLabel(tr("<b>Did the change hold?</b>"), this);
    wordsLayout->addWidget(heading);
    wordsLayout->addWidget(m_windowLabel);
    wordsLayout->addWidget(m_verdictLabel, 1);
    metricsLayout->addLayout(wordsLayout, 1);
    metricsLayout->addWidget(m_metricsTable, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(mapSplitter);
    splitter->addWidget(metricsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 220});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickRow);
    layout->addWidget(splitter, 1);

    connect(m_earlierCombo, &QComboBox::currentIndexChanged, this,
            &RevisionComparePanel::sidesPicked);
    connect(m_laterCombo, &QComboBox::currentIndexChanged, this,
            &RevisionComparePanel::sidesPicked);
    connect(m_changeList, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { entryActivated(item); });
    connect(m_changeList, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { entryActivated(item); });
    ProcessScene *scene = m_mapView->processScene();
    connect(scene, &ProcessScene::selectedStepsChanged, this,
            &RevisionComparePanel::mapSelectionChanged);
    connect(scene, &ProcessScene::selectedHandoffsChanged, this,
            &RevisionComparePanel::mapSelectionChanged);
    connect(scene, &ProcessScene::selectedLaneChanged, this,
            &RevisionComparePanel::mapSelectionChanged);
    connect(&m_runs, &RunsJob::finished, this, &RevisionComparePanel::metricsFinished);
    m_currentTimer.setSingleShot(true);
    m_currentTimer.setInterval(300);
    connect(&m_currentTimer, &QTimer::timeout, this, [this] {
        if (m_laterIsCurrent)
            sidesPicked();
    });

    updateLegend();
    clear();
}

RevisionComparePanel::~RevisionComparePanel()
{
    clearDecorations();
    m_mapView->setDocument(nullptr);
}

void RevisionComparePanel::setSource(Workspace *workspace, ProcessId processId,
                                     const Process &current)
{
    if (!workspace || !processId) {
        clear();
        return;
    }
    const bool sameSource = workspace == m_workspace && processId == m_processId;
    m_workspace = workspace;
    m_processId = processId;
    m_current = current;
    m_runs.setSource(workspace->path(), processId); // another source forgets the runs kept
    m_revisions = workspace->revisions(processId);
    if (sameSource)
        fillCombos(earlierRevisionId(), laterRevisionId());
    else
        fillCombos(-1, -1);
}

void RevisionComparePanel::clear()
{
    m_workspace = nullptr;
    m_processId = 0;
    m_current = Process();
    m_revisions.clear();
    m_runs.clear();
    fillCombos(-1, -1);
}

void RevisionComparePanel::setCurrentProcess(const Process &current)
{
    if (!m_processId)
        return;
    m_current = current;
    if (m_laterIsCurrent)
        m_currentTimer.start();
}

void RevisionComparePanel::reloadRevisions()
{
    if (!m_workspace || !m_processId)
        return;
    const qint64 earlier = earlierRevisionId(), later = laterRevisionId();
    const int before = int(m_revisions.size());
    m_revisions = m_workspace->revisions(m_processId);
    // A new revision: the latest two are what an owner wants to see next.
    if (m_revisions.size() > before)
        fillCombos(-1, -1);
    else
        fillCombos(earlier, later);
}

void RevisionComparePanel::reloadRuns()
{
    if (!m_processId)
        return;
    requestMetrics(true);
}

void RevisionComparePanel::compare(qint64 earlierRevisionId, qint64 laterRevisionId)
{
    fillCombos(earlierRevisionId, laterRevisionId);
}

qint64 RevisionComparePanel::earlierRevisionId() const
{
    return m_earlierCombo->currentData().toLongLong();
}

qint64 RevisionComparePanel::laterRevisionId() const
{
    return m_laterCombo->currentData().toLongLong();
}

const BeforeAfter *RevisionComparePanel::beforeAfter() const
{
    return m_result && m_result->error.isEmpty() ? &m_result->figures : nullptr;
}

bool RevisionComparePanel::isComputing() const
{
    return m_runs.isComputing();
}

void RevisionComparePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateLegend();
        if (m_result)
            fillMetrics();
    }
}

// --- picking the sides

void RevisionComparePanel::fillCombos(qint64 earlierId, qint64 laterId)
{
    {
        const QSignalBlocker blockEarlier(m_earlierCombo), blockLater(m_laterCombo);
        m_earlierCombo->clear();
        m_laterCombo->clear();
        if (m_processId)
            m_laterCombo->addItem(tr("Current map"), qint64(0));
        for (const RevisionInfo &revision : std::as_const(m_revisions)) {
            const QString when
                = QLocale().toString(revision.created.toLocalTime(), QLocale::ShortFormat);
            const QString text = revision.note.isEmpty()
                ? when
                : tr("%1 \u2013 %2").arg(when, revision.note.section(QLatin1Char('\n'), 0, 0));
            m_earlierCombo->addItem(text, revision.id);
            m_laterCombo->addItem(text, revision.id);
            m_earlierCombo->setItemData(m_earlierCombo->count() - 1, revision.note,
                                        Qt::ToolTipRole);
            m_laterCombo->setItemData(m_laterCombo->count() - 1, revision.note, Qt::ToolTipRole);
        }
        if (earlierId < 0 || m_earlierCombo->findData(earlierId) < 0) {
            // The latest two; with one revision, it and the current map.
            earlierId = m_revisions.size() >= 2 ? m_revisions.at(1).id
                : m_revisions.isEmpty()         ? 0
                                                : m_revisions.at(0).id;
            laterId = m_revisions.size() >= 2 ? m_revisions.at(0).id : 0;
        }
        if (m_laterCombo->findData(laterId) < 0)
            laterId = 0;
        m_earlierCombo->setCurrentIndex(std::max(0, m_earlierCombo->findData(earlierId)));
        m_laterCombo->setCurrentIndex(std::max(0, m_laterCombo->findData(laterId)));
        m_earlierCombo->setEnabled(!m_revisions.isEmpty());
        m_laterCombo->setEnabled(!m_revisions.isEmpty());
    }
    sidesPicked();
}

void RevisionComparePanel::sidesPicked()
{
    m_currentTimer.stop();
    m_diff = RevisionDiff();
    m_earlier = Process();
    m_later = Process();
    m_laterIsCurrent = false;
    m_splitMs = NoTime;
    if (!m_processId || m_revisions.isEmpty()) {
        m_summaryLabel->setText(m_processId
                                    ? tr("No revisions yet. File > Save Revision keeps a snapshot "
                                         "of the map; save one before a change and compare it "
                                         "with the map after it.")
                                    : tr("No process open."));
        showDiff();
        requestMetrics(false);
        return;
    }

    qint64 earlierId = earlierRevisionId(), laterId = laterRevisionId();
    const auto info = [this](qint64 id) {
        return std::find_if(m_revisions.cbegin(), m_revisions.cend(),
                            [id](const RevisionInfo &r) { return r.id == id; });
    };
    // The older one is the earlier side, whichever way they were picked.
    if (laterId && info(laterId)->created < info(earlierId)->created)
        std::swap(earlierId, laterId);

    const std::optional<Process> earlier = m_workspace->loadRevision(earlierId);
    std::optional<Process> later = laterId ? m_workspace->loadRevision(laterId) : m_current;
    if (!earlier || !later) {
        m_summaryLabel->setText(
            tr("This revision cannot be read: %1").arg(m_workspace->errorString()));
        showDiff();
        requestMetrics(false);
        return;
    }
    m_earlier = *earlier;
    m_later = *later;
    m_laterIsCurrent = laterId == 0;
    // When the change took effect: the later revision was saved with it. The current map has no
    // date of its own; what changed since the earlier revision came after that one was saved.
    m_splitMs = (m_laterIsCurrent ? info(earlierId)->created : info(laterId)->created)
                    .toMSecsSinceEpoch();
    m_diff = diffProcesses(m_earlier, m_later);

    if (earlierId == laterId) {
        m_summaryLabel->setText(tr("Both sides are the same revision: pick another one."));
    } else if (m_diff.isEmpty()) {
        m_summaryLabel->setText(tr("No differences: the two maps are the same."));
    } else {
        int added = 0, removed = 0, moved = 0, changed = 0;
        const auto count = [&](const QVector<ItemDiff> &items) {
            for (const ItemDiff &item : items) {
                added += item.isAdded();
                removed += item.isRemoved();
                moved += item.isMoved();
                changed += item.isChanged();
            }
        };
        count(m_diff.lanes);
        count(m_diff.steps);
        count(m_diff.handoffs);
        changed += m_diff.processFields.isEmpty() ? 0 : 1;
        QStringList parts;
        if (added)
            parts << tr("%n added", nullptr, added);
        if (removed)
            parts << tr("%n removed", nullptr, removed);
        if (moved)
            parts << tr("%n moved", nullptr, moved);
        if (changed)
            parts << tr("%n changed", nullptr, changed);
        m_summaryLabel->setText(parts.join(QStringLiteral(", ")));
    }
    showDiff();
    requestMetrics(false);
}

// --- the map and the list

void RevisionComparePanel::showDiff()
{
    clearDecorations();
    m_mapView->setDocument(nullptr);
    m_document.reset();
    if (m_splitMs != NoTime) {
        m_document = std::make_unique<ProcessDocument>(shownProcess(m_earlier, m_later));
        m_document->setReadOnly(true);
        m_mapView->setDocument(m_document.get());
        decorate();
    }
    fillList();
}

void RevisionComparePanel::clearDecorations()
{
    ProcessScene *scene = m_mapView->processScene();
    for (QGraphicsItem *mark : std::as_const(m_marks)) {
        scene->removeItem(mark);
        delete mark;
    }
    m_marks.clear();
}

void RevisionComparePanel::decorate()
{
    ProcessScene *scene = m_mapView->processScene();
    const Process &shown = m_document->process();
    const auto add = [&](Mark mark, MarkItem::Style style, const QPainterPath &path, double z) {
        auto *item = new MarkItem(mark, style, path, z);
        scene->addItem(item);
        m_marks.append(item);
    };
    using S = MarkItem::Style;

    for (const ItemDiff &diff : std::as_const(m_diff.lanes)) {
        LaneItem *item = scene->laneItem(diff.id);
        if (!item)
            continue;
        QPainterPath header;
        header.addRect(item->sceneHeaderRect().adjusted(3, 3, -3, -3));
        if (diff.isRemoved()) {
            item->setOpacity(GhostOpacity);
            add(Mark::Removed, S::Strike, header, 0.2);
        } else if (diff.isAdded()) {
            add(Mark::Added, S::Halo, header, 0.2);
        } else {
            add(diff.isChanged() ? Mark::Changed : Mark::Moved, S::Halo, header, 0.2);
        }
    }

    for (const ItemDiff &diff : std::as_const(m_diff.steps)) {
        StepItem *item = scene->stepItem(diff.id);
        if (!item)
            continue;
        const QRectF symbol = item->sceneSymbolRect();
        if (diff.isRemoved()) {
            item->setOpacity(GhostOpacity);
            add(Mark::Removed, S::Strike, symbolPath(item->kind(), symbol.adjusted(-4, -4, 4, 4)),
                2.5);
            continue;
        }
        if (diff.isAdded()) {
            add(Mark::Added, S::Halo, symbolPath(item->kind(), symbol.adjusted(-6, -6, 6, 6)), 1.9);
            continue;
        }
        if (diff.isMoved()) {
            // A dashed ghost where it was, and a dotted trail from there.
            if (const Step *old = m_earlier.step(diff.id)) {
                const QPointF oldCentre = shown.stepScenePos(*old);
                const QSizeF size = StepItem::symbolSize(old->kind);
                const QRectF oldRect(oldCentre - QPointF(size.width() / 2, size.height() / 2),
                                     size);
                add(Mark::Moved, S::Ghost, symbolPath(old->kind, oldRect), 0.6);
                QPainterPath trail(oldCentre);
                trail.lineTo(symbol.center());
                add(Mark::Moved, S::Trail, trail, 0.5);
            }
        }
        add(diff.isChanged() ? Mark::Changed : Mark::Moved, S::Halo,
            symbolPath(item->kind(), symbol.adjusted(-6, -6, 6, 6)), 1.9);
    }

    for (const ItemDiff &diff : std::as_const(m_diff.handoffs)) {
        HandoffItem *item = scene->handoffItem(diff.id);
        if (!item)
            continue;
        const QPainterPath route = routePath(item->route());
        if (diff.isRemoved()) {
            item->setOpacity(GhostOpacity);
            add(Mark::Removed, S::StrikeRoute, route, 1.2);
        } else if (diff.isAdded()) {
            add(Mark::Added, S::Route, route, 0.8);
        } else {
            add(diff.isChanged() ? Mark::Changed : Mark::Moved, S::Route, route, 0.8);
        }
    }
}

QString RevisionComparePanel::stepName(ItemId id) const
{
    const Step *step = m_later.step(id);
    if (!step)
        step = m_earlier.step(id);
    if (!step)
        return QString();
    return step->name.isEmpty() ? tr("(unnamed)") : step->name;
}

QString RevisionComparePanel::laneName(ItemId id) const
{
    const Lane *lane = m_later.lane(id);
    if (!lane)
        lane = m_earlier.lane(id);
    if (!lane)
        return QString();
    return lane->name.isEmpty() ? tr("(unnamed)") : lane->name;
}

QString RevisionComparePanel::handoffText(const Process &process, ItemId id) const
{
    const Handoff *handoff = process.handoff(id);
    if (!handoff)
        return QString();
    const QString route
        = tr("%1 \u2192 %2")
              .arg(quoted(stepName(handoff->fromStepId)), quoted(stepName(handoff->toStepId)));
    return handoff->label.isEmpty() ? route : tr("%1 (%2)").arg(route, handoff->label);
}

void RevisionComparePanel::fillList()
{
    m_changeList->clear();
    if (m_splitMs == NoTime)
        return;
    const QString groupTitles[] = {tr("Added"), tr("Removed"), tr("Moved"), tr("Changed")};
    QTreeWidgetItem *groups[4];
    for (int i = 0; i < 4; ++i) {
        groups[i] = new QTreeWidgetItem(m_changeList, {groupTitles[i]});
        groups[i]->setFlags(Qt::ItemIsEnabled);
        QFont font = groups[i]->font(0);
        font.setBold(true);
        groups[i]->setFont(0, font);
    }
    const auto addEntry = [&](int group, ObjectType type, ItemId id, const QString &text) {
        auto *entry = new QTreeWidgetItem(groups[group], {text});
        entry->setToolTip(0, text);
        entry->setData(0, ObjectTypeRole, int(type));
        entry->setData(0, ItemIdRole, id);
    };
    enum { Added, Removed, Moved, Changed };

    /// "renamed from “X”; definition of done and automation changed"
    const auto changes = [this](const ItemDiff &diff, const QString &oldName,
                                const QString &renamedField) {
        QStringList parts;
        QStringList fields = diff.fields;
        if (fields.removeAll(renamedField) > 0) {
            parts << (oldName.isEmpty() ? tr("named") : tr("renamed from %1").arg(quoted(oldName)));
        }
        if (!fields.isEmpty())
            parts << tr("%1 changed").arg(diffFieldNames(fields));
        return parts.join(QStringLiteral("; "));
    };

    for (const ItemDiff &diff : std::as_const(m_diff.lanes)) {
        const QString name = tr("Lane %1").arg(quoted(laneName(diff.id)));
        if (diff.isAdded())
            addEntry(Added, ObjectType::Lane, diff.id, name);
        if (diff.isRemoved())
            addEntry(Removed, ObjectType::Lane, diff.id, name);
        if (diff.isMoved())
            addEntry(Moved, ObjectType::Lane, diff.id,
                     tr("%1: another place among the lanes").arg(name));
        if (diff.isChanged()) {
            const Lane *old = m_earlier.lane(diff.id);
            addEntry(Changed, ObjectType::Lane, diff.id,
                     tr("%1: %2").arg(
                         name, changes(diff, old ? old->name : QString(), QStringLiteral("name"))));
        }
    }
    for (const ItemDiff &diff : std::as_const(m_diff.steps)) {
        const QString name = tr("Step %1").arg(quoted(stepName(diff.id)));
        if (diff.isAdded())
            addEntry(Added, ObjectType::Step, diff.id, name);
        if (diff.isRemoved())
            addEntry(Removed, ObjectType::Step, diff.id, name);
        const Step *old = m_earlier.step(diff.id);
        const Step *now = m_later.step(diff.id);
        if (diff.isMoved() && old && now) {
            const QString text = diff.laneChanged
                ? tr("%1: from lane %2 to %3")
                      .arg(name, quoted(laneName(old->laneId)), quoted(laneName(now->laneId)))
                : tr("%1: moved on the map").arg(name);
            addEntry(Moved, ObjectType::Step, diff.id, text);
        }
        if (diff.isChanged()) {
            addEntry(Changed, ObjectType::Step, diff.id,
                     tr("%1: %2").arg(
                         name, changes(diff, old ? old->name : QString(), QStringLiteral("name"))));
        }
    }
    for (const ItemDiff &diff : std::as_const(m_diff.handoffs)) {
        const Process &side = diff.isRemoved() ? m_earlier : m_later;
        const QString name = tr("Handoff %1").arg(handoffText(side, diff.id));
        if (diff.isAdded())
            addEntry(Added, ObjectType::Handoff, diff.id, name);
        if (diff.isRemoved())
            addEntry(Removed, ObjectType::Handoff, diff.id, name);
        if (diff.isMoved()) {
            const Handoff *old = m_earlier.handoff(diff.id);
            addEntry(Moved, ObjectType::Handoff, diff.id,
                     tr("%1: rerouted, was %2")
                         .arg(name,
                              tr("%1 \u2192 %2")
                                  .arg(quoted(stepName(old->fromStepId)),
                                       quoted(stepName(old->toStepId)))));
        }
        if (diff.isChanged()) {
            const Handoff *old = m_earlier.handoff(diff.id);
            QStringList fields = diff.fields;
            QStringList parts;
            if (fields.removeAll(QStringLiteral("label")) > 0) {
                parts << (old->label.isEmpty() ? tr("label added")
                                               : tr("relabelled from %1").arg(quoted(old->label)));
            }
            if (!fields.isEmpty())
                parts << tr("%1 changed").arg(diffFieldNames(fields));
            addEntry(Changed, ObjectType::Handoff, diff.id,
                     tr("%1: %2").arg(name, parts.join(QStringLiteral("; "))));
        }
    }
    if (!m_diff.processFields.isEmpty()) {
        addEntry(Changed, ObjectType::Process, 0,
                 tr("Process: %1 changed").arg(diffFieldNames(m_diff.processFields)));
    }

    for (int i = 0; i < 4; ++i) {
        groups[i]->setText(0, tr("%1 (%2)").arg(groupTitles[i]).arg(groups[i]->childCount()));
        if (groups[i]->childCount() == 0)
            delete groups[i];
    }
    m_changeList->expandAll();
    if (m_changeList->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(m_changeList, {tr("No differences")});
        none->setFlags(Qt::ItemIsEnabled);
    }
}

void RevisionComparePanel::entryActivated(QTreeWidgetItem *item)
{
    if (!item || !m_document || !item->data(0, ObjectTypeRole).isValid())
        return;
    const auto type = ObjectType(item->data(0, ObjectTypeRole).toInt());
    const ItemId id = item->data(0, ItemIdRole).toInt();
    ProcessScene *scene = m_mapView->processScene();
    m_syncingSelection = true;
    switch (type) {
    case ObjectType::Step:
        if (StepItem *step = scene->stepItem(id)) {
            scene->selectSteps({id});
            m_mapView->centerOn(step->sceneSymbolRect().center());
        }
        break;
    case ObjectType::Handoff:
        if (HandoffItem *handoff = scene->handoffItem(id)) {
            scene->selectHandoffs({id});
            m_mapView->centerOn(handoff->route().boundingRect().center());
        }
        break;
    case ObjectType::Lane:
        if (LaneItem *lane = scene->laneItem(id)) {
            scene->selectLane(id);
            m_mapView->centerOn(lane->sceneHeaderRect().center());
        }
        break;
    case ObjectType::Process:
        scene->clearAllSelection();
        break;
    }
    m_syncingSelection = false;
}

void RevisionComparePanel::mapSelectionChanged()
{
    if (m_syncingSelection || !m_document)
        return;
    // The first entry of what was picked on the map, so the list tells what changed about it.
    ProcessScene *scene = m_mapView->processScene();
    ObjectType type = ObjectType::Step;
    ItemId id = 0;
    if (!scene->selectedStepIds().isEmpty()) {
        id = scene->selectedStepIds().constFirst();
    } else if (!scene->selectedHandoffIds().isEmpty()) {
        type = ObjectType::Handoff;
        id = scene->selectedHandoffIds().constFirst();
    } else if (scene->selectedLaneId()) {
        type = ObjectType::Lane;
        id = scene->selectedLaneId();
    }
    const QSignalBlocker blocker(m_changeList);
    for (int g = 0; g < m_changeList->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_changeList->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *entry = group->child(i);
            if (id && entry->data(0, ObjectTypeRole).toInt() == int(type)
                && entry->data(0, ItemIdRole).toInt() == id) {
                m_changeList->setCurrentItem(entry);
                m_changeList->scrollToItem(entry);
                return;
            }
        }
    }
    m_changeList->setCurrentItem(nullptr);
}

void RevisionComparePanel::updateLegend()
{
    const bool dark = CanvasPalette(palette()).isDark();
    const Mark marks[] = {Mark::Added, Mark::Changed, Mark::Moved, Mark::Removed};
    auto *layout = static_cast<QHBoxLayout *>(m_legend->layout());
    int swatch = 0;
    for (int i = 0; i < layout->count() && swatch < 4; ++i) {
        auto *label = qobject_cast<QLabel *>(layout->itemAt(i)->widget());
        if (!label || !label->text().isEmpty())
            continue;
        const Mark mark = marks[swatch++];
        label->setPixmap(legendSwatch(mark, mark == Mark::Moved, dark, devicePixelRatioF()));
    }
}

// --- before and after

void RevisionComparePanel::requestMetrics(bool reread)
{
    m_result.reset();
    if (!m_processId || m_splitMs == NoTime) {
        showMetricsMessage({});
        m_runs.cancel(reread);
        return;
    }
    showMetricsMessage(tr("Reading the runs..."));
    m_runs.request(reread);
}

RunsJobOf<BeforeAfter>::Compute RevisionComparePanel::metricsWork() const
{
    return [earlier = m_earlier, later = m_later, diff = m_diff,
            splitMs = m_splitMs](const RunLog &log) {
        return computeBeforeAfter(log, earlier, later, diff, splitMs);
    };
}

void RevisionComparePanel::metricsFinished()
{
    m_result = m_runs.result();
    if (!m_result->error.isEmpty())
        showMetricsMessage(tr("The runs could not be read: %1").arg(m_result->error));
    else
        fillMetrics();
    emit metricsUpdated();
}

void RevisionComparePanel::showMetricsMessage(const QString &text)
{
    m_windowLabel->setText(text);
    m_verdictLabel->clear();
    m_metricsTable->clear();
    m_metricsTable->setVisible(false);
}

void RevisionComparePanel::fillMetrics()
{
    const BeforeAfter &figures = m_result->figures;
    QString window = beforeAfterWindowText(figures);
    if (m_laterIsCurrent) {
        window += QLatin1Char(' ')
            + tr("The current map has no date of its own: the runs are split when the earlier "
                 "revision was saved.");
    }
    window += QLatin1Char(' ') + tr("A run counts on the side where it started.");
    m_windowLabel->setText(window);

    const QStringList sentences = beforeAfterSentences(figures);
    QString html;
    for (int i = 0; i < sentences.size(); ++i) {
        const QString line = sentences.at(i).toHtmlEscaped();
        html += i == 0 ? QStringLiteral("<p><b>%1</b></p>").arg(line)
                       : QStringLiteral("\u2022 %1<br>").arg(line);
    }
    m_verdictLabel->setText(html);

    m_metricsTable->clear();
    const RunStats &b = figures.before;
    const RunStats &a = figures.after;
    if (b.runs == 0 && a.runs == 0) {
        m_metricsTable->setVisible(false);
        return;
    }
    m_metricsTable->setVisible(true);
    const bool dark = CanvasPalette(palette()).isDark();
    const auto row = [&](const QString &figure, const QString &before, const QString &after,
                         const QString &change, int better) {
        auto *item = new QTreeWidgetItem(m_metricsTable, {figure, before, after, change});
        for (int column = 1; column < 4; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (better != 0 && figures.enoughRuns())
            item->setForeground(3, markColor(better > 0 ? Mark::Added : Mark::Removed, dark));
        return item;
    };
    // 1: better after, -1: worse, 0: no telling.
    const auto lowerIsBetter = [](double before, double after) {
        if (std::isnan(before) || std::isnan(after) || before <= 0)
            return 0;
        const double change = (after - before) / before;
        return std::abs(change) < 0.02 ? 0 : change < 0 ? 1 : -1;
    };
    const QLocale locale;
    row(tr("Runs"), locale.toString(b.runs), locale.toString(a.runs), QString(), 0);
    row(tr("Median cycle time"), humanDuration(b.cycleTime.p50), humanDuration(a.cycleTime.p50),
        relativeChangeText(b.cycleTime.p50, a.cycleTime.p50),
        lowerIsBetter(b.cycleTime.p50, a.cycleTime.p50));
    row(tr("P90 cycle time"), humanDuration(b.cycleTime.p90), humanDuration(a.cycleTime.p90),
        relativeChangeText(b.cycleTime.p90, a.cycleTime.p90),
        lowerIsBetter(b.cycleTime.p90, a.cycleTime.p90));
    row(tr("Mean cycle time"), humanDuration(b.cycleTime.mean), humanDuration(a.cycleTime.mean),
        relativeChangeText(b.cycleTime.mean, a.cycleTime.mean),
        lowerIsBetter(b.cycleTime.mean, a.cycleTime.mean));
    if (a.slaTargetS > 0) {
        const auto share = [&](double value) {
            return std::isnan(value)
                ? QStringLiteral("\u2013")
                : locale.toString(std::lround(value * 100.0)) + QLatin1Char('%');
        };
        QString change;
        int better = 0;
        if (!std::isnan(b.slaCompliance) && !std::isnan(a.slaCompliance)) {
            const long points = std::lround((a.slaCompliance - b.slaCompliance) * 100.0);
            change = points == 0
                ? tr("±0 points")
                : tr("%1%2 points")
                      .arg(points < 0 ? QString(QChar(0x2212)) : QStringLiteral("+"))
                      .arg(std::abs(points));
            better = points > 0 ? 1 : points < 0 ? -1 : 0;
        }
        row(tr("SLA compliance (%1)").arg(humanDuration(double(a.slaTargetS))),
            share(b.slaCompliance), share(a.slaCompliance), change, better);
    }
    if (!figures.steps.isEmpty()) {
        auto *heading = new QTreeWidgetItem(m_metricsTable, {tr("Waiting and processing")});
        QFont font = heading->font(0);
        font.setBold(true);
        heading->setFont(0, font);
        for (const StepBeforeAfter &step : figures.steps) {
            QTreeWidgetItem *item
                = row(quoted(step.name), humanDuration(step.beforeS), humanDuration(step.afterS),
                      relativeChangeText(step.beforeS, step.afterS),
                      lowerIsBetter(step.beforeS, step.afterS));
            item->setToolTip(0,
                             tr("%n execution(s) before", nullptr, int(step.beforeExecutions))
                                 + QLatin1Char('\n')
                                 + tr("%n execution(s) after", nullptr, int(step.afterExecutions)));
        }
    }
}

} // namespace Stepwise
