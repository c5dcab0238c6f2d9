#pragma once

#include "process/ids.h"
#include "workspace/runbrowse.h"

#include <QObject>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>

class QThread;

namespace Stepwise {

class RunListWorker;

/// Lists the run ids of a process (Workspace::runIds()) on a worker thread with its own
/// connection to the workspace: sorting 100,000 runs by cycle time takes SQLite 50-150 ms, too long
/// for the window to wait. A newer request makes the ones still waiting moot: only the latest
/// ticket is answered.
class RunListLoader : public QObject
{
    Q_OBJECT

public:
    explicit RunListLoader(const QString &workspacePath, QObject *parent = nullptr);
    /// Waits for the query under way, closes the worker's connection and stops the thread.
    ~RunListLoader() override;

    /// Asks for the ids; listed() or failed() comes back with the same ticket unless a newer
    /// request came first.
    void load(int ticket, ProcessId processId, const RunQuery &query);

signals:
    void listed(int ticket, const QVector<qint64> &ids, qint64 elapsedMs);
    void failed(int ticket, const QString &message);

private:
    QThread *m_thread = nullptr;
    RunListWorker *m_worker = nullptr;
    std::shared_ptr<std::atomic<int>> m_latest;
};

} // namespace Stepwise
