#include "runlistloader.h"

#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QThread>

namespace Stepwise {

/// Lives on the loader's thread: its Workspace (its SQLite connection) is opened, used and closed
/// there, as QtSql requires. It only reads, so it opens the file read-only.
class RunListWorker : public QObject
{
    Q_OBJECT

public:
    RunListWorker(const QString &path, std::shared_ptr<std::atomic<int>> latest)
        : m_path(path), m_latest(std::move(latest))
    { }

    void load(int ticket, ProcessId processId, const RunQuery &query)
    {
        if (ticket != m_latest->load())
            return; // a newer request waits behind this one
        QElapsedTimer clock;
        clock.start();
        if (!m_workspace) {
            m_workspace = std::make_unique<Workspace>();
            if (!m_workspace->openReader(m_path)) {
                const QString message = m_workspace->errorString();
                m_workspace.reset(); // try again next time
                emit failed(ticket, message);
                return;
            }
        }
        const std::optional<QVector<qint64>> ids = m_workspace->runIds(processId, query);
        if (ids)
            emit listed(ticket, *ids, clock.elapsed());
        else
            emit failed(ticket, m_workspace->errorString());
    }

    void close() { m_workspace.reset(); }

signals:
    void listed(int ticket, const QVector<qint64> &ids, qint64 elapsedMs);
    void failed(int ticket, const QString &message);

private:
    QString m_path;
    std::shared_ptr<std::atomic<int>> m_latest;
    std::unique_ptr<Workspace> m_workspace;
};

RunListLoader::RunListLoader(const QString &workspacePath, QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_latest(std::make_shared<std::atomic<int>>(0))
{
    m_worker = new RunListWorker(workspacePath, m_latest);
    m_thread->setObjectName(QStringLiteral("Stepwise run list"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RunListWorker::listed, this, &RunListLoader::listed);
    connect(m_worker, &RunListWorker::failed, this, &RunListLoader::failed);
    m_thread->start();
}

RunListLoader::~RunListLoader()
{
    m_latest->store(-1); // whatever still waits is not wanted
    QMetaObject::invokeMethod(m_worker, &RunListWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void RunListLoader::load(int ticket, ProcessId processId, const RunQuery &query)
{
    m_latest->store(ticket);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, ticket, processId, query] { worker->load(ticket, processId, query); },
        Qt::QueuedConnection);
}

} // namespace Stepwise

#include "runlistloader.moc"
