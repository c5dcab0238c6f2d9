#pragma once

#include "dashboard/runsjob.h"

#include "analysis/candidates.h"
#include "process/process.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QCPItemText;
class QComboBox;
class QCustomPlot;
class QLabel;
class QListWidget;
class QMouseEvent;
class QScrollArea;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace Stepwise {

class ChartCard;
class FiguresPages;
class ProcessDocument;
class Workspace;

/// The Improve tab: what to fix first, in plain sentences from the figures (improvementSummary()),
/// a place for the diagnostic, and sections: impact versus effort (a chart in four quadrants and
/// the tasks ranked by the hours a month they cost), the automation candidates (with the rules
/// that found them, what to fix first, what automating them would save, and the decision on each),
/// and pages others add (what-if, checkpoints, revision compare).
///
/// The figures are analyzeImprovement() of the process's runs: read over the worker thread's own
/// read-only connection, kept, and computed on the worker again when the map changes; a result
/// that a newer request has overtaken is dropped. Nothing is computed while the view is hidden.
/// Decisions go through the document, so they are undone and saved like any edit of the map.
class ImproveView : public QWidget
{
    Q_OBJECT

public:
    /// The ranked list's columns.
    enum RankColumn { RankStepColumn, RankImpactColumn, RankEffortColumn, RankQuadrantColumn };
    /// The candidate table's columns.
    enum CandidateColumn { CandidateStepColumn, WhyColumn, SavedColumn, DecisionColumn };
    /// The step's ItemId in an item of the ranked list (its first column, Qt::UserRole).
    static constexpr int StepIdRole = Qt::UserRole;
    /// The built-in sections, in the order of the section list.
    enum Section { ImpactSection, CandidatesSection };

    explicit ImproveView(QWidget *parent = nullptr);
    ~ImproveView() override;

    /// Shows the process of a document: its runs read from the workspace's file (only its path is
    /// asked; the worker opens its own connection), the map from the document, which it follows
    /// and edits (decisions). A null workspace or document shows nothing.
    void setSource(Workspace *workspace, ProcessDocument *document);
    /// Shows nothing ("No process open").
    void clear();
    /// The runs of the process changed: reads them again.
    void reloadRuns();

    /// Puts a widget (the diagnostic) below the summary; the view takes it. nullptr removes it.
    void setDiagnosticPanel(QWidget *panel);
    QWidget *diagnosticPanel() const { return m_diagnosticPanel; }
    /// Adds a section after the others; the view takes the page. Returns its index.
    int addPage(QWidget *page, const QString &title);
    /// Shows a section by its index in the list (Section for the built-in ones).
    void setCurrentSection(int index);
    int currentSection() const;

    /// Decides on a candidate: its automation state on the map, through the document (one undo
    /// step). False when there is no document, it refuses, or nothing changes.
    bool setDecision(ItemId stepId, Step::Automation state);

    /// True while figures are being computed or wait to be.
    bool isComputing() const;
    /// What is on screen, or nullptr before the first result (or when the runs could not be read).
    const Improvement *improvement() const;
    /// The sentences of "What to fix first" on screen.
    QStringList summary() const;
    /// The steps the rules find (for DiagnosticFacts::ruleCandidates); empty before a result.
    ItemIds ruleCandidates() const;

    QLabel *summaryLabel() const { return m_summary; }
    QListWidget *sectionList() const { return m_sections; }
    QCustomPlot *impactPlot() const;
    QTreeWidget *rankedList() const { return m_ranked; }
    /// The candidate table (a grid of labels and combo boxes in a scroll area).
    QWidget *candidateTable() const;
    /// The steps of the candidate table's rows, top to bottom.
    ItemIds candidateRows() const;
    /// The decision combo box of a candidate's row; nullptr for a step not listed.
    QComboBox *decisionCombo(ItemId stepId) const;
    /// The label of a candidate's row in a column (not DecisionColumn); nullptr when not listed.
    QLabel *candidateLabel(ItemId stepId, CandidateColumn column) const;
    /// Whether a candidate's row is marked "fix first".
    bool isMarkedFixFirst(ItemId stepId) const;
    /// The item of a step in the ranked list; nullptr when not listed.
    QTreeWidgetItem *rankedItem(ItemId stepId) const;
    /// Where a step's point is drawn on the chart, in the plot's pixels; (-1, -1) when it is not.
    QPointF pointPosition(ItemId stepId) const;

signals:
    /// The user clicked a task in the chart or a list: show it on the map.
    void stepActivated(Stepwise::ItemId stepId);
    /// New figures are on screen.
    void updated();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// What the worker computes: the figures and the sentences of "What to fix first".
    struct Figures
    {
        Improvement improvement;
        QStringList summary;
    };

    QWidget *createImpactPage();
    QWidget *createCandidatesPage();
    void setDocument(ProcessDocument *document);
    /// The runs are being read: an empty chart and lists, and a line that says so.
    void showReading();
    RunsJobOf<Figures>::Compute work() const;
    void finished();
    void fill();
    void fillSummary();
    void fillChart();
    void placeLabels();
    void fillRanked();
    void fillCandidates();
    void restyle();
    int pointAt(const QPointF &pos) const;
    void hover(QMouseEvent *event);
    void clicked(QMouseEvent *event);

    // The source.
    ProcessId m_processId = 0;
    QPointer<ProcessDocument> m_document;

    // The work.
    RunsJobOf<Figures> m_runs; ///< keeps the runs read, for the next map change
    std::shared_ptr<const RunsResult<Figures>> m_result; ///< on screen
    QTimer m_processTimer;

    // The widgets.
    FiguresPages *m_pages = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_busyLabel = nullptr;
    QWidget *m_diagnosticSlot = nullptr;
    QVBoxLayout *m_diagnosticLayout = nullptr;
    QPointer<QWidget> m_diagnosticPanel;
    QListWidget *m_sections = nullptr;
    QStackedWidget *m_sectionPages = nullptr;
    ChartCard *m_chart = nullptr;
    QLabel *m_impactNote = nullptr;
    QTreeWidget *m_ranked = nullptr;
    QLabel *m_candidatesNote = nullptr;
    QScrollArea *m_candidateScroll = nullptr;
    /// A row of the candidate table.
    struct CandidateRow
    {
        ItemId stepId = 0;
        bool fixFirst = false;
        QLabel *name = nullptr;
        QLabel *why = nullptr;
        QLabel *saved = nullptr;
        QComboBox *decision = nullptr;
    };
    QVector<CandidateRow> m_candidateRows;
    /// The chart's points: the step, where it is in plot coordinates (effort, impact), and its
    /// name beside it.
    struct Point
    {
        ItemId stepId = 0;
        double x = 0;
        double y = 0;
        QCPItemText *label = nullptr;
        QString name;
    };
    QVector<Point> m_points;
    bool m_styling = false;
};

} // namespace Stepwise
