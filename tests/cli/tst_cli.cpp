// Tests of the headless command line as a user scripts it: the real binary, its output and its
// exit codes, and that a refused workspace is left byte for byte as it was.

#include "workspace/workspace.h"

#include "runprogram.h"
#include "workspacedump.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Stepwise;

namespace {

using Result = ProgramRun;

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void newThenListShowsTheProcess();
    void listAsJson();
    void usageErrors_data();
    void usageErrors();
    void duplicateNameIsBadInput();
    void missingWorkspaceFolderIsAWorkspaceProblem();
    void listDoesNotCreateAMissingWorkspace();
    void refusedWorkspacesStayUnchanged_data();
    void refusedWorkspacesStayUnchanged();
    void lockedWorkspaceIsRefusedAfterTheBusyTimeout();
    void readOnlyWorkspaceListsButRefusesWrites();
    void defaultWorkspaceStartsWithTheExamples();
    void runsWithoutADisplay();
    void helpAndVersion();
    void importRunsThenStatsAgreeWithPm4py();
    void importRunsRefusesCasesAlreadyThere();
    void importRunsRefusesAMalformedFile();
    void importRunsRefusesBadLogs_data();
    void importRunsRefusesBadLogs();
    void importRunsCreatesAndDraftsTheMap();
    void statsOfAnUnknownProcessIsBadInput();
    void setChangesOwnerSlaAndClock();
    void setRefusesBadValues_data();
    void setRefusesBadValues();
    void setUsageErrors_data();
    void setUsageErrors();
    void statsOnBusinessHours();

private:
    Result run(const QStringList &arguments, const QProcessEnvironment &env = {});
    QString workspacePath() const { return m_dir->filePath(QStringLiteral("w.stepwise")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Result TestCli::run(const QStringList &arguments, const QProcessEnvironment &env)
{
    return runProgram(
        QStringLiteral(STEPWISE_BINARY), arguments,
        stepwiseEnvironment(m_dir->path(),
                            env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env),
        60000);
}

void TestCli::newThenListShowsTheProcess()
{
    const QString w = workspacePath();
    Result r = run(
        {QStringLiteral("--workspace"), w, QStringLiteral("new"), QStringLiteral("Invoice run")});
    QCOMPARE(r.exitCode, 0);
    bool ok = false;
    const qint64 id = r.out.trimmed().toLongLong(&ok);
    QVERIFY2(ok && id > 0, qPrintable(r.out + r.err));

    r = run({QStringLiteral("--workspace"), w, QStringLiteral("new"),
             QStringLiteral("Client offboarding")});
    QCOMPARE(r.exitCode, 0);

    r = run({QStringLiteral("--workspace"), w, QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header and two processes, by name
    QVERIFY(lines[0].contains(QLatin1String("NAME")));
    QVERIFY(lines[1].contains(QLatin1String("Client offboarding")));
    QVERIFY(lines[2].contains(QLatin1String("Invoice run")));
    QVERIFY(lines[2].trimmed().startsWith(QString::number(id) + QLatin1Char(' ')));
}

void TestCli::listAsJson()
{
    const QString w = workspacePath();
    QCOMPARE(
        run({QStringLiteral("-w"), w, QStringLiteral("new"), QStringLiteral("Ticket")}).exitCode,
        0);
    const Result r
        = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("-w"), w});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.array().size(), 1);
    const QJsonObject process = json.array().at(0).toObject();
    QCOMPARE(process.value(QLatin1String("name")).toString(), QStringLiteral("Ticket"));
    QVERIFY(process.value(QLatin1String("id")).toInteger() > 0);
    QCOMPARE(process.value(QLatin1String("steps")).toInt(-1), 0);
    QCOMPARE(process.value(QLatin1String("runs")).toInt(-1), 0);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("an unknown command") << QStringList {QStringLiteral("frobnicate")};
    QTest::newRow("new without a name") << QStringList {QStringLiteral("new")};
    QTest::newRow("new with two names")
        << QStringList {QStringLiteral("new"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("an option the command does not take")
        << QStringList {QStringLiteral("new"), QStringLiteral("x"), QStringLiteral("--json")};
    QTest::newRow("an unknown option")
        << QStringList {QStringLiteral("list"), QStringLiteral("--jsno")};
    QTest::newRow("list with an argument")
        << QStringList {QStringLiteral("list"), QStringLiteral("extra")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result r = run(QStringList {QStringLiteral("--workspace"), workspacePath()} + arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(workspacePath()));
}

void TestCli::duplicateNameIsBadInput()
{
    const QStringList args {QStringLiteral("-w"), workspacePath(), QStringLiteral("new"),
                            QStringLiteral("Ticket")};
    QCOMPARE(run(args).exitCode, 0);
    const QString before = workspaceDump(workspacePath());
    QVERIFY(before.contains(QLatin1String("Ticket")));
    const Result r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("Ticket")), qPrintable(r.err));
    QCOMPARE(workspaceDump(workspacePath()), before);
}

void TestCli::missingWorkspaceFolderIsAWorkspaceProblem()
{
    const QString missing = m_dir->filePath(QStringLiteral("no/such/folder/w.stepwise"));
    const Result r
        = run({QStringLiteral("--workspace"), missing, QStringLiteral("new"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("folder")), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("no"))));
}

void TestCli::listDoesNotCreateAMissingWorkspace()
{
    const Result r = run({QStringLiteral("--workspace"), workspacePath(), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(QLatin1String("w.stepwise")));
    QVERIFY(!QFile::exists(workspacePath()));
}

void TestCli::refusedWorkspacesStayUnchanged_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("a file of random bytes") << QByteArray("random") << QStringLiteral("not");
    QTest::newRow("a workspace made by a newer Stepwise")
        << QByteArray("newer") << QStringLiteral("newer");
}

void TestCli::refusedWorkspacesStayUnchanged()
{
    QFETCH(QByteArray, kind);
    QFETCH(QString, message);
    const QString w = workspacePath();
    if (kind == "random") {
        QFile file(w);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(64 * 1024, '\0');
        for (char &c : bytes)
            c = char(QRandomGenerator::global()->bounded(256));
        file.write(bytes);
    } else {
        QCOMPARE(
            run({QStringLiteral("-w"), w, QStringLiteral("new"), QStringLiteral("x")}).exitCode, 0);
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(w);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1")
                                   .arg(Workspace::currentSchemaVersion() + 5)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    }
    const QByteArray before = fileHash(w);
    QVERIFY(!before.isEmpty());
    for (const QStringList &command : {QStringList {QStringLiteral("list")},
                                       QStringList {QStringLiteral("new"), QStringLiteral("y")}}) {
        const Result r = run(QStringList {QStringLiteral("--workspace"), w} + command);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(message, Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("w.stepwise")), qPrintable(r.err));
        QCOMPARE(fileHash(w), before);
    }
}

void TestCli::lockedWorkspaceIsRefusedAfterTheBusyTimeout()
{
    const QString w = workspacePath();
    QCOMPARE(run({QStringLiteral("-w"), w, QStringLiteral("new"), QStringLiteral("x")}).exitCode,
             0);
    const QByteArray before = fileHash(w);
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(w);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const Result r = run({QStringLiteral("-w"), w, QStringLiteral("new"), QStringLiteral("y")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("lock"), Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    QCOMPARE(fileHash(w), before);
    // Once the other writer is gone the same command works.
    QCOMPARE(run({QStringLiteral("-w"), w, QStringLiteral("new"), QStringLiteral("y")}).exitCode,
             0);
}

void TestCli::readOnlyWorkspaceListsButRefusesWrites()
{
    const QString w = workspacePath();
    QCOMPARE(
        run({QStringLiteral("-w"), w, QStringLiteral("new"), QStringLiteral("Ticket")}).exitCode,
        0);
    QVERIFY(QFile::setPermissions(w, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = fileHash(w);

    Result r = run({QStringLiteral("-w"), w, QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("Ticket")));

    r = run({QStringLiteral("-w"), w, QStringLiteral("new"), QStringLiteral("Other")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("read-only"), Qt::CaseInsensitive), qPrintable(r.err));
    QCOMPARE(fileHash(w), before);
    QFile::setPermissions(w, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestCli::defaultWorkspaceStartsWithTheExamples()
{
    const Result r = run({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray processes = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(processes.size(), 2);
    QStringList names;
    for (const QJsonValue &p : processes) {
        names << p.toObject().value(QLatin1String("name")).toString();
        QVERIFY(p.toObject().value(QLatin1String("steps")).toInt() >= 10);
    }
    QCOMPARE(names,
             (QStringList {QStringLiteral("Client onboarding"), QStringLiteral("Support ticket")}));

    // The second start finds the workspace and adds nothing.
    const Result again = run({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).array().size(), 2);
}

void TestCli::runsWithoutADisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":99999")); // no server there
    const Result r = run(
        {QStringLiteral("-w"), workspacePath(), QStringLiteral("new"), QStringLiteral("x")}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestCli::helpAndVersion()
{
    Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *word : {"list", "new NAME", "--workspace", "Exit codes"})
        QVERIFY2(r.out.contains(QLatin1String(word)), word);
    r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QLatin1String("stepwise ")));
}

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(STEPWISE_SHARED_TEST_DATA "/") + name;
}

QJsonObject reference(const QString &name)
{
    QFile file(dataPath(name + QStringLiteral(".reference.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QLatin1String("views"))
        .toObject()
        .value(QLatin1String("events"))
        .toObject();
}

} // namespace

void TestCli::importRunsThenStatsAgreeWithPm4py()
{
    const QString w = workspacePath();
    const QString log = dataPath(QStringLiteral("running-example.xes"));
    QCOMPARE(
        run({QStringLiteral("-w"), w, QStringLiteral("new"), QStringLiteral("Requests")}).exitCode,
        0);
    Result r = run(
        {QStringLiteral("-w"), w, QStringLiteral("import-runs"), QStringLiteral("Requests"), log});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("6 runs")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("42 events")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("register request")), qPrintable(r.out)); // unmatched

    r = run({QStringLiteral("-w"), w, QStringLiteral("stats"), QStringLiteral("Requests"),
             QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject ref = reference(QStringLiteral("running-example.xes"));
    QVERIFY(!ref.isEmpty());
    QCOMPARE(stats.value(QLatin1String("process")).toString(), QStringLiteral("Requests"));
    QCOMPARE(stats.value(QLatin1String("runs")).toInteger(),
             ref.value(QLatin1String("cases")).toInteger());
    QCOMPARE(stats.value(QLatin1String("events")).toInteger(),
             ref.value(QLatin1String("events")).toInteger());
    const QJsonObject cycle = stats.value(QLatin1String("cycle_time_s")).toObject();
    const QJsonObject refCycle = ref.value(QLatin1String("case_duration_seconds")).toObject();
    for (const auto &[ours, theirs] :
         {std::pair {"min", "min"}, {"p50", "median"}, {"mean", "mean"}, {"max", "max"}}) {
        QVERIFY2(qAbs(cycle.value(QLatin1String(ours)).toDouble()
                      - refCycle.value(QLatin1String(theirs)).toDouble())
                     < 1.0,
                 ours);
    }
    // Every transition pm4py found, with its count.
    const QJsonArray refEdges = ref.value(QLatin1String("dfg_edges")).toArray();
    const QJsonArray transitions = stats.value(QLatin1String("transitions")).toArray();
    QCOMPARE(transitions.size(), refEdges.size());
    for (const QJsonValue &edge : refEdges) {
        const QJsonObject e = edge.toObject();
        bool found = false;
        for (const QJsonValue &t : transitions) {
            const QJsonObject o = t.toObject();
            if (o.value(QLatin1String("from")) == e.value(QLatin1String("source"))
                && o.value(QLatin1String("to")) == e.value(QLatin1String("target"))) {
                found = true;
                QCOMPARE(o.value(QLatin1String("count")).toInteger(),
                         e.value(QLatin1String("frequency")).toInteger());
                QCOMPARE(o.value(QLatin1String("designed")).toBool(true), false);
            }
        }
        QVERIFY2(found, qPrintable(e.value(QLatin1String("source")).toString()));
    }
    // The diagnostic: five checks, each ok or not and why. The runs are of 2010: not tracked.
    const QJsonObject diagnostic = stats.value(QLatin1String("diagnostic")).toObject();
    QCOMPARE(diagnostic.size(), 5);
    for (const char *key : {"design", "ownership", "tracking", "improvement", "automation"}) {
        const QJsonObject check = diagnostic.value(QLatin1String(key)).toObject();
        QVERIFY2(check.value(QLatin1String("ok")).isBool(), key);
        QVERIFY2(!check.value(QLatin1String("why")).toString().isEmpty(), key);
    }
    const QJsonObject tracking = diagnostic.value(QLatin1String("tracking")).toObject();
    QCOMPARE(tracking.value(QLatin1String("ok")).toBool(true), false);
    QVERIFY2(tracking.value(QLatin1String("why")).toString().contains(QLatin1String("2011")),
             qPrintable(tracking.value(QLatin1String("why")).toString()));

    // The readable table with the diagnostic's lines, and a window that holds no run.
    r = run({QStringLiteral("-w"), w, QStringLiteral("stats"), QStringLiteral("Requests")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("check ticket")));
    QVERIFY2(r.out.contains(QLatin1String("  Tracking     not ok  No runs logged since")),
             qPrintable(r.out));
    r = run({QStringLiteral("-w"), w, QStringLiteral("stats"), QStringLiteral("Requests"),
             QStringLiteral("--json"), QStringLiteral("--from"), QStringLiteral("2011-02-01")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("runs")).toInt(-1), 0);
    // --to takes in its whole day: the first run started 2010-12-30 10:02 UTC.
    r = run({QStringLiteral("-w"), w, QStringLiteral("stats"), QStringLiteral("Requests"),
             QStringLiteral("--json"), QStringLiteral("--to"), QStringLiteral("2010-12-30")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("runs")).toInt()
            >= 1);
    r = run({QStringLiteral("-w"), w, QStringLiteral("stats"), QStringLiteral("Requests"),
             QStringLiteral("--from"), QStringLiteral("30.12.2010")});
    QCOMPARE(r.exitCode, 2);

    r = run({QStringLiteral("-w"), w, QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                 .array()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("runs"))
                 .toInt(),
             6);
}

void TestCli::importRunsRefusesCasesAlreadyThere()
{
    const QString w = workspacePath();
    const QString log = dataPath(QStringLiteral("running-example.xes"));
    QCOMPARE(
        run({QStringLiteral("-w"), w, QStringLiteral("new"), QStringLiteral("Requests")}).exitCode,
        0);
    const QStringList import {QStringLiteral("-w"), w, QStringLiteral("import-runs"),
                              QStringLiteral("Requests"), log};
    QCOMPARE(run(import).exitCode, 0);
    const QString before = workspaceDump(w);
    Result r = run(import);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("running-example.xes")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("6 of these runs")), qPrintable(r.err));
    QCOMPARE(workspaceDump(w), before);

    r = run(import + QStringList {QStringLiteral("--replace")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("-w"), w, QStringLiteral("stats"), QStringLiteral("Requests"),
             QStringLiteral("--json")});
    const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(stats.value(QLatin1String("runs")).toInt(), 6);
    QCOMPARE(stats.value(QLatin1String("events")).toInt(), 42);
}

void TestCli::importRunsRefusesAMalformedFile()
{
    const QString w = workspacePath();
    QCOMPARE(
        run({QStringLiteral("-w"), w, QStringLiteral("new"), QStringLiteral("Requests")}).exitCode,
        0);
    const QString bad = m_dir->filePath(QStringLiteral("bad.csv"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("case,activity,timestamp\n"
                   "1,register,2024-01-02 10:00\n"
                   "1,check,not a time\n");
    }
    const QString before = workspaceDump(w);
    Result r = run(
        {QStringLiteral("-w"), w, QStringLiteral("import-runs"), QStringLiteral("Requests"), bad});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("bad.csv:3")), qPrintable(r.err));
    QCOMPARE(workspaceDump(w), before);

    // An unknown process without --create.
    r = run({QStringLiteral("-w"), w, QStringLiteral("import-runs"), QStringLiteral("Nope"),
             dataPath(QStringLiteral("running-example.xes"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("Nope")), qPrintable(r.err));
    QCOMPARE(workspaceDump(w), before);
}

void TestCli::importRunsRefusesBadLogs_data()
{
    QTest::addColumn<QString>("file"); // in tests/data/runs, or "bomb.xes.gz" made here
    QTest::addColumn<QString>("where"); // FILE:LINE the message starts with
    QTest::addColumn<QString>("what");

    QTest::newRow("an unclosed element")
        << QStringLiteral("unclosed.xes") << QStringLiteral("unclosed.xes:12")
        << QStringLiteral("malformed XML");
    QTest::newRow("a bad date, and how many more")
        << QStringLiteral("bad-date.xes") << QStringLiteral("bad-date.xes:9")
        << QStringLiteral("(and 1 more event is bad)");
    QTest::newRow("an entity bomb")
        << QStringLiteral("entity-bomb.xes") << QStringLiteral("entity-bomb.xes:")
        << QStringLiteral("entity expansion bomb");
    QTest::newRow("an event outside a trace")
        << QStringLiteral("event-outside-trace.xes") << QStringLiteral("event-outside-trace.xes:3")
        << QStringLiteral("outside a trace");
    QTest::newRow("a CSV with a missing column")
        << QStringLiteral("missing-column.csv") << QStringLiteral("missing-column.csv:")
        << QStringLiteral("");
    QTest::newRow("an empty CSV") << QStringLiteral("empty.csv") << QStringLiteral("empty.csv:")
                                  << QStringLiteral("empty");
    QTest::newRow("a gzip bomb") << QStringLiteral("bomb.xes.gz") << QStringLiteral("bomb.xes.gz:")
                                 << QStringLiteral("bomb");
}

void TestCli::importRunsRefusesBadLogs()
{
    QFETCH(QString, file);
    QFETCH(QString, where);
    QFETCH(QString, what);
    QString path = dataPath(QStringLiteral("runs/") + file);
    if (file == QLatin1String("bomb.xes.gz")) {
        // 100 MB of white space inside a log, gzipped by the system's gzip to about 100 KB.
        path = m_dir->filePath(file);
        QProcess gzip;
        gzip.setStandardOutputFile(path);
        gzip.start(QStringLiteral("gzip"), {QStringLiteral("-c")});
        QVERIFY(gzip.waitForStarted());
        gzip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log>\n");
        const QByteArray spaces(1 << 20, ' ');
        for (int i = 0; i < 100; ++i) {
            gzip.write(spaces);
            QVERIFY(gzip.waitForBytesWritten(10000));
        }
        gzip.write("</log>\n");
        gzip.closeWriteChannel();
        QVERIFY(gzip.waitForFinished(30000));
        QCOMPARE(gzip.exitCode(), 0);
        QVERIFY(QFileInfo(path).size() < (1 << 20));
    }
    const QString w = workspacePath();
    QCOMPARE(
        run({QStringLiteral("-w"), w, QStringLiteral("new"), QStringLiteral("Requests")}).exitCode,
        0);
    const QString before = workspaceDump(w);
    const Result r = run(
        {QStringLiteral("-w"), w, QStringLiteral("import-runs"), QStringLiteral("Requests"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(where), qPrintable(r.err));
    QVERIFY2(r.err.contains(what), qPrintable(r.err));
    QCOMPARE(workspaceDump(w), before);
}

void TestCli::importRunsCreatesAndDraftsTheMap()
{
    const QString w = workspacePath();
    Result r
        = run({QStringLiteral("-w"), w, QStringLiteral("import-runs"), QStringLiteral("Requests"),
               dataPath(QStringLiteral("running-example.xes")), QStringLiteral("--create")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    Workspace ws;
    QVERIFY(ws.open(w));
    const ProcessId id = ws.findProcess(QStringLiteral("Requests"));
    QVERIFY(id);
    QCOMPARE(ws.runCount(id), 6);
    const std::optional<Process> process = ws.loadProcess(id);
    QVERIFY(process);
    QVERIFY(process->invariantViolations().isEmpty());
    QCOMPARE(process->steps.size(), 8 + 2); // the activities, a start and an end
    QCOMPARE(process->steps.first().kind, Step::Kind::Start);
    QCOMPARE(process->steps.last().kind, Step::Kind::End);
    QCOMPARE(process->handoffs.size(), 16 + 1 + 2); // every transition, from start, to 2 ends
    QVERIFY(process->lanes.size() >= 2);
    ws.close();

    // Every transition of the runs is now designed.
    r = run({QStringLiteral("-w"), w, QStringLiteral("stats"), QStringLiteral("Requests"),
             QStringLiteral("--json")});
    const QJsonArray transitions = QJsonDocument::fromJson(r.out.toUtf8())
                                       .object()
                                       .value(QLatin1String("transitions"))
                                       .toArray();
    QCOMPARE(transitions.size(), 16);
    for (const QJsonValue &t : transitions)
        QVERIFY(t.toObject().value(QLatin1String("designed")).toBool());
}

void TestCli::statsOfAnUnknownProcessIsBadInput()
{
    const QString w = workspacePath();
    QCOMPARE(run({QStringLiteral("-w"), w, QStringLiteral("new"), QStringLiteral("x")}).exitCode,
             0);
    const Result r = run({QStringLiteral("-w"), w, QStringLiteral("stats"), QStringLiteral("y")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("\"y\"")), qPrintable(r.err));
}

void TestCli::setChangesOwnerSlaAndClock()
{
    const QString w = workspacePath();
    QCOMPARE(
        run({QStringLiteral("-w"), w, QStringLiteral("new"), QStringLiteral("Ticket")}).exitCode,
        0);
    const auto load = [&w] {
        Workspace ws;
        if (!ws.open(w))
            return Process();
        return ws.loadProcess(ws.findProcess(QStringLiteral("Ticket"))).value_or(Process());
    };

    Result r = run({QStringLiteral("-w"), w, QStringLiteral("set"), QStringLiteral("Ticket"),
                    QStringLiteral("--owner"), QStringLiteral("Ana"), QStringLiteral("--sla"),
                    QStringLiteral("1d 4h")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Ana")) && r.out.contains(QLatin1String("1d 4h")),
             qPrintable(r.out));
    Process p = load();
    QCOMPARE(p.owner, QStringLiteral("Ana"));
    QCOMPARE(p.slaTargetS, qint64(28 * 3600));
    QCOMPARE(p.slaClock, Process::SlaClock::Calendar); // owner and SLA leave the clock alone

    // Business hours switch the clock; values are stored in their canonical forms.
    r = run({QStringLiteral("-w"), w, QStringLiteral("set"), QStringLiteral("Ticket"),
             QStringLiteral("--calendar"), QStringLiteral("mon-thu 8:00-17:00; fri 8:00-14:00"),
             QStringLiteral("--timezone"), QStringLiteral("europe/berlin"),
             QStringLiteral("--holidays"), QStringLiteral("2026-12-25,2026-12-24")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("business hours")), qPrintable(r.out));
    p = load();
    QCOMPARE(p.slaClock, Process::SlaClock::BusinessHours);
    QCOMPARE(p.workingHours, QStringLiteral("Mon-Thu 08:00-17:00; Fri 08:00-14:00"));
    QCOMPARE(p.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(p.holidays, (QVector<QDate> {QDate(2026, 12, 24), QDate(2026, 12, 25)}));
    QCOMPARE(p.owner, QStringLiteral("Ana")); // what was not given stays

    // One part alone changes only that part.
    r = run({QStringLiteral("-w"), w, QStringLiteral("set"), QStringLiteral("Ticket"),
             QStringLiteral("--holidays"), QStringLiteral("none")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    p = load();
    QVERIFY(p.holidays.isEmpty());
    QCOMPARE(p.timeZone, QStringLiteral("Europe/Berlin"));

    // Back to calendar time: the hours are kept for later.
    r = run({QStringLiteral("-w"), w, QStringLiteral("set"), QStringLiteral("Ticket"),
             QStringLiteral("--calendar"), QStringLiteral("none"), QStringLiteral("--sla"),
             QStringLiteral("none")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("calendar time")), qPrintable(r.out));
    p = load();
    QCOMPARE(p.slaClock, Process::SlaClock::Calendar);
    QCOMPARE(p.slaTargetS, qint64(0));
    QCOMPARE(p.workingHours, QStringLiteral("Mon-Thu 08:00-17:00; Fri 08:00-14:00"));

    // Setting what is already there writes nothing (not even the time it was modified).
    const QString before = workspaceDump(w);
    r = run({QStringLiteral("-w"), w, QStringLiteral("set"), QStringLiteral("Ticket"),
             QStringLiteral("--owner"), QStringLiteral("Ana")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(workspaceDump(w), before);
}

void TestCli::setRefusesBadValues_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("an SLA that is no duration")
        << QStringList {QStringLiteral("--sla"), QStringLiteral("soon")}
        << QStringList {QStringLiteral("--sla"), QStringLiteral("\"soon\"")};
    QTest::newRow("a bare number as SLA")
        << QStringList {QStringLiteral("--sla"), QStringLiteral("8")}
        << QStringList {QStringLiteral("--sla"), QStringLiteral("\"8\"")};
    QTest::newRow("working hours with an unknown day")
        << QStringList {QStringLiteral("--calendar"), QStringLiteral("Mon-Fry 09:00-18:00")}
        << QStringList {QStringLiteral("--calendar"), QStringLiteral("\"Fry\""),
                        QStringLiteral("character 5")};
    QTest::newRow("working hours that end before they start")
        << QStringList {QStringLiteral("--calendar"), QStringLiteral("Mon-Fri 18:00-09:00")}
        << QStringList {QStringLiteral("--calendar"), QStringLiteral("before it starts")};
    QTest::newRow("an unknown time zone")
        << QStringList {QStringLiteral("--timezone"), QStringLiteral("Europe/Atlantis")}
        << QStringList {QStringLiteral("--timezone"), QStringLiteral("Europe/Atlantis")};
    QTest::newRow("a holiday that does not exist")
        << QStringList {QStringLiteral("--holidays"), QStringLiteral("2026-12-24,2026-02-30")}
        << QStringList {QStringLiteral("--holidays"), QStringLiteral("2026-02-30")};
    QTest::newRow("a good owner with a bad zone changes nothing")
        << QStringList {QStringLiteral("--owner"), QStringLiteral("Bob"),
                        QStringLiteral("--timezone"), QStringLiteral("Mars")}
        << QStringList {QStringLiteral("--timezone"), QStringLiteral("Mars")};
}

void TestCli::setRefusesBadValues()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, mentions);
    const QString w = workspacePath();
    QCOMPARE(
        run({QStringLiteral("-w"), w, QStringLiteral("new"), QStringLiteral("Ticket")}).exitCode,
        0);
    // Every value is checked before the workspace is opened: the file stays byte for byte.
    const QByteArray before = fileHash(w);
    const Result r
        = run(QStringList {QStringLiteral("-w"), w, QStringLiteral("set"), QStringLiteral("Ticket")}
              + options);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    for (const QString &mention : mentions)
        QVERIFY2(r.err.contains(mention), qPrintable(r.err));
    QCOMPARE(fileHash(w), before);
}

void TestCli::setUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("set without anything to set is a usage error")
        << QStringList {QStringLiteral("set"), QStringLiteral("Ticket")} << 1
        << QStringLiteral("--owner");
    QTest::newRow("calendar time with a time zone is a usage error")
        << QStringList {QStringLiteral("set"),        QStringLiteral("Ticket"),
                        QStringLiteral("--calendar"), QStringLiteral("none"),
                        QStringLiteral("--timezone"), QStringLiteral("UTC")}
        << 1 << QStringLiteral("--calendar none");
    QTest::newRow("set without a process is a usage error")
        << QStringList {QStringLiteral("set"), QStringLiteral("--owner"), QStringLiteral("x")} << 1
        << QStringLiteral("set PROCESS");
    QTest::newRow("an option of another command is a usage error")
        << QStringList {QStringLiteral("set"), QStringLiteral("Ticket"), QStringLiteral("--json")}
        << 1 << QStringLiteral("--json");
    QTest::newRow("an unknown process is bad input")
        << QStringList {QStringLiteral("set"), QStringLiteral("Nope"), QStringLiteral("--owner"),
                        QStringLiteral("x")}
        << 2 << QStringLiteral("\"Nope\"");
}

void TestCli::setUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const QString w = workspacePath();
    QCOMPARE(
        run({QStringLiteral("-w"), w, QStringLiteral("new"), QStringLiteral("Ticket")}).exitCode,
        0);
    // Opening a workspace may touch bookkeeping bytes; what it holds must stay.
    const QString before = workspaceDump(w);
    const Result r = run(QStringList {QStringLiteral("-w"), w} + arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QCOMPARE(workspaceDump(w), before);
}

void TestCli::statsOnBusinessHours()
{
    // Two tickets: one opened on Friday afternoon and closed on Monday morning, one inside a
    // Tuesday. Times without an offset are UTC.
    const QString w = workspacePath();
    const QString log = m_dir->filePath(QStringLiteral("tickets.csv"));
    {
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("case,activity,start,complete\n"
                   "T-1,Open,2026-03-06 16:00:00,2026-03-06 17:00:00\n"
                   "T-1,Close,2026-03-09 09:30:00,2026-03-09 10:00:00\n"
                   "T-2,Open,2026-03-10 10:00:00,2026-03-10 11:00:00\n"
                   "T-2,Close,2026-03-10 11:30:00,2026-03-10 12:00:00\n");
    }
    QCOMPARE(
        run({QStringLiteral("-w"), w, QStringLiteral("new"), QStringLiteral("Ticket")}).exitCode,
        0);
    Result r
        = run({QStringLiteral("-w"), w, QStringLiteral("import-runs"), QStringLiteral("Ticket"),
               log, QStringLiteral("--start"), QStringLiteral("start"),
               QStringLiteral("--complete"), QStringLiteral("complete")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(run({QStringLiteral("-w"), w, QStringLiteral("set"), QStringLiteral("Ticket"),
                  QStringLiteral("--sla"), QStringLiteral("3h")})
                 .exitCode,
             0);
    const QStringList stats {QStringLiteral("-w"), w, QStringLiteral("stats"),
                             QStringLiteral("Ticket"), QStringLiteral("--json")};
    const auto figures = [](const Result &result) {
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    };
    const auto closeWaiting = [](const QJsonObject &json) {
        for (const QJsonValue &step : json.value(QLatin1String("steps")).toArray()) {
            if (step.toObject().value(QLatin1String("name")).toString() == QLatin1String("Close"))
                return step.toObject().value(QLatin1String("waiting_s")).toObject();
        }
        return QJsonObject();
    };

    // Calendar time: T-1 took 66 hours and missed the SLA.
    r = run(stats);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonObject json = figures(r);
    QJsonObject cycle = json.value(QLatin1String("cycle_time_s")).toObject();
    QCOMPARE(cycle.value(QLatin1String("max")).toDouble(), 66.0 * 3600);
    QCOMPARE(
        json.value(QLatin1String("sla")).toObject().value(QLatin1String("compliance")).toDouble(),
        0.5);

    // Business hours without any set: Mon-Fri 09:00-18:00 UTC, said on stderr. T-1 took 2 hours
    // on Friday and 1 on Monday; its wait before Close 1 h on Friday and 30 min on Monday.
    r = run(stats + QStringList {QStringLiteral("--business-hours")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("no business hours"))
                 && r.err.contains(QLatin1String("Mon-Fri 09:00-18:00, UTC")),
             qPrintable(r.err));
    json = figures(r);
    cycle = json.value(QLatin1String("cycle_time_s")).toObject();
    QCOMPARE(cycle.value(QLatin1String("max")).toDouble(), 3.0 * 3600);
    QCOMPARE(cycle.value(QLatin1String("min")).toDouble(), 2.0 * 3600);
    QCOMPARE(cycle.value(QLatin1String("mean")).toDouble(), 2.5 * 3600);
    QCOMPARE(json.value(QLatin1String("sla")).toObject().value(QLatin1String("met")).toInt(), 2);
    QCOMPARE(closeWaiting(json).value(QLatin1String("mean")).toDouble(), (5400.0 + 1800.0) / 2);
    // The counts are what they were: only durations change.
    QCOMPARE(json.value(QLatin1String("runs")).toInt(), 2);
    QCOMPARE(json.value(QLatin1String("executions")).toInt(), 4);

    // The process's own hours: from 08:00 to 16:00 T-1 took nothing on Friday and 2 hours on
    // Monday; it waited 1.5 hours, all of Monday morning until 09:30.
    QCOMPARE(run({QStringLiteral("-w"), w, QStringLiteral("set"), QStringLiteral("Ticket"),
                  QStringLiteral("--calendar"), QStringLiteral("Mon-Fri 08:00-16:00")})
                 .exitCode,
             0);
    r = run(stats + QStringList {QStringLiteral("--business-hours")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    json = figures(r);
    cycle = json.value(QLatin1String("cycle_time_s")).toObject();
    QCOMPARE(cycle.value(QLatin1String("max")).toDouble(), 2.0 * 3600);
    QCOMPARE(closeWaiting(json).value(QLatin1String("mean")).toDouble(), (5400.0 + 1800.0) / 2);

    // Without the flag stats stays on calendar time, as pm4py measures, whatever the clock.
    r = run(stats);
    QCOMPARE(figures(r)
                 .value(QLatin1String("cycle_time_s"))
                 .toObject()
                 .value(QLatin1String("max"))
                 .toDouble(),
             66.0 * 3600);

    // The readable report says which clock it used.
    r = run({QStringLiteral("-w"), w, QStringLiteral("stats"), QStringLiteral("Ticket"),
             QStringLiteral("--business-hours")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(
        r.out.startsWith(QLatin1String("Durations in business hours: Mon-Fri 08:00-16:00, UTC")),
        qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
