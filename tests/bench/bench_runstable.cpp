// bench_runstable [RUNS] [WORKSPACE]: times the runs tab's table over a large workspace.
//
// A deterministic generator writes RUNS runs (default 100,000) of 5 to 13 executions each over
// 11 activities and 8 resources into a new workspace (or reuses WORKSPACE when it exists). Then,
// each the median of five rounds:
//   - the first list (model creation, setProcess() and rowCount()) on this thread,
//   - the same on the model's worker thread, from the request to loaded() (with the worker's
//     connection opened once beforehand),
//   - a sort by cycle time, longest first, and a case filter,
//   - reading a page of rows (every column of 128 rows) at the top, the middle and the end,
//   - a QTableView scrolled to the end and painted.
// The budget: every page read well under 16 ms (one frame) and a list of 100,000 runs on the
// worker in well under a second. Run it with QT_QPA_PLATFORM=offscreen.

#include "runs/runstablemodel.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Stepwise;

namespace {

class Random
{
public:
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    qint64 below(qint64 n) { return qint64(next() % quint64(n)); }

private:
    quint64 m_state = 20261124;
};

RunLog syntheticLog(int runs)
{
    RunLog log;
    for (int a = 0; a < 11; ++a)
        log.activities.append(QStringLiteral("Step %1").arg(a + 1, 2, 10, QLatin1Char('0')));
    for (int r = 0; r < 8; ++r)
        log.resources.append(QStringLiteral("Person %1").arg(r + 1));
    Random random;
    qint64 runStart = Q_INT64_C(1735689600000); // 2025-01-01T00:00:00Z
    log.runs.reserve(runs);
    for (int r = 0; r < runs; ++r) {
        Run run;
        run.caseId = QStringLiteral("C%1").arg(r + 1, 7, 10, QLatin1Char('0'));
        runStart += 60000 + random.below(8 * 60000);
        qint64 clock = runStart;
        const int length = 5 + int(random.below(9));
        for (int i = 0; i < length; ++i) {
            Execution execution;
            execution.activity = int(random.below(11));
            execution.resource = int(random.below(8));
            clock += random.below(6 * 3600000);
            execution.startMs = clock;
            clock += 60000 + random.below(2 * 3600000);
            execution.completeMs = clock;
            execution.order = i;
            run.executions.append(execution);
        }
        run.firstMs = run.executions.first().startMs;
        run.lastMs = clock;
        run.events = length;
        log.runs.append(run);
    }
    return log;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The median time of five rounds, in milliseconds.
double timed(const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

void waitLoaded(RunsTableModel &model)
{
    if (!model.isLoading())
        return;
    QEventLoop loop;
    QObject::connect(&model, &RunsTableModel::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&model, &RunsTableModel::loadFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
}

// Reads every column of the rows of one page, as a view painting it would.
void readPage(RunsTableModel &model, int firstRow)
{
    const int last = std::min(model.rowCount(), firstRow + RunsTableModel::PageSize);
    for (int row = firstRow; row < last; ++row) {
        for (int column = 0; column < RunsTableModel::ColumnCount; ++column)
            model.data(model.index(row, column));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                  : dir.filePath(QStringLiteral("bench.stepwise"));
    const bool fresh = !QFile::exists(path);

    Workspace workspace;
    if (!workspace.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.errorString()));
        return 3;
    }
    ProcessId processId = workspace.findProcess(QStringLiteral("Bench"));
    if (fresh || !processId) {
        QElapsedTimer clock;
        clock.start();
        processId = workspace.createProcess(QStringLiteral("Bench"));
        if (!processId || !workspace.saveRuns(processId, syntheticLog(runs))) {
            std::fprintf(stderr, "%s\n", qPrintable(workspace.errorString()));
            return 3;
        }
        std::printf("wrote %d runs in %lld ms\n", runs, clock.elapsed());
    }
    const qint64 targetS = 3 * 24 * 3600;

    RunsTableModel model(&workspace);
    model.setAsynchronous(false);
    int rows = 0;
    const double create = timed([&] {
        RunsTableModel fresh(&workspace);
        fresh.setAsynchronous(false);
        fresh.setProcess(processId, targetS);
        rows = fresh.rowCount();
    });
    std::printf("rows: %d\n", rows);
    std::printf("create + first list (by start) + rowCount, this thread: %8.1f ms\n", create);

    model.setProcess(processId, targetS);
    // reload() lists again with the order and filter in place: the cost of one list.
    const auto listed = [&](int column, Qt::SortOrder order, const QString &filter) {
        model.sort(column, order);
        model.setCaseFilter(filter);
        return timed([&] { model.reload(); });
    };
    std::printf("list by start (the default order), this thread:    %8.1f ms\n",
                listed(RunsTableModel::StartColumn, Qt::DescendingOrder, {}));
    std::printf("sort by cycle time, longest first, this thread:    %8.1f ms\n",
                listed(RunsTableModel::CycleTimeColumn, Qt::DescendingOrder, {}));
    std::printf("  longest first: %.1f h, then %.1f h\n", model.summary(0).cycleTimeMs() / 3.6e6,
                model.summary(1).cycleTimeMs() / 3.6e6);
    std::printf("sort by steps, this thread:                        %8.1f ms\n",
                listed(RunsTableModel::StepsColumn, Qt::DescendingOrder, {}));
    std::printf("sort by owner changes, this thread:                %8.1f ms\n",
                listed(RunsTableModel::OwnerChangesColumn, Qt::DescendingOrder, {}));
    const double filter
        = listed(RunsTableModel::CycleTimeColumn, Qt::DescendingOrder, QStringLiteral("123"));
    std::printf("case filter \"123\" (%d rows), by cycle time:       %8.1f ms\n", model.rowCount(),
                filter);
    listed(RunsTableModel::CycleTimeColumn, Qt::DescendingOrder, {});

    // Pages: a page not read before in each round.
    for (const auto &[name, at] : {std::pair<const char *, int>("top", 0),
                                   {"middle", model.rowCount() / 2},
                                   {"end", model.rowCount() - 6 * RunsTableModel::PageSize}}) {
        int round = 0;
        const double page
            = timed([&, at = at] { readPage(model, at + RunsTableModel::PageSize * round++); });
        std::printf("read one page of %d rows near the %-6s:         %8.2f ms\n",
                    RunsTableModel::PageSize, name, page);
    }
    {
        const QVector<qint64> ids = *workspace.runIds(processId);
        int round = 0;
        const double sql = timed([&] {
            workspace.runSummaries(ids.mid(50000 + 128 * round++, RunsTableModel::PageSize));
        });
        std::printf("  of which the SQL (Workspace::runSummaries):       %8.2f ms\n", sql);
    }
    // Scrolling through everything: every page read once.
    {
        model.reload();
        QElapsedTimer clock;
        clock.start();
        double worst = 0;
        for (int row = 0; row < model.rowCount(); row += RunsTableModel::PageSize) {
            QElapsedTimer one;
            one.start();
            readPage(model, row);
            worst = std::max(worst, double(one.nsecsElapsed()) / 1e6);
        }
        std::printf("scroll from top to end, every page read:           %8.1f ms (worst page "
                    "%.2f ms)\n",
                    double(clock.nsecsElapsed()) / 1e6, worst);
    }

    // The worker: from a request to loaded().
    RunsTableModel async(&workspace);
    async.setProcess(processId, targetS);
    {
        QElapsedTimer clock;
        clock.start();
        waitLoaded(async);
        std::printf("first list on the worker (opens its connection):   %8.1f ms\n",
                    double(clock.nsecsElapsed()) / 1e6);
    }
    const double asyncSort = timed([&] {
                                 async.sort(RunsTableModel::CycleTimeColumn, Qt::AscendingOrder);
                                 waitLoaded(async);
                                 async.sort(RunsTableModel::CycleTimeColumn, Qt::DescendingOrder);
                                 waitLoaded(async);
                             })
        / 2;
    std::printf("sort by cycle time on the worker, until loaded():  %8.1f ms\n", asyncSort);

    // A real view, scrolled to the end and painted.
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(24);
    view.resize(1200, 800);
    view.setModel(&model);
    view.show();
    app.processEvents();
    const double paint = timed([&] {
                             view.scrollToTop();
                             model.reload();
                             view.scrollToBottom();
                             view.viewport()->repaint();
                         })
        - timed([&] { model.reload(); });
    std::printf("view scrolled to the end and painted:              %8.1f ms\n", paint);
    const double scrollPaint = timed([&] {
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(bar->value() - 24 * 30);
        view.viewport()->repaint();
    });
    std::printf("view scrolled by a screen and painted:             %8.2f ms\n", scrollPaint);
    const double repaint = timed([&] { view.viewport()->repaint(); });
    std::printf("  the same screen painted again (pages in memory): %8.2f ms\n", repaint);
    return 0;
}
