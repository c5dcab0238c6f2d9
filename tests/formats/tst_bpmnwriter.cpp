// BPMN 2.0 export: what the file says (elements, ids, lanes, flows, extensions, diagram), that
// bpmn-moddle (bpmn.io's parser) reads it with no warning and a shape or edge for everything, that
// an import of it gives the same map back, and the export-bpmn command.

#include "formats/bpmnreader.h"
#include "formats/bpmnwriter.h"
#include "workspace/examples.h"
#include "workspace/workspace.h"

#include "runprogram.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>

using namespace Stepwise;

namespace {

const QString bpmnNs = QStringLiteral("http://www.omg.org/spec/BPMN/20100524/MODEL");
const QString stepwiseNs = QLatin1String(BpmnStepwiseNamespace);

// --- A small read-only tree of the written XML, enough to ask what the file says.

struct Node
{
    QString ns;
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
    const Node *parent = nullptr;
    QVector<const Node *> children;

    QString attr(const QString &local) const { return attributes.value(local).toString(); }
    bool has(const QString &local) const { return attributes.hasAttribute(local); }
    QVector<const Node *> all(const QString &local) const
    {
        QVector<const Node *> found;
        for (const Node *c : children) {
            if (c->name == local)
                found.append(c);
        }
        return found;
    }
    const Node *first(const QString &local) const
    {
        const QVector<const Node *> found = all(local);
        return found.isEmpty() ? nullptr : found.first();
    }
    QStringList texts(const QString &local) const
    {
        QStringList list;
        for (const Node *c : all(local))
            list.append(c->text);
        return list;
    }
};

struct Xml
{
    std::vector<std::unique_ptr<Node>> nodes;
    QHash<QString, const Node *> byId;
    QString error;

    explicit Xml(const QByteArray &data)
    {
        QXmlStreamReader xml(data);
        Node *current = nullptr;
        while (!xml.atEnd()) {
            switch (xml.readNext()) {
            case QXmlStreamReader::StartElement: {
                nodes.push_back(std::make_unique<Node>());
                Node *node = nodes.back().get();
                node->ns = xml.namespaceUri().toString();
                node->name = xml.name().toString();
                node->attributes = xml.attributes();
                node->parent = current;
                if (current)
                    current->children.append(node);
                const QString id = node->attr(QStringLiteral("id"));
                if (!id.isEmpty()) {
                    if (byId.contains(id))
                        error = QStringLiteral("duplicate id ") + id;
                    byId.insert(id, node);
                }
                current = node;
                break;
            }
            case QXmlStreamReader::Characters:
                if (current)
                    current->text += xml.text();
                break;
            case QXmlStreamReader::EndElement:
                current = const_cast<Node *>(current->parent);
                break;
            default:
                break;
            }
        }
        if (xml.hasError())
            error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    }

    const Node *root() const { return nodes.empty() ? nullptr : nodes.front().get(); }
    /// Elements by local name, Stepwise's extension elements ("process", "lane") aside.
    QVector<const Node *> named(const QString &local) const
    {
        QVector<const Node *> found;
        for (const auto &n : nodes) {
            if (n->name == local && n->ns != stepwiseNs)
                found.append(n.get());
        }
        return found;
    }
    /// The dc:Bounds of the shape of a BPMN element.
    QRectF bounds(const QString &element) const
    {
        const Node *shape = byId.value(element + QStringLiteral("_di"));
        const Node *b = shape ? shape->first(QStringLiteral("Bounds")) : nullptr;
        if (!b)
            return {};
        return QRectF(b->attr(QStringLiteral("x")).toDouble(),
                      b->attr(QStringLiteral("y")).toDouble(),
                      b->attr(QStringLiteral("width")).toDouble(),
                      b->attr(QStringLiteral("height")).toDouble());
    }
    QPolygonF waypoints(const QString &flow) const
    {
        QPolygonF points;
        const Node *edge = byId.value(flow + QStringLiteral("_di"));
        if (!edge)
            return points;
        for (const Node *p : edge->all(QStringLiteral("waypoint")))
            points.append(QPointF(p->attr(QStringLiteral("x")).toDouble(),
                                  p->attr(QStringLiteral("y")).toDouble()));
        return points;
    }
};

// --- The maps exported.

Lane makeLane(ItemId id, const QString &name, Lane::Kind kind, const QColor &color, double height)
{
    Lane lane;
    lane.id = id;
    lane.name = name;
    lane.kind = kind;
    lane.color = color;
    lane.height = height;
    return lane;
}

Step makeStep(ItemId id, Step::Kind kind, const QString &name, ItemId lane, QPointF pos,
              const QString &element = {})
{
    Step step;
    step.id = id;
    step.kind = kind;
    step.name = name;
    step.laneId = lane;
    step.pos = pos;
    step.bpmnElement = element;
    return step;
}

/// Every step kind, every BPMN element and event definition Stepwise keeps, every extension
/// field and a condition with characters XML escapes. Ids are scattered on purpose.
Process everyKindMap()
{
    Process p;
    p.id = 7;
    p.name = QStringLiteral("Every kind & <sort>");
    p.owner = QStringLiteral("Ada Lovelace");
    p.description = QStringLiteral("All the kinds.\nTwo lines.");
    p.slaTargetS = 14400;
    p.slaClock = Process::SlaClock::BusinessHours;
    p.workingHours = QStringLiteral("Mon-Fri 09:00-18:00");
    p.timeZone = QStringLiteral("Europe/Berlin");
    p.holidays = {QDate(2026, 12, 24), QDate(2026, 12, 25)};
    p.reviewDate = QDate(2026, 12, 1);
    p.runsPerMonth = 40.5;
    p.lanes = {makeLane(1, QStringLiteral("Client"), Lane::Kind::Person, QColor(0xf9d5e5), 160),
               makeLane(2, QStringLiteral("Account manager"), Lane::Kind::Role, QColor(), 200),
               makeLane(3, QStringLiteral("Systems"), Lane::Kind::System, QColor(0xe4daf5), 160)};

    // Lane 1: the events of the client; lane 2: the work and the gateways; lane 3: systems.
    Step start = makeStep(10, Step::Kind::Start, QStringLiteral("Request in"), 1, {120, 80});
    start.trigger = Step::Trigger::Message;
    Step check = makeStep(11, Step::Kind::Task, QStringLiteral("Check contract"), 2, {300, 100},
                          QStringLiteral("userTask"));
    check.definitionOfDone = QStringLiteral("Contract signed & filed");
    check.inputs = {QStringLiteral("Signed contract"), QStringLiteral("ID <copy>")};
    check.outputs = {QStringLiteral("Filed contract")};
    check.expectedDurationS = 3600;
    check.slaS = 7200;
    check.automation = Step::Automation::Candidate;
    check.automationEffortH = 3.5;
    check.systems = {QStringLiteral("CRM"), QStringLiteral("Mail")};
    Step timeout = makeStep(12, Step::Kind::Event, QStringLiteral("No answer"), 2, {340, 135},
                            QStringLiteral("boundaryEvent"));
    timeout.attachedToStepId = 11;
    timeout.interrupting = false;
    timeout.trigger = Step::Trigger::Timer;
    timeout.expectedDurationS = 86400;
    Step complete = makeStep(13, Step::Kind::Decision, QStringLiteral("Complete?"), 2, {500, 100});
    Step split = makeStep(14, Step::Kind::Decision, QStringLiteral("Split"), 2, {650, 100},
                          QStringLiteral("parallelGateway"));
    Step wait = makeStep(15, Step::Kind::Event, QStringLiteral("Reply"), 1, {800, 80});
    wait.trigger = Step::Trigger::Wait;
    Step reminder = makeStep(16, Step::Kind::Event, QStringLiteral("Reminder"), 1, {950, 80});
    reminder.trigger = Step::Trigger::Timer;
    Step notify = makeStep(17, Step::Kind::Event, QStringLiteral("Notify"), 3, {800, 80},
                           QStringLiteral("intermediateThrowEvent"));
    notify.bpmnEvent = QStringLiteral("signal");
    Step script = makeStep(18, Step::Kind::Task, QStringLiteral("Run script"), 3, {1000, 80},
                           QStringLiteral("scriptTask"));
    script.automation = Step::Automation::Automated;
    Step failed = makeStep(19, Step::Kind::Event, QStringLiteral("Failed"), 3, {1040, 115},
                           QStringLiteral("boundaryEvent"));
    failed.attachedToStepId = 18;
    failed.bpmnEvent = QStringLiteral("error");
    Step fix = makeStep(20, Step::Kind::Task, QStringLiteral("Fix by hand"), 2, {1100, 160},
                        QStringLiteral("manualTask"));
    fix.automation = Step::Automation::Rejected;
    Step sub = makeStep(21, Step::Kind::Task, QStringLiteral("Collapsed part"), 2, {1300, 100},
                        QStringLiteral("subProcess"));
    sub.size = QSizeF(180, 90);
    sub.automation = Step::Automation::Planned;
    Step call = makeStep(22, Step::Kind::Task, QStringLiteral("Billing"), 2, {1500, 100},
                         QStringLiteral("callActivity"));
    Step inclusive = makeStep(23, Step::Kind::Decision, QStringLiteral("Which?"), 2, {1650, 100},
                              QStringLiteral("inclusiveGateway"));
    Step eventBased = makeStep(24, Step::Kind::Decision, QString(), 2, {1800, 100},
                               QStringLiteral("eventBasedGateway"));
    Step complex = makeStep(25, Step::Kind::Decision, QStringLiteral("Complex"), 2, {1950, 100},
                            QStringLiteral("complexGateway"));
    Step multiple = makeStep(26, Step::Kind::Event, QStringLiteral("Any of"), 1, {1800, 80});
    multiple.bpmnEvent = QStringLiteral("multiple");
    Step conditional = makeStep(27, Step::Kind::Event, QStringLiteral("Stock low"), 3, {1200, 80});
    conditional.bpmnEvent = QStringLiteral("conditional");
    Step compensate = makeStep(28, Step::Kind::Event, QStringLiteral("Undo"), 3, {1400, 80},
                               QStringLiteral("intermediateThrowEvent"));
    compensate.bpmnEvent = QStringLiteral("compensate");
    Step link = makeStep(29, Step::Kind::Event, QStringLiteral("Go on"), 3, {1600, 80});
    link.bpmnEvent = QStringLiteral("link");
    Step transaction = makeStep(30, Step::Kind::Task, QStringLiteral("Pay"), 3, {1800, 80},
                                QStringLiteral("transaction"));
    Step cancelled = makeStep(31, Step::Kind::Event, QStringLiteral("Cancelled"), 3, {1840, 115},
                              QStringLiteral("boundaryEvent"));
    cancelled.attachedToStepId = 30;
    cancelled.bpmnEvent = QStringLiteral("cancel");
    Step adHoc = makeStep(32, Step::Kind::Task, QStringLiteral("Tidy up"), 3, {2000, 80},
                          QStringLiteral("adHocSubProcess"));
    Step send = makeStep(33, Step::Kind::Task, QStringLiteral("Send"), 1, {2150, 80},
                         QStringLiteral("sendTask"));
    Step receive = makeStep(34, Step::Kind::Task, QStringLiteral("Receive"), 1, {2350, 80},
                            QStringLiteral("receiveTask"));
    Step rule = makeStep(35, Step::Kind::Task, QStringLiteral("Decide"), 2, {2150, 100},
                         QStringLiteral("businessRuleTask"));
    Step service = makeStep(36, Step::Kind::Task, QStringLiteral("Call API"), 3, {2200, 80},
                            QStringLiteral("serviceTask"));
    Step plain = makeStep(37, Step::Kind::Task, QStringLiteral("Plain task"), 2, {2350, 100});
    plain.trigger = Step::Trigger::Message; // a trigger on a task travels in the extension
    Step done = makeStep(38, Step::Kind::End, QStringLiteral("Done"), 1, {2550, 80});
    done.bpmnEvent = QStringLiteral("terminate");
    Step message = makeStep(39, Step::Kind::End, QStringLiteral("Told"), 3, {2550, 80});
    message.trigger = Step::Trigger::Message;
    Step escalated = makeStep(40, Step::Kind::End, QStringLiteral("Escalated"), 2, {2550, 100});
    escalated.bpmnEvent = QStringLiteral("escalation");
    Step errorTimer
        = makeStep(41, Step::Kind::Event, QStringLiteral("Error, timed"), 2, {2450, 180});
    errorTimer.bpmnEvent = QStringLiteral("error");
    errorTimer.trigger = Step::Trigger::Timer; // a trigger beside a definition: extension only
    p.steps = {start,      check,   timeout,   complete,    split,      wait,    reminder,
               notify,     script,  failed,    fix,         sub,        call,    inclusive,
               eventBased, complex, multiple,  conditional, compensate, link,    transaction,
               cancelled,  adHoc,   send,      receive,     rule,       service, plain,
               done,       message, escalated, errorTimer};

    p.handoffs = {
        Handoff(50, 10, 11),
        Handoff(51, 11, 13),
        Handoff(52, 13, 14, QStringLiteral("yes"), QStringLiteral("${complete && amount < 100}")),
        Handoff(53, 13, 15, QStringLiteral("no")),
        Handoff(54, 12, 20, QStringLiteral("after a day")),
        Handoff(55, 14, 17),
        Handoff(56, 14, 16),
        Handoff(57, 15, 18),
        Handoff(58, 19, 20),
        Handoff(59, 18, 27),
        Handoff(60, 20, 21),
        Handoff(61, 21, 22),
        Handoff(62, 27, 28),
        Handoff(63, 22, 23),
        Handoff(64, 23, 24, QString(), QStringLiteral("x > 1")),
        Handoff(65, 24, 26),
        Handoff(66, 26, 25),
        Handoff(67, 28, 29),
        Handoff(68, 29, 30),
        Handoff(69, 30, 32),
        Handoff(70, 31, 41),
        Handoff(71, 25, 35),
        Handoff(72, 32, 36),
        Handoff(73, 35, 37),
        Handoff(74, 36, 39),
        Handoff(75, 37, 38),
        Handoff(76, 16, 33),
        Handoff(77, 33, 34),
        Handoff(78, 34, 38),
        Handoff(79, 41, 40),
        Handoff(80, 37, 37, QStringLiteral("again")), // a loop onto itself
    };
    p.nextItemId = 81;
    return p;
}

/// A map whose sub-process "Fulfil order" holds a child map (two lanes) that holds another one,
/// sized as an import of another tool's expanded sub-processes makes them.
QHash<ProcessId, Process> subProcessMaps()
{
    Process main;
    main.id = 1;
    main.name = QStringLiteral("Order handling");
    main.lanes = {makeLane(1, QStringLiteral("Sales"), Lane::Kind::Team, QColor(0xd3e4f8), 340)};
    Step fulfil = makeStep(3, Step::Kind::Task, QStringLiteral("Fulfil order"), 1, {600, 170},
                           QStringLiteral("subProcess"));
    fulfil.childProcessId = 2;
    fulfil.size = QSizeF(820, 300);
    fulfil.definitionOfDone = QStringLiteral("Goods with the client");
    main.steps = {makeStep(2, Step::Kind::Start, QStringLiteral("Order in"), 1, {120, 170}), fulfil,
                  makeStep(4, Step::Kind::End, QStringLiteral("Closed"), 1, {1150, 170})};
    main.handoffs = {Handoff(5, 2, 3), Handoff(6, 3, 4)};
    main.nextItemId = 7;

    // Positions inside the frame: x from its left edge, y from the lane's top.
    Process child;
    child.id = 2;
    child.name = QStringLiteral("Order handling / Fulfil order");
    child.description = fulfil.definitionOfDone; // what an import makes of the documentation
    child.lanes
        = {makeLane(1, QStringLiteral("Warehouse"), Lane::Kind::Team, QColor(), 150),
           makeLane(2, QStringLiteral("Carrier"), Lane::Kind::Person, QColor(0xfce6c8), 150)};
    Step pack = makeStep(5, Step::Kind::Task, QStringLiteral("Pack"), 1, {450, 75},
                         QStringLiteral("subProcess"));
    pack.childProcessId = 3;
    pack.size = QSizeF(340, 130);
    Step pick = makeStep(4, Step::Kind::Task, QStringLiteral("Pick"), 1, {170, 75});
    pick.expectedDurationS = 600;
    child.steps = {makeStep(3, Step::Kind::Start, QStringLiteral("Go"), 1, {40, 75}), pick, pack,
                   makeStep(6, Step::Kind::Task, QStringLiteral("Ship"), 2, {680, 75}),
                   makeStep(7, Step::Kind::End, QStringLiteral("Shipped"), 2, {790, 75})};
    child.handoffs = {Handoff(8, 3, 4), Handoff(9, 4, 5),
                      Handoff(10, 5, 6, QStringLiteral("boxed")), Handoff(11, 6, 7)};
    child.nextItemId = 12;

    Process grandChild;
    grandChild.id = 3;
    grandChild.name = QStringLiteral("Order handling / Fulfil order / Pack");
    grandChild.lanes = {makeLane(1, QStringLiteral("Packer"), Lane::Kind::Role, QColor(), 130)};
    grandChild.steps = {makeStep(2, Step::Kind::Start, QString(), 1, {40, 65}),
                        makeStep(3, Step::Kind::Task, QStringLiteral("Box it"), 1, {170, 65}),
                        makeStep(4, Step::Kind::End, QString(), 1, {300, 65})};
    grandChild.handoffs = {Handoff(5, 2, 3), Handoff(6, 3, 4)};
    grandChild.nextItemId = 7;
    return {{1, main}, {2, child}, {3, grandChild}};
}

BpmnWriteOptions resolverOf(const QHash<ProcessId, Process> &maps)
{
    BpmnWriteOptions options;
    options.childProcess = [maps](ProcessId id) -> std::optional<Process> {
        if (!maps.contains(id))
            return std::nullopt;
        return maps.value(id);
    };
    return options;
}

Process exampleNamed(const QString &name)
{
    for (const Process &p : exampleProcesses()) {
        if (p.name == name)
            return p;
    }
    return {};
}

/// The rows the moddle check and the round trip run over: a name, the map, its child maps.
struct Case
{
    Process process;
    QHash<ProcessId, Process> maps;
};

Case caseNamed(const QString &name)
{
    if (name == QLatin1String("every kind"))
        return {everyKindMap(), {}};
    if (name == QLatin1String("sub-processes"))
        return {subProcessMaps().value(1), subProcessMaps()};
    if (name == QLatin1String("call activity")) {
        // A call activity cannot hold content in BPMN: its child map goes inline all the same.
        QHash<ProcessId, Process> maps = subProcessMaps();
        maps[2].steps[2].bpmnElement = QStringLiteral("callActivity");
        return {maps.value(1), maps};
    }
    return {exampleNamed(name), {}};
}

int totalSteps(const Case &c)
{
    int count = int(c.process.steps.size());
    for (auto it = c.maps.cbegin(); it != c.maps.cend(); ++it) {
        if (it.key() != c.process.id)
            count += int(it->steps.size());
    }
    return count;
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *s : list)
        result.append(QLatin1String(s));
    return result;
}

bool onBorder(const QPointF &p, const QRectF &r)
{
    const double e = 0.02;
    const bool inX = p.x() >= r.left() - e && p.x() <= r.right() + e;
    const bool inY = p.y() >= r.top() - e && p.y() <= r.bottom() + e;
    return (inY && (std::abs(p.x() - r.left()) < e || std::abs(p.x() - r.right()) < e))
        || (inX && (std::abs(p.y() - r.top()) < e || std::abs(p.y() - r.bottom()) < e));
}

bool orthogonal(const QPolygonF &route)
{
    for (int i = 1; i < route.size(); ++i) {
        if (std::abs(route[i].x() - route[i - 1].x()) > 0.02
            && std::abs(route[i].y() - route[i - 1].y()) > 0.02)
            return false;
    }
    return true;
}

} // namespace

class TestBpmnWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesOneProcessInOnePool();
    void everyStepBecomesItsElement_data();
    void everyStepBecomesItsElement();
    void eventDefinitionsFollowTriggerAndEvent_data();
    void eventDefinitionsFollowTriggerAndEvent();
    void lanesListTheirStepsInMapOrder();
    void flowsCarryNamesConditionsAndNodeRefs();
    void stepwiseFieldsAreExtensionElements();
    void defaultsAreLeftOut();
    void shapesFollowTheMap();
    void edgesRunOrthogonallyFromBorderToBorder();
    void subProcessHoldsItsChildMapInsideItsShape();
    void subProcessGrowsToHoldItsContent();
    void cyclicChildMapsAreWrittenCollapsed();
    void controlCharactersAreDropped();
    void bpmnModdleReadsItWithoutWarnings_data();
    void bpmnModdleReadsItWithoutWarnings();
    void importOfTheExportGivesTheSameMap_data();
    void importOfTheExportGivesTheSameMap();
    void exportBpmnCommandWritesTheFile();
    void exportBpmnCommandWritesChildMapsInline();
    void exportBpmnCommandRefusesBadInput_data();
    void exportBpmnCommandRefusesBadInput();

private:
    /// Runs ../shared/tools/bpmn-check.mjs on the file: its one JSON result, or a failure / skip.
    QJsonObject moddleCheck(const QString &file);
    using Result = ProgramRun;
    Result run(const QStringList &arguments);

    QTemporaryDir m_dir;
    QByteArray m_everyKind;
    std::unique_ptr<Xml> m_xml;
};

void TestBpmnWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_everyKind = bpmnData(everyKindMap());
    m_xml = std::make_unique<Xml>(m_everyKind);
    QVERIFY2(m_xml->error.isEmpty(), qPrintable(m_xml->error));
}

void TestBpmnWriter::writesOneProcessInOnePool()
{
    QVERIFY(m_everyKind.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    const Node *definitions = m_xml->root();
    QCOMPARE(definitions->name, QStringLiteral("definitions"));
    QCOMPARE(definitions->ns, bpmnNs);
    QCOMPARE(m_xml->named(QStringLiteral("process")).size(), 1);
    QCOMPARE(m_xml->named(QStringLiteral("participant")).size(), 1);
    const Node *participant = m_xml->named(QStringLiteral("participant")).first();
    QCOMPARE(participant->attr(QStringLiteral("name")), QStringLiteral("Every kind & <sort>"));
    QCOMPARE(participant->attr(QStringLiteral("processRef")), QStringLiteral("Process_1"));
    const Node *process = m_xml->byId.value(QStringLiteral("Process_1"));
    QVERIFY(process);
    QCOMPARE(process->attr(QStringLiteral("name")), QStringLiteral("Every kind & <sort>"));
    QCOMPARE(process->texts(QStringLiteral("documentation")),
             QStringList {QStringLiteral("All the kinds.\nTwo lines.")});
    QCOMPARE(process->all(QStringLiteral("laneSet")).size(), 1);
    // One diagram of the collaboration, the pool drawn horizontally.
    const QVector<const Node *> planes = m_xml->named(QStringLiteral("BPMNPlane"));
    QCOMPARE(planes.size(), 1);
    QCOMPARE(planes.first()->attr(QStringLiteral("bpmnElement")),
             QStringLiteral("Collaboration_1"));
    QCOMPARE(
        m_xml->byId.value(QStringLiteral("Participant_1_di"))->attr(QStringLiteral("isHorizontal")),
        QStringLiteral("true"));
}

void TestBpmnWriter::everyStepBecomesItsElement_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("element");
    QTest::newRow("a start step is a startEvent") << "Step_10"
                                                  << "startEvent";
    QTest::newRow("a user task stays a userTask") << "Step_11"
                                                  << "userTask";
    QTest::newRow("a boundary event stays one") << "Step_12"
                                                << "boundaryEvent";
    QTest::newRow("a plain decision is an exclusiveGateway") << "Step_13"
                                                             << "exclusiveGateway";
    QTest::newRow("a parallel gateway stays one") << "Step_14"
                                                  << "parallelGateway";
    QTest::newRow("a plain event is an intermediateCatchEvent") << "Step_15"
                                                                << "intermediateCatchEvent";
    QTest::newRow("a throw event stays one") << "Step_17"
                                             << "intermediateThrowEvent";
    QTest::newRow("a script task stays one") << "Step_18"
                                             << "scriptTask";
    QTest::newRow("a manual task stays one") << "Step_20"
                                             << "manualTask";
    QTest::newRow("a sub-process without a child map stays one") << "Step_21"
                                                                 << "subProcess";
    QTest::newRow("a call activity stays one") << "Step_22"
                                               << "callActivity";
    QTest::newRow("an inclusive gateway stays one") << "Step_23"
                                                    << "inclusiveGateway";
    QTest::newRow("an event-based gateway stays one") << "Step_24"
                                                      << "eventBasedGateway";
    QTest::newRow("a complex gateway stays one") << "Step_25"
                                                 << "complexGateway";
    QTest::newRow("a transaction stays one") << "Step_30"
                                             << "transaction";
    QTest::newRow("an ad-hoc sub-process stays one") << "Step_32"
                                                     << "adHocSubProcess";
    QTest::newRow("a send task stays one") << "Step_33"
                                           << "sendTask";
    QTest::newRow("a receive task stays one") << "Step_34"
                                              << "receiveTask";
    QTest::newRow("a business rule task stays one") << "Step_35"
                                                    << "businessRuleTask";
    QTest::newRow("a service task stays one") << "Step_36"
                                              << "serviceTask";
    QTest::newRow("a plain task is a task") << "Step_37"
                                            << "task";
    QTest::newRow("an end step is an endEvent") << "Step_38"
                                                << "endEvent";
}

void TestBpmnWriter::everyStepBecomesItsElement()
{
    QFETCH(QString, id);
    QFETCH(QString, element);
    const Node *node = m_xml->byId.value(id);
    QVERIFY2(node, qPrintable(id));
    QCOMPARE(node->name, element);
    QCOMPARE(node->ns, bpmnNs);
    QCOMPARE(node->parent->name, QStringLiteral("process"));
}

void TestBpmnWriter::eventDefinitionsFollowTriggerAndEvent_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("definitions");
    QTest::newRow("message start") << "Step_10" << names({"messageEventDefinition"});
    QTest::newRow("timer boundary") << "Step_12" << names({"timerEventDefinition"});
    QTest::newRow("a wait has none (its trigger is in the extension)") << "Step_15" << names({});
    QTest::newRow("timer catch") << "Step_16" << names({"timerEventDefinition"});
    QTest::newRow("signal throw") << "Step_17" << names({"signalEventDefinition"});
    QTest::newRow("error boundary") << "Step_19" << names({"errorEventDefinition"});
    QTest::newRow("multiple: several")
        << "Step_26" << names({"signalEventDefinition", "messageEventDefinition"});
    QTest::newRow("conditional") << "Step_27" << names({"conditionalEventDefinition"});
    QTest::newRow("compensate") << "Step_28" << names({"compensateEventDefinition"});
    QTest::newRow("link") << "Step_29" << names({"linkEventDefinition"});
    QTest::newRow("cancel boundary") << "Step_31" << names({"cancelEventDefinition"});
    QTest::newRow("terminate end") << "Step_38" << names({"terminateEventDefinition"});
    QTest::newRow("message end") << "Step_39" << names({"messageEventDefinition"});
    QTest::newRow("escalation end") << "Step_40" << names({"escalationEventDefinition"});
    QTest::newRow("the event's own beats its trigger")
        << "Step_41" << names({"errorEventDefinition"});
    QTest::newRow("a task has none even with a trigger") << "Step_37" << names({});
}

void TestBpmnWriter::eventDefinitionsFollowTriggerAndEvent()
{
    QFETCH(QString, id);
    QFETCH(QStringList, definitions);
    const Node *node = m_xml->byId.value(id);
    QVERIFY(node);
    QStringList found;
    for (const Node *c : node->children) {
        if (c->name.endsWith(QLatin1String("EventDefinition"))) {
            found.append(c->name);
            QVERIFY2(!c->attr(QStringLiteral("id")).isEmpty(), "an event definition has an id");
        }
    }
    QCOMPARE(found, definitions);
    // Boundary events sit on their activity and say whether they interrupt it.
    if (node->name == QLatin1String("boundaryEvent")) {
        const QHash<QString, QPair<QString, QString>> expected {
            {QStringLiteral("Step_12"), {QStringLiteral("Step_11"), QStringLiteral("false")}},
            {QStringLiteral("Step_19"), {QStringLiteral("Step_18"), QStringLiteral("true")}},
            {QStringLiteral("Step_31"), {QStringLiteral("Step_30"), QStringLiteral("true")}}};
        QCOMPARE(node->attr(QStringLiteral("attachedToRef")), expected.value(id).first);
        QCOMPARE(node->attr(QStringLiteral("cancelActivity")), expected.value(id).second);
    }
}

void TestBpmnWriter::lanesListTheirStepsInMapOrder()
{
    const QVector<const Node *> lanes = m_xml->named(QStringLiteral("lane"));
    QCOMPARE(lanes.size(), 3);
    QCOMPARE(lanes[0]->attr(QStringLiteral("id")), QStringLiteral("Lane_1"));
    QCOMPARE(lanes[0]->attr(QStringLiteral("name")), QStringLiteral("Client"));
    QCOMPARE(
        lanes[0]->texts(QStringLiteral("flowNodeRef")),
        (names({"Step_10", "Step_15", "Step_16", "Step_26", "Step_33", "Step_34", "Step_38"})));
    QCOMPARE(lanes[1]->attr(QStringLiteral("name")), QStringLiteral("Account manager"));
    QCOMPARE(
        lanes[1]->texts(QStringLiteral("flowNodeRef")),
        (names({"Step_11", "Step_12", "Step_13", "Step_14", "Step_20", "Step_21", "Step_22",
                "Step_23", "Step_24", "Step_25", "Step_35", "Step_37", "Step_40", "Step_41"})));
    QCOMPARE(lanes[2]->texts(QStringLiteral("flowNodeRef")),
             (names({"Step_17", "Step_18", "Step_19", "Step_27", "Step_28", "Step_29", "Step_30",
                     "Step_31", "Step_32", "Step_36", "Step_39"})));
}

void TestBpmnWriter::flowsCarryNamesConditionsAndNodeRefs()
{
    QCOMPARE(m_xml->named(QStringLiteral("sequenceFlow")).size(), 31);
    const Node *yes = m_xml->byId.value(QStringLiteral("Flow_52"));
    QVERIFY(yes);
    QCOMPARE(yes->attr(QStringLiteral("name")), QStringLiteral("yes"));
    QCOMPARE(yes->attr(QStringLiteral("sourceRef")), QStringLiteral("Step_13"));
    QCOMPARE(yes->attr(QStringLiteral("targetRef")), QStringLiteral("Step_14"));
    const Node *condition = yes->first(QStringLiteral("conditionExpression"));
    QVERIFY(condition);
    QCOMPARE(condition->text, QStringLiteral("${complete && amount < 100}"));
    QCOMPARE(
        condition->attributes.value(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                                    QStringLiteral("type")),
        QStringLiteral("bpmn:tFormalExpression"));
    QVERIFY(m_everyKind.contains("${complete &amp;&amp; amount &lt; 100}"));

    const Node *unnamed = m_xml->byId.value(QStringLiteral("Flow_64"));
    QVERIFY(!unnamed->has(QStringLiteral("name")));
    QCOMPARE(unnamed->first(QStringLiteral("conditionExpression"))->text, QStringLiteral("x > 1"));
    QVERIFY(!m_xml->byId.value(QStringLiteral("Flow_50"))
                 ->first(QStringLiteral("conditionExpression")));

    // Each node lists its flows in, then out, in map order.
    const Node *decision = m_xml->byId.value(QStringLiteral("Step_13"));
    QCOMPARE(decision->texts(QStringLiteral("incoming")), names({"Flow_51"}));
    QCOMPARE(decision->texts(QStringLiteral("outgoing")), (names({"Flow_52", "Flow_53"})));
    const Node *fix = m_xml->byId.value(QStringLiteral("Step_20"));
    QCOMPARE(fix->texts(QStringLiteral("incoming")), (names({"Flow_54", "Flow_58"})));
    const Node *loop = m_xml->byId.value(QStringLiteral("Step_37"));
    QCOMPARE(loop->texts(QStringLiteral("incoming")), (names({"Flow_73", "Flow_80"})));
    QCOMPARE(loop->texts(QStringLiteral("outgoing")), (names({"Flow_75", "Flow_80"})));
    // incoming and outgoing come after documentation and extensionElements (the schema's order).
    QStringList order;
    for (const Node *c : m_xml->byId.value(QStringLiteral("Step_11"))->children)
        order.append(c->name);
    QCOMPARE(order, names({"documentation", "extensionElements", "incoming", "outgoing"}));
}

void TestBpmnWriter::stepwiseFieldsAreExtensionElements()
{
    const Node *process = m_xml->byId.value(QStringLiteral("Process_1"));
    const Node *processExt
        = process->first(QStringLiteral("extensionElements"))->first(QStringLiteral("process"));
    QVERIFY(processExt);
    QCOMPARE(processExt->ns, stepwiseNs);
    const QList<QPair<const char *, const char *>> processAttributes {
        {"owner", "Ada Lovelace"},      {"slaTargetSeconds", "14400"},
        {"slaClock", "business-hours"}, {"workingHours", "Mon-Fri 09:00-18:00"},
        {"timeZone", "Europe/Berlin"},  {"holidays", "2026-12-24,2026-12-25"},
        {"reviewDate", "2026-12-01"},   {"runsPerMonth", "40.5"}};
    QCOMPARE(processExt->attributes.size(), processAttributes.size());
    for (const auto &[name, value] : processAttributes)
        QCOMPARE(processExt->attr(QLatin1String(name)), QLatin1String(value));

    const Node *check = m_xml->byId.value(QStringLiteral("Step_11"));
    QCOMPARE(check->texts(QStringLiteral("documentation")),
             QStringList {QStringLiteral("Contract signed & filed")});
    const Node *stepExt
        = check->first(QStringLiteral("extensionElements"))->first(QStringLiteral("step"));
    QCOMPARE(stepExt->ns, stepwiseNs);
    QCOMPARE(stepExt->attributes.size(), 4);
    QCOMPARE(stepExt->attr(QStringLiteral("expectedDurationSeconds")), QStringLiteral("3600"));
    QCOMPARE(stepExt->attr(QStringLiteral("slaSeconds")), QStringLiteral("7200"));
    QCOMPARE(stepExt->attr(QStringLiteral("automation")), QStringLiteral("candidate"));
    QCOMPARE(stepExt->attr(QStringLiteral("effortHours")), QStringLiteral("3.5"));
    QCOMPARE(stepExt->texts(QStringLiteral("input")),
             (QStringList {QStringLiteral("Signed contract"), QStringLiteral("ID <copy>")}));
    QCOMPARE(stepExt->texts(QStringLiteral("output")), names({"Filed contract"}));
    QCOMPARE(stepExt->texts(QStringLiteral("system")), (names({"CRM", "Mail"})));
    for (const Node *c : stepExt->children)
        QCOMPARE(c->ns, stepwiseNs);

    const auto stepAttr = [this](const char *id, const char *name) {
        const Node *node = m_xml->byId.value(QLatin1String(id));
        const Node *ext = node ? node->first(QStringLiteral("extensionElements")) : nullptr;
        const Node *step = ext ? ext->first(QStringLiteral("step")) : nullptr;
        return step ? step->attr(QLatin1String(name)) : QStringLiteral("(none)");
    };
    QCOMPARE(stepAttr("Step_15", "trigger"), QStringLiteral("wait"));
    QCOMPARE(stepAttr("Step_16", "trigger"), QStringLiteral("timer"));
    QCOMPARE(stepAttr("Step_41", "trigger"), QStringLiteral("timer"));
    QCOMPARE(stepAttr("Step_37", "trigger"), QStringLiteral("message"));
    QCOMPARE(stepAttr("Step_18", "automation"), QStringLiteral("automated"));
    QCOMPARE(stepAttr("Step_20", "automation"), QStringLiteral("rejected"));
    QCOMPARE(stepAttr("Step_21", "automation"), QStringLiteral("planned"));
    QCOMPARE(stepAttr("Step_12", "expectedDurationSeconds"), QStringLiteral("86400"));

    const QVector<const Node *> lanes = m_xml->named(QStringLiteral("lane"));
    const auto laneExt = [&](int i) {
        return lanes[i]->first(QStringLiteral("extensionElements"))->first(QStringLiteral("lane"));
    };
    QCOMPARE(laneExt(0)->attr(QStringLiteral("kind")), QStringLiteral("person"));
    QCOMPARE(laneExt(0)->attr(QStringLiteral("color")), QStringLiteral("#f9d5e5"));
    QCOMPARE(laneExt(0)->attr(QStringLiteral("height")), QStringLiteral("160"));
    // A role is the default kind; no colour, none written.
    QVERIFY(!laneExt(1)->has(QStringLiteral("kind")));
    QVERIFY(!laneExt(1)->has(QStringLiteral("color")));
    QCOMPARE(laneExt(1)->attr(QStringLiteral("height")), QStringLiteral("200"));
    QCOMPARE(laneExt(2)->attr(QStringLiteral("kind")), QStringLiteral("system"));
}

void TestBpmnWriter::defaultsAreLeftOut()
{
    // A step with nothing but defaults has no documentation and no extension.
    const Node *split = m_xml->byId.value(QStringLiteral("Step_14"));
    QVERIFY(!split->first(QStringLiteral("documentation")));
    QVERIFY(!split->first(QStringLiteral("extensionElements")));
    // An unnamed step has no name attribute.
    QVERIFY(!m_xml->byId.value(QStringLiteral("Step_24"))->has(QStringLiteral("name")));

    Process bare;
    bare.name = QStringLiteral("Bare");
    const Xml xml(bpmnData(bare));
    QVERIFY2(xml.error.isEmpty(), qPrintable(xml.error));
    const Node *process = xml.byId.value(QStringLiteral("Process_1"));
    QVERIFY(process->children.isEmpty()); // no documentation, extension or lane set
    // An empty map still gets its pool, as the canvas shows it (900 by 200 with the header).
    QCOMPARE(xml.bounds(QStringLiteral("Participant_1")), QRectF(-130, 0, 1030, 200));
}

void TestBpmnWriter::shapesFollowTheMap()
{
    // Lanes stack from y = 0 (160, 200, 160 high); a shape is centred on the step's position in
    // its lane, sized as the canvas draws its kind (task 150x70, decision 60x60, events 40x40)
    // unless the step has a size of its own.
    QCOMPARE(m_xml->bounds(QStringLiteral("Step_10")), QRectF(100, 60, 40, 40));
    QCOMPARE(m_xml->bounds(QStringLiteral("Step_11")), QRectF(225, 160 + 100 - 35, 150, 70));
    QCOMPARE(m_xml->bounds(QStringLiteral("Step_13")), QRectF(470, 230, 60, 60));
    QCOMPARE(m_xml->bounds(QStringLiteral("Step_17")), QRectF(780, 360 + 60, 40, 40));
    QCOMPARE(m_xml->bounds(QStringLiteral("Step_21")), QRectF(1210, 215, 180, 90));
    // The boundary event sits on its task's bottom edge.
    const QRectF task = m_xml->bounds(QStringLiteral("Step_11"));
    const QRectF boundary = m_xml->bounds(QStringLiteral("Step_12"));
    QCOMPARE(boundary.center().y(), task.bottom());

    // The pool spans the lane headers (130) and 60 past the rightmost step (end at 2570), its
    // name column is 30 wide, and the lanes fill the rest.
    QCOMPARE(m_xml->bounds(QStringLiteral("Participant_1")), QRectF(-130, 0, 2630 + 130, 520));
    QCOMPARE(m_xml->bounds(QStringLiteral("Lane_1")), QRectF(-100, 0, 2730, 160));
    QCOMPARE(m_xml->bounds(QStringLiteral("Lane_2")), QRectF(-100, 160, 2730, 200));
    QCOMPARE(m_xml->bounds(QStringLiteral("Lane_3")), QRectF(-100, 360, 2730, 160));

    // Every step's shape lies inside its lane's.
    const Process map = everyKindMap();
    for (const Step &step : map.steps) {
        const QRectF shape = m_xml->bounds(QStringLiteral("Step_%1").arg(step.id));
        const QRectF lane = m_xml->bounds(QStringLiteral("Lane_%1").arg(step.laneId));
        QVERIFY2(lane.contains(shape), qPrintable(step.name));
    }
    // One shape per node and lane and the pool, one edge per flow.
    QCOMPARE(m_xml->named(QStringLiteral("BPMNShape")).size(), 32 + 3 + 1);
    QCOMPARE(m_xml->named(QStringLiteral("BPMNEdge")).size(), 31);
    QCOMPARE(m_xml->byId.value(QStringLiteral("Step_21_di"))->attr(QStringLiteral("isExpanded")),
             QStringLiteral("false"));
}

void TestBpmnWriter::edgesRunOrthogonallyFromBorderToBorder()
{
    const Process map = everyKindMap();
    for (const Handoff &h : map.handoffs) {
        const QString flow = QStringLiteral("Flow_%1").arg(h.id);
        const QPolygonF route = m_xml->waypoints(flow);
        QVERIFY2(route.size() >= 2, qPrintable(flow));
        const QRectF from = m_xml->bounds(QStringLiteral("Step_%1").arg(h.fromStepId));
        const QRectF to = m_xml->bounds(QStringLiteral("Step_%1").arg(h.toStepId));
        QVERIFY2(onBorder(route.first(), from), qPrintable(flow + QStringLiteral(" starts off")));
        QVERIFY2(onBorder(route.last(), to), qPrintable(flow + QStringLiteral(" ends off")));
        QVERIFY2(orthogonal(route), qPrintable(flow + QStringLiteral(" has a slanted segment")));
    }
    // Neighbours in one lane at one height: a straight line from right side to left side.
    QCOMPARE(m_xml->waypoints(QStringLiteral("Flow_51")),
             QPolygonF({QPointF(375, 260), QPointF(470, 260)}));
}

void TestBpmnWriter::subProcessHoldsItsChildMapInsideItsShape()
{
    const QHash<ProcessId, Process> maps = subProcessMaps();
    const Xml xml(bpmnData(maps.value(1), resolverOf(maps)));
    QVERIFY2(xml.error.isEmpty(), qPrintable(xml.error));

    const Node *fulfil = xml.byId.value(QStringLiteral("Step_3"));
    QCOMPARE(fulfil->name, QStringLiteral("subProcess"));
    // The child's content, prefixed with its step's id, inside the element.
    const Node *pack = xml.byId.value(QStringLiteral("Step_3_Step_5"));
    QVERIFY(pack);
    QCOMPARE(pack->parent, fulfil);
    QCOMPARE(pack->name, QStringLiteral("subProcess"));
    const Node *box = xml.byId.value(QStringLiteral("Step_3_Step_5_Step_3"));
    QVERIFY(box);
    QCOMPARE(box->parent, pack);
    QCOMPARE(xml.byId.value(QStringLiteral("Step_3_Flow_10"))->attr(QStringLiteral("sourceRef")),
             QStringLiteral("Step_3_Step_5"));
    QCOMPARE(xml.byId.value(QStringLiteral("Step_3_Flow_10"))->parent, fulfil);
    // The child's lanes are a lane set of the sub-process.
    const Node *laneSet = fulfil->first(QStringLiteral("laneSet"));
    QVERIFY(laneSet);
    QCOMPARE(laneSet->all(QStringLiteral("lane")).size(), 2);
    QCOMPARE(laneSet->all(QStringLiteral("lane"))[1]->texts(QStringLiteral("flowNodeRef")),
             (names({"Step_3_Step_6", "Step_3_Step_7"})));
    // The parent's lane lists only its own nodes.
    QCOMPARE(xml.byId.value(QStringLiteral("Lane_1"))->texts(QStringLiteral("flowNodeRef")),
             (names({"Step_2", "Step_3", "Step_4"})));

    // Shapes: the sub-process keeps its size (820x300 at centre 600,170), its content's
    // scene origin is its top left corner, and everything inside lies inside it.
    const QRectF frame = xml.bounds(QStringLiteral("Step_3"));
    QCOMPARE(frame, QRectF(190, 20, 820, 300));
    QCOMPARE(xml.bounds(QStringLiteral("Step_3_Step_4")),
             QRectF(190 + 170 - 75, 20 + 75 - 35, 150, 70));
    QCOMPARE(xml.bounds(QStringLiteral("Step_3_Lane_2")), QRectF(190, 20 + 150, 820, 150));
    QCOMPARE(xml.byId.value(QStringLiteral("Step_3_di"))->attr(QStringLiteral("isExpanded")),
             QStringLiteral("true"));
    const QRectF packFrame = xml.bounds(QStringLiteral("Step_3_Step_5"));
    QCOMPARE(packFrame, QRectF(190 + 450 - 170, 20 + 75 - 65, 340, 130));
    QCOMPARE(xml.bounds(QStringLiteral("Step_3_Step_5_Step_3")),
             QRectF(packFrame.left() + 170 - 75, packFrame.top() + 65 - 35, 150, 70));
    for (const char *id : {"Step_3_Step_3", "Step_3_Step_4", "Step_3_Step_5", "Step_3_Step_6",
                           "Step_3_Step_7", "Step_3_Lane_1", "Step_3_Lane_2"})
        QVERIFY2(frame.contains(xml.bounds(QLatin1String(id))), id);
    for (const char *id : {"Step_3_Step_5_Step_2", "Step_3_Step_5_Step_3", "Step_3_Step_5_Step_4"})
        QVERIFY2(packFrame.contains(xml.bounds(QLatin1String(id))), id);
    const QPolygonF inner = xml.waypoints(QStringLiteral("Step_3_Step_5_Flow_5"));
    QVERIFY(onBorder(inner.first(), xml.bounds(QStringLiteral("Step_3_Step_5_Step_2"))));
    QVERIFY(onBorder(inner.last(), xml.bounds(QStringLiteral("Step_3_Step_5_Step_3"))));
}

void TestBpmnWriter::subProcessGrowsToHoldItsContent()
{
    // A sub-process without a size of its own (drawn 150x70) is made as large as its content,
    // with 30 to spare right and below: content 810 wide (its rightmost step, an end event at
    // x 790, ends at 810) and 300 high (two lanes of 150), centred where the step is (600, 170).
    QHash<ProcessId, Process> maps = subProcessMaps();
    maps[1].steps[1].size = QSizeF();
    const Xml xml(bpmnData(maps.value(1), resolverOf(maps)));
    QCOMPARE(xml.bounds(QStringLiteral("Step_3")), QRectF(600 - 420, 170 - 165, 840, 330));
    QVERIFY(
        xml.bounds(QStringLiteral("Step_3")).contains(xml.bounds(QStringLiteral("Step_3_Step_7"))));

    // Without a resolver (or a child map that is gone) the sub-process is written collapsed.
    const Xml collapsed(bpmnData(maps.value(1)));
    QVERIFY(!collapsed.byId.contains(QStringLiteral("Step_3_Step_4")));
    QCOMPARE(collapsed.byId.value(QStringLiteral("Step_3_di"))->attr(QStringLiteral("isExpanded")),
             QStringLiteral("false"));
    QCOMPARE(collapsed.bounds(QStringLiteral("Step_3")), QRectF(525, 135, 150, 70));
}

void TestBpmnWriter::cyclicChildMapsAreWrittenCollapsed()
{
    // Pack's map holds a sub-process whose child map is Fulfil order's, which holds Pack: the
    // cycle is cut where a map would come a second time.
    QHash<ProcessId, Process> maps = subProcessMaps();
    Step again = makeStep(8, Step::Kind::Task, QStringLiteral("Again"), 1, {330, 65},
                          QStringLiteral("subProcess"));
    again.childProcessId = 2;
    maps[3].steps.append(again);
    maps[3].nextItemId = 9;
    maps[1].steps[1].childProcessId = 2;
    const Xml xml(bpmnData(maps.value(1), resolverOf(maps)));
    QVERIFY2(xml.error.isEmpty(), qPrintable(xml.error));
    const Node *inner = xml.byId.value(QStringLiteral("Step_3_Step_5_Step_8"));
    QVERIFY(inner);
    QVERIFY(inner->children.isEmpty()); // no flows, and no content
    QVERIFY(!xml.byId.contains(QStringLiteral("Step_3_Step_5_Step_8_Step_4")));
    QCOMPARE(xml.byId.value(QStringLiteral("Step_3_Step_5_Step_8_di"))
                 ->attr(QStringLiteral("isExpanded")),
             QStringLiteral("false"));

    // A map that is its own child.
    Process self = maps.value(1);
    self.steps[1].childProcessId = 1;
    QHash<ProcessId, Process> selfMaps {{1, self}};
    const Xml selfXml(bpmnData(self, resolverOf(selfMaps)));
    QVERIFY(selfXml.error.isEmpty());
    QVERIFY(!selfXml.byId.contains(QStringLiteral("Step_3_Step_2")));
    QCOMPARE(selfXml.byId.value(QStringLiteral("Step_3_di"))->attr(QStringLiteral("isExpanded")),
             QStringLiteral("false"));
}

void TestBpmnWriter::controlCharactersAreDropped()
{
    Process p = everyKindMap();
    p.steps[1].name = QStringLiteral("Check\x01 con\x1ftract\tnow");
    p.steps[1].definitionOfDone = QStringLiteral("Done\x0b.");
    const QByteArray data = bpmnData(p);
    const Xml xml(data);
    QVERIFY2(xml.error.isEmpty(), qPrintable(xml.error));
    QCOMPARE(xml.byId.value(QStringLiteral("Step_11"))->attr(QStringLiteral("name")),
             QStringLiteral("Check contract\tnow"));
    QCOMPARE(xml.byId.value(QStringLiteral("Step_11"))->texts(QStringLiteral("documentation")),
             QStringList {QStringLiteral("Done.")});
}

QJsonObject TestBpmnWriter::moddleCheck(const QString &file)
{
    // The shared bpmn-check.mjs, with bpmn-moddle installed outside the repository as its header
    // says (packaging/dev test does it): BPMN_MODDLE_DIR, or the cache folder packaging/dev uses.
    const QString script = QStringLiteral(STEPWISE_BPMN_CHECK);
    QString moddle = qEnvironmentVariable("BPMN_MODDLE_DIR");
    if (moddle.isEmpty())
        moddle = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
            + QStringLiteral("/stepwise/bpmn-check");
    const bool ci = qgetenv("CI") == "true";
    QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        node = QStandardPaths::findExecutable(QStringLiteral("nodejs"));
    QString missing;
    if (node.isEmpty())
        missing = QStringLiteral("node is not installed (Debian: apt-get install nodejs npm)");
    else if (!QFileInfo::exists(script))
        missing = script + QStringLiteral(" is missing (../shared beside the repository)");
    else if (!QFileInfo::exists(moddle + QStringLiteral("/node_modules/bpmn-moddle/package.json")))
        missing = QStringLiteral("bpmn-moddle is not installed in ") + moddle
            + QStringLiteral(": packaging/dev test installs it");
    if (!missing.isEmpty()) {
        if (ci)
            return QJsonObject {{QStringLiteral("error"), missing + QStringLiteral(" (CI=true)")}};
        return QJsonObject {{QStringLiteral("skip"), missing}};
    }
    QProcess check;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BPMN_MODDLE_DIR"), moddle);
    check.setProcessEnvironment(environment);
    check.start(node, {script, QStringLiteral("--strict-di"), QStringLiteral("--json"), file});
    if (!check.waitForFinished(120000))
        return QJsonObject {{QStringLiteral("error"), QStringLiteral("bpmn-check did not finish")}};
    const QByteArray out = check.readAllStandardOutput();
    const QJsonArray results = QJsonDocument::fromJson(out).array();
    if (results.size() != 1)
        return QJsonObject {
            {QStringLiteral("error"), QString::fromUtf8(out + check.readAllStandardError())}};
    QJsonObject result = results.first().toObject();
    result.insert(QStringLiteral("exitCode"), check.exitCode());
    return result;
}

void TestBpmnWriter::bpmnModdleReadsItWithoutWarnings_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("the client onboarding example") << "Client onboarding";
    QTest::newRow("the support ticket example") << "Support ticket";
    QTest::newRow("a map of every kind, element and extension") << "every kind";
    QTest::newRow("a map with sub-processes holding child maps") << "sub-processes";
    QTest::newRow("a call activity holding a child map") << "call activity";
}

void TestBpmnWriter::bpmnModdleReadsItWithoutWarnings()
{
    QFETCH(QString, name);
    const Case c = caseNamed(name);
    QVERIFY(!c.process.steps.isEmpty());
    const QString file
        = m_dir.filePath(QString(name).replace(u' ', u'-') + QStringLiteral(".bpmn"));
    QString error;
    QVERIFY2(writeBpmnFile(c.process, file, resolverOf(c.maps), &error), qPrintable(error));

    const QJsonObject result = moddleCheck(file);
    if (result.contains(QLatin1String("skip")))
        QSKIP(qPrintable(result.value(QLatin1String("skip")).toString()));
    QVERIFY2(!result.contains(QLatin1String("error")),
             qPrintable(result.value(QLatin1String("error")).toString()));
    const QByteArray text = QJsonDocument(result).toJson();
    QVERIFY2(result.value(QLatin1String("status")).toString() == QLatin1String("ok"),
             text.constData());
    QCOMPARE(result.value(QLatin1String("exitCode")).toInt(), 0);
    QCOMPARE(result.value(QLatin1String("warnings")).toArray().size(), 0);
    const QJsonObject missingDi = result.value(QLatin1String("missingDI")).toObject();
    QCOMPARE(missingDi.value(QLatin1String("shapes")).toArray().size(), 0);
    QCOMPARE(missingDi.value(QLatin1String("edges")).toArray().size(), 0);
    // What bpmn-moddle counts is what the map has, child maps included.
    int handoffs = int(c.process.handoffs.size()), lanes = int(c.process.lanes.size());
    for (auto it = c.maps.cbegin(); it != c.maps.cend(); ++it) {
        if (it.key() != c.process.id) {
            handoffs += int(it->handoffs.size());
            lanes += int(it->lanes.size());
        }
    }
    QCOMPARE(result.value(QLatin1String("flowNodes")).toInt(), totalSteps(c));
    QCOMPARE(result.value(QLatin1String("sequenceFlows")).toInt(), handoffs);
    QCOMPARE(result.value(QLatin1String("lanes")).toInt(), lanes);
    QCOMPARE(result.value(QLatin1String("pools")).toInt(), 1);
    QCOMPARE(result.value(QLatin1String("processes")).toInt(), 1);
    QCOMPARE(result.value(QLatin1String("diShapes")).toInt(), totalSteps(c) + lanes + 1);
    QCOMPARE(result.value(QLatin1String("diEdges")).toInt(), handoffs);
}

void TestBpmnWriter::importOfTheExportGivesTheSameMap_data()
{
    bpmnModdleReadsItWithoutWarnings_data();
}

void TestBpmnWriter::importOfTheExportGivesTheSameMap()
{
    // What must come back equal: every lane (id, name, kind, colour, height, order), every step
    // (id, kind, name, lane, position within half a unit, definition of done, inputs, outputs,
    // durations, SLA, automation, systems, effort, trigger, BPMN element and event, boundary
    // attachment and interruption, size), every handoff (id, ends, label, condition), the
    // process's name, owner, description, SLA target and clock, hours, zone, holidays, review
    // date and runs per month, and each child map likewise. Not kept by a file: the process ids
    // (new ones in the workspace), nextItemId beyond the largest id (nothing in the file says
    // which ids were deleted), and a child map's own process fields (its name is made from its
    // parent's, its description is its sub-process's documentation).
    QFETCH(QString, name);
    const Case c = caseNamed(name);
    const QByteArray data = bpmnData(c.process, resolverOf(c.maps));
    BpmnReader reader;
    const std::optional<BpmnImport> import = reader.read(data, QStringLiteral("export.bpmn"));
    QVERIFY2(import, qPrintable(reader.errorString()));
    QVERIFY2(import->report.items.isEmpty(),
             qPrintable(import->report.lines(QStringLiteral("export.bpmn")).join(u'\n')));

    // The maps in the order an import lists them: the main map, then child maps depth first.
    QVector<Process> expected {c.process};
    for (int i = 0; i < expected.size(); ++i) {
        for (const Step &step : expected[i].steps) {
            if (step.childProcessId && c.maps.contains(step.childProcessId))
                expected.append(c.maps.value(step.childProcessId));
        }
    }
    QCOMPARE(import->processes.size(), expected.size());
    for (int m = 0; m < expected.size(); ++m) {
        const Process &before = expected[m];
        Process after = import->processes[m];
        QCOMPARE(after.invariantViolations(), QStringList());
        after.id = before.id;
        if (m > 0)
            after.name = before.name;
        // Ids deleted from the map leave no trace in the file: the next one follows the largest.
        QVERIFY(after.nextItemId <= before.nextItemId);
        after.nextItemId = before.nextItemId;
        QCOMPARE(after.lanes.size(), before.lanes.size());
        for (int i = 0; i < before.lanes.size(); ++i)
            QCOMPARE(after.lanes[i], before.lanes[i]);
        QCOMPARE(after.steps.size(), before.steps.size());
        for (int i = 0; i < before.steps.size(); ++i) {
            Step &s = after.steps[i];
            const Step &b = before.steps[i];
            QVERIFY2(std::abs(s.pos.x() - b.pos.x()) <= 0.5
                         && std::abs(s.pos.y() - b.pos.y()) <= 0.5,
                     qPrintable(QStringLiteral("%1 moved from %2,%3 to %4,%5")
                                    .arg(b.name)
                                    .arg(b.pos.x())
                                    .arg(b.pos.y())
                                    .arg(s.pos.x())
                                    .arg(s.pos.y())));
            s.pos = b.pos;
            // Child links point at the import's own list (negative) and are followed above.
            QCOMPARE(s.childProcessId != 0, b.childProcessId != 0);
            s.childProcessId = b.childProcessId;
            QVERIFY2(s == b,
                     qPrintable(QStringLiteral("step %1 \"%2\" differs").arg(b.id).arg(b.name)));
        }
        QCOMPARE(after.handoffs, before.handoffs);
        QVERIFY(after == before);
    }
}

TestBpmnWriter::Result TestBpmnWriter::run(const QStringList &arguments)
{
    return runProgram(QStringLiteral(STEPWISE_BINARY), arguments, stepwiseEnvironment(m_dir.path()),
                      60000);
}

void TestBpmnWriter::exportBpmnCommandWritesTheFile()
{
    // The default workspace starts with the examples; the export is the library's, byte for byte.
    const QString file = m_dir.filePath(QStringLiteral("onboarding.bpmn"));
    const Result r
        = run({QStringLiteral("export-bpmn"), QStringLiteral("Client onboarding"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("Client onboarding")));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    // The program says which version wrote the file; the test program has none.
    QString data = QString::fromUtf8(written.readAll());
    data.remove(QRegularExpression(QStringLiteral(" exporterVersion=\"[^\"]*\"")));
    QCOMPARE(data, QString::fromUtf8(bpmnData(exampleNamed(QStringLiteral("Client onboarding")))));
}

void TestBpmnWriter::exportBpmnCommandWritesChildMapsInline()
{
    const QString path = m_dir.filePath(QStringLiteral("children.stepwise"));
    {
        Workspace workspace;
        QVERIFY(workspace.open(path));
        QHash<ProcessId, Process> maps = subProcessMaps();
        // Stored children first: their ids are the workspace's.
        Process grandChild = maps.value(3);
        grandChild.id = 0;
        const ProcessId grandChildId = workspace.saveProcess(grandChild);
        Process child = maps.value(2);
        child.id = 0;
        child.steps[2].childProcessId = grandChildId;
        const ProcessId childId = workspace.saveProcess(child);
        Process main = maps.value(1);
        main.id = 0;
        main.steps[1].childProcessId = childId;
        QVERIFY(workspace.saveProcess(main));
    }
    const QString file = m_dir.filePath(QStringLiteral("children.bpmn"));
    const Result r = run({QStringLiteral("--workspace"), path, QStringLiteral("export-bpmn"),
                          QStringLiteral("Order handling"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const Xml xml(written.readAll());
    QVERIFY(xml.error.isEmpty());
    QCOMPARE(xml.byId.value(QStringLiteral("Step_3_Step_6"))->attr(QStringLiteral("name")),
             QStringLiteral("Ship"));
    QCOMPARE(xml.byId.value(QStringLiteral("Step_3_Step_5_Step_3"))->attr(QStringLiteral("name")),
             QStringLiteral("Box it"));
}

void TestBpmnWriter::exportBpmnCommandRefusesBadInput_data()
{
    QTest::addColumn<QString>("process");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("an unknown process") << "No such thing"
                                        << "out.bpmn"
                                        << "No such thing";
    QTest::newRow("a folder that does not exist") << "Support ticket"
                                                  << "missing/out.bpmn"
                                                  << "out.bpmn";
    QTest::newRow("a path that is a folder") << "Support ticket"
                                             << "."
                                             << "could not be written";
}

void TestBpmnWriter::exportBpmnCommandRefusesBadInput()
{
    QFETCH(QString, process);
    QFETCH(QString, file);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString target = QDir(dir.path()).filePath(file);
    const Result r = run({QStringLiteral("export-bpmn"), process, target});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    // Nothing is left behind: no file, no partial one.
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

QTEST_GUILESS_MAIN(TestBpmnWriter)
#include "tst_bpmnwriter.moc"
