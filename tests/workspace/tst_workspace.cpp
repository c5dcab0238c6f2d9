// Tests of the SQLite workspace and of the JSON form of a process: save-load and JSON round
// trips, the process list and its refusals, revisions, every schema migration from the version
// before it, and the files open() must refuse (or open read-only) without changing a byte.

#include "process/processjson.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>

namespace Stepwise {

namespace {

Process emptyProcess()
{
    Process p;
    p.name = QStringLiteral("Empty");
    return p;
}

// Every attribute set to something other than its default, in an order that is not sorted by id.
Process richProcess()
{
    Process p;
    p.name = QStringLiteral("Client onboarding");
    p.owner = QStringLiteral("Ana Pérez");
    p.description = QStringLiteral("From the signed offer\nto the first invoice.\n\n  Indented.");
    p.slaTargetS = 5 * 24 * 3600 + 4 * 3600;
    p.reviewDate = QDate(2025, 2, 28);
    p.runsPerMonth = 42.5;
    p.lanes = {
        {7, QStringLiteral("Client"), Lane::Kind::Person, QColor(0xff, 0xee, 0x99), 160.0},
        {2, QStringLiteral("Support team"), Lane::Kind::Team, QColor(0x12, 0x34, 0x56), 212.25},
        {3, QStringLiteral("CRM"), Lane::Kind::System, QColor(), 0.1 + 0.2},
        {1, QString(), Lane::Kind::Role, QColor(10, 20, 30, 128), 90.0},
    };
    Step start;
    start.id = 4;
    start.kind = Step::Kind::Start;
    start.name = QStringLiteral("Offer signed");
    start.laneId = 7;
    start.pos = QPointF(80.5, 80.0);
    Step task;
    task.id = 11;
    task.kind = Step::Kind::Task;
    task.name = QStringLiteral("Set up accounts — 账户 ✓");
    task.laneId = 2;
    task.pos = QPointF(1.0 / 3.0, -12.125);
    task.definitionOfDone = QStringLiteral("Accounts exist\nWelcome mail sent\n\"quoted\" 'text'");
    task.inputs = {QStringLiteral("Signed offer"), QString(), QStringLiteral("Contact list")};
    task.outputs = {QStringLiteral("Accounts"), QStringLiteral("[not, json]")};
    task.expectedDurationS = 2 * 3600;
    task.slaS = 86400;
    task.automation = Step::Automation::Candidate;
    task.systems = {QStringLiteral("CRM"), QStringLiteral("Mail")};
    task.automationEffortH = 12.75;
    task.bpmnElement = QStringLiteral("userTask");
    task.size = QSizeF(140.5, 72.25);
    Step decision;
    decision.id = 5;
    decision.kind = Step::Kind::Decision;
    decision.name = QStringLiteral("Complete?");
    decision.laneId = 2;
    decision.pos = QPointF(400, 100);
    decision.automation = Step::Automation::Automated;
    decision.bpmnElement = QStringLiteral("parallelGateway");
    Step event;
    event.id = 9;
    event.kind = Step::Kind::Event;
    event.name = QStringLiteral("Wait for the client");
    event.laneId = 7;
    event.pos = QPointF(520, 60);
    event.trigger = Step::Trigger::Timer;
    Step message = event;
    message.id = 10;
    message.trigger = Step::Trigger::Message;
    message.pos = QPointF(560, 60);
    message.bpmnElement = QStringLiteral("boundaryEvent");
    message.bpmnEvent = QStringLiteral("escalation");
    message.attachedToStepId = 11;
    message.interrupting = false;
    message.automation = Step::Automation::Rejected;
    Step end;
    end.id = 6;
    end.kind = Step::Kind::End;
    end.laneId = 3;
    end.pos = QPointF(700, 80);
    end.trigger = Step::Trigger::Wait;
    p.steps = {start, task, decision, event, message, end};
    p.handoffs = {
        {15, 4, 11, QString()},
        {12, 11, 5, QStringLiteral("ready")},
        {13, 5, 9, QStringLiteral("no:\nmissing papers"), QStringLiteral("${papers == null}")},
        {14, 5, 6, QStringLiteral("yes")},
        {16, 9, 10, QString()},
    };
    p.nextItemId = 17;
    return p;
}

Process unicodeProcess()
{
    Process p = richProcess();
    p.name = QStringLiteral("Rechnung 📄 «Ausgang»");
    p.owner = QStringLiteral("Łukasz Żółć");
    p.description = QStringLiteral("Zeile 1\r\nZeile 2\tTab\n\u00e9\u0301 combining");
    p.steps[0].name = QStringLiteral("日本語のステップ");
    return p;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QByteArrayLiteral("(missing)");
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("(unreadable)");
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// The file, its -wal file and the names in its folder: what "left exactly as it was" means.
QByteArray snapshot(const QString &path)
{
    const QFileInfo info(path);
    const QStringList names = info.dir().entryList(QDir::Files | QDir::Hidden, QDir::Name);
    return fileHash(path) + ' ' + fileHash(path + QStringLiteral("-wal")) + ' '
        + names.join(QLatin1Char(',')).toUtf8();
}

// A plain SQLite connection beside the workspace, for building and inspecting files.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path) : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_ok; }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return QVariant();
        return query.value(0);
    }
    QStringList column(const QString &sql, int index = 0)
    {
        QStringList list;
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(sql)) {
            while (query.next())
                list.append(query.value(index).toString());
        }
        return list;
    }

private:
    QString m_name;
    bool m_ok = false;
};

// A workspace with one process, closed again.
bool makeWorkspace(const QString &path, const Process &process = richProcess())
{
    Workspace ws;
    return ws.open(path) && ws.saveProcess(process) != 0;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void processJsonRoundTrip_data();
    void processJsonRoundTrip();
    void processJsonDefaultsForMissingKeys();
    void processJsonUsesWords();
    void processJsonRefusals_data();
    void processJsonRefusals();

    void saveAndReopen_data();
    void saveAndReopen();
    void saveReplacesTheWholeMap();
    void childMapLinkSurvivesAndClears();
    void closedWorkspaceIsSelfContained();
    void twoConnectionsShareAWorkspace();

    void processList();
    void duplicateNames();
    void nameRefusals_data();
    void nameRefusals();
    void missingProcess();
    void damagedSlaClockIsRefused_data();
    void damagedSlaClockIsRefused();

    void revisions();

    void runsRoundTrip();
    void runsRefuseCasesAlreadyThere();
    void runsWindowCountAndDelete();
    void runsCancelAndCreate();
    void runsLargeLoadsRoundTrip();
    void runsBulkImportKeepsIndexes();
    void runsDamageIsReportedWhenRead();

    void migration_data();
    void migration();
    void migrationCountsStepsAndOwnerChanges();
    void newWorkspaceIsCurrent();

    void refusals_data();
    void refusals();
    void missingFolder();
    void missingFileWithoutCreate();
    void readOnly_data();
    void readOnly();
    void readOnlyEmptyFileIsRefused();

    void saveCopyOpensWithTheSameProcessesAndRuns();
    void saveCopyRefusals_data();
    void saveCopyRefusals();

private:
    QTemporaryDir m_dir;
    QString newPath(const QString &name) const { return m_dir.filePath(name); }
};

// --- the JSON form

void TestWorkspace::processJsonRoundTrip_data()
{
    QTest::addColumn<Process>("process");
    QTest::newRow("an empty process comes back equal") << emptyProcess();
    QTest::newRow("a process with every attribute set comes back equal") << richProcess();
    QTest::newRow("unicode and multi-line text come back equal") << unicodeProcess();
    Process stored = richProcess();
    stored.id = 4242;
    QTest::newRow("a stored process keeps its id") << stored;
    Process business = richProcess();
    business.slaClock = Process::SlaClock::BusinessHours;
    business.workingHours = QStringLiteral("Mon-Thu 08:00-12:00,13:00-17:00; Fri 08:00-14:00");
    business.timeZone = QStringLiteral("Europe/Berlin");
    business.holidays = {QDate(2026, 12, 24), QDate(2026, 12, 25)};
    QTest::newRow("a process on business hours keeps its calendar") << business;
    Process keptHours = business;
    keptHours.slaClock = Process::SlaClock::Calendar;
    QTest::newRow("business hours are kept while the clock is calendar time") << keptHours;
}

void TestWorkspace::processJsonRoundTrip()
{
    QFETCH(Process, process);
    const std::optional<Process> fromObject = processFromJson(processToJson(process));
    QVERIFY(fromObject);
    QCOMPARE(*fromObject, process);

    QString error;
    const QByteArray data = processToJsonData(process);
    QVERIFY(!data.contains('\n')); // compact
    const std::optional<Process> fromData = processFromJsonData(data, &error);
    QVERIFY2(fromData, qPrintable(error));
    QCOMPARE(*fromData, process);
    // Colours keep their alpha; an unset colour stays unset.
    for (int i = 0; i < process.lanes.size(); ++i) {
        QCOMPARE(fromData->lanes.at(i).color.isValid(), process.lanes.at(i).color.isValid());
        QCOMPARE(fromData->lanes.at(i).color.alpha(), process.lanes.at(i).color.alpha());
    }
}

void TestWorkspace::processJsonDefaultsForMissingKeys()
{
    std::optional<Process> process = processFromJson(QJsonObject());
    QVERIFY(process);
    QCOMPARE(*process, Process());

    const QJsonObject sparse = QJsonDocument::fromJson(R"({"name": "Sparse",
        "lanes": [{"id": 1}], "steps": [{"id": 2, "lane_id": 1}], "handoffs": [{"id": 3}]})")
                                   .object();
    process = processFromJson(sparse);
    QVERIFY(process);
    Process expected;
    expected.name = QStringLiteral("Sparse");
    Lane lane;
    lane.id = 1;
    Step step;
    step.id = 2;
    step.laneId = 1;
    Handoff handoff;
    handoff.id = 3;
    expected.lanes = {lane};
    expected.steps = {step};
    expected.handoffs = {handoff};
    QCOMPARE(*process, expected);
}

void TestWorkspace::processJsonUsesWords()
{
    const QJsonObject json = processToJson(richProcess());
    QCOMPARE(json.value(QLatin1String("review_date")).toString(), QStringLiteral("2025-02-28"));
    const QJsonArray lanes = json.value(QLatin1String("lanes")).toArray();
    QCOMPARE(lanes.at(0).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("person"));
    QCOMPARE(lanes.at(0).toObject().value(QLatin1String("color")).toString(),
             QStringLiteral("#ffee99"));
    QVERIFY(!lanes.at(2).toObject().contains(QLatin1String("color")));
    const QJsonObject task = json.value(QLatin1String("steps")).toArray().at(1).toObject();
    QCOMPARE(task.value(QLatin1String("kind")).toString(), QStringLiteral("task"));
    QCOMPARE(task.value(QLatin1String("automation")).toString(), QStringLiteral("candidate"));
    QCOMPARE(task.value(QLatin1String("trigger")).toString(), QStringLiteral("none"));
    const QJsonObject decision = json.value(QLatin1String("steps")).toArray().at(2).toObject();
    QCOMPARE(decision.value(QLatin1String("kind")).toString(), QStringLiteral("decision"));
}

void TestWorkspace::processJsonRefusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("text that is not JSON is refused")
        << QByteArray("{\"name\": ") << QStringLiteral("JSON");
    QTest::newRow("a JSON array is refused")
        << QByteArray("[1, 2]") << QStringLiteral("not an object");
    QTest::newRow("another format is refused")
        << QByteArray(R"({"format": "bpmn"})") << QStringLiteral("bpmn");
    QTest::newRow("a newer format version is refused")
        << QByteArray(R"({"format": "stepwise-process", "version": 99})")
        << QStringLiteral("newer");
    QTest::newRow("an unknown step kind is refused")
        << QByteArray(R"({"steps": [{"kind": "subprocess"}]})") << QStringLiteral("subprocess");
    QTest::newRow("an unknown lane kind is refused")
        << QByteArray(R"({"lanes": [{"kind": "robot"}]})") << QStringLiteral("robot");
    QTest::newRow("a malformed colour is refused")
        << QByteArray(R"({"lanes": [{"color": "#12"}]})") << QStringLiteral("#12");
    QTest::newRow("a malformed review date is refused")
        << QByteArray(R"({"review_date": "2025-13-45"})") << QStringLiteral("2025-13-45");
}

void TestWorkspace::processJsonRefusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!processFromJsonData(json, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

// --- saving and loading

void TestWorkspace::saveAndReopen_data()
{
    processJsonRoundTrip_data();
}

void TestWorkspace::saveAndReopen()
{
    QFETCH(Process, process);
    const QString path
        = newPath(QStringLiteral("%1.stepwise").arg(QLatin1String(QTest::currentDataTag())));
    QFile::remove(path);
    process.id = 0;
    {
        Workspace ws;
        QVERIFY2(ws.open(path), qPrintable(ws.errorString()));
        QVERIFY(ws.wasCreated());
        QVERIFY(!ws.isReadOnly());
        process.id = ws.saveProcess(process);
        QVERIFY2(process.id != 0, qPrintable(ws.errorString()));
        QCOMPARE(ws.errorKind(), Workspace::ErrorKind::None);
        // Loaded in the same session ...
        const std::optional<Process> loaded = ws.loadProcess(process.id);
        QVERIFY2(loaded, qPrintable(ws.errorString()));
        QCOMPARE(*loaded, process);
    }
    // ... and after closing and opening again.
    Workspace ws;
    QVERIFY2(ws.open(path), qPrintable(ws.errorString()));
    QVERIFY(!ws.wasCreated());
    const std::optional<Process> loaded = ws.loadProcess(process.id);
    QVERIFY2(loaded, qPrintable(ws.errorString()));
    QCOMPARE(*loaded, process);
    QCOMPARE(loaded->nextItemId, process.nextItemId);
    QCOMPARE(loaded->reviewDate, process.reviewDate);
    for (int i = 0; i < process.lanes.size(); ++i) {
        QCOMPARE(loaded->lanes.at(i).color.isValid(), process.lanes.at(i).color.isValid());
        QCOMPARE(loaded->lanes.at(i).color.alpha(), process.lanes.at(i).color.alpha());
        QCOMPARE(loaded->lanes.at(i).height, process.lanes.at(i).height); // bit-exact double
    }
    for (int i = 0; i < process.steps.size(); ++i) {
        QCOMPARE(loaded->steps.at(i).pos.x(), process.steps.at(i).pos.x());
        QCOMPARE(loaded->steps.at(i).inputs, process.steps.at(i).inputs);
    }
}

void TestWorkspace::saveReplacesTheWholeMap()
{
    const QString path = newPath(QStringLiteral("replace.stepwise"));
    Workspace ws;
    QVERIFY(ws.open(path));
    Process process = richProcess();
    process.id = ws.saveProcess(process);
    QVERIFY(process.id);

    // Fewer items, in another order, with changed attributes: nothing of the old map survives.
    std::reverse(process.steps.begin(), process.steps.end());
    process.steps.removeLast();
    process.handoffs = {{20, 6, 11, QStringLiteral("new")}};
    process.lanes.removeAt(1);
    process.lanes[0].name = QStringLiteral("Renamed");
    process.name = QStringLiteral("Client onboarding v2");
    process.reviewDate = QDate();
    process.nextItemId = 21;
    QCOMPARE(ws.saveProcess(process), process.id);
    const std::optional<Process> loaded = ws.loadProcess(process.id);
    QVERIFY(loaded);
    QCOMPARE(*loaded, process);
    QCOMPARE(ws.processes().size(), 1);
    QCOMPARE(ws.processes().at(0).steps, process.steps.size());

    // A failing save changes nothing: duplicate step ids break the primary key mid-way.
    Process broken = process;
    broken.description = QStringLiteral("never stored");
    broken.steps.append(broken.steps.first());
    QCOMPARE(ws.saveProcess(broken), ProcessId(0));
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::Database);
    QVERIFY(!ws.errorString().isEmpty());
    QCOMPARE(*ws.loadProcess(process.id), process);
}

void TestWorkspace::childMapLinkSurvivesAndClears()
{
    const QString path = newPath(QStringLiteral("child.stepwise"));
    Workspace ws;
    QVERIFY(ws.open(path));
    Process child = richProcess();
    child.name = QStringLiteral("Set up accounts (sub-process)");
    child.id = ws.saveProcess(child);
    QVERIFY2(child.id, qPrintable(ws.errorString()));
    Process parent = richProcess();
    parent.steps[1].bpmnElement = QStringLiteral("subProcess");
    parent.steps[1].childProcessId = child.id;
    parent.id = ws.saveProcess(parent);
    QVERIFY2(parent.id, qPrintable(ws.errorString()));
    QCOMPARE(ws.loadProcess(parent.id)->steps.at(1).childProcessId, child.id);

    // A step may not point at a process that is not there.
    Process dangling = parent;
    dangling.steps[1].childProcessId = child.id + 100;
    QCOMPARE(ws.saveProcess(dangling), ProcessId(0));
    QCOMPARE(*ws.loadProcess(parent.id), parent);

    // Deleting the child map on its own leaves the parent's step a plain sub-process.
    QVERIFY2(ws.deleteProcess(child.id), qPrintable(ws.errorString()));
    const std::optional<Process> loaded = ws.loadProcess(parent.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->steps.at(1).childProcessId, ProcessId(0));
    QCOMPARE(loaded->steps.at(1).bpmnElement, QStringLiteral("subProcess"));
}

void TestWorkspace::closedWorkspaceIsSelfContained()
{
    const QString path = newPath(QStringLiteral("closed.stepwise"));
    {
        Workspace ws;
        QVERIFY(ws.open(path));
        QVERIFY(ws.saveProcess(richProcess()));
        // While open, the workspace runs in WAL mode.
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    // Bytes 18 and 19 of the header are 1 in rollback-journal mode, 2 in WAL mode.
    const QByteArray header = readFile(path).left(20);
    QCOMPARE(header.left(16), QByteArray("SQLite format 3\0", 16));
    QCOMPARE(int(header.at(18)), 1);
    QCOMPARE(int(header.at(19)), 1);
}

void TestWorkspace::twoConnectionsShareAWorkspace()
{
    // A worker thread opens its own Workspace on the same file: neither may lock the other out.
    const QString path = newPath(QStringLiteral("shared.stepwise"));
    Workspace first;
    QVERIFY(first.open(path));
    Workspace second;
    Workspace::OpenOptions options;
    options.busyTimeoutMs = 200;
    QVERIFY2(second.open(path, options), qPrintable(second.errorString()));
    const ProcessId id = first.createProcess(QStringLiteral("Seen by both"));
    QVERIFY(id);
    QCOMPARE(second.findProcess(QStringLiteral("Seen by both")), id);
    QVERIFY(second.renameProcess(id, QStringLiteral("Renamed by the second")));
    QCOMPARE(first.loadProcess(id)->name, QStringLiteral("Renamed by the second"));
    second.close();
    first.close();
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

// --- the process list

void TestWorkspace::processList()
{
    const QString path = newPath(QStringLiteral("list.stepwise"));
    Workspace ws;
    QVERIFY(ws.open(path));
    QVERIFY(ws.processes().isEmpty());

    const ProcessId invoicing = ws.createProcess(QStringLiteral("invoicing"));
    QVERIFY2(invoicing, qPrintable(ws.errorString()));
    Process onboarding = richProcess();
    onboarding.id = ws.saveProcess(onboarding);
    QVERIFY(onboarding.id);
    const ProcessId support = ws.createProcess(QStringLiteral("Support ticket"));
    QVERIFY(support);

    QVector<ProcessSummary> list = ws.processes();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).name, QStringLiteral("Client onboarding"));
    QCOMPARE(list.at(0).id, onboarding.id);
    QCOMPARE(list.at(0).steps, onboarding.steps.size());
    QCOMPARE(list.at(0).owner, onboarding.owner);
    QCOMPARE(list.at(0).runs, 0);
    QVERIFY(list.at(0).modified.isValid());
    QCOMPARE(list.at(0).modified.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(list.at(0).modified.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(list.at(1).name, QStringLiteral("invoicing")); // case-insensitive order
    QCOMPARE(list.at(1).steps, 0);
    QCOMPARE(list.at(2).name, QStringLiteral("Support ticket"));

    // A new process is empty.
    const std::optional<Process> created = ws.loadProcess(invoicing);
    QVERIFY(created);
    Process expected;
    expected.id = invoicing;
    expected.name = QStringLiteral("invoicing");
    QCOMPARE(*created, expected);

    // Found by id or by exact name.
    QCOMPARE(ws.findProcess(QString::number(support)), support);
    QCOMPARE(ws.findProcess(QStringLiteral("Support ticket")), support);
    QCOMPARE(ws.findProcess(QStringLiteral("support ticket")), ProcessId(0));
    QCOMPARE(ws.findProcess(QStringLiteral("999")), ProcessId(0));

    // Renamed.
    QVERIFY2(ws.renameProcess(invoicing, QStringLiteral("Invoicing")),
             qPrintable(ws.errorString()));
    QCOMPARE(ws.loadProcess(invoicing)->name, QStringLiteral("Invoicing"));
    QVERIFY(ws.renameProcess(invoicing, QStringLiteral("Invoicing"))); // to its own name

    // Duplicated with the map under free names.
    const ProcessId copy = ws.duplicateProcess(onboarding.id);
    QVERIFY2(copy, qPrintable(ws.errorString()));
    std::optional<Process> copied = ws.loadProcess(copy);
    QVERIFY(copied);
    QCOMPARE(copied->name, QStringLiteral("Client onboarding (copy)"));
    Process expectedCopy = onboarding;
    expectedCopy.id = copy;
    expectedCopy.name = copied->name;
    QCOMPARE(*copied, expectedCopy);
    const ProcessId copy2 = ws.duplicateProcess(onboarding.id);
    QCOMPARE(ws.loadProcess(copy2)->name, QStringLiteral("Client onboarding (copy 2)"));
    const ProcessId named = ws.duplicateProcess(onboarding.id, QStringLiteral("Named copy"));
    QCOMPARE(ws.loadProcess(named)->name, QStringLiteral("Named copy"));
    QCOMPARE(ws.processes().size(), 6);

    QCOMPARE(ws.freeProcessName(QStringLiteral("Fresh")), QStringLiteral("Fresh"));
    QCOMPARE(ws.freeProcessName(QStringLiteral("Invoicing")), QStringLiteral("Invoicing (2)"));

    // Deleted with its map: the copy is untouched.
    QVERIFY2(ws.deleteProcess(onboarding.id), qPrintable(ws.errorString()));
    QVERIFY(!ws.loadProcess(onboarding.id));
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::NotFound);
    QCOMPARE(ws.processes().size(), 5);
    QCOMPARE(*ws.loadProcess(copy), expectedCopy);
    ws.close();

    RawDatabase raw(path);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM steps WHERE process_id = %1")
                           .arg(onboarding.id))
                 .toInt(),
             0);
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM lanes WHERE process_id = %1")
                           .arg(onboarding.id))
                 .toInt(),
             0);
}

void TestWorkspace::duplicateNames()
{
    Workspace ws;
    QVERIFY(ws.open(newPath(QStringLiteral("freenames.stepwise"))));
    QVERIFY(ws.createProcess(QStringLiteral("X")));
    QVERIFY(ws.createProcess(QStringLiteral("X (copy)")));
    const ProcessId x = ws.findProcess(QStringLiteral("X"));
    const ProcessId copy = ws.duplicateProcess(x);
    QCOMPARE(ws.loadProcess(copy)->name, QStringLiteral("X (copy 2)"));
    QCOMPARE(ws.loadProcess(ws.duplicateProcess(x))->name, QStringLiteral("X (copy 3)"));
}

void TestWorkspace::nameRefusals_data()
{
    QTest::addColumn<std::function<bool(Workspace &)>>("attempt");
    using Attempt = std::function<bool(Workspace &)>;
    QTest::newRow("an empty name is refused on create")
        << Attempt([](Workspace &ws) { return ws.createProcess(QString()) != 0; });
    QTest::newRow("a blank name is refused on create")
        << Attempt([](Workspace &ws) { return ws.createProcess(QStringLiteral("  \t")) != 0; });
    QTest::newRow("a name in use is refused on create")
        << Attempt([](Workspace &ws) { return ws.createProcess(QStringLiteral("Taken")) != 0; });
    QTest::newRow("a rename to an empty name is refused") << Attempt([](Workspace &ws) {
        return ws.renameProcess(ws.findProcess(QStringLiteral("Other")), QString());
    });
    QTest::newRow("a rename to a name in use is refused") << Attempt([](Workspace &ws) {
        return ws.renameProcess(ws.findProcess(QStringLiteral("Other")), QStringLiteral("Taken"));
    });
    QTest::newRow("a duplicate under a name in use is refused") << Attempt([](Workspace &ws) {
        return ws.duplicateProcess(ws.findProcess(QStringLiteral("Other")), QStringLiteral("Taken"))
            != 0;
    });
    QTest::newRow("saving a new process under a name in use is refused")
        << Attempt([](Workspace &ws) {
               Process process = richProcess();
               process.name = QStringLiteral("Taken");
               return ws.saveProcess(process) != 0;
           });
    QTest::newRow("saving a process under another's name is refused") << Attempt([](Workspace &ws) {
        std::optional<Process> process = ws.loadProcess(ws.findProcess(QStringLiteral("Other")));
        process->name = QStringLiteral("Taken");
        return ws.saveProcess(*process) != 0;
    });
}

void TestWorkspace::nameRefusals()
{
    using Attempt = std::function<bool(Workspace &)>;
    QFETCH(Attempt, attempt);
    const QString path
        = newPath(QStringLiteral("names-%1.stepwise").arg(QLatin1String(QTest::currentDataTag())));
    Workspace ws;
    QVERIFY(ws.open(path));
    QVERIFY(ws.createProcess(QStringLiteral("Taken")));
    QVERIFY(ws.createProcess(QStringLiteral("Other")));
    const QVector<ProcessSummary> before = ws.processes();

    QVERIFY(!attempt(ws));
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::Invalid);
    QVERIFY(!ws.errorString().isEmpty());

    const QVector<ProcessSummary> after = ws.processes();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i)
        QCOMPARE(after.at(i).name, before.at(i).name);
}

void TestWorkspace::missingProcess()
{
    Workspace ws;
    QVERIFY(ws.open(newPath(QStringLiteral("missing.stepwise"))));
    QVERIFY(!ws.loadProcess(77));
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::NotFound);
    QVERIFY(!ws.renameProcess(77, QStringLiteral("Nobody")));
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::NotFound);
    QVERIFY(!ws.deleteProcess(77));
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::NotFound);
    QCOMPARE(ws.duplicateProcess(77), ProcessId(0));
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::NotFound);
    Process ghost = richProcess();
    ghost.id = 77;
    QCOMPARE(ws.saveProcess(ghost), ProcessId(0));
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::NotFound);
    QCOMPARE(ws.saveRevision(ghost, QStringLiteral("no")), qint64(0));
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::NotFound);
    QVERIFY(!ws.loadRevision(5));
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::NotFound);
    QVERIFY(ws.processes().isEmpty());
}

// --- revisions

void TestWorkspace::revisions()
{
    const QString path = newPath(QStringLiteral("revisions.stepwise"));
    Workspace ws;
    QVERIFY(ws.open(path));
    Process process = richProcess();
    process.id = ws.saveProcess(process);
    QVERIFY(process.id);
    const ProcessId other = ws.createProcess(QStringLiteral("Other"));

    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVector<Process> snapshots;
    QVector<qint64> ids;
    const QStringList notes
        = {QStringLiteral("first"), QString(), QStringLiteral("third:\nmulti-line, ünïcode")};
    for (const QString &note : notes) {
        snapshots.append(process);
        const qint64 id = ws.saveRevision(process, note);
        QVERIFY2(id, qPrintable(ws.errorString()));
        ids.append(id);
        process.steps.removeLast();
        process.description += QStringLiteral(" changed");
    }
    QVERIFY(ws.saveRevision(*ws.loadProcess(other), QStringLiteral("other's")));

    const QVector<RevisionInfo> list = ws.revisions(process.id);
    QCOMPARE(list.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const RevisionInfo &info = list.at(i); // newest first
        QCOMPARE(info.id, ids.at(2 - i));
        QCOMPARE(info.processId, process.id);
        QCOMPARE(info.note, notes.at(2 - i));
        QCOMPARE(info.created.timeSpec(), Qt::UTC);
        QVERIFY(info.created >= before);
        QVERIFY(info.created <= QDateTime::currentDateTimeUtc());
        const std::optional<Process> loaded = ws.loadRevision(info.id);
        QVERIFY2(loaded, qPrintable(ws.errorString()));
        QCOMPARE(*loaded, snapshots.at(2 - i));
    }
    QCOMPARE(ws.revisions(other).size(), 1);

    // The revisions go with their process, and only those.
    QVERIFY(ws.deleteProcess(process.id));
    QVERIFY(ws.revisions(process.id).isEmpty());
    QVERIFY(!ws.loadRevision(ids.first()));
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::NotFound);
    QCOMPARE(ws.revisions(other).size(), 1);
    ws.close();
    RawDatabase raw(path);
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM revisions")).toInt(), 1);
}

// --- runs

namespace {

Execution execution(int activity, int resource, qint64 startMs, qint64 completeMs, int order)
{
    Execution e;
    e.activity = activity;
    e.resource = resource;
    e.startMs = startMs;
    e.completeMs = completeMs;
    e.order = order;
    return e;
}

// Three runs over two activities and one resource, one with an unknown start and one without any
// execution.
RunLog sampleLog(const QString &prefix = QStringLiteral("case "))
{
    RunLog log;
    log.activities = QStringList {QStringLiteral("Check ticket"), QStringLiteral("Décider")};
    log.resources = QStringList {QStringLiteral("Ann")};
    Run a;
    a.caseId = prefix + QStringLiteral("1");
    a.firstMs = 1000;
    a.lastMs = 9000;
    a.events = 3;
    a.executions = {execution(0, 0, 1000, 2000, 0), execution(1, -1, NoTime, 9000, 1)};
    Run b;
    b.caseId = QStringLiteral("NA"); // a case named NA is a case
    b.firstMs = 50000;
    b.lastMs = 60000;
    b.events = 1;
    b.executions = {execution(1, 0, 50000, 60000, 0)};
    Run c;
    c.caseId = prefix + QStringLiteral("3");
    c.events = 1; // an event without timestamp or execution
    log.runs = {a, b, c};
    return log;
}

bool sameRuns(const RunLog &a, const RunLog &b)
{
    if (a.runs.size() != b.runs.size())
        return false;
    for (int i = 0; i < a.runs.size(); ++i) {
        const Run &x = a.runs.at(i);
        const Run &y = b.runs.at(i);
        if (x.caseId != y.caseId || x.firstMs != y.firstMs || x.lastMs != y.lastMs
            || x.events != y.events || x.executions.size() != y.executions.size())
            return false;
        for (int j = 0; j < x.executions.size(); ++j) {
            const Execution &e = x.executions.at(j);
            const Execution &f = y.executions.at(j);
            if (a.activities.at(e.activity) != b.activities.at(f.activity)
                || (e.resource < 0) != (f.resource < 0)
                || (e.resource >= 0 && a.resources.at(e.resource) != b.resources.at(f.resource))
                || e.startMs != f.startMs || e.completeMs != f.completeMs || f.order != j)
                return false;
        }
    }
    return true;
}

} // namespace

void TestWorkspace::runsRoundTrip()
{
    Workspace ws;
    QVERIFY(ws.open(newPath(QStringLiteral("runs.stepwise"))));
    const ProcessId id = ws.createProcess(QStringLiteral("Tickets"));
    QVERIFY(id);
    const RunLog log = sampleLog();
    QCOMPARE(ws.saveRuns(id, log), id);
    QCOMPARE(ws.runCount(id), 3);
    const std::optional<RunLog> loaded = ws.loadRuns(id);
    QVERIFY2(loaded, qPrintable(ws.errorString()));
    QVERIFY(sameRuns(log, *loaded));
    QCOMPARE(ws.processes().first().runs, 3);

    // Another process has its own runs and names, even with the same case ids.
    const ProcessId other = ws.createProcess(QStringLiteral("Other"));
    QCOMPARE(ws.saveRuns(other, log), other);
    QCOMPARE(ws.runCount(other), 3);
    QCOMPARE(ws.runCount(id), 3);
}

void TestWorkspace::runsRefuseCasesAlreadyThere()
{
    const QString path = newPath(QStringLiteral("runs-again.stepwise"));
    Workspace ws;
    QVERIFY(ws.open(path));
    const ProcessId id = ws.createProcess(QStringLiteral("Tickets"));
    QCOMPARE(ws.saveRuns(id, sampleLog()), id);

    // Two cases of three are there already: refused, naming the first and how many.
    RunLog again = sampleLog(QStringLiteral("new "));
    QCOMPARE(ws.saveRuns(id, again), 0);
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::Invalid);
    QVERIFY2(ws.errorString().contains(QLatin1String("\"NA\"")), qPrintable(ws.errorString()));
    QVERIFY2(ws.errorString().contains(QLatin1String("1 ")), qPrintable(ws.errorString()));
    QCOMPARE(ws.runCount(id), 3);

    // Replacing: the stored run of NA is replaced, the new ones added.
    again.runs[1].events = 7;
    RunWriteOptions replace;
    replace.replace = true;
    QCOMPARE(ws.saveRuns(id, again, replace), id);
    QCOMPARE(ws.runCount(id), 5);
    const std::optional<RunLog> loaded = ws.loadRuns(id);
    QVERIFY(loaded);
    int na = 0;
    for (const Run &run : loaded->runs) {
        if (run.caseId == QLatin1String("NA")) {
            ++na;
            QCOMPARE(run.events, 7);
        }
    }
    QCOMPARE(na, 1);
    ws.close();
    RawDatabase raw(path);
    QCOMPARE(raw.column(QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM executions")).toInt(),
             5); // 2 + 2 + the replaced run of NA
}

void TestWorkspace::runsWindowCountAndDelete()
{
    const QString path = newPath(QStringLiteral("runs-window.stepwise"));
    Workspace ws;
    QVERIFY(ws.open(path));
    const ProcessId id = ws.createProcess(QStringLiteral("Tickets"));
    QCOMPARE(ws.saveRuns(id, sampleLog()), id);

    std::optional<RunLog> window = ws.loadRuns(id, 1000, 50000);
    QVERIFY(window);
    QCOMPARE(window->runs.size(), 1);
    QCOMPARE(window->runs.first().caseId, QStringLiteral("case 1"));
    QCOMPARE(window->runs.first().executions.size(), 2);
    window = ws.loadRuns(id, 1001, NoTime);
    QVERIFY(window);
    QCOMPARE(window->runs.size(), 1);
    QCOMPARE(window->runs.first().caseId, QStringLiteral("NA"));
    QCOMPARE(window->runs.first().executions.size(), 1);

    QVERIFY(ws.deleteRuns(id));
    QCOMPARE(ws.runCount(id), 0);
    QCOMPARE(ws.saveRuns(id, sampleLog()), id);
    QVERIFY(ws.deleteProcess(id));
    ws.close();
    RawDatabase raw(path);
    for (const char *table : {"runs", "executions", "activities", "resources"})
        QCOMPARE(
            raw.value(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toInt(),
            0);
}

void TestWorkspace::runsCancelAndCreate()
{
    const QString path = newPath(QStringLiteral("runs-cancel.stepwise"));
    Workspace ws;
    QVERIFY(ws.open(path));
    Process draft = richProcess();
    draft.name = QStringLiteral("Drafted");
    RunWriteOptions options;
    options.create = &draft;
    int polls = 0;
    options.cancelled = [&polls] { return ++polls > 1; };
    QCOMPARE(ws.saveRuns(0, sampleLog(), options), 0);
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::Cancelled);
    QVERIFY(ws.processes().isEmpty()); // the process went with the runs

    options.cancelled = {};
    const ProcessId id = ws.saveRuns(0, sampleLog(), options);
    QVERIFY2(id, qPrintable(ws.errorString()));
    QCOMPARE(ws.findProcess(QStringLiteral("Drafted")), id);
    QCOMPARE(ws.runCount(id), 3);
    QCOMPARE(ws.saveRuns(id + 100, sampleLog()), 0);
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::NotFound);
}

namespace {

// A deterministic log of many runs over nine activities and four resources (names all used, in
// a fixed order, so two logs made here share their name lists): 1 to 15 executions a run, some
// with an unknown start or no resource, case ids prefix + number.
RunLog largeLog(const QString &prefix, int runs, quint32 seed)
{
    RunLog log;
    for (int a = 0; a < 9; ++a)
        log.activities.append(QStringLiteral("Step %1").arg(a));
    for (int r = 0; r < 4; ++r)
        log.resources.append(QStringLiteral("Person %1").arg(r));
    quint32 state = seed;
    const auto next = [&state](quint32 below) {
        state = state * 1664525u + 1013904223u; // Numerical Recipes' LCG
        return (state >> 8) % below;
    };
    qint64 clock = 1700000000000 + qint64(seed) * 1000000000; // logs of different seeds apart
    for (int i = 0; i < runs; ++i) {
        Run run;
        run.caseId = prefix + QString::number(i);
        const int executions = i < 2 ? 9 - i : 1 + int(next(15)); // the first two use every name
        qint64 t = clock;
        for (int e = 0; e < executions; ++e) {
            Execution execution;
            execution.activity = i < 2 ? e : int(next(9));
            execution.resource = i < 2 ? e % 4 : int(next(5)) - 1;
            const bool unknownStart = next(10) == 0;
            execution.startMs = unknownStart ? NoTime : t;
            t += 1000 + qint64(next(3600000));
            execution.completeMs = t;
            execution.order = e;
            run.executions.append(execution);
            if (run.firstMs == NoTime)
                run.firstMs = unknownStart ? execution.completeMs : execution.startMs;
            run.lastMs = t;
        }
        run.events = executions + int(next(3));
        log.runs.append(run);
        clock += 60000;
    }
    return log;
}

RunLog joined(RunLog a, const RunLog &b)
{
    a.runs += b.runs;
    return a;
}

} // namespace

void TestWorkspace::runsLargeLoadsRoundTrip()
{
    // Two processes imported in turns, so each one's run ids come in two stretches, and large
    // enough (over 100,000 events) to be read by two connections at once.
    const QString path = newPath(QStringLiteral("runs-large.stepwise"));
    Workspace ws;
    QVERIFY(ws.open(path));
    const ProcessId first = ws.createProcess(QStringLiteral("First"));
    const ProcessId second = ws.createProcess(QStringLiteral("Second"));
    const RunLog a1 = largeLog(QStringLiteral("a-"), 9000, 1);
    const RunLog b1 = largeLog(QStringLiteral("b-"), 3000, 2);
    const RunLog a2 = largeLog(QStringLiteral("a2-"), 5000, 3);
    const RunLog b2 = largeLog(QStringLiteral("b2-"), 500, 4);
    for (const auto &[id, log] : {std::pair {first, &a1}, std::pair {second, &b1},
                                  std::pair {first, &a2}, std::pair {second, &b2}})
        QVERIFY2(ws.saveRuns(id, *log) == id, qPrintable(ws.errorString()));
    const RunLog expectedFirst = joined(a1, a2);
    qint64 events = 0;
    for (const Run &run : expectedFirst.runs)
        events += run.events;
    QVERIFY(events > 100000);

    std::optional<RunLog> loaded = ws.loadRuns(first);
    QVERIFY2(loaded, qPrintable(ws.errorString()));
    QVERIFY(sameRuns(expectedFirst, *loaded));
    loaded = ws.loadRuns(second);
    QVERIFY2(loaded, qPrintable(ws.errorString()));
    QVERIFY(sameRuns(joined(b1, b2), *loaded));

    // A window picks runs from both stretches of the first process.
    const qint64 from = a1.runs.at(6000).firstMs;
    const qint64 to = a2.runs.at(1000).firstMs;
    RunLog expectedWindow = expectedFirst;
    expectedWindow.runs.clear();
    for (const Run &run : expectedFirst.runs) {
        if (run.firstMs != NoTime && run.firstMs >= from && run.firstMs < to)
            expectedWindow.runs.append(run);
    }
    QVERIFY(expectedWindow.runs.size() > 1000);
    loaded = ws.loadRuns(first, from, to);
    QVERIFY2(loaded, qPrintable(ws.errorString()));
    QVERIFY(sameRuns(expectedWindow, *loaded));
    ws.close();

    // Read-only, with no write lock to be had, one connection reads the same.
    Workspace readOnly;
    Workspace::OpenOptions options;
    options.readOnly = true;
    QVERIFY(readOnly.open(path, options));
    loaded = readOnly.loadRuns(first);
    QVERIFY2(loaded, qPrintable(readOnly.errorString()));
    QVERIFY(sameRuns(expectedFirst, *loaded));
}

void TestWorkspace::runsBulkImportKeepsIndexes()
{
    // A bulk import drops the index by activity and builds it again; a cancel after the drop
    // rolls it back, index and all.
    const QString path = newPath(QStringLiteral("runs-bulk.stepwise"));
    const QString indexes = QStringLiteral(
        "SELECT name || ':' || sql FROM sqlite_master WHERE type = 'index' ORDER BY name");
    QStringList before;
    {
        Workspace ws;
        QVERIFY(ws.open(path));
        const ProcessId id = ws.createProcess(QStringLiteral("Tickets"));
        QCOMPARE(ws.saveRuns(id, sampleLog()), id);
    }
    {
        RawDatabase raw(path);
        before = raw.column(indexes);
    }
    QVERIFY(before.join(QLatin1Char(' ')).contains(QLatin1String("executions_by_activity")));
    // What the file holds, row by row (opening it writable rewrites a header field or two).
    const auto content = [&path] {
        RawDatabase raw(path);
        QStringList rows;
        for (const char *table : {"runs", "executions", "activities", "resources", "processes"})
            rows += raw.column(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)));
        return rows;
    };
    const QStringList unchanged = content();

    Workspace ws;
    QVERIFY(ws.open(path));
    RunWriteOptions cancel;
    int polls = 0;
    cancel.cancelled = [&polls] { return ++polls > 3; };
    QCOMPARE(ws.saveRuns(1, largeLog(QStringLiteral("x-"), 2000, 5), cancel), 0);
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::Cancelled);
    ws.close();
    QCOMPARE(content(), unchanged);
    {
        RawDatabase raw(path);
        QCOMPARE(raw.column(indexes), before);
    }

    QVERIFY(ws.open(path));
    const RunLog log = largeLog(QStringLiteral("y-"), 2000, 6);
    QCOMPARE(ws.saveRuns(1, log), 1);
    const std::optional<RunLog> loaded = ws.loadRuns(1);
    QVERIFY(loaded);
    QCOMPARE(loaded->runs.size(), sampleLog().runs.size() + log.runs.size());
    ws.close();
    RawDatabase raw(path);
    QCOMPARE(raw.column(indexes), before);
    QCOMPARE(raw.column(QStringLiteral("PRAGMA integrity_check")),
             QStringList {QStringLiteral("ok")});
    // The index serves a per-step query with the rows the table has.
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM executions INDEXED BY "
                                      "executions_by_activity WHERE activity_id > 0"))
                 .toLongLong(),
             raw.value(QStringLiteral("SELECT COUNT(*) FROM executions")).toLongLong());
}

void TestWorkspace::runsDamageIsReportedWhenRead()
{
    // After a clean close, opening checks every table but the runs' (the bulk of a large
    // workspace); damage there is reported when the runs are read, and the file is left as it
    // was. A file left in WAL mode (a crash) is checked whole when it is opened.
    for (const bool crashed : {false, true}) {
        const QString path = newPath(crashed ? QStringLiteral("runs-damaged-crash.stepwise")
                                             : QStringLiteral("runs-damaged.stepwise"));
        {
            Workspace ws;
            QVERIFY(ws.open(path));
            const ProcessId id = ws.createProcess(QStringLiteral("Tickets"));
            QCOMPARE(ws.saveRuns(id, largeLog(QStringLiteral("c-"), 3000, 7)), id);
        }
        QStringList leaves;
        {
            RawDatabase raw(path);
            leaves = raw.column(QStringLiteral("SELECT pageno FROM dbstat WHERE name = "
                                               "'executions' AND pagetype = 'leaf'"));
            if (crashed)
                QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        }
        QVERIFY2(leaves.size() > 20, "the executions should span many pages");
        QByteArray bytes = readFile(path);
        const int pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
        const qint64 page = leaves.at(leaves.size() / 2).toLongLong();
        bytes.replace(int((page - 1) * pageSize), 12, QByteArray(12, '\xff'));
        QVERIFY(writeFile(path, bytes));

        Workspace ws;
        if (crashed) {
            QVERIFY(!ws.open(path));
            QCOMPARE(ws.errorKind(), Workspace::ErrorKind::NotAWorkspace);
            QVERIFY2(ws.errorString().contains(QLatin1String("integrity check")),
                     qPrintable(ws.errorString()));
            QCOMPARE(readFile(path), bytes);
            continue;
        }
        Workspace::OpenOptions options;
        options.readOnly = true;
        QVERIFY2(ws.open(path, options), qPrintable(ws.errorString()));
        QVERIFY(ws.findProcess(QStringLiteral("Tickets")));
        QVERIFY(!ws.loadRuns(ws.findProcess(QStringLiteral("Tickets"))));
        QCOMPARE(ws.errorKind(), Workspace::ErrorKind::NotAWorkspace);
        QVERIFY2(ws.errorString().contains(QDir::toNativeSeparators(path))
                     && ws.errorString().contains(QLatin1String("reading the runs")),
                 qPrintable(ws.errorString()));
        ws.close();
        QCOMPARE(readFile(path), bytes);
    }
}

// --- migrations

namespace {

// The tables and columns each schema version has, as a reader of the file sees them.
QMap<QString, QStringList> expectedSchema(int version)
{
    QMap<QString, QStringList> tables;
    if (version >= 1) {
        tables[QStringLiteral("processes")]
            = QStringList {QStringLiteral("id"),           QStringLiteral("name"),
                           QStringLiteral("owner"),        QStringLiteral("description"),
                           QStringLiteral("sla_target_s"), QStringLiteral("review_date"),
                           QStringLiteral("next_item_id"), QStringLiteral("created_at"),
                           QStringLiteral("modified_at")};
        tables[QStringLiteral("lanes")] = QStringList {
            QStringLiteral("process_id"), QStringLiteral("id"),   QStringLiteral("seq"),
            QStringLiteral("name"),       QStringLiteral("kind"), QStringLiteral("color"),
            QStringLiteral("height")};
        tables[QStringLiteral("steps")] = QStringList {QStringLiteral("process_id"),
                                                       QStringLiteral("id"),
                                                       QStringLiteral("seq"),
                                                       QStringLiteral("kind"),
                                                       QStringLiteral("name"),
                                                       QStringLiteral("lane_id"),
                                                       QStringLiteral("x"),
                                                       QStringLiteral("y"),
                                                       QStringLiteral("definition_of_done"),
                                                       QStringLiteral("inputs"),
                                                       QStringLiteral("outputs"),
                                                       QStringLiteral("expected_duration_s"),
                                                       QStringLiteral("sla_s"),
                                                       QStringLiteral("automation"),
                                                       QStringLiteral("systems"),
                                                       QStringLiteral("automation_effort_h"),
                                                       QStringLiteral("event_trigger")};
        tables[QStringLiteral("handoffs")] = QStringList {
            QStringLiteral("process_id"),   QStringLiteral("id"),         QStringLiteral("seq"),
            QStringLiteral("from_step_id"), QStringLiteral("to_step_id"), QStringLiteral("label")};
        tables[QStringLiteral("revisions")] = QStringList {
            QStringLiteral("id"), QStringLiteral("process_id"), QStringLiteral("created_at"),
            QStringLiteral("note"), QStringLiteral("snapshot")};
    }
    if (version >= 4) {
        tables[QStringLiteral("processes")]
            << QStringLiteral("sla_clock") << QStringLiteral("working_hours")
            << QStringLiteral("time_zone") << QStringLiteral("holidays");
    }
    if (version >= 5) {
        tables[QStringLiteral("steps")]
            << QStringLiteral("bpmn_element") << QStringLiteral("bpmn_event")
            << QStringLiteral("attached_to") << QStringLiteral("interrupting")
            << QStringLiteral("child_process_id") << QStringLiteral("width")
            << QStringLiteral("height");
        tables[QStringLiteral("handoffs")] << QStringLiteral("condition");
        tables[QStringLiteral("processes")] << QStringLiteral("runs_per_month");
    }
    if (version >= 2) {
        tables[QStringLiteral("runs")] = QStringList {
            QStringLiteral("id"),       QStringLiteral("process_id"), QStringLiteral("case_id"),
            QStringLiteral("first_ms"), QStringLiteral("last_ms"),    QStringLiteral("events")};
        tables[QStringLiteral("activities")] = QStringList {
            QStringLiteral("id"), QStringLiteral("process_id"), QStringLiteral("name")};
        tables[QStringLiteral("resources")] = QStringList {
            QStringLiteral("id"), QStringLiteral("process_id"), QStringLiteral("name")};
        tables[QStringLiteral("executions")]
            = QStringList {QStringLiteral("run_id"),      QStringLiteral("seq"),
                           QStringLiteral("activity_id"), QStringLiteral("resource_id"),
                           QStringLiteral("start_ms"),    QStringLiteral("complete_ms")};
    }
    if (version >= 3) {
        tables[QStringLiteral("runs")] << QStringLiteral("execution_count")
                                       << QStringLiteral("owner_changes");
    }
    if (version >= 6) {
        tables[QStringLiteral("checkpoints")]
            = QStringList {QStringLiteral("id"),          QStringLiteral("process_id"),
                           QStringLiteral("metric"),      QStringLiteral("target"),
                           QStringLiteral("review_date"), QStringLiteral("created_at"),
                           QStringLiteral("retired_at")};
        tables[QStringLiteral("checkpoint_reviews")]
            = QStringList {QStringLiteral("id"),
                           QStringLiteral("checkpoint_id"),
                           QStringLiteral("reviewed_at"),
                           QStringLiteral("value"),
                           QStringLiteral("target"),
                           QStringLiteral("decision"),
                           QStringLiteral("new_target"),
                           QStringLiteral("note"),
                           QStringLiteral("next_review_date")};
    }
    return tables;
}

} // namespace

void TestWorkspace::migration_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version <= Workspace::currentSchemaVersion(); ++version) {
        const QByteArray tag = version == 1
            ? QByteArray("an empty file migrates to schema 1")
            : QStringLiteral("a schema %1 file with data migrates to schema %2")
                  .arg(version - 1)
                  .arg(version)
                  .toUtf8();
        QTest::newRow(tag.constData()) << version;
    }
}

void TestWorkspace::migration()
{
    QFETCH(int, version);
    const QString path = newPath(QStringLiteral("migrate-to-%1.stepwise").arg(version));
    Process process = richProcess();
    // A file before schema 5 has nowhere to keep a step's BPMN details, a handoff's condition
    // or the entered frequency: they come back as defaults.
    if (version - 1 < 5) {
        process.runsPerMonth = 0;
        for (Step &step : process.steps) {
            const Step plain;
            step.bpmnElement = plain.bpmnElement;
            step.bpmnEvent = plain.bpmnEvent;
            step.attachedToStepId = plain.attachedToStepId;
            step.interrupting = plain.interrupting;
            step.childProcessId = plain.childProcessId;
            step.size = plain.size;
        }
        for (Handoff &handoff : process.handoffs)
            handoff.condition.clear();
    }
    // The file as the version before left it.
    if (version == 1) {
        QVERIFY(writeFile(path, QByteArray()));
    } else {
        Workspace older;
        QVERIFY2(older.openAt(path, Workspace::OpenOptions(), version - 1),
                 qPrintable(older.errorString()));
        QCOMPARE(older.schemaVersion(), version - 1);
        process.id = older.saveProcess(process);
        QVERIFY2(process.id, qPrintable(older.errorString()));
        QVERIFY(older.saveRevision(process, QStringLiteral("before the migration")));
    }

    {
        Workspace ws;
        QVERIFY2(ws.openAt(path, Workspace::OpenOptions(), version), qPrintable(ws.errorString()));
        QCOMPARE(ws.schemaVersion(), version);
        QCOMPARE(ws.wasCreated(), version == 1);
        if (version > 1) {
            const std::optional<Process> loaded = ws.loadProcess(process.id);
            QVERIFY2(loaded, qPrintable(ws.errorString()));
            QCOMPARE(*loaded, process);
            QCOMPARE(ws.revisions(process.id).size(), 1);
            const QVector<ProcessSummary> list = ws.processes();
            QCOMPARE(list.size(), 1);
            QCOMPARE(list.first().runs, 0);
        } else {
            QVERIFY(ws.processes().isEmpty());
        }
    }

    RawDatabase raw(path);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), version);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA application_id")).toLongLong(), 0x53545057);
    const QMap<QString, QStringList> expected = expectedSchema(version);
    const QStringList tables = raw.column(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QCOMPARE(tables, QStringList(expected.keys()));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(raw.column(QStringLiteral("PRAGMA table_info(%1)").arg(it.key()), 1), it.value());
    QCOMPARE(raw.column(QStringLiteral("PRAGMA foreign_key_check")), QStringList());
}

void TestWorkspace::migrationCountsStepsAndOwnerChanges()
{
    // Schema 3 keeps each run's steps and changes of owner; the runs of a schema 2 file are
    // counted by the migration. Written here as schema 2 stored them (the code of today writes
    // schema 3 rows).
    const QString path = newPath(QStringLiteral("migrate-run-counts.stepwise"));
    {
        Workspace older;
        QVERIFY2(older.openAt(path, Workspace::OpenOptions(), 2), qPrintable(older.errorString()));
        QVERIFY(older.createProcess(QStringLiteral("Tickets")));
    }
    {
        RawDatabase raw(path);
        QVERIFY(raw.isOpen());
        const QStringList rows {
            QStringLiteral("INSERT INTO activities (id, process_id, name) VALUES (1, 1, 'a'),"
                           " (2, 1, 'b')"),
            QStringLiteral("INSERT INTO resources (id, process_id, name) VALUES (1, 1, 'ann'),"
                           " (2, 1, 'bob')"),
            QStringLiteral("INSERT INTO runs (id, process_id, case_id, first_ms, last_ms, events)"
                           " VALUES (1, 1, 'one', 0, 50, 4), (2, 1, 'two', 0, 10, 1),"
                           " (3, 1, 'none', NULL, NULL, 1)"),
            // one: ann, bob, none, bob, ann -> changes ann-bob and bob-ann (none breaks the
            // pair around it): 2, with 5 steps. two: 1 step, no change. none: no steps.
            QStringLiteral("INSERT INTO executions (run_id, seq, activity_id, resource_id,"
                           " start_ms, complete_ms) VALUES (1, 0, 1, 1, 0, 10),"
                           " (1, 1, 2, 2, 10, 20), (1, 2, 1, NULL, 20, 30), (1, 3, 2, 2, 30, 40),"
                           " (1, 4, 1, 1, 40, 50), (2, 0, 1, 1, 0, 10)"),
        };
        for (const QString &sql : rows)
            QVERIFY(raw.exec(sql));
    }
    Workspace ws;
    QVERIFY2(ws.openAt(path, Workspace::OpenOptions(), 3), qPrintable(ws.errorString()));
    RawDatabase raw(path);
    QCOMPARE(raw.column(QStringLiteral("SELECT case_id || ':' || execution_count || ':' ||"
                                       " owner_changes FROM runs ORDER BY id")),
             QStringList({QStringLiteral("one:5:2"), QStringLiteral("two:1:0"),
                          QStringLiteral("none:0:0")}));
    // And a run written now is counted the same way.
    RunLog log;
    log.activities = {QStringLiteral("a")};
    log.resources = {QStringLiteral("ann"), QStringLiteral("bob")};
    Run run;
    run.caseId = QStringLiteral("new");
    for (const int resource : {0, 1, -1, 1, 0}) {
        Execution execution;
        execution.activity = 0;
        execution.resource = resource;
        execution.startMs = 100 + run.executions.size() * 10;
        execution.completeMs = execution.startMs + 5;
        execution.order = int(run.executions.size());
        run.executions.append(execution);
    }
    run.firstMs = 100;
    run.lastMs = 145;
    run.events = 5;
    log.runs = {run};
    QVERIFY2(ws.saveRuns(1, log), qPrintable(ws.errorString()));
    QCOMPARE(raw.value(QStringLiteral("SELECT execution_count || ':' || owner_changes FROM runs"
                                      " WHERE case_id = 'new'"))
                 .toString(),
             QStringLiteral("5:2"));
}

void TestWorkspace::newWorkspaceIsCurrent()
{
    const QString path = newPath(QStringLiteral("current.stepwise"));
    Workspace ws;
    QVERIFY(!QFile::exists(path));
    QVERIFY2(ws.open(path), qPrintable(ws.errorString()));
    QVERIFY(ws.isOpen());
    QVERIFY(ws.wasCreated());
    QCOMPARE(ws.path(), path);
    QCOMPARE(ws.schemaVersion(), Workspace::currentSchemaVersion());
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::None);
    ws.close();
    QVERIFY(!ws.isOpen());
    QVERIFY(ws.open(path));
    QVERIFY(!ws.wasCreated());
    QVERIFY(Workspace::defaultPath().endsWith(QStringLiteral("/workspace.stepwise")));
}

// --- refusals

void TestWorkspace::refusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Workspace::ErrorKind>("expected");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("random bytes are not a workspace")
        << QStringLiteral("random") << Workspace::ErrorKind::NotAWorkspace
        << QStringLiteral("not a Stepwise workspace");
    QTest::newRow("a short text file is not a workspace")
        << QStringLiteral("text") << Workspace::ErrorKind::NotAWorkspace
        << QStringLiteral("not a Stepwise workspace");
    QTest::newRow("another program's SQLite file is not a workspace")
        << QStringLiteral("foreign") << Workspace::ErrorKind::NotAWorkspace
        << QStringLiteral("another program");
    QTest::newRow("a SQLite file with another application id is not a workspace")
        << QStringLiteral("foreign-id") << Workspace::ErrorKind::NotAWorkspace
        << QStringLiteral("another program");
    QTest::newRow("a corrupted workspace fails its integrity check")
        << QStringLiteral("corrupt") << Workspace::ErrorKind::NotAWorkspace
        << QStringLiteral("integrity check");
    QTest::newRow("a truncated workspace is not a workspace")
        << QStringLiteral("truncated") << Workspace::ErrorKind::NotAWorkspace
        << QStringLiteral("not a Stepwise workspace");
    QTest::newRow("a workspace from a newer Stepwise is refused")
        << QStringLiteral("newer") << Workspace::ErrorKind::Newer
        << QStringLiteral("newer version of Stepwise (schema 99");
    QTest::newRow("a workspace locked by another writer is refused")
        << QStringLiteral("locked") << Workspace::ErrorKind::Locked << QStringLiteral("locked");
    QTest::newRow("a workspace another writer holds in WAL mode is refused")
        << QStringLiteral("locked-wal") << Workspace::ErrorKind::Locked << QStringLiteral("locked");
}

void TestWorkspace::refusals()
{
    QFETCH(QString, kind);
    QFETCH(Workspace::ErrorKind, expected);
    QFETCH(QString, mentions);

    QTemporaryDir dir; // its own folder, so that any file SQLite would add shows
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("refused.stepwise"));
    std::unique_ptr<RawDatabase> holder;
    std::unique_ptr<Workspace> writer;

    if (kind == QLatin1String("random")) {
        QByteArray bytes;
        for (int i = 0; i < 8192; ++i)
            bytes.append(char((i * 7919 + 13) % 251));
        QVERIFY(writeFile(path, bytes));
    } else if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(path, "Dear diary,\nnot a database.\n"));
    } else if (kind == QLatin1String("foreign") || kind == QLatin1String("foreign-id")) {
        RawDatabase raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")));
        if (kind == QLatin1String("foreign-id"))
            QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = 1234")));
    } else if (kind == QLatin1String("corrupt") || kind == QLatin1String("truncated")) {
        Process big = richProcess();
        for (int i = 0; i < 400; ++i) {
            Step step = big.steps.at(1);
            step.id = big.nextItemId++;
            step.definitionOfDone = QString(300, QLatin1Char('a' + i % 26));
            big.steps.append(step);
        }
        QVERIFY(makeWorkspace(path, big));
        QByteArray bytes = readFile(path);
        const int pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
        const int pages = bytes.size() / pageSize;
        QVERIFY2(pages > 20, "the workspace should span many pages");
        if (kind == QLatin1String("corrupt")) {
            // Garbage over the b-tree headers of pages in the middle: the schema on page 1 still
            // reads, only an integrity check notices.
            for (int page = pages / 2; page < pages / 2 + 3; ++page)
                bytes.replace(page * pageSize, 12, QByteArray(12, '\xff'));
        } else {
            bytes.truncate(pageSize * (pages / 2) + 100);
        }
        QVERIFY(writeFile(path, bytes));
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(makeWorkspace(path));
        RawDatabase raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    } else if (kind == QLatin1String("locked")) {
        QVERIFY(makeWorkspace(path));
        holder = std::make_unique<RawDatabase>(path);
        QVERIFY(holder->exec(QStringLiteral("BEGIN EXCLUSIVE")));
    } else if (kind == QLatin1String("locked-wal")) {
        // A Stepwise window (WAL mode) in the middle of a save.
        QVERIFY(makeWorkspace(path));
        writer = std::make_unique<Workspace>();
        QVERIFY(writer->open(path));
        holder = std::make_unique<RawDatabase>(path);
        QVERIFY(holder->exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(holder->exec(QStringLiteral("UPDATE processes SET owner = 'pending'")));
    }
    const QByteArray before = snapshot(path);

    Workspace ws;
    Workspace::OpenOptions options;
    options.busyTimeoutMs = 200;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!ws.open(path, options));
    QCOMPARE(ws.errorKind(), expected);
    QVERIFY2(ws.errorString().contains(QDir::toNativeSeparators(path)),
             qPrintable(ws.errorString()));
    QVERIFY2(ws.errorString().contains(mentions), qPrintable(ws.errorString()));
    QVERIFY(!ws.isOpen());
    if (expected == Workspace::ErrorKind::Locked)
        QVERIFY(timer.elapsed() >= 150); // it waited for the other writer
    QVERIFY(ws.processes().isEmpty());
    QCOMPARE(ws.saveProcess(richProcess()), ProcessId(0));

    QCOMPARE(snapshot(path), before);
    holder.reset();
    writer.reset();
    // Once the other writer is gone, the locked workspace opens.
    if (expected == Workspace::ErrorKind::Locked) {
        QVERIFY2(ws.open(path, options), qPrintable(ws.errorString()));
        QCOMPARE(ws.processes().size(), 1);
    }
}

void TestWorkspace::damagedSlaClockIsRefused_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::newRow("an unknown clock") << QStringLiteral("sla_clock") << QStringLiteral("lunar");
    QTest::newRow("working hours that do not parse")
        << QStringLiteral("working_hours") << QStringLiteral("Mon-Fry 09:00-18:00");
    QTest::newRow("an unknown time zone")
        << QStringLiteral("time_zone") << QStringLiteral("Europe/Atlantis");
    QTest::newRow("a holiday that is no date")
        << QStringLiteral("holidays") << QStringLiteral("2026-02-30");
}

void TestWorkspace::damagedSlaClockIsRefused()
{
    // A file edited by hand: the metrics must never measure on a clock that does not parse.
    QFETCH(QString, column);
    QFETCH(QString, value);
    const QString path = newPath(QStringLiteral("damaged-clock.stepwise"));
    QFile::remove(path);
    ProcessId id = 0;
    {
        Workspace ws;
        QVERIFY2(ws.open(path), qPrintable(ws.errorString()));
        id = ws.saveProcess(richProcess());
        QVERIFY(id);
    }
    {
        RawDatabase raw(path);
        QVERIFY(raw.exec(QStringLiteral("UPDATE processes SET %1 = '%2'").arg(column, value)));
    }
    Workspace ws;
    QVERIFY2(ws.open(path), qPrintable(ws.errorString()));
    QVERIFY(!ws.loadProcess(id));
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::Database);
    QVERIFY2(ws.errorString().contains(value.left(7)), qPrintable(ws.errorString()));
}

void TestWorkspace::missingFolder()
{
    const QString folder = newPath(QStringLiteral("no-such-folder"));
    const QString path = folder + QStringLiteral("/workspace.stepwise");
    Workspace ws;
    QVERIFY(!ws.open(path));
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::Io);
    QVERIFY2(ws.errorString().contains(QDir::toNativeSeparators(folder)),
             qPrintable(ws.errorString()));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestWorkspace::missingFileWithoutCreate()
{
    const QString path = newPath(QStringLiteral("not-there.stepwise"));
    Workspace ws;
    Workspace::OpenOptions options;
    options.create = false;
    QVERIFY(!ws.open(path, options));
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::Io);
    QVERIFY2(ws.errorString().contains(QDir::toNativeSeparators(path)),
             qPrintable(ws.errorString()));
    QVERIFY(!QFile::exists(path));
}

void TestWorkspace::readOnly_data()
{
    QTest::addColumn<bool>("chmod");
    QTest::newRow("a file without write permission opens read-only") << true;
    QTest::newRow("the read-only option opens a writable file read-only") << false;
}

void TestWorkspace::readOnly()
{
    QFETCH(bool, chmod);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("readonly.stepwise"));
    Process process = richProcess();
    {
        Workspace ws;
        QVERIFY(ws.open(path));
        process.id = ws.saveProcess(process);
        QVERIFY(process.id);
        QVERIFY(ws.saveRevision(process, QStringLiteral("kept")));
    }
    if (chmod)
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = snapshot(path);

    Workspace ws;
    Workspace::OpenOptions options;
    options.readOnly = !chmod;
    QVERIFY2(ws.open(path, options), qPrintable(ws.errorString()));
    QVERIFY(ws.isReadOnly());
    QVERIFY(!ws.wasCreated());
    QCOMPARE(ws.schemaVersion(), Workspace::currentSchemaVersion());
    const QVector<ProcessSummary> list = ws.processes();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).name, process.name);
    QCOMPARE(*ws.loadProcess(process.id), process);
    QCOMPARE(ws.revisions(process.id).size(), 1);
    QCOMPARE(*ws.loadRevision(ws.revisions(process.id).at(0).id), process);

    const auto refused = [&](bool failed) {
        return failed && ws.errorKind() == Workspace::ErrorKind::ReadOnly
            && ws.errorString().contains(QDir::toNativeSeparators(path));
    };
    QVERIFY2(refused(ws.createProcess(QStringLiteral("New")) == 0), qPrintable(ws.errorString()));
    QVERIFY(refused(!ws.renameProcess(process.id, QStringLiteral("Renamed"))));
    QVERIFY(refused(ws.duplicateProcess(process.id) == 0));
    QVERIFY(refused(!ws.deleteProcess(process.id)));
    Process changed = process;
    changed.owner = QStringLiteral("Someone else");
    QVERIFY(refused(ws.saveProcess(changed) == 0));
    changed.id = 0;
    QVERIFY(refused(ws.saveProcess(changed) == 0));
    QVERIFY(refused(ws.saveRevision(process, QStringLiteral("no")) == 0));
    ws.close();

    QCOMPARE(snapshot(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestWorkspace::readOnlyEmptyFileIsRefused()
{
    // It would have to be migrated, which a read-only file cannot be.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.stepwise"));
    QVERIFY(writeFile(path, QByteArray()));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    const QByteArray before = snapshot(path);
    Workspace ws;
    QVERIFY(!ws.open(path));
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::ReadOnly);
    QVERIFY2(ws.errorString().contains(QDir::toNativeSeparators(path)),
             qPrintable(ws.errorString()));
    QVERIFY(!ws.isOpen());
    QCOMPARE(snapshot(path), before);
    QCOMPARE(QFileInfo(path).size(), qint64(0));
}

// --- copies

void TestWorkspace::saveCopyOpensWithTheSameProcessesAndRuns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("live.stepwise"));
    const QString copyPath = dir.filePath(QStringLiteral("copy.stepwise"));
    // An older file under the copy's name is replaced.
    QVERIFY(makeWorkspace(copyPath, emptyProcess()));

    Workspace ws;
    QVERIFY(ws.open(path));
    const ProcessId rich = ws.saveProcess(richProcess());
    const ProcessId tickets = ws.createProcess(QStringLiteral("Tickets"));
    QVERIFY(rich && tickets);
    QCOMPARE(ws.saveRuns(tickets, sampleLog()), tickets);
    QVERIFY(ws.saveRevision(*ws.loadProcess(rich), QStringLiteral("first")));

    QVERIFY2(ws.saveCopy(copyPath), qPrintable(ws.errorString()));
    QCOMPARE(ws.errorKind(), Workspace::ErrorKind::None);
    // The live workspace goes on as before, and nothing else is left in the folder.
    QVERIFY(ws.isOpen());
    QCOMPARE(ws.processes().size(), 2);
    const QStringList names = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        QVERIFY2(name.startsWith(QLatin1String("live.stepwise"))
                     || name == QLatin1String("copy.stepwise"),
                 qPrintable(name));
    }
    QVERIFY(!QFileInfo::exists(copyPath + QStringLiteral("-wal")));

    Workspace copy;
    QVERIFY2(copy.open(copyPath), qPrintable(copy.errorString()));
    QVERIFY(!copy.wasCreated());
    QCOMPARE(copy.schemaVersion(), Workspace::currentSchemaVersion());
    const QVector<ProcessSummary> processes = copy.processes();
    QCOMPARE(processes.size(), 2);
    QCOMPARE(processes.at(0).name, richProcess().name);
    QCOMPARE(processes.at(1).name, QStringLiteral("Tickets"));
    const std::optional<Process> loaded = copy.loadProcess(rich);
    QVERIFY(loaded);
    QCOMPARE(*loaded, *ws.loadProcess(rich)); // the live one's, with the ids it was given
    QCOMPARE(copy.runCount(tickets), 3);
    const std::optional<RunLog> runs = copy.loadRuns(tickets);
    QVERIFY(runs);
    QVERIFY(sameRuns(sampleLog(), *runs));
    QCOMPARE(copy.revisions(rich).size(), 1);
    QCOMPARE(copy.revisions(rich).first().note, QStringLiteral("first"));

    // A read-only workspace can be copied too.
    copy.close();
    Workspace::OpenOptions readOnly;
    readOnly.readOnly = true;
    Workspace reader;
    QVERIFY(reader.open(copyPath, readOnly));
    const QString second = dir.filePath(QStringLiteral("second.stepwise"));
    QVERIFY2(reader.saveCopy(second), qPrintable(reader.errorString()));
    Workspace secondCopy;
    QVERIFY(secondCopy.open(second));
    QCOMPARE(secondCopy.runCount(tickets), 3);
}

void TestWorkspace::saveCopyRefusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Workspace::ErrorKind>("expected");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("a copy over the open workspace is refused")
        << QStringLiteral("self") << Workspace::ErrorKind::Invalid
        << QStringLiteral("it is the open workspace");
    QTest::newRow("a copy over a link to the open workspace is refused")
        << QStringLiteral("link") << Workspace::ErrorKind::Invalid
        << QStringLiteral("it is the open workspace");
    QTest::newRow("a copy into a missing folder is refused")
        << QStringLiteral("missing-folder") << Workspace::ErrorKind::Io
        << QStringLiteral("does not exist");
    QTest::newRow("a copy into a read-only folder is refused")
        << QStringLiteral("read-only-folder") << Workspace::ErrorKind::Io
        << QStringLiteral("is not writable");
    QTest::newRow("a copy over a folder is refused")
        << QStringLiteral("folder") << Workspace::ErrorKind::Io << QStringLiteral("is a folder");
    QTest::newRow("a copy over a read-only file is refused")
        << QStringLiteral("read-only-file") << Workspace::ErrorKind::ReadOnly
        << QStringLiteral("read-only");
    QTest::newRow("a copy over a workspace another program has open is refused")
        << QStringLiteral("in-use") << Workspace::ErrorKind::Locked << QStringLiteral("in use");
}

void TestWorkspace::saveCopyRefusals()
{
    QFETCH(QString, kind);
    QFETCH(Workspace::ErrorKind, expected);
    QFETCH(QString, mentions);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("live.stepwise"));
    QVERIFY(makeWorkspace(path));
    QDir(dir.path()).mkdir(QStringLiteral("out"));
    const QString out = dir.filePath(QStringLiteral("out"));
    QString target = out + QStringLiteral("/copy.stepwise");
    std::unique_ptr<Workspace> other;

    if (kind == QLatin1String("self")) {
        target = path;
    } else if (kind == QLatin1String("link")) {
        QVERIFY(QFile::link(path, target));
    } else if (kind == QLatin1String("missing-folder")) {
        target = dir.filePath(QStringLiteral("nowhere/copy.stepwise"));
    } else if (kind == QLatin1String("read-only-folder")) {
        QVERIFY(QFile::setPermissions(out, QFile::ReadOwner | QFile::ExeOwner));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(out).mkdir(QStringLiteral("copy.stepwise")));
    } else if (kind == QLatin1String("read-only-file")) {
        QVERIFY(makeWorkspace(target, emptyProcess()));
        QVERIFY(QFile::setPermissions(target, QFile::ReadOwner));
    } else if (kind == QLatin1String("in-use")) {
        QVERIFY(makeWorkspace(target, emptyProcess()));
        other = std::make_unique<Workspace>();
        QVERIFY(other->open(target));
        QVERIFY(other->createProcess(QStringLiteral("Pending"))); // in its -wal file for now
        QVERIFY(QFileInfo::exists(target + QStringLiteral("-wal")));
    }

    Workspace ws;
    QVERIFY(ws.open(path));
    const QByteArray targetBefore = snapshot(target);
    const QStringList outBefore = QDir(out).entryList(QDir::AllEntries | QDir::Hidden);

    QVERIFY(!ws.saveCopy(target));
    QCOMPARE(ws.errorKind(), expected);
    QVERIFY2(ws.errorString().contains(QDir::toNativeSeparators(QFileInfo(target).fileName())),
             qPrintable(ws.errorString()));
    QVERIFY2(ws.errorString().contains(mentions), qPrintable(ws.errorString()));
    // Neither the target nor the workspace changed, and no temporary file stayed behind.
    QCOMPARE(snapshot(target), targetBefore);
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden), outBefore);
    QVERIFY(ws.isOpen());
    QCOMPARE(ws.processes().size(), 1);
    QCOMPARE(ws.processes().first().name, richProcess().name);
    if (other)
        QCOMPARE(other->processes().size(), 2);
    QFile::setPermissions(out, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace Stepwise

QTEST_GUILESS_MAIN(Stepwise::TestWorkspace)
#include "tst_workspace.moc"
