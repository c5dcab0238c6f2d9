// Tests of the importer: on a worker thread with its own workspace connection, progress, a
// cancel that leaves the workspace as it was, unmatched activities, and the drafted map.

#include "runs/importer.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Stepwise;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(STEPWISE_SHARED_TEST_DATA "/") + name;
}

// A CSV of many small runs, so that the importer polls its cancel flag along the way.
QString writeLargeCsv(const QString &path, int runs)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("case,activity,resource,timestamp\n");
    for (int r = 0; r < runs; ++r) {
        for (int a = 0; a < 3; ++a) {
            file.write(QStringLiteral("c%1,Step %2,Ann,2024-01-02T10:%3:00Z\n")
                           .arg(r)
                           .arg(a)
                           .arg(10 + a)
                           .toUtf8());
        }
    }
    return path;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsOnAWorkerThreadWithProgress();
    void cancelLeavesTheWorkspaceAsItWas();
    void reportsUnmatchedActivities();
    void badInputNamesTheFileAndLine();

private:
    QTemporaryDir m_dir;
};

void TestImporter::importsOnAWorkerThreadWithProgress()
{
    const QString path = m_dir.filePath(QStringLiteral("thread.stepwise"));
    const QString csv = writeLargeCsv(m_dir.filePath(QStringLiteral("large.csv")), 3000);
    QVERIFY(!csv.isEmpty());
    ImportResult result;
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    bool onWorker = true;
    QThread *thread = QThread::create([&] {
        Workspace ws; // its own connection, opened on this thread
        if (!ws.open(path))
            return;
        ImportOptions options;
        options.create = true;
        options.createName = QStringLiteral("Large");
        options.progress = [&](qint64 done, qint64 total) {
            onWorker = onWorker && QThread::currentThread() != qApp->thread();
            lastDone = done;
            lastTotal = total;
        };
        result = Importer::run(ws, csv, options);
    });
    thread->start();
    QVERIFY(thread->wait(60000));
    delete thread;
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.created);
    QCOMPARE(result.runs, 3000);
    QCOMPARE(result.events, 9000);
    QCOMPARE(result.executions, 9000);
    QVERIFY(onWorker);
    QVERIFY(lastTotal > 0);
    QCOMPARE(lastDone, lastTotal);

    Workspace ws;
    QVERIFY(ws.open(path));
    QCOMPARE(ws.runCount(result.processId), 3000);
}

void TestImporter::cancelLeavesTheWorkspaceAsItWas()
{
    const QString path = m_dir.filePath(QStringLiteral("cancel.stepwise"));
    const QString csv = writeLargeCsv(m_dir.filePath(QStringLiteral("cancel.csv")), 3000);
    Workspace ws;
    QVERIFY(ws.open(path));
    const ProcessId id = ws.createProcess(QStringLiteral("Large"));
    std::atomic<bool> cancel {false};
    ImportOptions options;
    options.processId = id;
    options.cancel = &cancel;
    options.progress = [&](qint64, qint64) { cancel = true; }; // cancelled while reading
    ImportResult result = Importer::run(ws, csv, options);
    QCOMPARE(result.status, ImportResult::Status::Cancelled);
    QCOMPARE(ws.runCount(id), 0);

    // Cancelled while writing: the runs roll back, and so does a process made by --create.
    cancel = false;
    options.progress = {};
    options.processId = 0;
    options.create = true;
    options.createName = QStringLiteral("Drafted");
    int polls = 0;
    options.cancel = &cancel;
    // Progress comes every 4096 events (twice here) and once at the end of the file; a cancel
    // then is seen by the writer, after it has made the process.
    options.progress = [&](qint64, qint64) {
        if (++polls == 3)
            cancel = true;
    };
    result = Importer::run(ws, csv, options);
    QCOMPARE(polls, 3);
    QVERIFY(result.status == ImportResult::Status::Cancelled);
    QCOMPARE(ws.findProcess(QStringLiteral("Drafted")), 0);
    QCOMPARE(ws.processes().size(), 1);
}

void TestImporter::reportsUnmatchedActivities()
{
    const QString path = m_dir.filePath(QStringLiteral("unmatched.stepwise"));
    Workspace ws;
    QVERIFY(ws.open(path));
    Process process;
    process.name = QStringLiteral("Requests");
    Lane lane;
    lane.id = process.nextItemId++;
    process.lanes.append(lane);
    for (const char *name : {"Register  REQUEST", " check ticket", "Decide"}) {
        Step step;
        step.id = process.nextItemId++;
        step.laneId = lane.id;
        step.name = QString::fromLatin1(name);
        process.steps.append(step);
    }
    const ProcessId id = ws.saveProcess(process);
    QVERIFY(id);
    ImportOptions options;
    options.processId = id;
    const ImportResult result
        = Importer::run(ws, dataPath(QStringLiteral("running-example.xes")), options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.runs, 6);
    QCOMPARE(result.events, 42);
    QStringList unmatched = result.unmatchedActivities;
    unmatched.sort();
    QCOMPARE(unmatched,
             (QStringList {QStringLiteral("examine casually"), QStringLiteral("examine thoroughly"),
                           QStringLiteral("pay compensation"), QStringLiteral("reinitiate request"),
                           QStringLiteral("reject request")}));
}

void TestImporter::badInputNamesTheFileAndLine()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.stepwise"));
    const QString csv = m_dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("case,activity,timestamp\n1,a,2024-01-02 10:00\n1,b,yesterday\n");
    }
    Workspace ws;
    QVERIFY(ws.open(path));
    const ProcessId id = ws.createProcess(QStringLiteral("P"));
    ImportOptions options;
    options.processId = id;
    const ImportResult result = Importer::run(ws, csv, options);
    QCOMPARE(result.status, ImportResult::Status::BadInput);
    QVERIFY2(result.error.contains(QLatin1String("bad.csv:3")), qPrintable(result.error));
    QCOMPARE(ws.runCount(id), 0);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
