#pragma once

#include "process/process.h"

#include <QObject>
#include <QString>

class QThread;

namespace Stepwise {

class SaveWorker;

/// Saves maps on a worker thread with its own connection to the workspace, so an autosave never
/// stalls the window (a 2,000-step map takes 40-110 ms to write here). Requests run in order; the
/// window asks for the next autosave only when the last one is done.
class BackgroundSaver : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundSaver(const QString &workspacePath, QObject *parent = nullptr);
    /// Waits for the save under way, then stops the thread.
    ~BackgroundSaver() override;

    /// Saves a copy of the process. token comes back with the result: the caller uses it to tell
    /// whether the map changed in the meantime (the undo stack's index, say).
    void save(const Process &process, int token);
    /// True while a save runs or waits.
    bool isBusy() const { return m_pending > 0; }
    /// Blocks until no save runs or waits (before a save on the caller's own connection).
    void waitUntilIdle();

signals:
    /// The process is stored under processId (new when it had none), in elapsedMs.
    void saved(Stepwise::ProcessId processId, int token, qint64 elapsedMs);
    void failed(const QString &message, int token);

private:
    void finished();

    QThread *m_thread = nullptr;
    SaveWorker *m_worker = nullptr;
    int m_pending = 0;
};

} // namespace Stepwise
