// The process report (widgets/export/report.h) and the `report` command: its text read back
// with poppler's pdftotext (every name and definition of done whole, the key figures of the
// window as the engine computes them, the words for no runs), its pages with pdfinfo (A4, a
// long table going on over more pages), the footer of every page, cancelling, writing on worker
// threads, the dialog, and the command's bad input.

#include "mainwindow.h"

#include "dashboard/dashboardcharts.h"
#include "export/report.h"
#include "export/reportdialog.h"
#include "export/reportjob.h"

#include "analysis/candidates.h"
#include "analysis/dashboard.h"
#include "analysis/diagnostic.h"
#include "analysis/impact.h"
#include "analysis/runmetrics.h"
#include "analysis/statistics.h"
#include "process/processdocument.h"
#include "workspace/exampleruns.h"
#include "workspace/examples.h"
#include "workspace/workspace.h"

#include "runprogram.h"
#include "workspacedump.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Stepwise;

namespace {

// The end of the example runs: a fixed day, so that every run of the test sees the same runs.
const qint64 RunsEndMs = QDateTime(QDate(2024, 6, 3), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 DayMs = Q_INT64_C(86400000);

const QString LongName = QStringLiteral("Sixty steps");
const QString ShortName = QStringLiteral("Five steps");
const QString EmptyName = QStringLiteral("Nothing logged");

/// Text without any white space (no-break spaces included): a name wrapped over lines is still
/// found whole.
QString squeezed(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (!c.isSpace())
            result += c;
    }
    return result;
}

using Result = ProgramRun;

/// The text of every page, in page order; each page's in the order it was drawn (the lines of a
/// table's cell one after the other, not side by side with the next cell's).
QStringList pdfPages(const QString &path)
{
    QStringList pages = runProgram(QStringLiteral("pdftotext"),
                                   {QStringLiteral("-raw"), path, QStringLiteral("-")})
                            .out.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString pdfText(const QString &path)
{
    return pdfPages(path).join(QLatin1Char('\n'));
}

/// pdfinfo's size of every page in points, rounded.
QVector<QSize> pageSizes(const QString &path)
{
    const QString text = runProgram(QStringLiteral("pdfinfo"),
                                    {QStringLiteral("-f"), QStringLiteral("1"),
                                     QStringLiteral("-l"), QStringLiteral("1000"), path})
                             .out;
    QVector<QSize> sizes;
    const QRegularExpression line(
        QStringLiteral("^Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"),
        QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        sizes.append(
            QSize(qRound(match.captured(1).toDouble()), qRound(match.captured(2).toDouble())));
    }
    return sizes;
}

/// A chain of steps from a start to an end over three lanes, each task with a definition of
/// done of a few lines; the one in the middle has one longer than a page.
Process chainMap(const QString &name, int tasks)
{
    Process process;
    process.name = name;
    process.owner = QStringLiteral("Operations lead");
    process.slaTargetS = 3 * 86400;
    const QStringList lanes = {QStringLiteral("Front office"), QStringLiteral("Back office"),
                               QStringLiteral("Billing system")};
    ItemId next = 1;
    for (const QString &laneName : lanes) {
        Lane lane;
        lane.id = next++;
        lane.name = laneName;
        process.lanes.append(lane);
    }
    for (int i = 0; i < tasks + 2; ++i) {
        Step step;
        step.id = next++;
        step.laneId = process.lanes.at(i % 3).id;
        step.pos = QPointF(120 + 180 * i, 80);
        if (i == 0) {
            step.kind = Step::Kind::Start;
            step.name = QStringLiteral("Request arrives");
        } else if (i == tasks + 1) {
            step.kind = Step::Kind::End;
            step.name = QStringLiteral("Request closed");
        } else {
            step.name = QStringLiteral("Task number %1 of the chain").arg(i);
            step.definitionOfDone
                = QStringLiteral("Step %1 is done when the request has been checked against the "
                                 "contract, the customer has been told what happens next, and "
                                 "the record carries the initials of whoever did it.")
                      .arg(i);
            if (i == tasks / 2) {
                QStringList sentences;
                for (int s = 0; s < 90; ++s)
                    sentences << QStringLiteral("Clause %1 of the long checklist is ticked off "
                                                "and countersigned by the team lead.")
                                     .arg(s + 1);
                step.definitionOfDone = sentences.join(QLatin1Char(' '));
            }
            step.inputs = {QStringLiteral("Request form %1").arg(i)};
            step.outputs = {QStringLiteral("Checked record %1").arg(i)};
            step.expectedDurationS = 1800;
            step.automation = i % 4 == 0 ? Step::Automation::Candidate : Step::Automation::Manual;
        }
        process.steps.append(step);
    }
    for (int i = 0; i + 1 < process.steps.size(); ++i)
        process.handoffs.append(
            Handoff(next++, process.steps.at(i).id, process.steps.at(i + 1).id));
    process.nextItemId = next;
    return process;
}

/// The median as the definitions say: the middle value, or the mean of the two middle ones.
double handMedian(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    const int n = int(values.size());
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void everyNameAndDefinitionOfDoneIsInTheText_data();
    void everyNameAndDefinitionOfDoneIsInTheText();
    void keyFiguresAreTheEnginesForTheWindow_data();
    void keyFiguresAreTheEnginesForTheWindow();
    void noRunsAreSaidInPlainWords();
    void pagesAreA4AndALongTableGoesOnOverMorePages();
    void letterPaperIsLetter();
    void theTitlePageTellsOwnerSlaAndRevision();
    void everyPageHasTheNameAndItsNumber();
    void theDiagnosticHasItsSection();
    void whatToFixFirstIsTheImproveTabs();
    void cancellingLeavesNoFile();
    void aJobWritesOnWorkerThreads();
    void aCancelledJobLeavesNoFile();
    void theDialogGivesWindowAndPaper();
    void fileMenuExportsTheReport();

    void commandWritesTheReport();
    void commandRefusesBadInput_data();
    void commandRefusesBadInput();

private:
    /// The report of a process of the test workspace over a window, written to a file of the
    /// temporary folder; its path, or empty on failure.
    QString write(const QString &processName, qint64 fromMs, qint64 toMs, const QString &file,
                  ReportInput *inputOut = nullptr,
                  const std::function<void(ReportInput &)> &change = {});
    Result runCommand(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_workspacePath;
    QPair<qint64, qint64> m_window;
};

void TestReport::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(),
             "pdfinfo (poppler-utils) is needed");
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    QCoreApplication::setOrganizationName(QStringLiteral("StepwiseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_report"));
    m_workspacePath = m_dir.filePath(QStringLiteral("report.stepwise"));
    Workspace workspace;
    QVERIFY(workspace.open(m_workspacePath));
    QVERIFY(addExamples(workspace, RunsEndMs));
    QVERIFY(workspace.saveProcess(chainMap(LongName, 58)));
    Process shortMap = chainMap(ShortName, 3);
    shortMap.slaClock = Process::SlaClock::BusinessHours;
    shortMap.workingHours = QStringLiteral("Mon-Fri 08:00-16:00");
    shortMap.timeZone = QStringLiteral("Europe/Berlin");
    shortMap.id = workspace.saveProcess(shortMap);
    QVERIFY(shortMap.id);
    QVERIFY(workspace.saveRevision(shortMap, QStringLiteral("Signed off by the team")));
    QVERIFY(workspace.createProcess(EmptyName));
    m_window = lastDaysWindow(RunsEndMs, 90);
}

QString TestReport::write(const QString &processName, qint64 fromMs, qint64 toMs,
                          const QString &file, ReportInput *inputOut,
                          const std::function<void(ReportInput &)> &change)
{
    Workspace workspace;
    if (!workspace.open(m_workspacePath))
        return {};
    const ProcessId id = workspace.findProcess(processName);
    QString error;
    std::optional<ReportInput> input = loadReportInput(workspace, id, fromMs, toMs, &error);
    if (!input) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    if (change)
        change(*input);
    const QString path = m_dir.filePath(file);
    if (!writeReport(*input, path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    if (inputOut)
        *inputOut = *input;
    return path;
}

Result TestReport::runCommand(const QStringList &arguments)
{
    return runProgram(QStringLiteral(STEPWISE_BINARY),
                      QStringList {QStringLiteral("--workspace"), m_workspacePath} + arguments,
                      stepwiseEnvironment(m_dir.path()));
}

void TestReport::everyNameAndDefinitionOfDoneIsInTheText_data()
{
    QTest::addColumn<QString>("name");
    for (const Process &process : exampleProcesses())
        QTest::newRow(qPrintable(process.name)) << process.name;
}

void TestReport::everyNameAndDefinitionOfDoneIsInTheText()
{
    QFETCH(QString, name);
    ReportInput input;
    const QString path
        = write(name, m_window.first, m_window.second, QStringLiteral("names.pdf"), &input);
    QVERIFY(!path.isEmpty());
    const QString text = squeezed(pdfText(path));
    QVERIFY(text.contains(squeezed(name)));
    QVERIFY(!input.process.steps.isEmpty());
    for (const Step &step : input.process.steps) {
        QVERIFY2(text.contains(squeezed(step.name)), qPrintable(step.name));
        QVERIFY2(text.contains(squeezed(step.definitionOfDone)), qPrintable(step.definitionOfDone));
    }
    for (const Lane &lane : input.process.lanes)
        QVERIFY2(text.contains(squeezed(lane.name)), qPrintable(lane.name));
    QVERIFY(text.contains(squeezed(input.process.owner)));
    QVERIFY(text.contains(squeezed(QStringLiteral("not saved as a revision yet"))));
    // Each chart with its title.
    for (int i = 0; i < DashboardCharts::ChartCount; ++i) {
        const QString title = DashboardCharts::chartTitle(DashboardCharts::Chart(i));
        QVERIFY2(text.contains(squeezed(title)), qPrintable(title));
    }
}

void TestReport::keyFiguresAreTheEnginesForTheWindow_data()
{
    everyNameAndDefinitionOfDoneIsInTheText_data();
}

void TestReport::keyFiguresAreTheEnginesForTheWindow()
{
    QFETCH(QString, name);
    Workspace workspace;
    QVERIFY(workspace.open(m_workspacePath));
    const ProcessId id = workspace.findProcess(name);
    const std::optional<Process> process = workspace.loadProcess(id);
    const std::optional<RunLog> log = workspace.loadRuns(id);
    QVERIFY(process && log);
    QCOMPARE(process->slaClock, Process::SlaClock::Calendar);

    // By hand: the runs that started in the window, and the median of their cycle times.
    QVector<double> cycleTimes;
    qint64 within = 0;
    for (const Run &run : log->runs) {
        if (run.firstMs < m_window.first || run.firstMs >= m_window.second)
            continue;
        cycleTimes.append(double(run.lastMs - run.firstMs) / 1000.0);
        within += run.lastMs - run.firstMs <= process->slaTargetS * 1000;
    }
    QVERIFY(cycleTimes.size() > 20);
    QVERIFY(cycleTimes.size() < log->runs.size()); // the window leaves some out

    StatsOptions options = dashboardStatsOptions(*process);
    options.fromMs = m_window.first;
    options.toMs = m_window.second;
    const RunStats stats = computeRunStats(*log, options);
    QCOMPARE(stats.runs, qint64(cycleTimes.size()));
    QCOMPARE(stats.cycleTime.p50, handMedian(cycleTimes));
    QCOMPARE(stats.slaMet, within);

    const QString path
        = write(name, m_window.first, m_window.second, QStringLiteral("figures.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = squeezed(pdfText(path));
    const QStringList figures
        = {QLocale().toString(stats.runs),           humanDuration(stats.cycleTime.p50),
           humanDuration(stats.cycleTime.p90),       DashboardCharts::percent(stats.slaCompliance),
           DashboardCharts::dayText(m_window.first), DashboardCharts::dayText(m_window.second - 1)};
    for (const QString &figure : figures)
        QVERIFY2(text.contains(squeezed(figure)), qPrintable(figure));
}

void TestReport::noRunsAreSaidInPlainWords()
{
    // A process that has none at all.
    QString path = write(EmptyName, m_window.first, m_window.second, QStringLiteral("none.pdf"));
    QVERIFY(!path.isEmpty());
    QString text = squeezed(pdfText(path));
    QVERIFY(
        text.contains(squeezed(QStringLiteral("No runs have been logged for this process yet"))));
    QVERIFY(!text.contains(squeezed(DashboardCharts::chartTitle(DashboardCharts::Chart::Steps))));
    QVERIFY(text.contains(squeezed(QStringLiteral("The map has no steps yet."))));

    // A process whose runs all started outside the window.
    const qint64 from = QDateTime(QDate(2010, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    path = write(QStringLiteral("Support ticket"), from, from + 30 * DayMs,
                 QStringLiteral("outside.pdf"));
    QVERIFY(!path.isEmpty());
    text = squeezed(pdfText(path));
    QVERIFY(text.contains(squeezed(QStringLiteral("No runs of this process started in this "
                                                  "window"))));
    QVERIFY(!text.contains(squeezed(DashboardCharts::chartTitle(DashboardCharts::Chart::Sla))));
}

void TestReport::pagesAreA4AndALongTableGoesOnOverMorePages()
{
    ReportInput longInput;
    const QString longPath
        = write(LongName, m_window.first, m_window.second, QStringLiteral("long.pdf"), &longInput);
    const QString shortPath
        = write(ShortName, m_window.first, m_window.second, QStringLiteral("short.pdf"));
    QVERIFY(!longPath.isEmpty() && !shortPath.isEmpty());

    const QVector<QSize> longPages = pageSizes(longPath);
    const QVector<QSize> shortPages = pageSizes(shortPath);
    QVERIFY(!shortPages.isEmpty());
    for (const QVector<QSize> &pages : {longPages, shortPages}) {
        for (const QSize &size : pages) {
            // A4 (595 x 842 pt), the map's page turned when that shows it larger.
            QVERIFY2(size == QSize(595, 842) || size == QSize(842, 595),
                     qPrintable(QStringLiteral("%1 x %2").arg(size.width()).arg(size.height())));
        }
        QCOMPARE(pages.first(), QSize(595, 842)); // the title page is portrait
    }
    // 60 steps of several lines each, one of them longer than a page: the table goes on.
    QVERIFY2(
        longPages.size() >= shortPages.size() + 4,
        qPrintable(QStringLiteral("%1 against %2").arg(longPages.size()).arg(shortPages.size())));

    const QStringList pages = pdfPages(longPath);
    QCOMPARE(pages.size(), longPages.size());
    const QString text = squeezed(pages.join(QLatin1Char('\n')));
    const Step *longest = nullptr;
    for (const Step &step : longInput.process.steps) {
        QVERIFY2(text.contains(squeezed(step.name)), qPrintable(step.name));
        if (!longest || step.definitionOfDone.size() > longest->definitionOfDone.size())
            longest = &step;
        if (&step != longest || step.definitionOfDone.size() < 1000) {
            QVERIFY2(text.contains(squeezed(step.definitionOfDone)),
                     qPrintable(step.definitionOfDone.left(60)));
        }
    }
    // The definition of done longer than a page goes on over the next ones, whole: between its
    // parts come only what is drawn after it on its first page (the rest of its row), the
    // footers and the header repeated.
    QVERIFY(longest && longest->definitionOfDone.size() > 5000);
    QString rest = text;
    rest.remove(QRegularExpression(QStringLiteral("Page\\d+of\\d+")));
    for (const QString &drawn :
         {LongName,
          QStringLiteral("Step Owner Definition of done Inputs Outputs Expected "
                         "duration Automation"),
          longest->inputs.join(QString()), longest->outputs.join(QString()),
          QStringLiteral("30min"), QStringLiteral("Manual")})
        rest.remove(squeezed(drawn));
    QVERIFY(rest.contains(squeezed(longest->definitionOfDone)));
    const auto pageOf = [&pages](const QString &words) {
        for (int i = 0; i < pages.size(); ++i) {
            if (squeezed(pages.at(i)).contains(squeezed(words)))
                return i;
        }
        return -1;
    };
    QVERIFY(pageOf(QStringLiteral("Clause 1 of")) >= 0);
    QVERIFY(pageOf(QStringLiteral("Clause 90 of")) > pageOf(QStringLiteral("Clause 1 of")));
    // The header is repeated on every page of the table.
    int tablePages = 0;
    for (const QString &page : pages) {
        if (page.contains(QStringLiteral("Task number"))
            && !page.contains(QStringLiteral("Lanes:")))
            ++tablePages;
    }
    QVERIFY(tablePages >= 4);
    const int headers = int(text.count(squeezed(QStringLiteral("Definition of done"))));
    QVERIFY2(headers >= tablePages, qPrintable(QString::number(headers)));
}

void TestReport::letterPaperIsLetter()
{
    const QString path
        = write(ShortName, m_window.first, m_window.second, QStringLiteral("letter.pdf"), nullptr,
                [](ReportInput &input) { input.pageSize = QPageSize(QPageSize::Letter); });
    QVERIFY(!path.isEmpty());
    const QVector<QSize> pages = pageSizes(path);
    QVERIFY(!pages.isEmpty());
    for (const QSize &size : pages)
        QVERIFY(size == QSize(612, 792) || size == QSize(792, 612));
}

void TestReport::theTitlePageTellsOwnerSlaAndRevision()
{
    const QString path
        = write(ShortName, m_window.first, m_window.second, QStringLiteral("title.pdf"));
    QVERIFY(!path.isEmpty());
    const QStringList pages = pdfPages(path);
    QVERIFY(!pages.isEmpty());
    const QString title = squeezed(pages.first());
    Workspace workspace;
    QVERIFY(workspace.open(m_workspacePath));
    const QVector<RevisionInfo> revisions = workspace.revisions(workspace.findProcess(ShortName));
    QCOMPARE(revisions.size(), 1);
    for (const QString &expected :
         {QStringLiteral("Operations lead"), QStringLiteral("3d"),
          QStringLiteral("Mon-Fri 08:00-16:00"), QStringLiteral("Europe/Berlin"),
          QStringLiteral("Signed off by the team"),
          DashboardCharts::dayText(revisions.first().created.toMSecsSinceEpoch())})
        QVERIFY2(title.contains(squeezed(expected)), qPrintable(expected));
}

void TestReport::everyPageHasTheNameAndItsNumber()
{
    const QString path = write(QStringLiteral("Client onboarding"), m_window.first, m_window.second,
                               QStringLiteral("footer.pdf"));
    QVERIFY(!path.isEmpty());
    const QStringList pages = pdfPages(path);
    QVERIFY(pages.size() >= 5);
    for (int i = 0; i < pages.size(); ++i) {
        QVERIFY2(pages.at(i).contains(QStringLiteral("Client onboarding")),
                 qPrintable(pages.at(i)));
        QVERIFY2(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())),
                 qPrintable(pages.at(i)));
    }
}

void TestReport::theDiagnosticHasItsSection()
{
    ReportInput input;
    QString path = write(QStringLiteral("Support ticket"), m_window.first, m_window.second,
                         QStringLiteral("diagnostic.pdf"), &input);
    QVERIFY(!path.isEmpty());
    QVERIFY(input.diagnostic);
    QString text = squeezed(pdfText(path));
    for (int i = 0; i < Diagnostic::ComponentCount; ++i) {
        const Diagnostic::Component component = diagnosticComponent(i);
        QVERIFY(text.contains(squeezed(diagnosticTitle(component))));
        const QString why = input.diagnostic->check(component).why;
        QVERIFY2(text.contains(squeezed(why)), qPrintable(why));
    }
    // The map was never saved as a revision: improvement is missing, and says so.
    QVERIFY(!input.diagnostic->improvement.ok);
    QVERIFY(text.contains(squeezed(QStringLiteral("Missing"))));

    // Without one, no section.
    path = write(QStringLiteral("Support ticket"), m_window.first, m_window.second,
                 QStringLiteral("nodiagnostic.pdf"), nullptr,
                 [](ReportInput &changed) { changed.diagnostic.reset(); });
    QVERIFY(!path.isEmpty());
    text = squeezed(pdfText(path));
    QVERIFY(!text.contains(squeezed(input.diagnostic->improvement.why)));
    QVERIFY(!text.contains(QStringLiteral("Diagnostic")));
}

void TestReport::whatToFixFirstIsTheImproveTabs()
{
    ReportInput input;
    QString path = write(QStringLiteral("Support ticket"), m_window.first, m_window.second,
                         QStringLiteral("improve.pdf"), &input);
    QVERIFY(!path.isEmpty());
    // The Improve tab's figures: all the runs (not the window's) on the process's clock.
    Workspace workspace;
    QVERIFY(workspace.open(m_workspacePath));
    const std::optional<RunLog> all
        = workspace.loadRuns(workspace.findProcess(QStringLiteral("Support ticket")));
    QVERIFY(all);
    const Improvement tab
        = analyzeImprovement(input.process, *all, dashboardStatsOptions(input.process));
    QVERIFY(!tab.candidates.candidates.isEmpty());
    QVERIFY(input.improvement);
    QCOMPARE(improvementSummary(*input.improvement), improvementSummary(tab));

    const QString text = squeezed(pdfText(path));
    QVERIFY(text.contains(squeezed(QStringLiteral("What to fix first"))));
    for (const QString &sentence : improvementSummary(tab))
        QVERIFY2(text.contains(squeezed(sentence)), qPrintable(sentence));
    for (const AutomationCandidate &c : tab.candidates.candidates) {
        QVERIFY2(text.contains(squeezed(c.name)), qPrintable(c.name));
        QVERIFY2(text.contains(squeezed(hoursPerMonthText(c.savedHoursPerMonth))),
                 qPrintable(c.name));
    }

    // Without it, no section.
    path = write(QStringLiteral("Support ticket"), m_window.first, m_window.second,
                 QStringLiteral("noimprove.pdf"), nullptr,
                 [](ReportInput &changed) { changed.improvement.reset(); });
    QVERIFY(!path.isEmpty());
    QVERIFY(!squeezed(pdfText(path)).contains(squeezed(QStringLiteral("What to fix first"))));
}

void TestReport::cancellingLeavesNoFile()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_workspacePath));
    std::optional<ReportInput> input = loadReportInput(workspace, workspace.findProcess(LongName),
                                                       m_window.first, m_window.second);
    QVERIFY(input);
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    QString error;
    int calls = 0;
    QVERIFY(!writeReport(*input, path, &error, [&calls](int done, int total) {
        ++calls;
        return !(done == 2 && total > 2);
    }));
    QCOMPARE(calls, 3); // 0, 1 and 2 pages written
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));

    // A file that was there stays as it was.
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("before");
    existing.close();
    QVERIFY(!writeReport(*input, path, &error, [](int, int) { return false; }));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("before"));
}

void TestReport::aJobWritesOnWorkerThreads()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_workspacePath));
    const ProcessId id = workspace.findProcess(QStringLiteral("Support ticket"));
    // The map as edited: a renamed step not saved yet is in the report.
    Process map = *workspace.loadProcess(id);
    map.steps[1].name = QStringLiteral("Renamed but not saved");

    ReportJob job;
    QSignalSpy progress(&job, &ReportJob::progress);
    QSignalSpy finished(&job, &ReportJob::finished);
    ReportJob::Request request;
    request.workspacePath = m_workspacePath;
    request.processId = id;
    request.map = std::make_shared<const Process>(map);
    request.fromMs = m_window.first;
    request.toMs = m_window.second;
    request.path = m_dir.filePath(QStringLiteral("job.pdf"));
    QVERIFY(job.start(request));
    QVERIFY(job.isRunning());
    QVERIFY(!job.start(request)); // one at a time
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!job.isRunning());
    // Pages told as they were written, the last one all of them.
    QVERIFY(progress.size() >= 3);
    const QList<QVariant> last = progress.last();
    QCOMPARE(last.at(0).toInt(), last.at(1).toInt());
    QCOMPARE(last.at(1).toInt(), pageSizes(request.path).size());
    const QString text = squeezed(pdfText(request.path));
    QVERIFY(text.contains(squeezed(QStringLiteral("Renamed but not saved"))));
    // The charts were drawn on the GUI thread and replayed by the writer.
    QVERIFY(text.contains(squeezed(DashboardCharts::chartTitle(DashboardCharts::Chart::Steps))));
    QVERIFY(text.contains(squeezed(QStringLiteral("Waiting")))); // a chart's legend
}

void TestReport::aCancelledJobLeavesNoFile()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_workspacePath));
    ReportJob job;
    QSignalSpy finished(&job, &ReportJob::finished);
    ReportJob::Request request;
    request.workspacePath = m_workspacePath;
    request.processId = workspace.findProcess(LongName);
    request.path = m_dir.filePath(QStringLiteral("jobcancelled.pdf"));
    QVERIFY(job.start(request));
    job.cancel();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finished.first().at(1).toString().isEmpty()); // cancelled: nothing to complain about
    QVERIFY(!QFile::exists(request.path));

    // A job deleted while it runs cancels and waits for its worker.
    {
        ReportJob running;
        request.path = m_dir.filePath(QStringLiteral("jobdeleted.pdf"));
        QVERIFY(running.start(request));
    }
    QTest::qWait(200);
    QVERIFY(!QFile::exists(request.path));
}

void TestReport::theDialogGivesWindowAndPaper()
{
    ReportDialog dialog(QStringLiteral("Support ticket"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
    QVERIFY(exportButton);

    // No file, no export.
    dialog.pathEdit()->clear();
    QVERIFY(!exportButton->isEnabled());
    QTest::keyClicks(dialog.pathEdit(), m_dir.filePath(QStringLiteral("dialog")));
    QVERIFY(exportButton->isEnabled());
    QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("dialog.pdf"))); // the extension added

    // The last 90 days up to today by default: [today - 89 days, tomorrow).
    const qint64 now = QDateTime(QDate(2024, 6, 3), QTime(15, 30), Qt::UTC).toMSecsSinceEpoch();
    const qint64 tomorrow = QDateTime(QDate(2024, 6, 4), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(dialog.window(), ReportDialog::Window::Last90Days);
    QCOMPARE(dialog.windowMs(now), qMakePair(tomorrow - 90 * DayMs, tomorrow));
    QVERIFY(dialog.fromEdit()->isHidden());

    // Custom dates, chosen with the keyboard: both days included.
    dialog.windowCombo()->setFocus();
    QTest::keyClick(dialog.windowCombo(), Qt::Key_End);
    QCOMPARE(dialog.window(), ReportDialog::Window::Custom);
    QVERIFY(dialog.fromEdit()->isVisible());
    dialog.fromEdit()->setDate(QDate(2024, 3, 1));
    dialog.toEdit()->setDate(QDate(2024, 3, 31));
    QCOMPARE(dialog.windowMs(now),
             qMakePair(QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(),
                       QDateTime(QDate(2024, 4, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));

    // All time is open on both sides.
    QTest::keyClick(dialog.windowCombo(), Qt::Key_Up);
    QCOMPARE(dialog.window(), ReportDialog::Window::All);
    QCOMPARE(dialog.windowMs(now), qMakePair(NoTime, NoTime));

    QCOMPARE(dialog.pageSize().id(), QPageSize::A4);
    dialog.pageCombo()->setFocus();
    QTest::keyClick(dialog.pageCombo(), Qt::Key_Down);
    QCOMPARE(dialog.pageSize().id(), QPageSize::Letter);

    QTest::mouseClick(exportButton, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestReport::fileMenuExportsTheReport()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_workspacePath));
    MainWindow window(&workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.document());
    const Process process = window.document()->process();
    auto *action = window.findChild<QAction *>(QStringLiteral("actionExportReport"));
    QVERIFY(action && action->isEnabled());

    // The dialog and the question after it are modal: answered as a user would, when they show.
    const QString path = m_dir.filePath(QStringLiteral("menu.pdf"));
    bool exported = false, closed = false;
    QTimer user;
    user.setInterval(20);
    connect(&user, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<ReportDialog *>(modal); dialog && !exported) {
            exported = true;
            dialog->pathEdit()->selectAll();
            QTest::keyClicks(dialog->pathEdit(), path);
            dialog->windowCombo()->setFocus();
            QTest::keyClick(dialog->windowCombo(), Qt::Key_End); // custom dates
            QTest::keyClick(dialog->windowCombo(), Qt::Key_Up); // all time
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")),
                              Qt::LeftButton);
        } else if (auto *box = qobject_cast<QMessageBox *>(modal); box && exported && !closed) {
            closed = true;
            QVERIFY(box->text().contains(QDir::toNativeSeparators(path)));
            box->button(QMessageBox::Close)->click();
        }
    });
    user.start();
    action->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(closed, 60000);
    user.stop();

    // All the runs of the process as it is open, with their median.
    const QString text = squeezed(pdfText(path));
    QVERIFY(text.contains(squeezed(process.name)));
    const RunStats stats
        = computeRunStats(*workspace.loadRuns(process.id), dashboardStatsOptions(process));
    QVERIFY(stats.runs > 0);
    QVERIFY(text.contains(squeezed(humanDuration(stats.cycleTime.p50))));
    QVERIFY(text.contains(squeezed(QStringLiteral("the first run to the last run"))));
}

void TestReport::commandWritesTheReport()
{
    const QString path = m_dir.filePath(QStringLiteral("command.pdf"));
    const Result result = runCommand({QStringLiteral("report"), QStringLiteral("Support ticket"),
                                      path, QStringLiteral("--from"), QStringLiteral("2024-03-06"),
                                      QStringLiteral("--to"), QStringLiteral("2024-06-03"),
                                      QStringLiteral("--page"), QStringLiteral("Letter")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QStringLiteral("Support ticket")));
    const QVector<QSize> pages = pageSizes(path);
    QVERIFY(pages.size() >= 5);
    QCOMPARE(pages.first(), QSize(612, 792));
    // The same figures as the library's report of that window.
    const QString text = squeezed(pdfText(path));
    QVERIFY(text.contains(squeezed(QStringLiteral("6 Mar 2024 to 3 Jun 2024"))));
    Workspace workspace;
    QVERIFY(workspace.open(m_workspacePath));
    const ProcessId id = workspace.findProcess(QStringLiteral("Support ticket"));
    const qint64 from = QDateTime(QDate(2024, 3, 6), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    StatsOptions options = dashboardStatsOptions(*workspace.loadProcess(id));
    options.fromMs = from;
    options.toMs = from + 90 * DayMs;
    const RunStats stats = computeRunStats(*workspace.loadRuns(id), options);
    QVERIFY(stats.runs > 0);
    QVERIFY(text.contains(squeezed(humanDuration(stats.cycleTime.p90))));
}

void TestReport::commandRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString pdf = m_dir.filePath(QStringLiteral("refused.pdf"));
    QTest::newRow("an unknown process is bad input")
        << QStringList {QStringLiteral("report"), QStringLiteral("No such process"), pdf} << 2
        << QStringLiteral("No such process");
    QTest::newRow("a folder that does not exist is bad input")
        << QStringList {QStringLiteral("report"), QStringLiteral("Support ticket"),
                        m_dir.filePath(QStringLiteral("missing/folder/refused.pdf"))}
        << 2 << QStringLiteral("refused.pdf");
    QTest::newRow("a folder in place of the file is bad input")
        << QStringList {QStringLiteral("report"), QStringLiteral("Support ticket"),
                        m_dir.filePath(QStringLiteral("folder.pdf"))}
        << 2 << QStringLiteral("folder.pdf");
    QTest::newRow("a date that is not one is bad input")
        << QStringList {QStringLiteral("report"), QStringLiteral("Support ticket"), pdf,
                        QStringLiteral("--from"), QStringLiteral("March")}
        << 2 << QStringLiteral("--from");
    QTest::newRow("a file that is not a PDF is a usage error")
        << QStringList {QStringLiteral("report"), QStringLiteral("Support ticket"),
                        m_dir.filePath(QStringLiteral("refused.txt"))}
        << 1 << QStringLiteral(".pdf");
    QTest::newRow("paper the report does not print on is a usage error")
        << QStringList {QStringLiteral("report"), QStringLiteral("Support ticket"), pdf,
                        QStringLiteral("--page"), QStringLiteral("A3")}
        << 1 << QStringLiteral("A3");
}

void TestReport::commandRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QDir(m_dir.path()).mkpath(QStringLiteral("folder.pdf"));
    const QString before = workspaceDump(m_workspacePath);
    QVERIFY(!before.isEmpty());
    const Result result = runCommand(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    // No file, not even part of one, and the workspace as it was.
    const QDir dir(m_dir.path());
    QVERIFY(!QFile::exists(arguments.at(2)) || QFileInfo(arguments.at(2)).isDir());
    const QStringList leftovers = dir.entryList({QStringLiteral("refused*")}, QDir::Files);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
    QCOMPARE(workspaceDump(m_workspacePath), before);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
