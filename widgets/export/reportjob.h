#pragma once

#include "report.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPageSize>

#include <atomic>
#include <memory>

namespace Stepwise {

/// Writes a process report without stopping the window: the runs are read and the figures
/// computed on a worker thread with its own connection to the workspace, the charts drawn on the
/// GUI thread (they are widgets, and quick), and the PDF written on a worker again, page by page,
/// telling its progress. cancel() stops it and leaves no file.
class ReportJob : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString workspacePath;
        ProcessId processId = 0;
        /// The map as it is being edited (unsaved changes included); the stored one when null.
        std::shared_ptr<const Process> map;
        qint64 fromMs = NoTime; ///< the window of the figures, as loadReportInput() takes it
        qint64 toMs = NoTime;
        QPageSize pageSize = QPageSize(QPageSize::A4);
        QString path; ///< the PDF to write
    };

    explicit ReportJob(QObject *parent = nullptr);
    /// Cancels a running job and waits for its worker (it stops at the next page).
    ~ReportJob() override;

    /// Starts writing; false (and nothing started) while another report is being written.
    bool start(const Request &request);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    /// Pages written of all (total 0 while the figures are being computed).
    void progress(int done, int total);
    /// ok: the file is written. Otherwise error says why, empty when cancelled.
    void finished(bool ok, const QString &error);

private:
    struct Gathered;
    void gathered();
    void written();
    void finish(bool ok, const QString &error);

    Request m_request;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QFutureWatcher<std::shared_ptr<Gathered>> m_gatherWatcher;
    QFutureWatcher<QString> m_writeWatcher; ///< the error; empty when written
};

} // namespace Stepwise
