#include "runsview.h"

#include "importrunsdialog.h"
#include "logrundialog.h"
#include "runstablemodel.h"
#include "runtimeline.h"

#include "analysis/businesscalendar.h"
#include "analysis/statistics.h"
#include "process/processdocument.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Stepwise {

namespace {

// Cap on the runs whose selection survives a reload (each is found by a linear search).
constexpr int keptSelectionLimit = 2000;

} // namespace

RunsView::RunsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new RunsTableModel(workspace, this))
{
    setObjectName(QStringLiteral("runsView"));
    createActions();

    // The empty state: what runs are and the two ways to get the first.
    auto *emptyPage = new QWidget(this);
    m_emptyTitle = new QLabel(emptyPage);
    m_emptyTitle->setObjectName(QStringLiteral("runsEmptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_emptyTitle->setFont(titleFont);
    m_emptyText = new QLabel(emptyPage);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_emptyText->setMaximumWidth(520);
    m_emptyLogButton = new QPushButton(tr("&Log a Run..."), emptyPage);
    m_emptyLogButton->setObjectName(QStringLiteral("emptyLogRunButton"));
    connect(m_emptyLogButton, &QPushButton::clicked, this, &RunsView::logRun);
    m_emptyImportButton = new QPushButton(tr("&Import Runs..."), emptyPage);
    m_emptyImportButton->setObjectName(QStringLiteral("emptyImportButton"));
    connect(m_emptyImportButton, &QPushButton::clicked, this, [this] { importRuns(); });
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch();
    emptyButtons->addWidget(m_emptyLogButton);
    emptyButtons->addWidget(m_emptyImportButton);
    emptyButtons->addStretch();
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->setContentsMargins(40, 40, 40, 40);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyTitle);
    // Not added with an alignment: a wrapped label then gets its sizeHint() and loses lines.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_emptyText, 4);
    textRow->addStretch();
    emptyLayout->addLayout(textRow);
    emptyLayout->addSpacing(12);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch();

    // The table page: a bar of filters and actions, the table, the current run's timeline.
    auto *tablePage = new QWidget(this);
    m_filter = new QLineEdit(tablePage);
    m_filter->setObjectName(QStringLiteral("runsFilter"));
    m_filter->setPlaceholderText(tr("Filter by case..."));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter runs by case"));
    m_filter->setMaximumWidth(260);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this,
            [this] { m_model->setCaseFilter(m_filter->text().trimmed()); });
    m_slaFilter = new QComboBox(tablePage);
    m_slaFilter->setObjectName(QStringLiteral("runsSlaFilter"));
    m_slaFilter->setAccessibleName(tr("Filter runs by SLA"));
    m_slaFilter->addItem(tr("All runs"), int(RunQuery::Sla::Any));
    m_slaFilter->addItem(tr("SLA met"), int(RunQuery::Sla::Met));
    m_slaFilter->addItem(tr("SLA missed"), int(RunQuery::Sla::Missed));
    connect(m_slaFilter, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_model->setSlaFilter(RunQuery::Sla(m_slaFilter->currentData().toInt())); });
    m_countLabel = new QLabel(tablePage);
    m_countLabel->setObjectName(QStringLiteral("runsCountLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    const auto toolButton = [tablePage](QAction *action) {
        auto *button = new QPushButton(action->icon(), action->iconText(), tablePage);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setToolTip(action->toolTip());
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button,
                [button, action] { button->setEnabled(action->isEnabled()); });
        return button;
    };
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 6);
    bar->addWidget(m_filter);
    bar->addWidget(m_slaFilter);
    bar->addWidget(m_countLabel);
    bar->addStretch();
    bar->addWidget(toolButton(m_logRunAction));
    bar->addWidget(toolButton(m_importAction));
    bar->addWidget(toolButton(m_editAction));
    bar->addWidget(toolButton(m_deleteAction));

    m_table = new QTableView(tablePage);
    m_table->setObjectName(QStringLiteral("runsTable"));
    m_table->setAccessibleName(tr("Runs"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_editAction, m_deleteAction});
    // Uniform rows: the view then never asks a row its height, so 100,000 rows cost nothing
    // until they show.
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int dateWidth = fontMetrics().horizontalAdvance(RunsTableModel::formatTime(
                              QDateTime(QDate(2026, 12, 28), QTime(23, 58)).toMSecsSinceEpoch()))
        + 2 * em;
    m_table->setColumnWidth(RunsTableModel::CaseColumn, 14 * em);
    m_table->setColumnWidth(RunsTableModel::StartColumn, dateWidth);
    m_table->setColumnWidth(RunsTableModel::EndColumn, dateWidth);
    m_table->setColumnWidth(RunsTableModel::CycleTimeColumn, 9 * em);
    m_table->setColumnWidth(RunsTableModel::SlaColumn, 8 * em);
    m_table->setColumnWidth(RunsTableModel::StepsColumn, 6 * em);
    m_table->setColumnWidth(
        RunsTableModel::OwnerChangesColumn,
        fontMetrics().horizontalAdvance(
            m_model->headerData(RunsTableModel::OwnerChangesColumn, Qt::Horizontal).toString())
            + 3 * em);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunsTableModel::StartColumn, Qt::DescendingOrder); // newest first
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunsView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RunsView::showCurrentRun);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        // Enter or a double-click: make sure the timeline is in view.
        const QList<int> sizes = m_splitter->sizes();
        if (sizes.value(1) < m_timeline->minimumSizeHint().height())
            m_splitter->setSizes({sizes.value(0) * 3 / 5, sizes.value(0) * 2 / 5});
        m_table->setCurrentIndex(index);
        showCurrentRun();
    });

    auto *timelinePane = new QWidget(tablePage);
    m_timelineTitle = new QLabel(timelinePane);
    m_timelineTitle->setObjectName(QStringLiteral("timelineTitle"));
    m_timelineTitle->setTextFormat(Qt::RichText);
    m_timelineTitle->setContentsMargins(8, 6, 8, 2);
    m_timeline = new RunTimeline(timelinePane);
    m_timeline->setObjectName(QStringLiteral("runTimeline"));
    auto *timelineScroll = new QScrollArea(timelinePane);
    timelineScroll->setWidget(m_timeline);
    timelineScroll->setWidgetResizable(true);
    timelineScroll->setFrameShape(QFrame::NoFrame);
    timelineScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *timelineLayout = new QVBoxLayout(timelinePane);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(0);
    timelineLayout->addWidget(m_timelineTitle);
    timelineLayout->addWidget(timelineScroll, 1);

    m_splitter = new QSplitter(Qt::Vertical, tablePage);
    m_splitter->setObjectName(QStringLiteral("runsSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(timelinePane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(true);

    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addLayout(bar);
    tableLayout->addWidget(m_splitter, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(emptyPage);
    m_stack->addWidget(tablePage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_model, &RunsTableModel::loaded, this, &RunsView::listLoaded);
    connect(m_model, &RunsTableModel::loadingChanged, this, &RunsView::updateCount);
    connect(m_model, &RunsTableModel::loadFailed, this, [this](const QString &message) {
        updateCount();
        m_countLabel->setToolTip(message);
    });
    connect(m_model, &RunsTableModel::modelAboutToBeReset, this, [this] {
        // Kept by id: the rows move with a new order or filter.
        m_keepSelection.clear();
        const QModelIndexList selected = m_table->selectionModel()->selectedRows();
        for (const QModelIndex &index : selected) {
            if (m_keepSelection.size() >= keptSelectionLimit)
                break;
            m_keepSelection.append(m_model->runId(index.row()));
        }
        m_keepCurrent = m_model->runId(m_table->currentIndex().row());
    });

    updateState();
    updateActions();
}

RunsView::~RunsView() = default;

void RunsView::createActions()
{
    m_logRunAction
        = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Log a Run..."), this);
    m_logRunAction->setObjectName(QStringLiteral("actionLogRun"));
    m_logRunAction->setIconText(tr("Log a Run..."));
    m_logRunAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_logRunAction->setToolTip(
        tr("Log a run of this process by hand: the steps done, when, by whom"));
    connect(m_logRunAction, &QAction::triggered, this, &RunsView::logRun);

    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                 tr("&Import Runs..."), this);
    m_importAction->setObjectName(QStringLiteral("actionImportRuns"));
    m_importAction->setIconText(tr("Import..."));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importAction->setToolTip(tr("Import runs from an event log (CSV, XES or XES.GZ)"));
    connect(m_importAction, &QAction::triggered, this, [this] { importRuns(); });

    m_editAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Run..."), this);
    m_editAction->setObjectName(QStringLiteral("actionEditRun"));
    m_editAction->setIconText(tr("Edit..."));
    m_editAction->setToolTip(tr("Change the steps and times of the current run"));
    connect(m_editAction, &QAction::triggered, this, &RunsView::editRun);

    m_deleteAction
        = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Runs..."), this);
    m_deleteAction->setObjectName(QStringLiteral("actionDeleteRuns"));
    m_deleteAction->setIconText(tr("Delete"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected runs"));
    connect(m_deleteAction, &QAction::triggered, this, &RunsView::deleteSelectedRuns);
}

void RunsView::setDocument(ProcessDocument *document)
{
    if (m_document)
        QObject::disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_processId = document ? document->process().id : 0;
    if (document) {
        connect(document, &ProcessDocument::processChanged, this, [this](Property property) {
            if (property == Property::SlaClock || property == Property::WorkingHours
                || property == Property::TimeZone || property == Property::Holidays) {
                m_model->setSlaClock(slaClockDuration(m_document->process()));
                showCurrentRun();
            }
            if (property == Property::SlaTarget) {
                m_model->setSlaTarget(m_document->process().slaTargetS);
                updateState(); // the SLA filter needs a target
                showCurrentRun();
            }
        });
        // Lanes and step names place the timeline's bars.
        const auto mapChanged = [this] {
            if (m_timeline->hasRun())
                m_timeline->setProcess(m_document->process());
        };
        connect(document, &ProcessDocument::lanesChanged, this, mapChanged);
        connect(document, &ProcessDocument::stepsAdded, this, mapChanged);
        connect(document, &ProcessDocument::stepsRemoved, this, mapChanged);
        connect(document, &ProcessDocument::stepsChanged, this, mapChanged);
        connect(document, &ProcessDocument::readOnlyChanged, this, &RunsView::updateActions);
    }
    m_stale = true;
    if (isVisible())
        updateProcess();
    else
        updateState();
    updateActions();
}

ProcessDocument *RunsView::document() const
{
    return m_document;
}

void RunsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        updateProcess();
}

void RunsView::updateProcess()
{
    m_stale = false;
    m_shownRunId = 0;
    m_keepSelection.clear();
    m_keepCurrent = 0;
    m_timeline->clear();
    m_timelineTitle->clear();
    m_totalRuns = m_processId ? std::max<qint64>(0, m_workspace->runCount(m_processId)) : 0;
    {
        const QSignalBlocker blockFilter(m_filter);
        const QSignalBlocker blockSla(m_slaFilter);
        m_filter->clear();
        m_slaFilter->setCurrentIndex(0);
    }
    m_filterTimer->stop();
    m_model->setSlaClock(m_document ? slaClockDuration(m_document->process())
                                    : std::function<qint64(qint64, qint64)>());
    m_model->setProcess(m_processId, m_document ? m_document->process().slaTargetS : 0);
    updateState();
    updateCount();
}

void RunsView::reload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_totalRuns = m_processId ? std::max<qint64>(0, m_workspace->runCount(m_processId)) : 0;
    updateState();
    m_model->reload();
}

bool RunsView::isEmptyStateShown() const
{
    return m_stack->currentIndex() == 0;
}

void RunsView::updateState()
{
    const bool hasRuns = m_processId != 0 && m_totalRuns > 0;
    if (!m_processId) {
        m_emptyTitle->setText(tr("No process open"));
        m_emptyText->setText(tr("Select a process on the left to see its runs."));
    } else {
        m_emptyTitle->setText(tr("No runs yet"));
        m_emptyText->setText(
            tr("Log how a run of \u201c%1\u201d went, step by step, or import an event log (CSV "
               "or XES) from another tool. Each run's cycle time, steps and changes of owner "
               "then show here.")
                .arg(m_document ? m_document->process().name : QString()));
    }
    m_emptyLogButton->setVisible(m_processId != 0);
    m_emptyImportButton->setVisible(m_processId != 0);
    m_stack->setCurrentIndex(hasRuns ? 1 : 0);
    const bool hasTarget = m_document && m_document->process().slaTargetS > 0;
    if (!hasTarget)
        m_slaFilter->setCurrentIndex(0); // every run: without a target there is no verdict
    m_slaFilter->setEnabled(hasTarget);
    updateActions();
}

void RunsView::updateActions()
{
    const bool writable = m_processId != 0 && !m_workspace->isReadOnly()
        && !(m_document && m_document->isReadOnly());
    const bool hasSelection = m_table->selectionModel()->hasSelection();
    m_logRunAction->setEnabled(writable);
    m_importAction->setEnabled(writable);
    m_editAction->setEnabled(writable && m_table->currentIndex().isValid());
    m_deleteAction->setEnabled(writable && hasSelection);
    m_emptyLogButton->setEnabled(writable);
    m_emptyImportButton->setEnabled(writable);
}

void RunsView::updateCount()
{
    const QLocale locale;
    const int shown = m_model->rowCount();
    QString text = shown == m_totalRuns || m_totalRuns == 0
        ? tr("%Ln run(s)", nullptr, shown)
        : tr("%1 of %Ln run(s)", nullptr, int(m_totalRuns)).arg(locale.toString(shown));
    if (m_model->isLoading())
        text += QLatin1Char(' ') + tr("(reading...)");
    else if (!m_model->errorString().isEmpty())
        text += QLatin1Char(' ') + tr("(could not be read)");
    m_countLabel->setText(text);
    m_countLabel->setToolTip(m_model->errorString());
}

void RunsView::listLoaded()
{
    QItemSelectionModel *selection = m_table->selectionModel();
    if (!m_keepSelection.isEmpty()) {
        QItemSelection kept;
        for (const qint64 id : qAsConst(m_keepSelection)) {
            const int row = m_model->rowOfRun(id);
            if (row >= 0)
                kept.select(m_model->index(row, 0),
                            m_model->index(row, RunsTableModel::ColumnCount - 1));
        }
        selection->select(kept, QItemSelectionModel::ClearAndSelect);
    }
    const int current = m_keepCurrent ? m_model->rowOfRun(m_keepCurrent) : -1;
    if (current >= 0) {
        selection->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
        m_table->scrollTo(m_model->index(current, 0));
    }
    m_keepSelection.clear();
    m_keepCurrent = 0;
    if (m_shownRunId && m_model->rowOfRun(m_shownRunId) < 0) {
        // The run shown is gone, or filtered out.
        m_shownRunId = 0;
        m_timeline->clear();
        m_timelineTitle->clear();
    }
    updateCount();
    updateActions();
}

QVector<qint64> RunsView::selectedRunIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QVector<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &index : qAsConst(rows))
        ids.append(m_model->runId(index.row()));
    return ids;
}

bool RunsView::showRun(qint64 runId)
{
    const int row = m_model->rowOfRun(runId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    showCurrentRun();
    return true;
}

void RunsView::showCurrentRun()
{
    updateActions();
    const int row = m_table->currentIndex().row();
    const qint64 runId = m_model->runId(row);
    if (!runId || !m_document)
        return;
    const std::optional<RunLog> log = m_workspace->loadRunsById({runId});
    if (!log || log->runs.isEmpty())
        return;
    m_shownRunId = runId;
    m_timeline->setRun(*log, 0, m_document->process());
    const RunSummary run = m_model->summary(row);
    QStringList parts {QStringLiteral("<b>%1</b>").arg(run.caseId.toHtmlEscaped())};
    const qint64 cycleMs = run.cycleTimeMs(m_model->slaClock());
    if (cycleMs != NoTime) {
        parts.append(tr("%1 \u2192 %2")
                         .arg(RunsTableModel::formatTime(run.firstMs),
                              RunsTableModel::formatTime(run.lastMs)));
        parts.append(tr("cycle time %1").arg(humanDuration(cycleMs / 1000.0)));
    }
    parts.append(tr("%n step(s)", nullptr, run.executions));
    parts.append(tr("%n owner change(s)", nullptr, run.ownerChanges));
    const qint64 targetS = m_document->process().slaTargetS;
    if (targetS > 0 && cycleMs != NoTime) {
        parts.append(cycleMs <= targetS * 1000 ? tr("SLA met") : tr("SLA missed"));
    }
    m_timelineTitle->setText(parts.join(QStringLiteral(" \u00b7 ")));
}

void RunsView::logRun()
{
    if (!m_logRunAction->isEnabled() || !m_document)
        return;
    LogRunDialog dialog(m_workspace, m_document->process(), this);
    if (dialog.exec() == QDialog::Accepted)
        runsWritten(dialog.savedRunId());
}

void RunsView::editRun()
{
    if (!m_editAction->isEnabled() || !m_document)
        return;
    const qint64 runId = m_model->runId(m_table->currentIndex().row());
    const std::optional<RunLog> log = m_workspace->loadRunsById({runId});
    if (!log || log->runs.isEmpty()) {
        showError(tr("The run could not be read."), m_workspace->errorString());
        return;
    }
    LogRunDialog dialog(m_workspace, m_document->process(), this);
    dialog.editRun(runId, *log, 0);
    if (dialog.exec() == QDialog::Accepted) {
        m_shownRunId = 0; // its timeline is read again
        runsWritten(dialog.savedRunId());
    }
}

void RunsView::importRuns(const QString &path)
{
    if (!m_importAction->isEnabled() || !m_document)
        return;
    QString file = path;
    if (file.isEmpty()) {
        QSettings settings;
        file = QFileDialog::getOpenFileName(
            this, tr("Import Runs"), settings.value(QStringLiteral("runs/importFolder")).toString(),
            tr("Event logs (*.csv *.tsv *.txt *.xes *.xes.gz *.gz);;All files (*)"));
        if (file.isEmpty())
            return;
        settings.setValue(QStringLiteral("runs/importFolder"), QFileInfo(file).absolutePath());
    }
    ImportRunsDialog dialog(m_workspace, m_document, file, this);
    dialog.exec();
    if (dialog.hasImported())
        runsWritten(0);
}

void RunsView::deleteSelectedRuns()
{
    if (!m_deleteAction->isEnabled())
        return;
    const QVector<qint64> ids = selectedRunIds();
    if (ids.isEmpty() || !m_document)
        return;
    const int count = int(ids.size());
    QMessageBox box(QMessageBox::Question, tr("Delete Runs"),
                    count == 1 ? tr("Delete the run of case \u201c%1\u201d?")
                                     .arg(m_model->summary(m_model->rowOfRun(ids.first())).caseId)
                               : tr("Delete %Ln runs of \u201c%1\u201d?", nullptr, count)
                                     .arg(m_document->process().name),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("deleteRunsBox"));
    box.setInformativeText(tr("Their steps and times leave the workspace. This cannot be undone."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteRunsButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    // The row after the last deleted one becomes current.
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    int firstRow = m_model->rowCount();
    for (const QModelIndex &index : selected)
        firstRow = std::min(firstRow, index.row());
    if (!m_workspace->deleteRunsById(m_processId, ids)) {
        showError(tr("The runs could not be deleted."), m_workspace->errorString());
        return;
    }
    m_table->selectionModel()->clear();
    const int nextRow = firstRow;
    connect(
        m_model, &RunsTableModel::loaded, this,
        [this, nextRow] {
            if (m_model->rowCount() == 0)
                return;
            const QModelIndex index = m_model->index(std::min(nextRow, m_model->rowCount() - 1), 0);
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        },
        Qt::SingleShotConnection);
    runsWritten(0);
}

void RunsView::runsWritten(qint64 selectRunId)
{
    if (selectRunId) {
        connect(
            m_model, &RunsTableModel::loaded, this, [this, selectRunId] { showRun(selectRunId); },
            Qt::SingleShotConnection);
    }
    m_totalRuns = m_processId ? std::max<qint64>(0, m_workspace->runCount(m_processId)) : 0;
    updateState();
    m_model->reload();
    emit runsChanged(m_processId);
}

void RunsView::showError(const QString &what, const QString &why)
{
    QMessageBox box(QMessageBox::Warning, tr("Stepwise"), what, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("runsErrorBox"));
    box.setInformativeText(why);
    box.exec();
}

} // namespace Stepwise
