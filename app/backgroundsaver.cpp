#include "backgroundsaver.h"

#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <memory>

namespace Stepwise {

/// Lives on the saver's thread: its Workspace (and so its SQLite connection) is created, used and
/// closed there, as QtSql requires.
class SaveWorker : public QObject
{
    Q_OBJECT

public:
    explicit SaveWorker(const QString &path) : m_path(path) { }

    void save(const Process &process, int token)
    {
        QElapsedTimer clock;
        clock.start();
        if (!m_workspace) {
            m_workspace = std::make_unique<Workspace>();
            Workspace::OpenOptions options;
            options.create = false;
            if (!m_workspace->open(m_path, options)) {
                const QString message = m_workspace->errorString();
                m_workspace.reset(); // try again next time
                emit failed(message, token);
                return;
            }
        }
        const ProcessId id = m_workspace->saveProcess(process);
        if (id)
            emit saved(id, token, clock.elapsed());
        else
            emit failed(m_workspace->errorString(), token);
    }

    void close() { m_workspace.reset(); }

signals:
    void saved(Stepwise::ProcessId processId, int token, qint64 elapsedMs);
    void failed(const QString &message, int token);

private:
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
};

BackgroundSaver::BackgroundSaver(const QString &workspacePath, QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new SaveWorker(workspacePath))
{
    m_thread->setObjectName(QStringLiteral("Stepwise autosave"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SaveWorker::saved, this, [this](ProcessId id, int token, qint64 ms) {
        finished();
        emit saved(id, token, ms);
    });
    connect(m_worker, &SaveWorker::failed, this, [this](const QString &message, int token) {
        finished();
        emit failed(message, token);
    });
    m_thread->start(QThread::LowPriority);
}

BackgroundSaver::~BackgroundSaver()
{
    waitUntilIdle();
    QMetaObject::invokeMethod(m_worker, &SaveWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void BackgroundSaver::save(const Process &process, int token)
{
    ++m_pending;
    // The copy travels with the call: the window may edit its own map at once.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, process, token] { worker->save(process, token); },
        Qt::QueuedConnection);
}

void BackgroundSaver::waitUntilIdle()
{
    // The results arrive as queued calls on this thread: deliver them until none is owed.
    while (m_pending > 0) {
        QCoreApplication::sendPostedEvents(this);
        if (m_pending > 0)
            QThread::msleep(2);
    }
}

void BackgroundSaver::finished()
{
    m_pending = std::max(0, m_pending - 1);
}

} // namespace Stepwise

#include "backgroundsaver.moc"
