#pragma once

#include "process/process.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

class QWidget;

namespace Stepwise {

struct RunLog;

/// The figures a view computes from a process's runs on a worker thread, for the view that shows
/// them: the runs are read over the worker's own read-only connection (readRunsOnThisThread())
/// and kept, so the next request (another window, a map change, a pick) only computes; a result
/// that a newer request has overtaken is dropped; nothing is read or computed while the view is
/// hidden: it catches up when shown. The view says what to compute (RunsJobOf) and fills its
/// widgets when finished() comes.
class RunsJob : public QObject
{
    Q_OBJECT

public:
    ~RunsJob() override;

    /// The runs of a process in a workspace's file. Another source forgets the runs kept.
    void setSource(const QString &path, ProcessId processId);
    /// No source: forgets the runs kept and every request; a result still to come is dropped.
    void clear();
    ProcessId processId() const { return m_processId; }

    /// Asks for new figures: computed now, when the worker is free, or when the view is shown.
    /// reread: the runs changed, read them again. Nothing without a source.
    void request(bool reread = false);
    /// Nothing to compute for now: a result still to come is dropped, and no request waits.
    /// reread: the runs changed, read them again next time.
    void cancel(bool reread = false);

    /// True while figures are being computed or wait to be.
    bool isComputing() const { return m_running || m_pending || m_stale; }
    /// The runs read and kept, or null.
    const std::shared_ptr<const RunLog> &log() const { return m_log; }
    /// A widget shown while the worker computes ("Computing...").
    void setBusyIndicator(QWidget *indicator) { m_busy = indicator; }

signals:
    /// Runs were read and are kept now (after a source or a reread).
    void runsRead();
    /// The result of the latest request is in: RunsJobOf::result().
    void finished();

protected:
    /// view: the widget that shows the figures (nothing is computed while it is hidden).
    explicit RunsJob(QWidget *view);

    /// Starts the worker with the source and the runs kept (null: read them); false when there
    /// is nothing to compute.
    virtual bool launch(const QString &path, ProcessId processId,
                        const std::shared_ptr<const RunLog> &log)
        = 0;
    /// The worker is done; log: the runs it read or was given, null when they could not be read.
    void workerFinished(const std::shared_ptr<const RunLog> &log);
    /// On the worker: the runs given, or read over the worker's own connection.
    static std::shared_ptr<const RunLog> runs(const QString &path, ProcessId processId,
                                              const std::shared_ptr<const RunLog> &log,
                                              QString *error);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void start();
    void setBusy(bool busy);

    QWidget *m_view = nullptr;
    QPointer<QWidget> m_busy;
    QString m_path;
    ProcessId m_processId = 0;
    std::shared_ptr<const RunLog> m_log; ///< the runs read, for the next request
    int m_generation = 0; ///< bumped by every request; a result of an older one is dropped
    int m_sourceGeneration = 0; ///< bumped when the runs must be read again
    int m_runningGeneration = 0; ///< m_generation when the worker started
    int m_runningSourceGeneration = 0;
    bool m_wanted = false; ///< the latest request wants figures
    bool m_running = false; ///< the worker computes; its result is not applied yet
    bool m_pending = false; ///< a request waits for the worker to be free
    bool m_stale = false; ///< a request came while hidden
};

/// What a RunsJobOf hands back: the runs and the figures computed from them, or why the runs
/// could not be read.
template<typename Figures>
struct RunsResult
{
    std::shared_ptr<const RunLog> log; ///< null when the runs could not be read
    QString error;
    Figures figures;
};

/// A RunsJob that computes Figures.
template<typename Figures>
class RunsJobOf final : public RunsJob
{
public:
    /// Runs on the worker with the runs: it must hold copies of all it needs.
    using Compute = std::function<Figures(const RunLog &log)>;
    using Result = RunsResult<Figures>;

    /// prepare: called on the GUI thread as the worker starts, returns the compute with copies
    /// of what it needs then (an empty function: nothing to compute).
    RunsJobOf(QWidget *view, std::function<Compute()> prepare)
        : RunsJob(view), m_prepare(std::move(prepare))
    {
        connect(&m_watcher, &QFutureWatcherBase::finished, this,
                [this] { workerFinished(m_watcher.result()->log); });
    }
    ~RunsJobOf() override
    {
        // The worker holds copies only; its result, if any, is dropped.
        m_watcher.disconnect(this);
    }

    /// The result of the latest request, when finished() came.
    std::shared_ptr<const Result> result() const { return m_watcher.result(); }

private:
    bool launch(const QString &path, ProcessId processId,
                const std::shared_ptr<const RunLog> &log) override
    {
        Compute compute = m_prepare();
        if (!compute)
            return false;
        m_watcher.setFuture(QtConcurrent::run([path, processId, log, compute] {
            auto result = std::make_shared<Result>();
            result->log = runs(path, processId, log, &result->error);
            if (result->log)
                result->figures = compute(*result->log);
            return std::shared_ptr<const Result>(result);
        }));
        return true;
    }

    std::function<Compute()> m_prepare;
    QFutureWatcher<std::shared_ptr<const Result>> m_watcher;
};

} // namespace Stepwise
