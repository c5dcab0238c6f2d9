#pragma once

#include "dashboardcharts.h"
#include "runsjob.h"

#include "analysis/dashboard.h"
#include "process/process.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QCustomPlot;
class QDateEdit;
class QLabel;
class QMouseEvent;

namespace Stepwise {

class ChartCard;
class FiguresPages;
class KpiTile;
class Workspace;

/// The Dashboard tab: key figures and charts of a process's runs over a window of time, all from
/// computeDashboard() (hence the runs engine). The runs are read from the workspace's file and the
/// figures computed on a worker thread; a result that a newer request has overtaken is dropped.
/// Nothing is read while the view is hidden: it catches up when shown.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    /// Which runs count: those that started in the last N days up to the latest timestamp of
    /// the process's runs (so an imported log of last year still shows), all, or custom dates.
    using Window = DateWindow;
    /// Fills a combo box with the windows, in order, each with its Window as data (the
    /// dashboard's and the report dialog's).
    static void addWindowItems(QComboBox *combo);

    using Chart = DashboardCharts::Chart;

    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    /// Shows the runs of a process. The workspace is only asked for its path: the worker thread
    /// opens its own connection. A null workspace or a process id of 0 shows nothing.
    void setSource(Workspace *workspace, ProcessId processId, const Process &process);
    /// Shows nothing ("No process open").
    void clear();
    /// The map changed (its SLA target, lanes, steps or handoffs): recomputes shortly after,
    /// with the runs already read.
    void setProcess(const Process &process);
    /// The runs of the process changed: reads them again.
    void reloadRuns();

    Window window() const { return m_window; }
    void setWindow(Window window);
    /// The days of a custom window, both included (UTC); switches to Window::Custom.
    void setCustomRange(const QDate &from, const QDate &to);

    /// True while figures are being computed or wait to be.
    bool isComputing() const;
    /// What is on screen, or nullptr before the first result.
    const Dashboard *dashboard() const;
    /// The window shown, in UTC milliseconds (NoTime: open).
    qint64 windowFromMs() const;
    qint64 windowToMs() const;

    ChartCard *card(Chart chart) const;
    QCustomPlot *plot(Chart chart) const;
    KpiTile *runsTile() const { return m_runsTile; }
    KpiTile *medianTile() const { return m_medianTile; }
    KpiTile *p90Tile() const { return m_p90Tile; }
    KpiTile *slaTile() const { return m_slaTile; }
    KpiTile *inProgressTile() const { return m_inProgressTile; }
    QComboBox *windowCombo() const { return m_windowCombo; }

    /// Writes one chart as PNG or PDF (by the file's extension).
    bool exportChart(Chart chart, const QString &path) const;

signals:
    /// The user clicked a step's bar: show that step (by its name in the runs) on the map.
    void stepActivated(const QString &name);
    /// New figures are on screen.
    void updated();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// What the worker computes: the window (NoTime: open) and the figures in it.
    struct Figures
    {
        qint64 fromMs = NoTime;
        qint64 toMs = NoTime;
        Dashboard dashboard;
    };

    RunsJobOf<Figures>::Compute work() const;
    void finished();
    void windowChosen(int index);
    void customDatesEdited();

    void fill();
    void fillTiles();
    void restyle();
    void styleAll();
    void hover(Chart chart, QMouseEvent *event);
    QString toolTip(Chart chart, const QPointF &pos) const;
    void clicked(Chart chart, QMouseEvent *event);
    int weekAt(QCustomPlot *plot, double x) const;

    // The source.
    ProcessId m_processId = 0;
    Process m_process;
    Window m_window = Window::Last90Days;
    QDate m_customFrom;
    QDate m_customTo;

    // The work.
    RunsJobOf<Figures> m_runs; ///< keeps the runs read, for another window without reading
    std::shared_ptr<const RunsResult<Figures>> m_result; ///< on screen
    QTimer m_processTimer;
    QTimer m_datesTimer;

    // The widgets.
    FiguresPages *m_pages = nullptr;
    QComboBox *m_windowCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_emptyWindowLabel = nullptr;
    KpiTile *m_runsTile = nullptr;
    KpiTile *m_medianTile = nullptr;
    KpiTile *m_p90Tile = nullptr;
    KpiTile *m_slaTile = nullptr;
    KpiTile *m_inProgressTile = nullptr;
    QVector<ChartCard *> m_cards; ///< by Chart
    QVector<QString> m_stepNames; ///< the step chart's bars, top to bottom
    bool m_styling = false;
};

} // namespace Stepwise
