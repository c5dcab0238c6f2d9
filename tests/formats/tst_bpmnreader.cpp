// BPMN 2.0 import: the OMG MIWG reference models and other tools' exports of them come in whole
// (counts of activities, events, gateways, flows and lanes taken from the XML by hand), what a
// map has no place for is reported, dialects, encodings, vertical and nested lanes, files without
// a diagram, Stepwise's extensions, the refused files, saving, and the import-bpmn command.

#include "analysis/validation.h"
#include "formats/bpmnreader.h"
#include "process/processjson.h"
#include "workspace/workspace.h"

#include "runprogram.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Stepwise;

namespace {

const QString dataDir = QStringLiteral(STEPWISE_BPMN_DATA);

QString dataFile(const QString &name)
{
    return dataDir + QLatin1Char('/') + name;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

const Step *stepNamed(const Process &process, const QString &name)
{
    for (const Step &step : process.steps) {
        if (step.name == name)
            return &step;
    }
    return nullptr;
}

QStringList laneNames(const Process &process)
{
    QStringList names;
    for (const Lane &lane : process.lanes)
        names.append(lane.name);
    return names;
}

int stepsOf(const BpmnImport &import)
{
    int n = 0;
    for (const Process &process : import.processes)
        n += int(process.steps.size());
    return n;
}

// A minimal BPMN document around a process body (and, optionally, a diagram).
QByteArray document(const QByteArray &body, const QByteArray &prolog = "",
                    const QByteArray &encoding = "UTF-8")
{
    return "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n" + prolog
        + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
          " xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\""
          " xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\""
          " xmlns:stepwise=\"http://stepwise.example.org/schema/bpmn/1.0\""
          " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" id=\"d\">\n"
        + body + "\n</definitions>\n";
}

using Result = ProgramRun;

} // namespace

class TestBpmnReader : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void everyFileImportsWhole_data();
    void everyFileImportsWhole();
    void theFourA40DialectsGiveTheSameLanes_data();
    void theFourA40DialectsGiveTheSameLanes();
    void positionsComeFromTheDiagram();
    void subProcessContentBecomesAChildMap();
    void calledProcessBecomesTheCallActivitysChildMap();
    void boundaryEventsAreAttached();
    void eventDefinitionsAndGatewayTypesAreKept();
    void reportListsWhatAMapHasNoPlaceFor();
    void reportListsDanglingReferencesAndExtensions();
    void shapesWithoutASpotInTheirLaneAreMovedIn();
    void nodesWithoutAShapeArePlacedByTheirNeighbours();
    void encodings_data();
    void encodings();
    void verticalLanesAreTurnedHorizontal();
    void nestedLanesAreFlattenedWithTheirPath();
    void fileWithoutADiagramIsLaidOut();
    void namesConditionsAndDocumentation();
    void stepwiseExtensionsAreReadBack();
    void badExtensionNumbersAreLeftOutAndListed();
    void badInputNamesFileAndLine_data();
    void badInputNamesFileAndLine();
    void savingMakesLinkedProcessesInOneTransaction();
    void commandPrintsTheIdAndTheReport();
    void commandRefusesBadInputAndLeavesTheWorkspace_data();
    void commandRefusesBadInputAndLeavesTheWorkspace();
    void commandRefusesATakenName();

private:
    Result run(const QStringList &arguments);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBpmnReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Result TestBpmnReader::run(const QStringList &arguments)
{
    return runProgram(QStringLiteral(STEPWISE_BINARY), arguments,
                      stepwiseEnvironment(m_dir->path()), 60000);
}

void TestBpmnReader::everyFileImportsWhole_data()
{
    // Activities, events, gateways and sequence flows were counted from the XML once, apart
    // from the reader, with a Python ElementTree pass over every element in the BPMN model
    // namespace: activities = task, userTask, serviceTask, sendTask, receiveTask, manualTask,
    // businessRuleTask, scriptTask, callActivity, subProcess, transaction, adHocSubProcess;
    // events = startEvent, endEvent, intermediateCatchEvent, intermediateThrowEvent,
    // boundaryEvent; gateways = the five *Gateway elements; flows = sequenceFlow. None is lost:
    // each is a step or handoff of the main map or of a child map.
    // Lanes (of the main map) and maps were worked out by hand from the pools, lanes and
    // sub-processes each file has (see the comments).
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("activities");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("gateways");
    QTest::addColumn<int>("flows");
    QTest::addColumn<int>("lanes");
    QTest::addColumn<int>("maps");

    // One process without lanes: one lane.
    QTest::newRow("A.1.0 reference, a sequence")
        << "reference/A.1.0.bpmn" << 3 << 2 << 0 << 4 << 1 << 1;
    QTest::newRow("A.2.0 reference, gateways")
        << "reference/A.2.0.bpmn" << 4 << 2 << 2 << 9 << 1 << 1;
    // The collapsed sub-process has no content: no child map.
    QTest::newRow("A.3.0 reference, boundary events")
        << "reference/A.3.0.bpmn" << 5 << 5 << 0 << 8 << 1 << 1;
    // A pool without lanes (1) and a process without a pool with two lanes; two expanded
    // sub-processes (2 child maps).
    QTest::newRow("A.4.0 reference (Trisotech)")
        << "reference/A.4.0.bpmn" << 8 << 9 << 0 << 13 << 3 << 3;
    QTest::newRow("A.4.0 bpmn.io / Camunda")
        << "camunda-bpmn.io-18.6.1/A.4.0-export.bpmn" << 8 << 9 << 0 << 13 << 3 << 3;
    // The pool's one unnamed lane is named after the pool.
    QTest::newRow("A.4.0 Signavio")
        << "sap-signavio-19.9.0/A.4.0-export.bpmn" << 8 << 9 << 0 << 13 << 3 << 3;
    // The third participant, an empty process drawn 0 x 0, is reported, not a lane.
    QTest::newRow("A.4.0 Bizagi") << "bizagi-modeler-2.8.0.8/A.4.0-roundtrip.bpmn" << 8 << 9 << 0
                                  << 13 << 3 << 3;
    // Participant (no lanes) + Pool's two lanes; an expanded sub-process and two call
    // activities calling processes of the file (3 child maps).
    QTest::newRow("B.1.0 reference, descriptive class")
        << "reference/B.1.0.bpmn" << 13 << 11 << 5 << 26 << 3 << 4;
    // Three expanded sub-processes and two called processes: 5 child maps.
    QTest::newRow("B.2.0 reference, analytic class")
        << "reference/B.2.0.bpmn" << 41 << 45 << 8 << 85 << 3 << 6;
    // Visual Paradigm moved the called process's content into a process without a pool, drawn
    // inside the (empty) sub-process "Call Activity - Expanded", and the collapsed call
    // activity's into a sub-process with a diagram of its own: the same 3 lanes and 4 maps as
    // the reference. Its two pools without a process and without a shape are reported.
    QTest::newRow("B.1.0 Visual Paradigm")
        << "visual-paradigm-11.1/B.1.0-roundtrip.bpmn" << 13 << 11 << 5 << 26 << 3 << 4;
}

void TestBpmnReader::everyFileImportsWhole()
{
    QFETCH(QString, file);
    QFETCH(int, activities);
    QFETCH(int, events);
    QFETCH(int, gateways);
    QFETCH(int, flows);
    QFETCH(int, lanes);
    QFETCH(int, maps);

    BpmnReader reader;
    const std::optional<BpmnImport> import = reader.read(dataFile(file));
    QVERIFY2(import, qPrintable(reader.errorString()));
    const BpmnImportReport &report = import->report;
    QCOMPARE(report.activities, activities);
    QCOMPARE(report.events, events);
    QCOMPARE(report.gateways, gateways);
    QCOMPARE(report.flows, flows);
    QCOMPARE(report.lanes, lanes);
    QCOMPARE(report.maps, maps);

    // The counts are the maps' own: every node a step, every flow a handoff.
    QCOMPARE(stepsOf(*import), activities + events + gateways);
    int handoffs = 0;
    for (const Process &process : import->processes) {
        handoffs += int(process.handoffs.size());
        QCOMPARE(process.invariantViolations(), QStringList());
        // Every step sits inside its lane.
        for (const Step &step : process.steps) {
            const Lane *lane = process.lane(step.laneId);
            QVERIFY(lane);
            QVERIFY2(step.pos.y() >= 0 && step.pos.y() <= lane->height,
                     qPrintable(QStringLiteral("%1 at y %2 of a lane %3 high")
                                    .arg(step.name)
                                    .arg(step.pos.y())
                                    .arg(lane->height)));
        }
    }
    QCOMPARE(handoffs, flows);
    QCOMPARE(import->processes.constFirst().lanes.size(), lanes);
    QCOMPARE(import->processes.size(), maps);
}

void TestBpmnReader::theFourA40DialectsGiveTheSameLanes_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("reference") << "reference/A.4.0.bpmn";
    QTest::newRow("Camunda") << "camunda-bpmn.io-18.6.1/A.4.0-export.bpmn";
    QTest::newRow("Signavio") << "sap-signavio-19.9.0/A.4.0-export.bpmn";
    QTest::newRow("Bizagi") << "bizagi-modeler-2.8.0.8/A.4.0-roundtrip.bpmn";
}

void TestBpmnReader::theFourA40DialectsGiveTheSameLanes()
{
    // Pools 1/2/2/3 and lanes 2/2/3/2 in the files; one map of three lanes in Stepwise, the
    // tasks in the lanes the reference model puts them in.
    QFETCH(QString, file);
    BpmnReader reader;
    const std::optional<BpmnImport> import = reader.read(dataFile(file));
    QVERIFY2(import, qPrintable(reader.errorString()));
    const Process &map = import->processes.constFirst();
    QCOMPARE(
        laneNames(map),
        (QStringList {QStringLiteral("Pool"), QStringLiteral("Lane 1"), QStringLiteral("Lane 2")}));
    const auto laneOf = [&map](const char *step) {
        const Step *s = stepNamed(map, QLatin1String(step));
        return s ? map.lane(s->laneId)->name : QString();
    };
    QCOMPARE(laneOf("Task 1"), QStringLiteral("Pool"));
    QCOMPARE(laneOf("Task 2"), QStringLiteral("Pool"));
    QCOMPARE(laneOf("Task 3"), QStringLiteral("Lane 1"));
    QCOMPARE(laneOf("Task 5"), QStringLiteral("Lane 1"));
    QCOMPARE(laneOf("Expanded Sub-Process 1"), QStringLiteral("Lane 1"));
    QCOMPARE(laneOf("Expanded Sub-Process 2"), QStringLiteral("Lane 2"));
    // Left to right as drawn.
    QVERIFY(stepNamed(map, QStringLiteral("Task 3"))->pos.x()
            < stepNamed(map, QStringLiteral("Expanded Sub-Process 1"))->pos.x());
    QVERIFY(stepNamed(map, QStringLiteral("Expanded Sub-Process 1"))->pos.x()
            < stepNamed(map, QStringLiteral("Task 5"))->pos.x());
    QCOMPARE(map.steps.size(), 11);
    QCOMPARE(map.handoffs.size(), 9);
    // The message flows between the pools are reported, the rest imports.
    QCOMPARE(import->report.notImportedCounts().value(QStringLiteral("messageFlow")), 2);
}

void TestBpmnReader::positionsComeFromTheDiagram()
{
    // reference/A.4.0.bpmn: the pool's shape is y 120..264, Lane 1's 301..504, Lane 2's
    // 504..708. Task 1's bounds are 199,158 83 x 68 (centre 240.5,192), Task 5's 758,366 (centre
    // 799.5,400), End Event 5's 648,583 32 x 32 (centre 664,599).
    BpmnReader reader;
    const std::optional<BpmnImport> import
        = reader.read(dataFile(QStringLiteral("reference/A.4.0.bpmn")));
    QVERIFY(import);
    const Process &map = import->processes.constFirst();
    QCOMPARE(map.lanes[0].height, 144.0);
    QCOMPARE(map.lanes[1].height, 203.0);
    QCOMPARE(map.lanes[2].height, 204.0);
    const Step *task1 = stepNamed(map, QStringLiteral("Task 1"));
    QCOMPARE(task1->pos, QPointF(240.5, 192 - 120));
    QCOMPARE(task1->size, QSizeF(83, 68));
    const Step *task5 = stepNamed(map, QStringLiteral("Task 5"));
    QCOMPARE(task5->pos, QPointF(799.5, 400 - 301));
    const Step *end5 = stepNamed(map, QStringLiteral("End Event 5"));
    QCOMPARE(end5->pos, QPointF(664, 599 - 504));
    QCOMPARE(end5->size, QSizeF(32, 32));
    QCOMPARE(map.stepScenePos(*end5), QPointF(664, 144 + 203 + 95));
    QVERIFY(!import->report.laidOut);
}

void TestBpmnReader::subProcessContentBecomesAChildMap()
{
    BpmnReader reader;
    const std::optional<BpmnImport> import
        = reader.read(dataFile(QStringLiteral("reference/A.4.0.bpmn")));
    QVERIFY(import);
    const Process &map = import->processes.constFirst();
    const Step *sub = stepNamed(map, QStringLiteral("Expanded Sub-Process 1"));
    QVERIFY(sub);
    QCOMPARE(sub->kind, Step::Kind::Task);
    QCOMPARE(sub->bpmnElement, QStringLiteral("subProcess"));
    QCOMPARE(sub->size, QSizeF(278, 138));
    QVERIFY(sub->childProcessId < 0);
    const Process &child = import->processes[int(-sub->childProcessId)];
    QCOMPARE(import->parents[int(-sub->childProcessId)], 0);
    QCOMPARE(child.name, QStringLiteral("A.4.0 / Expanded Sub-Process 1"));
    QCOMPARE(child.steps.size(), 3);
    QCOMPARE(child.handoffs.size(), 2);
    // Its one lane is the sub-process's owner, as tall as its frame (330,330 278 x 138); the
    // content keeps its place inside the frame: Task 4 at 418,358 83 x 68 is centre 459.5,392.
    QCOMPARE(laneNames(child), QStringList {QStringLiteral("Lane 1")});
    QCOMPARE(child.lanes[0].height, 138.0);
    QCOMPARE(stepNamed(child, QStringLiteral("Task 4"))->pos, QPointF(459.5 - 330, 392 - 330));
    // Renaming the import renames its children.
    BpmnImport renamed = *import;
    renamed.setName(QStringLiteral("Containment"));
    QCOMPARE(renamed.processes[1].name, QStringLiteral("Containment / Expanded Sub-Process 1"));
}

void TestBpmnReader::calledProcessBecomesTheCallActivitysChildMap()
{
    // B.1.0: "Call Activity - Expanded" calls process Process_ba16239e... (drawn inside it);
    // "Call Activity Collapsed" calls WFP-0-, which no diagram shows: laid out by Stepwise.
    BpmnReader reader;
    const std::optional<BpmnImport> import
        = reader.read(dataFile(QStringLiteral("reference/B.1.0.bpmn")));
    QVERIFY(import);
    const Process &map = import->processes.constFirst();
    const Step *expanded = stepNamed(map, QStringLiteral("Call Activity - Expanded"));
    QCOMPARE(expanded->bpmnElement, QStringLiteral("callActivity"));
    QVERIFY(expanded->childProcessId < 0);
    const Process &called = import->processes[int(-expanded->childProcessId)];
    QVERIFY(stepNamed(called, QStringLiteral("Abstract Task 4")));
    const Step *collapsed = stepNamed(map, QStringLiteral("Call Activity Collapsed"));
    QVERIFY(collapsed->childProcessId < 0);
    const Process &other = import->processes[int(-collapsed->childProcessId)];
    QVERIFY(stepNamed(other, QStringLiteral("Abstract Task 8")));
    QVERIFY(import->report.laidOut);
    // A call activity calling a global task has no map to open.
    QCOMPARE(stepNamed(map, QStringLiteral("Call Activity Calling a Global Task"))->childProcessId,
             0);
}

void TestBpmnReader::boundaryEventsAreAttached()
{
    BpmnReader reader;
    const std::optional<BpmnImport> import
        = reader.read(dataFile(QStringLiteral("reference/A.3.0.bpmn")));
    QVERIFY(import);
    const Process &map = import->processes.constFirst();
    const Step *sub = stepNamed(map, QStringLiteral("Collapsed Sub-Process"));
    QVERIFY(sub);
    QCOMPARE(sub->bpmnElement, QStringLiteral("subProcess"));
    QCOMPARE(sub->childProcessId, 0);
    const Step *message
        = stepNamed(map, QStringLiteral("Boundary Intermediate Event Non-Interrupting Message"));
    QVERIFY(message);
    QCOMPARE(message->kind, Step::Kind::Event);
    QCOMPARE(message->bpmnElement, QStringLiteral("boundaryEvent"));
    QCOMPARE(message->attachedToStepId, sub->id);
    QCOMPARE(message->interrupting, false);
    QCOMPARE(message->trigger, Step::Trigger::Message);
    const Step *escalation
        = stepNamed(map, QStringLiteral("Boundary Intermediate Event Interrupting Escalation"));
    QCOMPARE(escalation->attachedToStepId, sub->id);
    QCOMPARE(escalation->interrupting, true);
    QCOMPARE(escalation->bpmnEvent, QStringLiteral("escalation"));
    // With its activity, a boundary event is reached from the start (its exception flow too).
    for (const ValidationProblem &problem : validate(map))
        QVERIFY2(problem.rule != ValidationProblem::Rule::Unreachable, qPrintable(problem.message));
    // Drawn on the activity's border: the message one on its top edge (shape 338,122 32 x 32,
    // centre y 138; the sub-process 282,138 108 x 88).
    QCOMPARE(map.stepScenePos(*message).y() - map.stepScenePos(*sub).y(), 138.0 - 182);
}

void TestBpmnReader::eventDefinitionsAndGatewayTypesAreKept()
{
    BpmnReader reader;
    const std::optional<BpmnImport> import
        = reader.read(dataFile(QStringLiteral("reference/B.2.0.bpmn")));
    QVERIFY(import);
    const Process &map = import->processes.constFirst();
    const auto step = [&map](const char *name) {
        const Step *s = stepNamed(map, QLatin1String(name));
        if (!s)
            qWarning("no step %s", name);
        return s ? *s : Step();
    };
    QCOMPARE(step("Start Event 1 Timer").trigger, Step::Trigger::Timer);
    QCOMPARE(step("Start Event 2 Message").trigger, Step::Trigger::Message);
    QCOMPARE(step("Start Event 6 Signal").bpmnEvent, QStringLiteral("signal"));
    QCOMPARE(step("End Event 11 Escalation").bpmnEvent, QStringLiteral("escalation"));
    QCOMPARE(step("Intermediate Event Signal Throw 1").bpmnElement,
             QStringLiteral("intermediateThrowEvent"));
    QCOMPARE(step("Intermediate Event Conditional Catch").bpmnElement, QString());
    QCOMPARE(step("Intermediate Event Conditional Catch").bpmnEvent, QStringLiteral("conditional"));
    QCOMPARE(step("Inclusive Gateway 1").kind, Step::Kind::Decision);
    QCOMPARE(step("Inclusive Gateway 1").bpmnElement, QStringLiteral("inclusiveGateway"));
    QCOMPARE(step("Parallel Gateway 2").bpmnElement, QStringLiteral("parallelGateway"));
    QCOMPARE(step("Event Base Gateway 3").bpmnElement, QStringLiteral("eventBasedGateway"));
    QCOMPARE(step("Exclusive Gateway 4").bpmnElement, QString());
    QCOMPARE(step("Send Task 2").bpmnElement, QStringLiteral("sendTask"));
    QCOMPARE(step("Receive Task 16").bpmnElement, QStringLiteral("receiveTask"));
    QCOMPARE(step("Task 5").bpmnElement, QString());
}

void TestBpmnReader::reportListsWhatAMapHasNoPlaceFor()
{
    // B.1.0 (reference): one data object, its reference, a data store and its reference, a
    // text annotation with its association, a group, two message flows, a global task, and
    // Service Task 7's data inputs and outputs with two data associations.
    BpmnReader reader;
    const std::optional<BpmnImport> import
        = reader.read(dataFile(QStringLiteral("reference/B.1.0.bpmn")));
    QVERIFY(import);
    const QMap<QString, int> counts = import->report.notImportedCounts();
    QCOMPARE(counts.value(QStringLiteral("dataObject")), 1);
    QCOMPARE(counts.value(QStringLiteral("dataObjectReference")), 1);
    QCOMPARE(counts.value(QStringLiteral("dataStore")), 1);
    QCOMPARE(counts.value(QStringLiteral("dataStoreReference")), 1);
    QCOMPARE(counts.value(QStringLiteral("textAnnotation")), 1);
    QCOMPARE(counts.value(QStringLiteral("association")), 1);
    QCOMPARE(counts.value(QStringLiteral("group")), 1);
    QCOMPARE(counts.value(QStringLiteral("messageFlow")), 2);
    QCOMPARE(counts.value(QStringLiteral("globalTask")), 1);
    QCOMPARE(counts.value(QStringLiteral("ioSpecification")), 1);
    QCOMPARE(counts.value(QStringLiteral("dataInputAssociation")), 1);
    QCOMPARE(counts.value(QStringLiteral("dataOutputAssociation")), 1);
    QCOMPARE(counts.size(), 12);
    // Each with its id and line: the message flows are on lines 209 and 210.
    const QStringList lines = import->report.lines(QStringLiteral("B.1.0.bpmn"));
    QVERIFY(lines.contains(QStringLiteral(
        "B.1.0.bpmn:209: messageFlow \"Message Flow 1\" not imported: Stepwise maps have no "
        "message flows")));
    bool group = false;
    for (const QString &line : lines)
        group = group || line.startsWith(QLatin1String("B.1.0.bpmn:211: group"));
    QVERIFY(group);
}

void TestBpmnReader::reportListsDanglingReferencesAndExtensions()
{
    // Bizagi: two message flows refer to messages the file does not have (lines 383, 384); 33
    // bizagi:BizagiExtensions and 23 di:extension elements.
    BpmnReader reader;
    const std::optional<BpmnImport> import
        = reader.read(dataFile(QStringLiteral("bizagi-modeler-2.8.0.8/A.4.0-roundtrip.bpmn")));
    QVERIFY(import);
    QVector<qint64> dangling;
    QMap<QString, int> extensions;
    for (const BpmnImportReport::Item &item : import->report.items) {
        if (item.kind == BpmnImportReport::Item::Kind::Dangling)
            dangling.append(item.line);
        if (item.kind == BpmnImportReport::Item::Kind::UnknownExtension)
            extensions.insert(item.element, item.count);
    }
    QCOMPARE(dangling, (QVector<qint64> {383, 384}));
    QCOMPARE(extensions.value(QStringLiteral("bizagi:BizagiExtensions")), 33);
    QCOMPARE(extensions.value(QStringLiteral("extension")), 23);
    QCOMPARE(import->report.count(BpmnImportReport::Item::Kind::Dangling), 2);

    // A flow to a node that is not there is reported and left out; the rest imports.
    const QByteArray data
        = document("<process id=\"p\"><startEvent id=\"s\"/><endEvent id=\"e\"/>\n"
                   "<sequenceFlow id=\"f1\" sourceRef=\"s\" targetRef=\"e\"/>\n"
                   "<sequenceFlow id=\"f2\" sourceRef=\"s\" targetRef=\"nowhere\"/></process>");
    const std::optional<BpmnImport> broken = reader.read(data, QStringLiteral("broken.bpmn"));
    QVERIFY(broken);
    QCOMPARE(broken->processes[0].handoffs.size(), 1);
    QCOMPARE(broken->report.count(BpmnImportReport::Item::Kind::Dangling), 1);
    QVERIFY(broken->report.lines(QStringLiteral("broken.bpmn"))
                .constFirst()
                .startsWith(QLatin1String("broken.bpmn:5: sequenceFlow f2 not imported")));
}

void TestBpmnReader::shapesWithoutASpotInTheirLaneAreMovedIn()
{
    // Bizagi draws the nodes of Lane 1 (331..534) at y 70..208: they move in together, their
    // arrangement kept (Task 3 and Task 5 stay 2 units apart, as drawn: centres 142 and 140).
    BpmnReader reader;
    const std::optional<BpmnImport> import
        = reader.read(dataFile(QStringLiteral("bizagi-modeler-2.8.0.8/A.4.0-roundtrip.bpmn")));
    QVERIFY(import);
    const Process &map = import->processes.constFirst();
    const Step *task3 = stepNamed(map, QStringLiteral("Task 3"));
    const Step *task5 = stepNamed(map, QStringLiteral("Task 5"));
    QCOMPARE(map.lane(task3->laneId)->name, QStringLiteral("Lane 1"));
    QCOMPARE(task3->pos.y() - task5->pos.y(), 2.0);
    QVERIFY(task3->pos.y() > 34 && task3->pos.y() < 203 - 34);
}

void TestBpmnReader::nodesWithoutAShapeArePlacedByTheirNeighbours()
{
    // Task "b" has no shape: it goes after "a", in the lane's middle, and the report says so.
    const QByteArray data
        = document("<process id=\"p\"><startEvent id=\"s\"/><task id=\"a\" name=\"a\"/>"
                   "<task id=\"b\" name=\"b\"/><endEvent id=\"e\"/>"
                   "<sequenceFlow id=\"f1\" sourceRef=\"s\" targetRef=\"a\"/>"
                   "<sequenceFlow id=\"f2\" sourceRef=\"a\" targetRef=\"b\"/>"
                   "<sequenceFlow id=\"f3\" sourceRef=\"b\" targetRef=\"e\"/></process>\n"
                   "<bpmndi:BPMNDiagram id=\"d1\"><bpmndi:BPMNPlane id=\"pl\" bpmnElement=\"p\">"
                   "<bpmndi:BPMNShape id=\"s_di\" bpmnElement=\"s\"><dc:Bounds x=\"100\" y=\"100\" "
                   "width=\"36\" height=\"36\"/></bpmndi:BPMNShape>"
                   "<bpmndi:BPMNShape id=\"a_di\" bpmnElement=\"a\"><dc:Bounds x=\"200\" y=\"78\" "
                   "width=\"100\" height=\"80\"/></bpmndi:BPMNShape>"
                   "<bpmndi:BPMNShape id=\"e_di\" bpmnElement=\"e\"><dc:Bounds x=\"600\" y=\"100\" "
                   "width=\"36\" height=\"36\"/></bpmndi:BPMNShape>"
                   "</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>");
    BpmnReader reader;
    const std::optional<BpmnImport> import = reader.read(data, QStringLiteral("partial.bpmn"));
    QVERIFY2(import, qPrintable(reader.errorString()));
    const Process &map = import->processes.constFirst();
    const Step *a = stepNamed(map, QStringLiteral("a"));
    const Step *b = stepNamed(map, QStringLiteral("b"));
    // a's right edge 300, a gap of 60, then half of b's default width (150).
    QCOMPARE(b->pos.x(), 300 + 60 + 75.0);
    QCOMPARE(b->pos.y(), map.lanes[0].height / 2);
    QCOMPARE(a->pos.x(), 250.0);
    QVERIFY(b->size.isEmpty());
    QCOMPARE(import->report.count(BpmnImportReport::Item::Kind::Note), 1);
}

void TestBpmnReader::encodings_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::newRow("UTF-8") << QByteArray("UTF-8")
                           << QByteArray("Pr\xc3\xbc"
                                         "fen \xe2\x82\xac")
                           << QStringLiteral("Prüfen €");
    QTest::newRow("ISO-8859-1") << QByteArray("ISO-8859-1")
                                << QByteArray("Pr\xfc"
                                              "fen \xe9t\xe9")
                                << QStringLiteral("Prüfen été");
    // 0x80 is the euro sign, 0x93 and 0x94 curly quotes in windows-1252 (controls in Latin-1).
    QTest::newRow("windows-1252") << QByteArray("windows-1252")
                                  << QByteArray("\x93Pr\xfc"
                                                "fen\x94 \x80")
                                  << QStringLiteral("\u201cPrüfen\u201d €");
}

void TestBpmnReader::encodings()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    const QByteArray data
        = document("<process id=\"p\"><task id=\"t\" name=\"" + bytes + "\"><documentation>" + bytes
                       + "</documentation></task></process>",
                   "", encoding);
    BpmnReader reader;
    const std::optional<BpmnImport> import = reader.read(data, QStringLiteral("encoded.bpmn"));
    QVERIFY2(import, qPrintable(reader.errorString()));
    QCOMPARE(import->processes[0].steps[0].name, name);
    QCOMPARE(import->processes[0].steps[0].definitionOfDone, name);
}

void TestBpmnReader::verticalLanesAreTurnedHorizontal()
{
    // handmade/vertical-lanes.bpmn: lanes First line (x 40..270) and Second line (270..500),
    // y 70..640, the flow downwards. Turned over the diagonal: lanes of height 230 stacked, the
    // flow left to right, a step's x its old y, its y its old x from the lane's left edge.
    BpmnReader reader;
    const std::optional<BpmnImport> import
        = reader.read(dataFile(QStringLiteral("handmade/vertical-lanes.bpmn")));
    QVERIFY2(import, qPrintable(reader.errorString()));
    const Process &map = import->processes.constFirst();
    QCOMPARE(map.name, QStringLiteral("Helpdesk"));
    QCOMPARE(laneNames(map),
             (QStringList {QStringLiteral("First line"), QStringLiteral("Second line")}));
    QCOMPARE(map.lanes[0].height, 230.0);
    QCOMPARE(map.lanes[1].height, 230.0);
    // Triage: 105,190 100 x 80, centre 155,230; Escalate: centre 385,350.
    const Step *triage = stepNamed(map, QStringLiteral("Triage"));
    QCOMPARE(triage->pos, QPointF(230, 155 - 40));
    QCOMPARE(triage->size, QSizeF(100, 80));
    const Step *escalate = stepNamed(map, QStringLiteral("Escalate"));
    QCOMPARE(map.lane(escalate->laneId)->name, QStringLiteral("Second line"));
    QCOMPARE(escalate->pos, QPointF(350, 385 - 270));
    QVERIFY(stepNamed(map, QStringLiteral("Ticket opened"))->pos.x() < triage->pos.x());
}

void TestBpmnReader::nestedLanesAreFlattenedWithTheirPath()
{
    // handmade/nested-lanes.bpmn: Sales holds Inside sales and Field sales; Support; and a
    // second pool, Customer, without a process. With two pools, each lane's name starts with
    // its pool's; the black box is an empty lane. "Send the offer" is named only by Sales and is
    // drawn in Field sales' band.
    BpmnReader reader;
    const std::optional<BpmnImport> import
        = reader.read(dataFile(QStringLiteral("handmade/nested-lanes.bpmn")));
    QVERIFY2(import, qPrintable(reader.errorString()));
    const Process &map = import->processes.constFirst();
    QCOMPARE(laneNames(map),
             (QStringList {QStringLiteral("Company / Sales / Inside sales"),
                           QStringLiteral("Company / Sales / Field sales"),
                           QStringLiteral("Company / Support"), QStringLiteral("Customer")}));
    QCOMPARE(map.lanes[3].height, 120.0);
    QCOMPARE(map.lane(stepNamed(map, QStringLiteral("Qualify the lead"))->laneId)->name,
             QStringLiteral("Company / Sales / Inside sales"));
    QCOMPARE(map.lane(stepNamed(map, QStringLiteral("Send the offer"))->laneId)->name,
             QStringLiteral("Company / Sales / Field sales"));
    QCOMPARE(import->report.pools, 2);
    // The definitions name the map when there are several pools.
    QCOMPARE(map.name, QStringLiteral("Lead to customer"));
}

void TestBpmnReader::fileWithoutADiagramIsLaidOut()
{
    BpmnReader reader;
    const std::optional<BpmnImport> import
        = reader.read(dataFile(QStringLiteral("handmade/no-diagram.bpmn")));
    QVERIFY2(import, qPrintable(reader.errorString()));
    QVERIFY(import->report.laidOut);
    const Process &map = import->processes.constFirst();
    QCOMPARE(map.name, QStringLiteral("Expense claim"));
    QCOMPARE(laneNames(map), (QStringList {QStringLiteral("Clerk"), QStringLiteral("Manager")}));
    // Along the flow, left to right; no two steps on one spot.
    const auto x
        = [&map](const char *name) { return stepNamed(map, QLatin1String(name))->pos.x(); };
    QVERIFY(x("Claim in") < x("Check the receipts"));
    QVERIFY(x("Check the receipts") < x("Approve"));
    QVERIFY(x("Approve") < x("Approved?"));
    QVERIFY(x("Approved?") < x("Pay"));
    QVERIFY(x("Pay") < x("Paid"));
    for (const Step &a : map.steps) {
        for (const Step &b : map.steps) {
            if (a.id < b.id && !a.attachedToStepId && !b.attachedToStepId)
                QVERIFY(map.stepScenePos(a) != map.stepScenePos(b));
        }
    }
    // The boundary timer sits on its activity's lower edge.
    const Step *approve = stepNamed(map, QStringLiteral("Approve"));
    const Step *late = stepNamed(map, QStringLiteral("Two days"));
    QCOMPARE(late->attachedToStepId, approve->id);
    QCOMPARE(late->trigger, Step::Trigger::Timer);
    QCOMPARE(late->interrupting, false);
    QCOMPARE(map.stepScenePos(*late).y(),
             map.stepScenePos(*approve).y() + approve->drawnSize().height() / 2);
}

void TestBpmnReader::namesConditionsAndDocumentation()
{
    const QByteArray data = document(
        "<process id=\"p\" name=\"Orders\"><documentation>How an order is handled.</documentation>"
        "<startEvent id=\"s\"/><exclusiveGateway id=\"g\" name=\"Big?\"/>"
        "<task id=\"a\" name=\"Ask the manager\"><documentation>The manager said yes or "
        "no.</documentation></task><endEvent id=\"e\"/>"
        "<sequenceFlow id=\"f1\" sourceRef=\"s\" targetRef=\"g\"/>"
        "<sequenceFlow id=\"f2\" name=\"yes\" sourceRef=\"g\" targetRef=\"a\">"
        "<conditionExpression xsi:type=\"tFormalExpression\">${amount &gt; 1000}"
        "</conditionExpression></sequenceFlow>"
        "<sequenceFlow id=\"f3\" name=\"no\" sourceRef=\"g\" targetRef=\"e\"/>"
        "<sequenceFlow id=\"f4\" sourceRef=\"a\" targetRef=\"e\"/></process>");
    BpmnReader reader;
    const std::optional<BpmnImport> import = reader.read(data, QStringLiteral("orders.bpmn"));
    QVERIFY2(import, qPrintable(reader.errorString()));
    const Process &map = import->processes.constFirst();
    QCOMPARE(map.name, QStringLiteral("Orders"));
    QCOMPARE(map.description, QStringLiteral("How an order is handled."));
    QCOMPARE(stepNamed(map, QStringLiteral("Ask the manager"))->definitionOfDone,
             QStringLiteral("The manager said yes or no."));
    QCOMPARE(map.handoffs[1].label, QStringLiteral("yes"));
    QCOMPARE(map.handoffs[1].condition, QStringLiteral("${amount > 1000}"));
    QCOMPARE(map.handoffs[2].label, QStringLiteral("no"));
    QCOMPARE(map.handoffs[2].condition, QString());
    // A file that names nothing is named after itself.
    const std::optional<BpmnImport> unnamed
        = reader.read(document("<process id=\"p\"><task id=\"t\"/></process>"),
                      QStringLiteral("/tmp/some where/Quote to cash.bpmn"));
    QCOMPARE(unnamed->processes[0].name, QStringLiteral("Quote to cash"));
}

void TestBpmnReader::stepwiseExtensionsAreReadBack()
{
    const QByteArray data = document(
        "<process id=\"p\" name=\"Onboarding\"><extensionElements>"
        "<stepwise:process owner=\"Ana\" slaTargetSeconds=\"14400\" slaClock=\"business-hours\""
        " workingHours=\"Mon-Fri 09:00-18:00\" timeZone=\"Europe/Berlin\""
        " holidays=\"2026-12-24,2026-12-25\" reviewDate=\"2026-12-01\" runsPerMonth=\"40\"/>"
        "</extensionElements>"
        "<laneSet id=\"ls\"><lane id=\"Lane_3\" name=\"IT\"><extensionElements>"
        "<stepwise:lane kind=\"system\" color=\"#336699\" height=\"200\"/></extensionElements>"
        "<flowNodeRef>Step_7</flowNodeRef></lane></laneSet>"
        "<task id=\"Step_7\" name=\"Create the account\"><extensionElements>"
        "<stepwise:step expectedDurationSeconds=\"3600\" slaSeconds=\"7200\""
        " automation=\"planned\" effortHours=\"3.5\" trigger=\"none\">"
        "<stepwise:input>Signed contract</stepwise:input><stepwise:input>Name</stepwise:input>"
        "<stepwise:output>Account</stepwise:output><stepwise:system>CRM</stepwise:system>"
        "</stepwise:step><other:thing xmlns:other=\"urn:other\"/></extensionElements></task>"
        "<intermediateCatchEvent id=\"Step_9\" name=\"Wait\"><extensionElements>"
        "<stepwise:step trigger=\"wait\"/></extensionElements></intermediateCatchEvent>"
        "<sequenceFlow id=\"Flow_12\" sourceRef=\"Step_7\" targetRef=\"Step_9\"/>"
        "</process>");
    BpmnReader reader;
    const std::optional<BpmnImport> import = reader.read(data, QStringLiteral("ext.bpmn"));
    QVERIFY2(import, qPrintable(reader.errorString()));
    const Process &map = import->processes.constFirst();
    QCOMPARE(map.owner, QStringLiteral("Ana"));
    QCOMPARE(map.slaTargetS, 14400);
    QCOMPARE(map.slaClock, Process::SlaClock::BusinessHours);
    QCOMPARE(map.workingHours, QStringLiteral("Mon-Fri 09:00-18:00"));
    QCOMPARE(map.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(map.holidays, (QVector<QDate> {QDate(2026, 12, 24), QDate(2026, 12, 25)}));
    QCOMPARE(map.reviewDate, QDate(2026, 12, 1));
    QCOMPARE(map.runsPerMonth, 40.0);
    QCOMPARE(map.lanes.size(), 1);
    QCOMPARE(map.lanes[0].id, 3);
    QCOMPARE(map.lanes[0].kind, Lane::Kind::System);
    QCOMPARE(map.lanes[0].color, QColor(0x33, 0x66, 0x99));
    QCOMPARE(map.lanes[0].height, 200.0);
    const Step *task = stepNamed(map, QStringLiteral("Create the account"));
    QCOMPARE(task->id, 7);
    QCOMPARE(task->expectedDurationS, 3600);
    QCOMPARE(task->slaS, 7200);
    QCOMPARE(task->automation, Step::Automation::Planned);
    QCOMPARE(task->automationEffortH, 3.5);
    QCOMPARE(task->inputs,
             (QStringList {QStringLiteral("Signed contract"), QStringLiteral("Name")}));
    QCOMPARE(task->outputs, QStringList {QStringLiteral("Account")});
    QCOMPARE(task->systems, QStringList {QStringLiteral("CRM")});
    QCOMPARE(stepNamed(map, QStringLiteral("Wait"))->trigger, Step::Trigger::Wait);
    QCOMPARE(map.handoffs[0].id, 12);
    QCOMPARE(map.nextItemId, 13);
    // Another tool's extension is reported, once per element name.
    QCOMPARE(import->report.count(BpmnImportReport::Item::Kind::UnknownExtension), 1);
}

void TestBpmnReader::badExtensionNumbersAreLeftOutAndListed()
{
    // Numbers another tool (or a hand) got wrong: each is left at "none" and listed with its
    // element, attribute and line; the rest of the element still comes in.
    const QByteArray data = document(
        "<process id=\"p\" name=\"Onboarding\"><extensionElements>\n"
        "<stepwise:process owner=\"Ana\" slaTargetSeconds=\"four hours\" runsPerMonth=\"-2\"/>\n"
        "</extensionElements>"
        "<laneSet id=\"ls\"><lane id=\"Lane_3\" name=\"IT\"><extensionElements>\n"
        "<stepwise:lane kind=\"system\" height=\"0\"/></extensionElements>"
        "<flowNodeRef>Step_7</flowNodeRef></lane></laneSet>"
        "<task id=\"Step_7\" name=\"Create the account\"><extensionElements>\n"
        "<stepwise:step expectedDurationSeconds=\"-60\" slaSeconds=\"1e\" effortHours=\"nan\""
        " automation=\"planned\"/></extensionElements></task>"
        "</process>");
    BpmnReader reader;
    const std::optional<BpmnImport> import = reader.read(data, QStringLiteral("ext.bpmn"));
    QVERIFY2(import, qPrintable(reader.errorString()));
    const Process &map = import->processes.constFirst();
    QCOMPARE(map.owner, QStringLiteral("Ana"));
    QCOMPARE(map.slaTargetS, 0);
    QCOMPARE(map.runsPerMonth, 0.0);
    QCOMPARE(map.lanes[0].kind, Lane::Kind::System);
    QVERIFY(map.lanes[0].height > 0); // the default height, not 0
    const Step *task = stepNamed(map, QStringLiteral("Create the account"));
    QCOMPARE(task->expectedDurationS, 0);
    QCOMPARE(task->slaS, 0);
    QCOMPARE(task->automationEffortH, 0.0);
    QCOMPARE(task->automation, Step::Automation::Planned);

    QStringList listed;
    for (const BpmnImportReport::Item &item : import->report.items) {
        if (item.kind == BpmnImportReport::Item::Kind::Note
            && item.text.contains(u"not understood"))
            listed << QStringLiteral("%1 %2 @%3")
                          .arg(item.element, item.text.section(u' ', 4, 4))
                          .arg(item.line);
    }
    listed.sort();
    // Lines 1 and 2 are the declaration and <definitions>; each extension starts a line.
    QCOMPARE(listed,
             (QStringList {QStringLiteral("stepwise:lane height @6"),
                           QStringLiteral("stepwise:process runsPerMonth @4"),
                           QStringLiteral("stepwise:process slaTargetSeconds @4"),
                           QStringLiteral("stepwise:step effortHours @7"),
                           QStringLiteral("stepwise:step expectedDurationSeconds @7"),
                           QStringLiteral("stepwise:step slaSeconds @7")}));
}

void TestBpmnReader::badInputNamesFileAndLine_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");

    QByteArray reference;
    {
        QFile file(dataFile(QStringLiteral("reference/A.1.0.bpmn")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        reference = file.readAll();
    }
    // Cut after the first 60 characters of line 11 (a task's start tag, 147 long): the reader
    // has read 60 characters of that line when the file ends.
    int cut = 0;
    for (int line = 1; line < 11; ++line)
        cut = int(reference.indexOf('\n', cut)) + 1;
    QTest::newRow("truncated") << reference.left(cut + 60)
                               << QStringLiteral("bad.bpmn:11:60: the file ends too early");
    QTest::newRow("empty") << QByteArray("\n") << QStringLiteral("bad.bpmn:1: the file is empty");
    QTest::newRow("not XML") << QByteArray("name,activity\nA,B\n")
                             << QStringLiteral("bad.bpmn:1:1: malformed XML");
    QTest::newRow("not BPMN") << QByteArray("<?xml version=\"1.0\"?>\n<log xes.version=\"1.0\"/>\n")
                              << QStringLiteral("not a BPMN 2.0 file: the root element is <log>");
    QTest::newRow("definitions of another namespace")
        << QByteArray("<?xml version=\"1.0\"?>\n\n<definitions "
                      "xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"/>\n")
        << QStringLiteral("bad.bpmn:3:");
    QTest::newRow("empty process") << document("<process id=\"p\">\n<laneSet id=\"l\"/></process>")
                                   << QStringLiteral("bad.bpmn:3: the process is empty");
    QTest::newRow("no process") << document(
        "<collaboration id=\"c\"><participant id=\"x\"/></collaboration>")
                                << QStringLiteral("bad.bpmn:2: the file holds no process");
    QTest::newRow("entity bomb") << document(
        "<process id=\"p\"><task id=\"t\" name=\"&lol9;\"/></process>",
        "<!DOCTYPE definitions [\n<!ENTITY lol \"lol\">\n"
        "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        "<!ENTITY lol9 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n]>\n")
                                 << QStringLiteral("refused: the file declares XML entities");
}

void TestBpmnReader::badInputNamesFileAndLine()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    BpmnReader reader;
    QVERIFY(!reader.read(data, QStringLiteral("bad.bpmn")));
    QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
    QVERIFY(reader.errorString().startsWith(QLatin1String("bad.bpmn:")));
    QVERIFY(reader.errorLine() > 0);
}

void TestBpmnReader::savingMakesLinkedProcessesInOneTransaction()
{
    const QString path = m_dir->filePath(QStringLiteral("w.stepwise"));
    Workspace workspace;
    QVERIFY(workspace.open(path));
    BpmnReader reader;
    std::optional<BpmnImport> import
        = reader.read(dataFile(QStringLiteral("reference/A.4.0.bpmn")));
    QVERIFY(import);
    QVector<ProcessId> ids;
    const ProcessId id = saveBpmnImport(workspace, *import, {}, &ids);
    QVERIFY2(id, qPrintable(workspace.errorString()));
    QCOMPARE(ids.size(), 3);
    QCOMPARE(ids[0], id);
    const std::optional<Process> main = workspace.loadProcess(id);
    QVERIFY(main);
    QCOMPARE(main->name, QStringLiteral("A.4.0"));
    QCOMPARE(main->steps.size(), 11);
    const Step *sub = stepNamed(*main, QStringLiteral("Expanded Sub-Process 2"));
    QCOMPARE(sub->childProcessId, ids[2]);
    const std::optional<Process> child = workspace.loadProcess(ids[2]);
    QCOMPARE(child->name, QStringLiteral("A.4.0 / Expanded Sub-Process 2"));
    QCOMPARE(child->steps.size(), 3);

    // Again: the names the file gives are made free.
    std::optional<BpmnImport> again = reader.read(dataFile(QStringLiteral("reference/A.4.0.bpmn")));
    const ProcessId second = saveBpmnImport(workspace, *again);
    QVERIFY(second);
    QCOMPARE(workspace.loadProcess(second)->name, QStringLiteral("A.4.0 (2)"));
    QCOMPARE(workspace.processes().size(), 6);

    // A given name that is taken is refused, and nothing is written.
    std::optional<BpmnImport> third = reader.read(dataFile(QStringLiteral("reference/A.4.0.bpmn")));
    QCOMPARE(saveBpmnImport(workspace, *third, QStringLiteral("A.4.0")), 0);
    QCOMPARE(workspace.errorKind(), Workspace::ErrorKind::Invalid);
    QCOMPARE(workspace.processes().size(), 6);

    // A link to a process that is not in the list is refused as a whole.
    Process lonely;
    lonely.name = QStringLiteral("Lonely");
    Lane lane;
    lane.id = 1;
    lonely.lanes.append(lane);
    Step step;
    step.id = 2;
    step.laneId = 1;
    step.childProcessId = -5;
    lonely.steps.append(step);
    lonely.nextItemId = 3;
    QVERIFY(workspace.insertProcesses({lonely}).isEmpty());
    QCOMPARE(workspace.processes().size(), 6);
}

void TestBpmnReader::commandPrintsTheIdAndTheReport()
{
    const QString workspace = m_dir->filePath(QStringLiteral("w.stepwise"));
    const Result result
        = run({QStringLiteral("--workspace"), workspace, QStringLiteral("import-bpmn"),
               dataFile(QStringLiteral("reference/B.1.0.bpmn")), QStringLiteral("--name"),
               QStringLiteral("Descriptive")});
    QCOMPARE(result.exitCode, 0);
    bool ok = false;
    const qint64 id = result.out.trimmed().toLongLong(&ok);
    QVERIFY2(ok, qPrintable(result.out));
    QVERIFY(result.err.contains(QLatin1String("B.1.0.bpmn:209: messageFlow")));
    QVERIFY(result.err.contains(QLatin1String("textAnnotation")));
    Workspace opened;
    QVERIFY(opened.open(workspace));
    const std::optional<Process> process = opened.loadProcess(id);
    QVERIFY(process);
    QCOMPARE(process->name, QStringLiteral("Descriptive"));
    QCOMPARE(opened.processes().size(), 4);
}

void TestBpmnReader::commandRefusesBadInputAndLeavesTheWorkspace_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << document("<process id=\"p\"><task id=\"t\"/>").left(300)
                               << QStringLiteral("bad.bpmn:");
    QTest::newRow("not BPMN") << QByteArray("<?xml version=\"1.0\"?>\n<html/>\n")
                              << QStringLiteral("bad.bpmn:2:");
    QTest::newRow("empty process")
        << document("<process id=\"p\"/>") << QStringLiteral("bad.bpmn:3: the process is empty");
}

void TestBpmnReader::commandRefusesBadInputAndLeavesTheWorkspace()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const QString workspace = m_dir->filePath(QStringLiteral("w.stepwise"));
    QCOMPARE(run({QStringLiteral("--workspace"), workspace, QStringLiteral("new"),
                  QStringLiteral("Existing")})
                 .exitCode,
             0);
    const QByteArray before = fileHash(workspace);
    const QString bad = m_dir->filePath(QStringLiteral("bad.bpmn"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    const Result result
        = run({QStringLiteral("--workspace"), workspace, QStringLiteral("import-bpmn"), bad});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(fileHash(workspace), before);
    // A workspace that is not there yet is not made either.
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.stepwise"));
    QCOMPARE(
        run({QStringLiteral("--workspace"), fresh, QStringLiteral("import-bpmn"), bad}).exitCode,
        2);
    QVERIFY(!QFile::exists(fresh));
}

void TestBpmnReader::commandRefusesATakenName()
{
    const QString workspace = m_dir->filePath(QStringLiteral("w.stepwise"));
    QCOMPARE(run({QStringLiteral("--workspace"), workspace, QStringLiteral("new"),
                  QStringLiteral("Taken")})
                 .exitCode,
             0);
    const Result result
        = run({QStringLiteral("--workspace"), workspace, QStringLiteral("import-bpmn"),
               dataFile(QStringLiteral("reference/A.4.0.bpmn")), QStringLiteral("--name"),
               QStringLiteral("Taken")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("already a process named \"Taken\"")),
             qPrintable(result.err));
    Workspace opened;
    QVERIFY(opened.open(workspace));
    QCOMPARE(opened.processes().size(), 1);
}

QTEST_GUILESS_MAIN(TestBpmnReader)
#include "tst_bpmnreader.moc"
