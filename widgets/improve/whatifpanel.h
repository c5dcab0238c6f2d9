#pragma once

#include "dashboard/runsjob.h"

#include "analysis/dashboard.h"
#include "analysis/whatif.h"
#include "process/process.h"

#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>

class QCustomPlot;
class QLabel;
class QMouseEvent;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace Stepwise {

class ChartCard;
class FiguresPages;
class Workspace;

/// What-if: pick tasks of the map and by how much automating them would shrink their time, and
/// see the logged runs replayed with those changes (computeWhatIf()) beside the runs as they were:
/// the cycle-time distribution, median, 90th percentile, mean, SLA compliance on the process's
/// clock, and the hours saved per month, in one plain sentence too. The runs are read once over
/// the worker thread's own read-only connection and kept; each pick recomputes on the worker, and
/// a result that a newer pick has overtaken is dropped. Nothing is computed while hidden.
class WhatIfPanel : public QWidget
{
    Q_OBJECT

public:
    /// The columns of the step list.
    enum Column { StepColumn, PercentColumn };
    /// The step's ItemId in a step list item (StepColumn, Qt::UserRole).
    static constexpr int StepIdRole = Qt::UserRole;

    explicit WhatIfPanel(QWidget *parent = nullptr);
    ~WhatIfPanel() override;

    /// Shows the what-if of a process's runs. The workspace is only asked for its path: the
    /// worker thread opens its own connection. A null workspace or a process id of 0 shows
    /// nothing.
    void setSource(Workspace *workspace, ProcessId processId, const Process &process);
    void clear();
    /// The map changed (tasks, names, SLA target or clock): lists its tasks again, keeping those
    /// picked that are still there, and recomputes shortly after with the runs already read.
    void setProcess(const Process &process);
    /// The runs of the process changed: reads them again.
    void reloadRuns();

    /// Picks a task (or unpicks it), at a percentage from 0 to 100 (negative: keep its own).
    void setStepPicked(ItemId stepId, bool picked, int percent = -1);
    /// The picked tasks as the model's changes, in the list's order.
    QVector<WhatIfChange> changes() const;

    /// True while figures are being computed or wait to be.
    bool isComputing() const;
    /// What is on screen, or nullptr before the first result (or when the runs could not be read).
    const WhatIfResult *result() const;
    /// The sentence on screen.
    QString summary() const;

    QTreeWidget *stepList() const { return m_steps; }
    /// The percentage spin box of a task's row; nullptr for a step not listed.
    QSpinBox *percentBox(ItemId stepId) const;
    /// The item of a task in the list; nullptr for a step not listed.
    QTreeWidgetItem *stepItem(ItemId stepId) const;
    QCustomPlot *plot() const;
    /// The text of a figure's cell: row 0 median, 1 90th percentile, 2 mean, 3 SLA compliance,
    /// 4 hours a month; column 0 before, 1 after, 2 change.
    QString figureText(int row, int column) const;

signals:
    /// A task of the list was double-clicked: show it on the map.
    void stepActivated(ItemId stepId);
    /// New figures are on screen.
    void updated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillSteps();
    void picksChanged();
    RunsJobOf<WhatIfResult>::Compute work() const;
    void finished();
    void fill();
    void fillFigures();
    void fillChart();
    void markUnmatchedSteps();
    void restyle();
    void hover(QMouseEvent *event);

    // The source.
    ProcessId m_processId = 0;
    Process m_process;
    QHash<ItemId, int> m_percents; ///< every task's percentage, picked or not
    QSet<ItemId> m_picked;

    // The work.
    RunsJobOf<WhatIfResult> m_runs; ///< keeps the runs read, for the next pick without reading
    std::shared_ptr<const RunsResult<WhatIfResult>> m_result; ///< on screen
    QTimer m_pickTimer;

    // The widgets.
    FiguresPages *m_pages = nullptr;
    QTreeWidget *m_steps = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_clockLabel = nullptr;
    QVector<QVector<QLabel *>> m_cells; ///< m_cells[row][column] of the figures
    ChartCard *m_chart = nullptr;
    QVector<HistogramBin> m_bins; ///< the chart's bars
    double m_binS = 0; ///< their width in seconds
    bool m_styling = false;
    bool m_filling = false;
};

} // namespace Stepwise
