#include "runsjob.h"

#include "workspace/workspace.h"

#include <QEvent>
#include <QWidget>

namespace Stepwise {

RunsJob::RunsJob(QWidget *view) : m_view(view)
{
    // Shown: catch up with what was asked while hidden.
    view->installEventFilter(this);
}

RunsJob::~RunsJob() = default;

void RunsJob::setSource(const QString &path, ProcessId processId)
{
    if (path == m_path && processId == m_processId)
        return;
    m_path = path;
    m_processId = processId;
    m_log.reset();
    ++m_sourceGeneration;
}

void RunsJob::clear()
{
    m_path.clear();
    m_processId = 0;
    m_log.reset();
    ++m_generation;
    ++m_sourceGeneration;
    m_wanted = false;
    m_stale = false;
    m_pending = false;
    setBusy(false);
}

void RunsJob::request(bool reread)
{
    if (!m_processId)
        return;
    ++m_generation;
    if (reread) {
        m_log.reset();
        ++m_sourceGeneration;
    }
    m_wanted = true;
    if (!m_view->isVisible()) {
        m_stale = true;
        return;
    }
    if (m_running) {
        m_pending = true; // started when the running one is done
        return;
    }
    start();
}

void RunsJob::cancel(bool reread)
{
    ++m_generation;
    if (reread) {
        m_log.reset();
        ++m_sourceGeneration;
    }
    m_wanted = false;
    m_stale = false;
    m_pending = false;
}

void RunsJob::start()
{
    m_pending = false;
    if (!m_processId || !m_wanted) {
        setBusy(false);
        return;
    }
    m_runningGeneration = m_generation;
    m_runningSourceGeneration = m_sourceGeneration;
    m_running = launch(m_path, m_processId, m_log);
    setBusy(m_running);
}

void RunsJob::workerFinished(const std::shared_ptr<const RunLog> &log)
{
    m_running = false;
    if (m_runningSourceGeneration == m_sourceGeneration && log && log != m_log) {
        m_log = log; // the same runs: the next request need not read them again
        emit runsRead();
    }
    if (m_runningGeneration != m_generation) {
        // Overtaken by a newer request while it ran.
        m_pending = false;
        if (m_processId && m_wanted && m_view->isVisible()) {
            start();
        } else {
            m_stale = m_processId && m_wanted;
            setBusy(false);
        }
        return;
    }
    setBusy(false);
    emit finished();
}

std::shared_ptr<const RunLog> RunsJob::runs(const QString &path, ProcessId processId,
                                            const std::shared_ptr<const RunLog> &log,
                                            QString *error)
{
    return log ? log : readRunsOnThisThread(path, processId, error);
}

bool RunsJob::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        if (m_running)
            m_pending = true;
        else
            start();
    }
    return QObject::eventFilter(watched, event);
}

void RunsJob::setBusy(bool busy)
{
    if (m_busy)
        m_busy->setVisible(busy);
}

} // namespace Stepwise
