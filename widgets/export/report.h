#pragma once

#include "analysis/candidates.h"
#include "analysis/dashboard.h"
#include "analysis/diagnostic.h"
#include "process/process.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QPageSize>
#include <QPair>
#include <QPicture>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace Stepwise {

/// One dashboard chart, drawn for the report.
struct ReportChart
{
    QString title;
    QString note; ///< beside the title ("bars of 1 h"); empty for none
    QPicture picture; ///< the chart as vectors and text, replayed onto the PDF
};

/// Everything a process report shows, gathered before it is written so that writing it needs
/// neither the workspace nor a window.
struct ReportInput
{
    Process process;
    /// The process's latest revision; nothing when its map was never saved as one.
    std::optional<RevisionInfo> latestRevision;
    /// The window of the figures: the runs that started in [fromMs, toMs) (NoTime: open).
    qint64 fromMs = NoTime;
    qint64 toMs = NoTime;
    QDateTime created = QDateTime::currentDateTimeUtc(); ///< the date on the title page
    qint64 processRuns = 0; ///< every run the process has, in the window or not
    Dashboard dashboard; ///< the Dashboard tab's figures over the window
    /// The process's diagnostic; the report has a section for it when there is one.
    std::optional<Diagnostic> diagnostic;
    /// What the Improve tab says of all the process's runs (not only the window's): what to fix
    /// first, and the automation candidates with what each would save.
    std::optional<Improvement> improvement;
    QPageSize pageSize = QPageSize(QPageSize::A4); ///< always portrait; a wide map turns its page
    /// The dashboard's charts as drawReportCharts() draws them; empty until then.
    QVector<ReportChart> charts;
};

/// The report's window when none is chosen: the last 90 days (UTC) up to and including the day of
/// nowMs.
QPair<qint64, qint64> defaultReportWindow(qint64 nowMs);

/// Gathers a report of a stored process from the workspace: the process (or \a map, the map as
/// it is being edited, unsaved changes included), its latest revision, the dashboard of its runs
/// that started in [fromMs, toMs), and its diagnostic (of the stored process, as of now). Nothing
/// on error, with the workspace's message. Runs on a worker thread with that thread's own
/// Workspace.
std::optional<ReportInput> loadReportInput(Workspace &workspace, ProcessId processId, qint64 fromMs,
                                           qint64 toMs, QString *error = nullptr,
                                           const Process *map = nullptr);

/// Draws the dashboard's charts for the report into input.charts (none when the window has no
/// run). Charts are QCustomPlot widgets: call it on the GUI thread; writeReport() may then run on
/// any thread.
void drawReportCharts(ReportInput &input);

/// Told after each page written (done of total); returns false to cancel.
using ReportProgress = std::function<bool(int done, int total)>;

/// Writes the process report as a PDF (vector graphics and real, selectable text): a title page,
/// the map, the steps, the key figures and charts of the window, and the diagnostic when there is
/// one; the process's name and page numbers in the footer of every page. All or nothing: on an
/// error or a cancel no file is left (an existing one stays as it was), and the error names the
/// file. Needs no window. On the GUI thread it draws the charts itself when they are not drawn.
bool writeReport(const ReportInput &input, const QString &path, QString *error = nullptr,
                 const ReportProgress &progress = {});

} // namespace Stepwise
