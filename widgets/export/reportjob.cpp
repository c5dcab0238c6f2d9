#include "reportjob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Stepwise {

/// What the first worker hands back.
struct ReportJob::Gathered
{
    std::optional<ReportInput> input;
    QString error;
};

ReportJob::ReportJob(QObject *parent)
    : QObject(parent), m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_gatherWatcher, &QFutureWatcherBase::finished, this, &ReportJob::gathered);
    connect(&m_writeWatcher, &QFutureWatcherBase::finished, this, &ReportJob::written);
}

ReportJob::~ReportJob()
{
    cancel();
    m_gatherWatcher.disconnect(this);
    m_writeWatcher.disconnect(this);
    // The writer's progress is posted to this object: it must outlive the worker.
    m_gatherWatcher.waitForFinished();
    m_writeWatcher.waitForFinished();
}

bool ReportJob::start(const Request &request)
{
    if (m_running)
        return false;
    m_request = request;
    m_running = true;
    m_cancelled->store(false);
    emit progress(0, 0);
    m_gatherWatcher.setFuture(QtConcurrent::run([request]() {
        auto result = std::make_shared<Gathered>();
        // Our own connection, on this thread: a Workspace is not shared between threads.
        Workspace workspace;
        if (!workspace.openReader(request.workspacePath)) {
            result->error = workspace.errorString();
            return result;
        }
        result->input = loadReportInput(workspace, request.processId, request.fromMs, request.toMs,
                                        &result->error, request.map.get());
        if (result->input)
            result->input->pageSize = request.pageSize;
        return result;
    }));
    return true;
}

void ReportJob::cancel()
{
    if (m_running)
        m_cancelled->store(true);
}

void ReportJob::gathered()
{
    const std::shared_ptr<Gathered> result = m_gatherWatcher.result();
    if (m_cancelled->load()) {
        finish(false, {});
        return;
    }
    if (!result->input) {
        finish(false, tr("The figures for the report could not be read: %1").arg(result->error));
        return;
    }
    // Charts are widgets: drawn here, on the GUI thread, into pictures the writer replays.
    auto input = std::make_shared<ReportInput>(std::move(*result->input));
    drawReportCharts(*input);
    const QString path = m_request.path;
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    m_writeWatcher.setFuture(QtConcurrent::run([this, input, path, cancelled]() {
        QString error;
        const bool ok = writeReport(*input, path, &error, [this, cancelled](int done, int total) {
            // Posted: the slot runs on this object's thread. The destructor waits for the worker,
            // so this object is alive whenever the worker posts.
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
            return !cancelled->load();
        });
        if (!ok && error.isEmpty())
            error = tr("The report could not be written.");
        return ok ? QString() : error;
    }));
}

void ReportJob::written()
{
    const QString error = m_writeWatcher.result();
    if (m_cancelled->load() && !error.isEmpty()) {
        finish(false, {});
        return;
    }
    finish(error.isEmpty(), error);
}

void ReportJob::finish(bool ok, const QString &error)
{
    m_running = false;
    emit finished(ok, error);
}

} // namespace Stepwise
