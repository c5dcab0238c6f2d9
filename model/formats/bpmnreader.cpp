#include "bpmnreader.h"

#include "bpmnwriter.h"

#include "analysis/businesscalendar.h"
#include "process/layout.h"
#include "process/processjson.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRectF>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <type_traits>

namespace Stepwise {

namespace {

enum class Sign { NotNegative, Positive };

// A number attribute of a Stepwise extension element, read into *value when the element has it.
// A value that is no number, or is negative (or not positive, as sign says), is reported
// through bad and leaves 0.
template<typename Number, typename Bad>
void readNumber(const QXmlStreamAttributes &attributes, const char *name, Number *value, Sign sign,
                const Bad &bad)
{
    const QLatin1String key(name);
    if (!attributes.hasAttribute(key))
        return;
    bool ok = false;
    if constexpr (std::is_floating_point_v<Number>)
        *value = attributes.value(key).toDouble(&ok);
    else
        *value = attributes.value(key).toLongLong(&ok);
    if (!ok || !(sign == Sign::Positive ? *value > 0 : *value >= 0)) {
        *value = 0;
        bad(name);
    }
}

const QLatin1String ModelNs("http://www.omg.org/spec/BPMN/20100524/MODEL");
const QLatin1String BpmnDiNs("http://www.omg.org/spec/BPMN/20100524/DI");
const QLatin1String DcNs("http://www.omg.org/spec/DD/20100524/DC");

// A BPMN file needs no entities; a few are tolerated in case a writer declares one anyway
// (declaring any is refused before this limit matters).
constexpr int EntityExpansionLimit = 64;
// Room left around steps when a lane's band comes from its steps' shapes (scene units).
constexpr double BandMargin = 30;
// How far a shape may stick out of its lane before the lane's steps are moved.
constexpr double FitTolerance = 4;
// A lane whose steps spread over more than this many times its height is no lane the diagram
// means: the map is laid out anew.
constexpr double GrowLimit = 3;
constexpr double DefaultLaneHeight = 160;
// Gap between a step placed next to its neighbour and that neighbour.
constexpr double PlacementGap = 60;

enum class NodeClass { Activity, Event, Gateway };

struct FlowNodeType
{
    const char *element;
    NodeClass nodeClass;
    Step::Kind kind;
    bool plain; ///< the kind's plain element: Step::bpmnElement stays empty
    bool container; ///< may hold flow elements of its own (a sub-process)
};

const FlowNodeType flowNodeTypes[] = {
    {"task", NodeClass::Activity, Step::Kind::Task, true, false},
    {"userTask", NodeClass::Activity, Step::Kind::Task, false, false},
    {"serviceTask", NodeClass::Activity, Step::Kind::Task, false, false},
    {"sendTask", NodeClass::Activity, Step::Kind::Task, false, false},
    {"receiveTask", NodeClass::Activity, Step::Kind::Task, false, false},
    {"manualTask", NodeClass::Activity, Step::Kind::Task, false, false},
    {"businessRuleTask", NodeClass::Activity, Step::Kind::Task, false, false},
    {"scriptTask", NodeClass::Activity, Step::Kind::Task, false, false},
    {"callActivity", NodeClass::Activity, Step::Kind::Task, false, false},
    {"subProcess", NodeClass::Activity, Step::Kind::Task, false, true},
    {"transaction", NodeClass::Activity, Step::Kind::Task, false, true},
    {"adHocSubProcess", NodeClass::Activity, Step::Kind::Task, false, true},
    {"startEvent", NodeClass::Event, Step::Kind::Start, true, false},
    {"endEvent", NodeClass::Event, Step::Kind::End, true, false},
    {"intermediateCatchEvent", NodeClass::Event, Step::Kind::Event, true, false},
    {"intermediateThrowEvent", NodeClass::Event, Step::Kind::Event, false, false},
    {"boundaryEvent", NodeClass::Event, Step::Kind::Event, false, false},
    {"implicitThrowEvent", NodeClass::Event, Step::Kind::Event, false, false},
    {"exclusiveGateway", NodeClass::Gateway, Step::Kind::Decision, true, false},
    {"inclusiveGateway", NodeClass::Gateway, Step::Kind::Decision, false, false},
    {"parallelGateway", NodeClass::Gateway, Step::Kind::Decision, false, false},
    {"complexGateway", NodeClass::Gateway, Step::Kind::Decision, false, false},
    {"eventBasedGateway", NodeClass::Gateway, Step::Kind::Decision, false, false},
};

const QHash<QString, int> &flowNodeTypeIndex()
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> map;
        for (int i = 0; i < int(std::size(flowNodeTypes)); ++i)
            map.insert(QLatin1String(flowNodeTypes[i].element), i);
        return map;
    }();
    return index;
}

// "timerEventDefinition" -> "timer"; empty for anything else.
QString eventDefinitionWord(QStringView element)
{
    static const QLatin1String suffix("EventDefinition");
    if (!element.endsWith(suffix) || element.size() == suffix.size())
        return {};
    return element.left(element.size() - suffix.size()).toString();
}

// Root elements that only support others (an event's message, an error's code, ...): neither
// content nor anything a user would miss.
bool isSupportingRootElement(QStringView name)
{
    static const QSet<QString> names = {
        QStringLiteral("message"),
        QStringLiteral("error"),
        QStringLiteral("signal"),
        QStringLiteral("escalation"),
        QStringLiteral("itemDefinition"),
        QStringLiteral("resource"),
        QStringLiteral("interface"),
        QStringLiteral("partnerRole"),
        QStringLiteral("partnerEntity"),
        QStringLiteral("category"),
        QStringLiteral("correlationProperty"),
        QStringLiteral("endPoint"),
        QStringLiteral("import"),
        QStringLiteral("extension"),
        QStringLiteral("documentation"),
        QStringLiteral("relationship"),
    };
    return names.contains(name.toString());
}

QString cleanName(const QString &name)
{
    QString result = name;
    result.replace(QLatin1String("\r\n"), QLatin1String(" "));
    result.replace(QLatin1Char('\n'), QLatin1Char(' '));
    result.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return result.trimmed();
}

// windows-1252 where QStringConverter does not know it (a Qt without ICU): Latin-1 but for
// 0x80-0x9F.
QString decodeWindows1252(const QByteArray &data)
{
    static const char16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    };
    QString text(data.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : data) {
        const auto byte = uchar(c);
        *out++ = byte >= 0x80 && byte < 0xA0 ? QChar(high[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

struct StepExtension
{
    bool present = false;
    /// The activity element a step is, when the file writes it as another: Stepwise writes a
    /// call activity with a child map as a sub-process holding it.
    QString element;
    qint64 expectedDurationS = 0;
    qint64 slaS = 0;
    std::optional<Step::Automation> automation;
    double effortH = 0;
    std::optional<Step::Trigger> trigger;
    QStringList inputs;
    QStringList outputs;
    QStringList systems;
};

struct LaneExtension
{
    std::optional<Lane::Kind> kind;
    QColor color;
    double height = 0;
};

struct ProcessExtension
{
    bool present = false;
    QString owner;
    qint64 slaTargetS = 0;
    std::optional<Process::SlaClock> slaClock;
    QString workingHours;
    QString timeZone;
    QVector<QDate> holidays;
    QDate reviewDate;
    double runsPerMonth = 0;
};

struct RawNode
{
    QString id;
    QString name;
    QString element;
    qint64 line = 0;
    int type = 0; ///< index into flowNodeTypes
    int container = -1; ///< the container it is in
    int content = -1; ///< a sub-process's own container
    QStringList eventDefinitions; ///< "timer", "message", ...
    QStringList eventDefinitionRefs;
    QString attachedTo;
    QString calledElement; ///< a call activity's callee
    bool cancelActivity = true;
    bool isInterrupting = true;
    bool triggeredByEvent = false;
    QString documentation;
    StepExtension extension;
};

struct RawFlow
{
    QString id;
    QString name;
    QString source;
    QString target;
    QString condition;
    int container = -1;
    qint64 line = 0;
};

struct RawLane
{
    QString id;
    QString name;
    qint64 line = 0;
    int container = -1;
    int parent = -1;
    QVector<int> children;
    QStringList refs;
    LaneExtension extension;
};

struct RawContainer
{
    QString id;
    QString name;
    bool isProcess = true;
    int node = -1; ///< the sub-process it is the content of
    qint64 line = 0;
    QVector<int> nodes;
    QVector<int> flows;
    QVector<int> lanes; ///< top-level lanes of its lane sets
    QString documentation;
    ProcessExtension extension;
};

struct RawParticipant
{
    QString id;
    QString name;
    QString processRef;
    qint64 line = 0;
};

struct Shape
{
    QRectF bounds;
    int horizontal = -1; ///< isHorizontal: -1 not given, 0 false, 1 true
};

struct Diagram
{
    QString id;
    QString plane; ///< the plane's bpmnElement
    qint64 line = 0;
    QHash<QString, Shape> shapes;
};

// One Stepwise lane being made: from a leaf lane, a pool without lanes or a black-box pool.
struct MapLane
{
    QString name;
    Lane lane; ///< kind and colour (its height is set by makeMap())
    double height = 0; ///< the height stepwise:lane gives; 0: from the diagram
    int rawLane = -1; ///< the lane it comes from, if any
    QString sourceId; ///< the element it comes from (lane, participant or process)
    std::optional<QRectF> shapeBand; ///< the band its own shape (or its pool's) gives
    QRectF band; ///< the band used: diagram coordinates, turned horizontal
    bool hasBand = false;
    double top = 0; ///< where the diagram draws it, for the order of the lanes
    int order = 0;
};

// One map being made: its lanes, the raw nodes and flows on it, and where its shapes are.
struct MapPlan
{
    QVector<MapLane> lanes;
    QVector<int> nodes;
    QVector<int> flows;
    QHash<int, int> nodeLane; ///< raw node -> index into lanes
    const Diagram *diagram = nullptr;
    QString description;
    const ProcessExtension *extension = nullptr;
    QString subProcess; ///< a child map's sub-process, described; empty for the main map
    qint64 line = 0; ///< where its container starts
};

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(BpmnReader)

public:
    Parser(const QString &fileName) : m_fileName(fileName) { }

    std::optional<BpmnImport> run(const QByteArray &data);

    QString error;
    qint64 errorLine = 0;
    qint64 errorColumn = 0;

private:
    using Item = BpmnImportReport::Item;

    // --- reading
    bool fail(qint64 line, qint64 column, const QString &what);
    bool failXml();
    bool readDefinitions();
    void readContainerChild(int container);
    void readProcess();
    void readFlowNode(int type, int container);
    void readSequenceFlow(int container);
    void readLaneSet(int container, int parentLane);
    void readLane(int container, int parentLane);
    void readCollaboration();
    void readDiagram();
    void readPlane(Diagram &diagram);
    void readShape(Diagram &diagram);
    void readStepExtension(StepExtension &extension);
    void readLaneExtension(LaneExtension &extension);
    void readProcessExtension(ProcessExtension &extension);
    /// Reads an extensionElements element; the Stepwise ones through \a stepwise.
    template<typename Handler>
    void readExtensionElements(Handler stepwise);
    void readDocumentation(QString *text);
    void noteExtension();
    void noteNotImported(const QString &what);
    void noteUnknownChild(const QString &owner);
    QString attribute(const char *name) const;
    bool isModel() const { return m_xml.namespaceUri() == ModelNs; }

    // --- building
    std::optional<BpmnImport> build();
    QString describe(const QString &element, const QString &id, const QString &name) const;
    void addItem(Item::Kind kind, const QString &element, const QString &id, qint64 line,
                 const QString &text);
    int resolveNode(const QString &ref) const;
    void checkReferences();
    const Diagram *mainDiagram() const;
    const Diagram *drillDownDiagram(const QString &subProcessId) const;
    bool isVertical(const Diagram *diagram) const;
    QRectF oriented(const QRectF &rect) const;
    QRectF nodeRect(const Diagram *diagram, int node) const;
    void addLeafLanes(MapPlan &plan, int rawLane, const QStringList &path,
                      const std::optional<QRectF> &poolBand);
    Process makeMap(MapPlan &plan, int mapIndex);
    void placeWithoutShapes(Process &process, const MapPlan &plan,
                            const QVector<ItemId> &stepOfNode, const QVector<char> &hasShape);
    void layOut(Process &process);
    Step makeStep(int node);

    QString m_fileName;
    QXmlStreamReader m_xml;
    QString m_definitionsName;
    qint64 m_definitionsLine = 0;
    QString m_collaborationName;
    QVector<RawNode> m_nodes;
    QVector<RawFlow> m_flows;
    QVector<RawLane> m_lanes;
    QVector<RawContainer> m_containers;
    QVector<RawParticipant> m_participants;
    QVector<Diagram> m_diagrams;
    QSet<QString> m_messages; ///< ids of root messages
    QHash<QString, QString> m_rootEventDefinitions; ///< id -> "timer", "error", ...
    struct MessageRef
    {
        QString ref;
        QString element;
        QString id;
        qint64 line;
    };
    QVector<MessageRef> m_messageRefs;
    QHash<QString, int> m_nodeIndex;
    QHash<QString, int> m_extensionItems; ///< "ns|name" -> index into m_report.items
    QHash<int, QPair<int, ItemId>> m_stepOf; ///< raw node -> its map and step
    bool m_vertical = false;

    BpmnImport m_import;
    BpmnImportReport &m_report = m_import.report;
};

bool Parser::fail(qint64 line, qint64 column, const QString &what)
{
    errorLine = line;
    errorColumn = column;
    error = column > 0 ? tr("%1:%2:%3: %4").arg(m_fileName).arg(line).arg(column).arg(what)
                       : tr("%1:%2: %3").arg(m_fileName).arg(line).arg(what);
    return false;
}

bool Parser::failXml()
{
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        return fail(m_xml.lineNumber(), m_xml.columnNumber(),
                    tr("the file ends too early, it is truncated (%1)").arg(m_xml.errorString()));
    }
    return fail(m_xml.lineNumber(), m_xml.columnNumber(),
                tr("malformed XML: %1").arg(m_xml.errorString()));
}

QString Parser::attribute(const char *name) const
{
    return m_xml.attributes().value(QLatin1String(name)).toString();
}

std::optional<BpmnImport> Parser::run(const QByteArray &input)
{
    if (input.trimmed().isEmpty()) {
        fail(1, 0, tr("the file is empty"));
        return std::nullopt;
    }
    QByteArray data = input;
    // The declaration names the encoding; QXmlStreamReader decodes what QStringConverter knows.
    static const QRegularExpression declaration(
        QStringLiteral("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']"));
    const QRegularExpressionMatch match = declaration.match(QString::fromLatin1(
        data.left(256).constData(), int(std::min<qsizetype>(256, data.size()))));
    if (match.hasMatch()) {
        const QString encoding = match.captured(1);
        const bool cp1252
            = encoding.compare(QLatin1String("windows-1252"), Qt::CaseInsensitive) == 0
            || encoding.compare(QLatin1String("cp1252"), Qt::CaseInsensitive) == 0;
        if (cp1252 && !QStringDecoder(encoding.toLatin1().constData()).isValid()) {
            QString text = decodeWindows1252(data);
            // The declaration is on the first line: line numbers stay as they were.
            text.replace(match.capturedStart(1), match.capturedLength(1), QLatin1String("UTF-8"));
            data = text.toUtf8();
        }
    }

    m_xml.clear();
    m_xml.addData(data);
    m_xml.setNamespaceProcessing(true);
    m_xml.setEntityExpansionLimit(EntityExpansionLimit);
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD && !m_xml.entityDeclarations().isEmpty()) {
            fail(m_xml.lineNumber(), m_xml.columnNumber(),
                 tr("refused: the file declares XML entities, which a BPMN file never needs "
                    "(an entity expansion bomb?)"));
            return std::nullopt;
        }
        if (token == QXmlStreamReader::StartElement)
            break;
    }
    if (m_xml.hasError()) {
        failXml();
        return std::nullopt;
    }
    if (!m_xml.isStartElement()) {
        fail(m_xml.lineNumber(), 0, tr("the file holds no XML element"));
        return std::nullopt;
    }
    if (!isModel() || m_xml.name() != QLatin1String("definitions")) {
        fail(m_xml.lineNumber(), m_xml.columnNumber(),
             tr("not a BPMN 2.0 file: the root element is <%1> in the namespace \"%2\", not "
                "<definitions> in \"%3\"")
                 .arg(m_xml.name().toString(), m_xml.namespaceUri().toString(), ModelNs));
        return std::nullopt;
    }
    if (!readDefinitions())
        return std::nullopt;
    return build();
}

bool Parser::readDefinitions()
{
    m_definitionsName = cleanName(attribute("name"));
    m_definitionsLine = m_xml.lineNumber();
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (m_xml.namespaceUri() == BpmnDiNs && name == QLatin1String("BPMNDiagram")) {
            readDiagram();
            continue;
        }
        if (!isModel()) {
            noteExtension();
            continue;
        }
        if (name == QLatin1String("process")) {
            readProcess();
        } else if (name == QLatin1String("collaboration")) {
            readCollaboration();
        } else if (name == QLatin1String("extensionElements")) {
            readExtensionElements([this] { noteExtension(); });
        } else if (name == QLatin1String("message")) {
            m_messages.insert(attribute("id"));
            m_xml.skipCurrentElement();
        } else if (const QString word = eventDefinitionWord(name); !word.isEmpty()) {
            m_rootEventDefinitions.insert(attribute("id"), word);
            m_xml.skipCurrentElement();
        } else if (isSupportingRootElement(name)) {
            m_xml.skipCurrentElement();
        } else {
            // dataStore, globalTask and its kinds, choreography, conversation, ...
            noteNotImported(tr("not part of a Stepwise map"));
        }
    }
    if (m_xml.hasError())
        return failXml();
    // Whatever follows the root (comments, white space) must still be well-formed.
    while (!m_xml.atEnd())
        m_xml.readNext();
    if (m_xml.hasError())
        return failXml();
    return true;
}

void Parser::readProcess()
{
    RawContainer container;
    container.id = attribute("id");
    container.name = cleanName(attribute("name"));
    container.line = m_xml.lineNumber();
    const int index = int(m_containers.size());
    m_containers.append(container);
    while (m_xml.readNextStartElement()) {
        if (isModel() && m_xml.name() == QLatin1String("documentation")) {
            readDocumentation(&m_containers[index].documentation);
        } else if (isModel() && m_xml.name() == QLatin1String("extensionElements")) {
            readExtensionElements([this, index] {
                if (m_xml.name() == QLatin1String("process"))
                    readProcessExtension(m_containers[index].extension);
                else
                    noteExtension();
            });
        } else {
            readContainerChild(index);
        }
    }
}

// A child of a process or a sub-process: a flow node, a flow, a lane set, or what is reported.
void Parser::readContainerChild(int container)
{
    if (!isModel()) {
        noteExtension();
        return;
    }
    const QStringView name = m_xml.name();
    const auto type = flowNodeTypeIndex().constFind(name.toString());
    if (type != flowNodeTypeIndex().constEnd()) {
        readFlowNode(*type, container);
    } else if (name == QLatin1String("sequenceFlow")) {
        readSequenceFlow(container);
    } else if (name == QLatin1String("laneSet")) {
        readLaneSet(container, -1);
    } else if (name == QLatin1String("dataObject")
               || name == QLatin1String("dataObjectReference")) {
        noteNotImported(tr("Stepwise maps have no data objects"));
    } else if (name == QLatin1String("dataStoreReference")) {
        noteNotImported(tr("Stepwise maps have no data stores"));
    } else if (name == QLatin1String("textAnnotation")) {
        noteNotImported(tr("Stepwise maps have no text annotations"));
    } else if (name == QLatin1String("group")) {
        noteNotImported(tr("Stepwise maps have no groups"));
    } else if (name == QLatin1String("association")) {
        noteNotImported(tr("Stepwise maps have no associations"));
    } else {
        noteNotImported(tr("not part of a Stepwise map"));
    }
}

void Parser::readFlowNode(int type, int container)
{
    RawNode node;
    node.id = attribute("id");
    node.name = cleanName(attribute("name"));
    node.element = m_xml.name().toString();
    node.line = m_xml.lineNumber();
    node.type = type;
    node.container = container;
    const QXmlStreamAttributes attributes = m_xml.attributes();
    node.attachedTo = attributes.value(QLatin1String("attachedToRef")).toString();
    node.calledElement = attributes.value(QLatin1String("calledElement")).toString();
    node.cancelActivity
        = attributes.value(QLatin1String("cancelActivity")) != QLatin1String("false");
    node.isInterrupting
        = attributes.value(QLatin1String("isInterrupting")) != QLatin1String("false");
    node.triggeredByEvent
        = attributes.value(QLatin1String("triggeredByEvent")) == QLatin1String("true");
    if (attributes.hasAttribute(QLatin1String("messageRef"))) {
        m_messageRefs.append({attributes.value(QLatin1String("messageRef")).toString(),
                              node.element, node.id, node.line});
    }
    const int index = int(m_nodes.size());
    if (!m_nodeIndex.contains(node.id))
        m_nodeIndex.insert(node.id, index);
    m_containers[container].nodes.append(index);
    if (flowNodeTypes[type].container) {
        RawContainer content;
        content.id = node.id;
        content.name = node.name;
        content.isProcess = false;
        content.node = index;
        content.line = node.line;
        node.content = int(m_containers.size());
        m_containers.append(content);
    }
    m_nodes.append(node);

    const QString owner = describe(m_nodes[index].element, m_nodes[index].id, m_nodes[index].name);
    while (m_xml.readNextStartElement()) {
        if (!isModel()) {
            noteExtension();
            continue;
        }
        const QStringView name = m_xml.name();
        if (name == QLatin1String("incoming") || name == QLatin1String("outgoing")) {
            m_xml.skipCurrentElement(); // the flows say it themselves
        } else if (name == QLatin1String("documentation")) {
            readDocumentation(&m_nodes[index].documentation);
        } else if (name == QLatin1String("extensionElements")) {
            readExtensionElements([this, index] {
                if (m_xml.name() == QLatin1String("step"))
                    readStepExtension(m_nodes[index].extension);
                else
                    noteExtension();
            });
        } else if (const QString word = eventDefinitionWord(name); !word.isEmpty()) {
            m_nodes[index].eventDefinitions.append(word);
            if (word == QLatin1String("message") && !attribute("messageRef").isEmpty()) {
                m_messageRefs.append(
                    {attribute("messageRef"), name.toString(), owner, m_xml.lineNumber()});
            }
            m_xml.skipCurrentElement();
        } else if (name == QLatin1String("eventDefinitionRef")) {
            m_nodes[index].eventDefinitionRefs.append(m_xml.readElementText().trimmed());
        } else if (m_nodes[index].content >= 0 && name != QLatin1String("ioSpecification")
                   && name != QLatin1String("property")
                   && !name.endsWith(QLatin1String("LoopCharacteristics"))
                   && name != QLatin1String("dataInputAssociation")
                   && name != QLatin1String("dataOutputAssociation")
                   && name != QLatin1String("completionCondition")) {
            readContainerChild(m_nodes[index].content);
        } else {
            noteUnknownChild(owner);
        }
    }
}

void Parser::readSequenceFlow(int container)
{
    RawFlow flow;
    flow.id = attribute("id");
    flow.name = cleanName(attribute("name"));
    flow.source = attribute("sourceRef");
    flow.target = attribute("targetRef");
    flow.container = container;
    flow.line = m_xml.lineNumber();
    const QString owner = describe(QStringLiteral("sequenceFlow"), flow.id, flow.name);
    while (m_xml.readNextStartElement()) {
        if (!isModel()) {
            noteExtension();
        } else if (m_xml.name() == QLatin1String("conditionExpression")) {
            flow.condition
                = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        } else if (m_xml.name() == QLatin1String("extensionElements")) {
            readExtensionElements([this] { noteExtension(); });
        } else if (m_xml.name() == QLatin1String("documentation")) {
            QString text;
            readDocumentation(&text);
            if (!text.trimmed().isEmpty()) {
                addItem(Item::Kind::Note, QStringLiteral("documentation"), flow.id,
                        m_xml.lineNumber(),
                        tr("the documentation of %1 is not kept: a handoff has none").arg(owner));
            }
        } else {
            noteUnknownChild(owner);
        }
    }
    m_containers[container].flows.append(int(m_flows.size()));
    m_flows.append(flow);
}

void Parser::readLaneSet(int container, int parentLane)
{
    while (m_xml.readNextStartElement()) {
        if (isModel() && m_xml.name() == QLatin1String("lane"))
            readLane(container, parentLane);
        else if (isModel())
            m_xml.skipCurrentElement(); // documentation, extensionElements of the set
        else
            noteExtension();
    }
}

void Parser::readLane(int container, int parentLane)
{
    RawLane lane;
    lane.id = attribute("id");
    lane.name = cleanName(attribute("name"));
    lane.line = m_xml.lineNumber();
    lane.container = container;
    lane.parent = parentLane;
    const int index = int(m_lanes.size());
    m_lanes.append(lane);
    if (parentLane >= 0)
        m_lanes[parentLane].children.append(index);
    else
        m_containers[container].lanes.append(index);
    while (m_xml.readNextStartElement()) {
        if (!isModel()) {
            noteExtension();
            continue;
        }
        const QStringView name = m_xml.name();
        if (name == QLatin1String("flowNodeRef")) {
            m_lanes[index].refs.append(m_xml.readElementText().trimmed());
        } else if (name == QLatin1String("childLaneSet")) {
            readLaneSet(container, index);
        } else if (name == QLatin1String("extensionElements")) {
            readExtensionElements([this, index] {
                if (m_xml.name() == QLatin1String("lane"))
                    readLaneExtension(m_lanes[index].extension);
                else
                    noteExtension();
            });
        } else if (name == QLatin1String("documentation")) {
            QString text;
            readDocumentation(&text);
            if (!text.trimmed().isEmpty()) {
                addItem(Item::Kind::Note, QStringLiteral("documentation"), m_lanes[index].id,
                        m_xml.lineNumber(),
                        tr("the documentation of lane \"%1\" is not kept: a lane has none")
                            .arg(m_lanes[index].name));
            }
        } else {
            m_xml.skipCurrentElement(); // partitionElementRef and the like
        }
    }
}

void Parser::readCollaboration()
{
    if (m_collaborationName.isEmpty())
        m_collaborationName = cleanName(attribute("name"));
    while (m_xml.readNextStartElement()) {
        if (!isModel()) {
            noteExtension();
            continue;
        }
        const QStringView name = m_xml.name();
        if (name == QLatin1String("participant")) {
            RawParticipant participant;
            participant.id = attribute("id");
            participant.name = cleanName(attribute("name"));
            participant.processRef = attribute("processRef");
            participant.line = m_xml.lineNumber();
            m_participants.append(participant);
            while (m_xml.readNextStartElement()) {
                if (isModel() && m_xml.name() == QLatin1String("extensionElements"))
                    readExtensionElements([this] { noteExtension(); });
                else
                    m_xml.skipCurrentElement();
            }
        } else if (name == QLatin1String("messageFlow")) {
            if (!attribute("messageRef").isEmpty()) {
                m_messageRefs.append({attribute("messageRef"), name.toString(), attribute("id"),
                                      m_xml.lineNumber()});
            }
            noteNotImported(tr("Stepwise maps have no message flows"));
        } else if (name == QLatin1String("textAnnotation")) {
            noteNotImported(tr("Stepwise maps have no text annotations"));
        } else if (name == QLatin1String("group")) {
            noteNotImported(tr("Stepwise maps have no groups"));
        } else if (name == QLatin1String("association")) {
            noteNotImported(tr("Stepwise maps have no associations"));
        } else if (name == QLatin1String("documentation")) {
            m_xml.skipCurrentElement();
        } else if (name == QLatin1String("extensionElements")) {
            readExtensionElements([this] { noteExtension(); });
        } else {
            noteNotImported(tr("not part of a Stepwise map"));
        }
    }
}

void Parser::readDiagram()
{
    Diagram diagram;
    diagram.id = attribute("id");
    diagram.line = m_xml.lineNumber();
    while (m_xml.readNextStartElement()) {
        if (m_xml.namespaceUri() == BpmnDiNs && m_xml.name() == QLatin1String("BPMNPlane"))
            readPlane(diagram);
        else
            m_xml.skipCurrentElement(); // label styles
    }
    m_diagrams.append(diagram);
}

void Parser::readPlane(Diagram &diagram)
{
    diagram.plane = attribute("bpmnElement");
    while (m_xml.readNextStartElement()) {
        if (m_xml.namespaceUri() == BpmnDiNs && m_xml.name() == QLatin1String("BPMNShape"))
            readShape(diagram);
        else if (m_xml.namespaceUri() == BpmnDiNs)
            m_xml.skipCurrentElement(); // edges: Stepwise routes its handoffs itself
        else
            noteExtension();
    }
}

void Parser::readShape(Diagram &diagram)
{
    Shape shape;
    const QString element = attribute("bpmnElement");
    const QStringView horizontal = m_xml.attributes().value(QLatin1String("isHorizontal"));
    if (!horizontal.isEmpty())
        shape.horizontal = horizontal == QLatin1String("true") ? 1 : 0;
    bool hasBounds = false;
    while (m_xml.readNextStartElement()) {
        if (m_xml.namespaceUri() == DcNs && m_xml.name() == QLatin1String("Bounds")) {
            const QXmlStreamAttributes a = m_xml.attributes();
            shape.bounds = QRectF(a.value(QLatin1String("x")).toDouble(),
                                  a.value(QLatin1String("y")).toDouble(),
                                  a.value(QLatin1String("width")).toDouble(),
                                  a.value(QLatin1String("height")).toDouble());
            hasBounds = std::isfinite(shape.bounds.x()) && std::isfinite(shape.bounds.y())
                && std::isfinite(shape.bounds.width()) && std::isfinite(shape.bounds.height());
            m_xml.skipCurrentElement();
        } else if (m_xml.namespaceUri() == BpmnDiNs) {
            m_xml.skipCurrentElement(); // the label
        } else {
            noteExtension();
        }
    }
    if (hasBounds && !element.isEmpty() && !diagram.shapes.contains(element))
        diagram.shapes.insert(element, shape);
}

template<typename Handler>
void Parser::readExtensionElements(Handler stepwise)
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.namespaceUri() == QLatin1String(BpmnStepwiseNamespace))
            stepwise();
        else
            noteExtension();
    }
}

void Parser::readDocumentation(QString *text)
{
    const QString read = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
    if (read.trimmed().isEmpty())
        return;
    if (!text->isEmpty())
        text->append(QLatin1String("\n\n"));
    text->append(read);
}

void Parser::readStepExtension(StepExtension &extension)
{
    extension.present = true;
    const QXmlStreamAttributes a = m_xml.attributes();
    const qint64 line = m_xml.lineNumber();
    const auto bad = [&](const char *attributeName) {
        addItem(Item::Kind::Note, QStringLiteral("stepwise:step"), QString(), line,
                tr("the value of stepwise:step %1 is not understood and left out")
                    .arg(QLatin1String(attributeName)));
    };
    readNumber(a, "expectedDurationSeconds", &extension.expectedDurationS, Sign::NotNegative, bad);
    readNumber(a, "slaSeconds", &extension.slaS, Sign::NotNegative, bad);
    if (a.hasAttribute(QLatin1String("automation"))) {
        extension.automation = automationFromWord(a.value(QLatin1String("automation")).toString());
        if (!extension.automation)
            bad("automation");
    }
    readNumber(a, "effortHours", &extension.effortH, Sign::NotNegative, bad);
    if (a.hasAttribute(QLatin1String("element"))) {
        const QString element = a.value(QLatin1String("element")).toString();
        const auto type = std::find_if(
            std::begin(flowNodeTypes), std::end(flowNodeTypes), [&element](const FlowNodeType &t) {
                return t.kind == Step::Kind::Task && element == QLatin1String(t.element);
            });
        if (type != std::end(flowNodeTypes))
            extension.element = element;
        else
            bad("element");
    }
    if (a.hasAttribute(QLatin1String("trigger"))) {
        extension.trigger = triggerFromWord(a.value(QLatin1String("trigger")).toString());
        if (!extension.trigger)
            bad("trigger");
    }
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (m_xml.namespaceUri() != QLatin1String(BpmnStepwiseNamespace)) {
            noteExtension();
        } else if (name == QLatin1String("input")) {
            extension.inputs.append(m_xml.readElementText());
        } else if (name == QLatin1String("output")) {
            extension.outputs.append(m_xml.readElementText());
        } else if (name == QLatin1String("system")) {
            extension.systems.append(m_xml.readElementText());
        } else {
            noteExtension();
        }
    }
}

void Parser::readLaneExtension(LaneExtension &extension)
{
    const QXmlStreamAttributes a = m_xml.attributes();
    const qint64 line = m_xml.lineNumber();
    const auto bad = [&](const char *attributeName) {
        addItem(Item::Kind::Note, QStringLiteral("stepwise:lane"), QString(), line,
                tr("the value of stepwise:lane %1 is not understood and left out")
                    .arg(QLatin1String(attributeName)));
    };
    if (a.hasAttribute(QLatin1String("kind"))) {
        extension.kind = laneKindFromWord(a.value(QLatin1String("kind")).toString());
        if (!extension.kind)
            bad("kind");
    }
    if (a.hasAttribute(QLatin1String("color"))) {
        const std::optional<QColor> color
            = colorFromString(a.value(QLatin1String("color")).toString());
        if (color)
            extension.color = *color;
        else
            bad("color");
    }
    readNumber(a, "height", &extension.height, Sign::Positive, bad);
    m_xml.skipCurrentElement();
}

void Parser::readProcessExtension(ProcessExtension &extension)
{
    extension.present = true;
    const QXmlStreamAttributes a = m_xml.attributes();
    const qint64 line = m_xml.lineNumber();
    const auto bad = [&](const char *attributeName) {
        addItem(Item::Kind::Note, QStringLiteral("stepwise:process"), QString(), line,
                tr("the value of stepwise:process %1 is not understood and left out")
                    .arg(QLatin1String(attributeName)));
    };
    extension.owner = a.value(QLatin1String("owner")).toString();
    readNumber(a, "slaTargetSeconds", &extension.slaTargetS, Sign::NotNegative, bad);
    if (a.hasAttribute(QLatin1String("slaClock"))) {
        extension.slaClock = slaClockFromWord(a.value(QLatin1String("slaClock")).toString());
        if (!extension.slaClock)
            bad("slaClock");
    }
    if (a.hasAttribute(QLatin1String("workingHours"))) {
        const std::optional<BusinessCalendar::Week> week
            = BusinessCalendar::parseHours(a.value(QLatin1String("workingHours")).toString());
        if (week)
            extension.workingHours = BusinessCalendar::formatHours(*week);
        else
            bad("workingHours");
    }
    if (a.hasAttribute(QLatin1String("timeZone"))) {
        const std::optional<QString> zone
            = BusinessCalendar::canonicalTimeZone(a.value(QLatin1String("timeZone")).toString());
        if (zone)
            extension.timeZone = *zone;
        else
            bad("timeZone");
    }
    if (a.hasAttribute(QLatin1String("holidays"))) {
        const std::optional<QVector<QDate>> holidays
            = BusinessCalendar::parseHolidays(a.value(QLatin1String("holidays")).toString());
        if (holidays)
            extension.holidays = *holidays;
        else
            bad("holidays");
    }
    if (a.hasAttribute(QLatin1String("reviewDate"))) {
        extension.reviewDate
            = QDate::fromString(a.value(QLatin1String("reviewDate")).toString(), Qt::ISODate);
        if (!extension.reviewDate.isValid())
            bad("reviewDate");
    }
    readNumber(a, "runsPerMonth", &extension.runsPerMonth, Sign::NotNegative, bad);
    m_xml.skipCurrentElement();
}

void Parser::noteExtension()
{
    const QString ns = m_xml.namespaceUri().toString();
    const QString name = m_xml.name().toString();
    const QString key = ns + QLatin1Char('|') + name;
    const auto it = m_extensionItems.constFind(key);
    if (it != m_extensionItems.constEnd()) {
        ++m_report.items[*it].count;
    } else {
        const QString prefix = m_xml.prefix().toString();
        const QString shown = prefix.isEmpty() ? name : prefix + QLatin1Char(':') + name;
        m_extensionItems.insert(key, int(m_report.items.size()));
        addItem(Item::Kind::UnknownExtension, shown, QString(), m_xml.lineNumber(),
                ns.isEmpty() ? tr("unknown element <%1>, skipped").arg(shown)
                             : tr("unknown extension element <%1> (%2), skipped").arg(shown, ns));
    }
    m_xml.skipCurrentElement();
}

void Parser::noteNotImported(const QString &what)
{
    const QString element = m_xml.name().toString();
    const QString id = attribute("id");
    addItem(
        Item::Kind::NotImported, element, id, m_xml.lineNumber(),
        tr("%1 not imported: %2").arg(describe(element, id, cleanName(attribute("name"))), what));
    m_xml.skipCurrentElement();
}

void Parser::noteUnknownChild(const QString &owner)
{
    const QString element = m_xml.name().toString();
    QString what;
    if (element.endsWith(QLatin1String("LoopCharacteristics")))
        what = tr("the loop marker of %1 is not kept");
    else if (element == QLatin1String("ioSpecification"))
        what = tr("the data inputs and outputs of %1 are not kept");
    else if (element == QLatin1String("dataInputAssociation")
             || element == QLatin1String("dataOutputAssociation"))
        what = tr("a data association of %1 is not kept");
    else
        what = tr("<%2> of %1 is not kept").arg(QStringLiteral("%1"), element);
    addItem(Item::Kind::NotImported, element, attribute("id"), m_xml.lineNumber(), what.arg(owner));
    m_xml.skipCurrentElement();
}

QString Parser::describe(const QString &element, const QString &id, const QString &name) const
{
    // The name is what a user knows it by; the id only where it has none (and in Item::id).
    if (!name.isEmpty())
        return tr("%1 \"%2\"").arg(element, name);
    if (!id.isEmpty())
        return tr("%1 %2").arg(element, id);
    return element;
}

void Parser::addItem(Item::Kind kind, const QString &element, const QString &id, qint64 line,
                     const QString &text)
{
    Item item;
    item.kind = kind;
    item.element = element;
    item.id = id;
    item.line = line;
    item.text = text;
    m_report.items.append(item);
}

// --- building

int Parser::resolveNode(const QString &ref) const
{
    auto it = m_nodeIndex.constFind(ref);
    if (it != m_nodeIndex.constEnd())
        return *it;
    // Some writers qualify references ("tns:Task_1").
    const qsizetype colon = ref.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        it = m_nodeIndex.constFind(ref.mid(colon + 1));
        if (it != m_nodeIndex.constEnd())
            return *it;
    }
    return -1;
}

void Parser::checkReferences()
{
    for (const MessageRef &ref : std::as_const(m_messageRefs)) {
        if (!m_messages.contains(ref.ref)) {
            addItem(Item::Kind::Dangling, ref.element, ref.id, ref.line,
                    tr("%1 refers to message \"%2\", which the file does not have")
                        .arg(describe(ref.element, ref.id, QString()), ref.ref));
        }
    }
    for (RawNode &node : m_nodes) {
        for (const QString &ref : std::as_const(node.eventDefinitionRefs)) {
            const auto it = m_rootEventDefinitions.constFind(ref);
            if (it != m_rootEventDefinitions.constEnd()) {
                node.eventDefinitions.append(*it);
            } else {
                addItem(Item::Kind::Dangling, node.element, node.id, node.line,
                        tr("%1 refers to event definition \"%2\", which the file does not have")
                            .arg(describe(node.element, node.id, node.name), ref));
            }
        }
    }
}

const Diagram *Parser::mainDiagram() const
{
    for (const Diagram &diagram : m_diagrams) {
        const int node = m_nodeIndex.value(diagram.plane, -1);
        if (node < 0 || m_nodes[node].content < 0)
            return &diagram;
    }
    return nullptr;
}

const Diagram *Parser::drillDownDiagram(const QString &subProcessId) const
{
    for (const Diagram &diagram : m_diagrams) {
        if (diagram.plane == subProcessId)
            return &diagram;
    }
    return nullptr;
}

bool Parser::isVertical(const Diagram *diagram) const
{
    if (!diagram)
        return false;
    for (const RawParticipant &participant : m_participants) {
        const auto it = diagram->shapes.constFind(participant.id);
        if (it != diagram->shapes.constEnd() && it->horizontal == 0)
            return true;
    }
    for (const RawLane &lane : m_lanes) {
        const auto it = diagram->shapes.constFind(lane.id);
        if (it != diagram->shapes.constEnd() && it->horizontal == 0)
            return true;
    }
    return false;
}

// Lanes and pools are horizontal in Stepwise: a vertical diagram is turned over its diagonal.
QRectF Parser::oriented(const QRectF &rect) const
{
    return m_vertical ? QRectF(rect.y(), rect.x(), rect.height(), rect.width()) : rect;
}

// A node's shape, its centre turned with the diagram but its size as drawn; null when none.
QRectF Parser::nodeRect(const Diagram *diagram, int node) const
{
    if (!diagram)
        return {};
    const auto it = diagram->shapes.constFind(m_nodes[node].id);
    if (it == diagram->shapes.constEnd())
        return {};
    const QRectF r = it->bounds;
    QPointF centre = r.center();
    if (m_vertical)
        centre = QPointF(centre.y(), centre.x());
    const QSizeF size(std::max(r.width(), 1.0), std::max(r.height(), 1.0));
    return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
}

void Parser::addLeafLanes(MapPlan &plan, int rawLane, const QStringList &path,
                          const std::optional<QRectF> &poolBand)
{
    const RawLane &lane = m_lanes[rawLane];
    QStringList names = path;
    if (!lane.name.isEmpty())
        names.append(lane.name);
    if (!lane.children.isEmpty()) {
        // A parent lane's band is its only child's when that one has no shape of its own.
        std::optional<QRectF> band = poolBand;
        if (plan.diagram) {
            const auto it = plan.diagram->shapes.constFind(lane.id);
            if (it != plan.diagram->shapes.constEnd())
                band = oriented(it->bounds);
        }
        for (int child : lane.children)
            addLeafLanes(plan, child, names, lane.children.size() == 1 ? band : std::nullopt);
        return;
    }
    MapLane mapLane;
    mapLane.name = names.join(QLatin1String(" / "));
    mapLane.rawLane = rawLane;
    mapLane.sourceId = lane.id;
    mapLane.order = int(plan.lanes.size());
    if (plan.diagram) {
        const auto it = plan.diagram->shapes.constFind(lane.id);
        if (it != plan.diagram->shapes.constEnd() && it->bounds.height() > 0
            && it->bounds.width() > 0)
            mapLane.shapeBand = oriented(it->bounds);
    }
    if (!mapLane.shapeBand)
        mapLane.shapeBand = poolBand;
    mapLane.lane.kind = lane.extension.kind.value_or(Lane::Kind::Role);
    mapLane.lane.color = lane.extension.color;
    mapLane.height = lane.extension.height;
    plan.lanes.append(mapLane);
}

Step Parser::makeStep(int index)
{
    const RawNode &node = m_nodes[index];
    const FlowNodeType &type = flowNodeTypes[node.type];
    Step step;
    step.kind = type.kind;
    step.name = node.name;
    step.bpmnElement = type.plain ? QString() : node.element;
    step.definitionOfDone = node.documentation;
    QStringList definitions = node.eventDefinitions;
    definitions.removeDuplicates();
    if (definitions.size() == 1) {
        const QString &word = definitions.constFirst();
        if (word == QLatin1String("timer"))
            step.trigger = Step::Trigger::Timer;
        else if (word == QLatin1String("message"))
            step.trigger = Step::Trigger::Message;
        else
            step.bpmnEvent = word;
    } else if (definitions.size() > 1) {
        step.bpmnEvent = QStringLiteral("multiple");
    }
    if (node.element == QLatin1String("boundaryEvent"))
        step.interrupting = node.cancelActivity;
    else if (node.element == QLatin1String("startEvent"))
        step.interrupting = node.isInterrupting;

    const StepExtension &ext = node.extension;
    if (ext.present) {
        // Only an element that holds content stands in for another (see StepExtension).
        if (!ext.element.isEmpty() && type.container)
            step.bpmnElement = ext.element;
        step.expectedDurationS = ext.expectedDurationS;
        step.slaS = ext.slaS;
        if (ext.automation)
            step.automation = *ext.automation;
        step.automationEffortH = ext.effortH;
        if (ext.trigger)
            step.trigger = *ext.trigger;
        step.inputs = ext.inputs;
        step.outputs = ext.outputs;
        step.systems = ext.systems;
    }
    if (node.triggeredByEvent) {
        addItem(Item::Kind::Note, node.element, node.id, node.line,
                tr("%1 is an event sub-process: imported as a plain sub-process")
                    .arg(describe(node.element, node.id, node.name)));
    }
    switch (type.nodeClass) {
    case NodeClass::Activity:
        ++m_report.activities;
        break;
    case NodeClass::Event:
        ++m_report.events;
        break;
    case NodeClass::Gateway:
        ++m_report.gateways;
        break;
    }
    return step;
}

// Ids as Stepwise's export writes them ("Lane_3", "Step_12", "Flow_7", a child map's with its
// step's prefix) come back as they were, so a round trip keeps them; any other ids are numbered.
QVector<ItemId> stepwiseIds(const QStringList &ids, QLatin1String kind)
{
    static const QRegularExpression pattern(QStringLiteral("(?:^|_)(Lane|Step|Flow)_(\\d{1,9})$"));
    QVector<ItemId> result;
    result.reserve(ids.size());
    for (const QString &id : ids) {
        const QRegularExpressionMatch match = pattern.match(id);
        if (!match.hasMatch() || match.capturedView(1) != kind)
            return {};
        result.append(match.capturedView(2).toInt());
    }
    return result;
}

Process Parser::makeMap(MapPlan &plan, int mapIndex)
{
    Process process;
    const Diagram *diagram = plan.diagram;

    // Where each node is drawn, turned horizontal.
    QVector<QRectF> rects(plan.nodes.size());
    QVector<char> hasShape(plan.nodes.size(), 0);
    int shapes = 0;
    for (int i = 0; i < plan.nodes.size(); ++i) {
        rects[i] = nodeRect(diagram, plan.nodes[i]);
        hasShape[i] = !rects[i].isNull();
        shapes += hasShape[i];
    }

    // A lane's band: its own (or its pool's) shape, else its steps' shapes with a margin.
    QVector<QRectF> extent(plan.lanes.size());
    for (int i = 0; i < plan.nodes.size(); ++i) {
        if (hasShape[i]) {
            QRectF &e = extent[plan.nodeLane.value(plan.nodes[i])];
            e = e.isNull() ? rects[i] : e.united(rects[i]);
        }
    }
    bool misfit = false;
    for (int l = 0; l < plan.lanes.size(); ++l) {
        MapLane &lane = plan.lanes[l];
        const QRectF &e = extent[l];
        if (lane.shapeBand) {
            lane.band = *lane.shapeBand;
            lane.top = lane.band.top();
            lane.hasBand = true;
            if (e.isNull())
                continue;
            if (e.top() >= lane.band.top() - FitTolerance
                && e.bottom() <= lane.band.bottom() + FitTolerance)
                continue;
            const qint64 line = lane.rawLane >= 0 ? m_lanes[lane.rawLane].line : plan.line;
            if (e.height() <= lane.band.height()) {
                // Off its lane but it would fit (Bizagi writes such files): moved into its
                // middle as a group.
                lane.band.moveCenter(QPointF(lane.band.center().x(), e.center().y()));
                addItem(Item::Kind::Note, QStringLiteral("lane"), lane.sourceId, line,
                        plan.subProcess.isEmpty()
                            ? tr("the steps of lane \"%1\" lie outside it in the diagram: moved "
                                 "into it together")
                                  .arg(lane.name)
                            : tr("the content of %1 lies outside it in the diagram: moved into "
                                 "it together")
                                  .arg(plan.subProcess));
            } else if (e.height() <= GrowLimit * lane.band.height()) {
                lane.band = lane.band.united(e.adjusted(0, -BandMargin, 0, BandMargin));
                addItem(Item::Kind::Note, QStringLiteral("lane"), lane.sourceId, line,
                        plan.subProcess.isEmpty()
                            ? tr("the steps of lane \"%1\" reach outside it in the diagram: the "
                                 "lane was made taller")
                                  .arg(lane.name)
                            : tr("the content of %1 reaches outside it in the diagram: its map's "
                                 "lane was made taller")
                                  .arg(plan.subProcess));
            } else {
                misfit = true;
            }
        } else if (!e.isNull()) {
            lane.band = e.adjusted(0, -BandMargin, 0, BandMargin);
            lane.top = lane.band.top();
            lane.hasBand = true;
        }
    }
    // A diagram that shows less than half of the map is not much of one: laid out anew too.
    const bool useDiagram = shapes > 0 && 2 * shapes >= plan.nodes.size() && !misfit;
    if (shapes > 0 && misfit) {
        addItem(Item::Kind::Note, QStringLiteral("BPMNDiagram"), diagram ? diagram->id : QString(),
                diagram ? diagram->line : 0,
                tr("the diagram does not fit its lanes (steps far outside them): the map was laid "
                   "out anew"));
    }

    // Lanes top to bottom: by their bands, those without one after them in the file's order.
    QVector<int> order(plan.lanes.size());
    std::iota(order.begin(), order.end(), 0);
    if (useDiagram) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const MapLane &la = plan.lanes[a], &lb = plan.lanes[b];
            if (la.hasBand != lb.hasBand)
                return la.hasBand;
            return la.hasBand && la.top < lb.top;
        });
    }

    // Ids: the export's own where every item has one, else numbered lanes, steps, handoffs.
    QStringList laneIds, nodeIds, flowIds;
    for (int l : order)
        laneIds.append(plan.lanes[l].sourceId);
    for (int node : std::as_const(plan.nodes))
        nodeIds.append(m_nodes[node].id);
    for (int flow : std::as_const(plan.flows))
        flowIds.append(m_flows[flow].id);
    QVector<ItemId> ownLaneIds = stepwiseIds(laneIds, QLatin1String("Lane"));
    QVector<ItemId> ownStepIds = stepwiseIds(nodeIds, QLatin1String("Step"));
    QVector<ItemId> ownFlowIds = stepwiseIds(flowIds, QLatin1String("Flow"));
    {
        QSet<ItemId> seen;
        bool unique = !ownLaneIds.isEmpty() || laneIds.isEmpty();
        unique = unique && (!ownStepIds.isEmpty() || nodeIds.isEmpty());
        unique = unique && (!ownFlowIds.isEmpty() || flowIds.isEmpty());
        for (const QVector<ItemId> *ids : {&ownLaneIds, &ownStepIds, &ownFlowIds}) {
            for (ItemId id : *ids) {
                unique = unique && id > 0 && !seen.contains(id);
                seen.insert(id);
            }
        }
        if (!unique) {
            ownLaneIds.clear();
            ownStepIds.clear();
            ownFlowIds.clear();
        }
    }
    ItemId nextId = 1;
    const auto takeId = [&nextId](const QVector<ItemId> &own, int i) {
        if (own.isEmpty())
            return nextId++;
        nextId = std::max(nextId, own[i] + 1);
        return own[i];
    };

    QVector<ItemId> laneIdOf(plan.lanes.size());
    for (int i = 0; i < order.size(); ++i) {
        MapLane &mapLane = plan.lanes[order[i]];
        Lane lane = mapLane.lane;
        lane.id = takeId(ownLaneIds, i);
        lane.name = mapLane.name;
        lane.height = mapLane.height > 0    ? mapLane.height
            : useDiagram && mapLane.hasBand ? std::max(mapLane.band.height(), 40.0)
                                            : DefaultLaneHeight;
        laneIdOf[order[i]] = lane.id;
        process.lanes.append(lane);
    }

    QVector<ItemId> stepOfNode(plan.nodes.size());
    QHash<int, ItemId> stepOfRawNode;
    for (int i = 0; i < plan.nodes.size(); ++i) {
        const int node = plan.nodes[i];
        Step step = makeStep(node);
        step.id = takeId(ownStepIds, i);
        const int l = plan.nodeLane.value(node);
        step.laneId = laneIdOf[l];
        if (useDiagram && hasShape[i]) {
            step.pos
                = QPointF(rects[i].center().x(), rects[i].center().y() - plan.lanes[l].band.top());
            const QSizeF size = rects[i].size();
            if (size != Step::defaultSize(step.kind))
                step.size = size;
        }
        stepOfNode[i] = step.id;
        stepOfRawNode.insert(node, step.id);
        m_stepOf.insert(node, qMakePair(mapIndex, step.id));
        process.steps.append(step);
    }
    for (int i = 0; i < plan.nodes.size(); ++i) {
        const RawNode &node = m_nodes[plan.nodes[i]];
        if (node.attachedTo.isEmpty())
            continue;
        const int target = resolveNode(node.attachedTo);
        if (target >= 0 && stepOfRawNode.contains(target)) {
            process.steps[i].attachedToStepId = stepOfRawNode.value(target);
            // A boundary event is drawn on its activity: it shares its lane.
            process.steps[i].laneId = process.step(process.steps[i].attachedToStepId)->laneId;
        } else {
            addItem(Item::Kind::Dangling, node.element, node.id, node.line,
                    tr("%1 is attached to \"%2\", which is no activity of its map: imported "
                       "unattached")
                        .arg(describe(node.element, node.id, node.name), node.attachedTo));
        }
    }

    for (int i = 0; i < plan.flows.size(); ++i) {
        const RawFlow &flow = m_flows[plan.flows[i]];
        Handoff handoff(takeId(ownFlowIds, i), stepOfRawNode.value(resolveNode(flow.source)),
                        stepOfRawNode.value(resolveNode(flow.target)), flow.name, flow.condition);
        process.handoffs.append(handoff);
    }
    process.nextItemId = nextId;
    m_report.flows += int(plan.flows.size());

    if (!useDiagram) {
        if (!plan.nodes.isEmpty())
            m_report.laidOut = true;
        layOut(process);
    } else if (shapes < plan.nodes.size()) {
        placeWithoutShapes(process, plan, stepOfNode, hasShape);
    }

    process.description = plan.description;
    if (const ProcessExtension *ext = plan.extension) {
        process.owner = ext->owner;
        process.slaTargetS = ext->slaTargetS;
        if (ext->slaClock)
            process.slaClock = *ext->slaClock;
        process.workingHours = ext->workingHours;
        process.timeZone = ext->timeZone;
        process.holidays = ext->holidays;
        process.reviewDate = ext->reviewDate;
        process.runsPerMonth = ext->runsPerMonth;
    }
    return process;
}

// Steps the diagram has no shape for: next to a placed neighbour (after a predecessor, before a
// successor, a boundary event on its activity's lower edge), else after the lane's last step;
// down the lane while they would overlap another step.
void Parser::placeWithoutShapes(Process &process, const MapPlan &plan,
                                const QVector<ItemId> &stepOfNode, const QVector<char> &hasShape)
{
    const int n = int(process.steps.size());
    QVector<char> placed(hasShape);
    QHash<ItemId, int> indexOf;
    for (int i = 0; i < n; ++i)
        indexOf.insert(stepOfNode[i], i);
    QVector<QVector<int>> predecessors(n), successors(n);
    for (const Handoff &h : std::as_const(process.handoffs)) {
        const int from = indexOf.value(h.fromStepId, -1), to = indexOf.value(h.toStepId, -1);
        if (from >= 0 && to >= 0) {
            successors[from].append(to);
            predecessors[to].append(from);
        }
    }
    const auto overlaps = [&](int i) {
        const Step &s = process.steps[i];
        const QRectF r(
            process.stepScenePos(s)
                - QPointF(s.drawnSize().width() / 2 + 10, s.drawnSize().height() / 2 + 10),
            s.drawnSize() + QSizeF(20, 20));
        for (int j = 0; j < n; ++j) {
            if (j == i || !placed[j])
                continue;
            const Step &o = process.steps[j];
            const QRectF other(process.stepScenePos(o)
                                   - QPointF(o.drawnSize().width() / 2, o.drawnSize().height() / 2),
                               o.drawnSize());
            if (r.intersects(other))
                return true;
        }
        return false;
    };
    const auto settle = [&](int i, double x) {
        Step &s = process.steps[i];
        Lane *lane = process.lane(s.laneId);
        const double h = s.drawnSize().height();
        s.pos = QPointF(x, lane->height / 2);
        while (overlaps(i) && s.pos.y() + h < 4 * lane->height)
            s.pos.ry() += h + 20;
        if (s.pos.y() + h / 2 + 10 > lane->height)
            lane->height = s.pos.y() + h / 2 + 10;
        placed[i] = 1;
        const RawNode &node = m_nodes[plan.nodes[i]];
        addItem(BpmnImportReport::Item::Kind::Note, node.element, node.id, node.line,
                tr("%1 has no shape in the diagram: placed by its neighbours")
                    .arg(describe(node.element, node.id, node.name)));
    };
    bool progress = true;
    while (progress) {
        progress = false;
        for (int i = 0; i < n; ++i) {
            if (placed[i])
                continue;
            Step &s = process.steps[i];
            const double w = s.drawnSize().width();
            if (s.attachedToStepId) {
                const int a = indexOf.value(s.attachedToStepId, -1);
                if (a >= 0 && placed[a]) {
                    const Step &activity = process.steps[a];
                    s.pos = activity.pos
                        + QPointF(0,
                                  activity.drawnSize().height() / 2
                                      + process.laneTop(activity.laneId)
                                      - process.laneTop(s.laneId));
                    placed[i] = 1;
                    progress = true;
                    const RawNode &node = m_nodes[plan.nodes[i]];
                    addItem(BpmnImportReport::Item::Kind::Note, node.element, node.id, node.line,
                            tr("%1 has no shape in the diagram: placed on its activity")
                                .arg(describe(node.element, node.id, node.name)));
                }
                continue;
            }
            double x = 0;
            bool found = false;
            for (int p : std::as_const(predecessors[i])) {
                if (placed[p]) {
                    const Step &o = process.steps[p];
                    const double candidate
                        = o.pos.x() + o.drawnSize().width() / 2 + PlacementGap + w / 2;
                    x = found ? std::max(x, candidate) : candidate;
                    found = true;
                }
            }
            if (!found) {
                for (int q : std::as_const(successors[i])) {
                    if (placed[q]) {
                        const Step &o = process.steps[q];
                        const double candidate
                            = o.pos.x() - o.drawnSize().width() / 2 - PlacementGap - w / 2;
                        x = found ? std::min(x, candidate) : candidate;
                        found = true;
                    }
                }
            }
            if (found) {
                settle(i, x);
                progress = true;
            }
        }
    }
    // Whatever has no placed neighbour at all: after everything else.
    double right = 0;
    for (int i = 0; i < n; ++i) {
        if (placed[i])
            right
                = std::max(right, process.steps[i].pos.x() + process.steps[i].drawnSize().width());
    }
    for (int i = 0; i < n; ++i) {
        if (!placed[i]) {
            right += PlacementGap + process.steps[i].drawnSize().width() / 2;
            settle(i, right);
            right += process.steps[i].drawnSize().width() / 2;
        }
    }
}

// A map without a usable diagram: the layered layout, lanes as tall as their stacks need, and
// boundary events on their activities' lower edges (they are left out of the layout, their
// handoffs leaving from their activities instead).
void Parser::layOut(Process &process)
{
    Process graph = process;
    graph.steps.clear();
    QHash<ItemId, ItemId> redirect;
    for (const Step &step : std::as_const(process.steps)) {
        if (step.attachedToStepId)
            redirect.insert(step.id, step.attachedToStepId);
        else
            graph.steps.append(step);
    }
    for (Handoff &h : graph.handoffs) {
        h.fromStepId = redirect.value(h.fromStepId, h.fromStepId);
        h.toStepId = redirect.value(h.toStepId, h.toStepId);
    }
    LayoutOptions options;
    QVector<StepPlacement> placements;
    for (int round = 0; round < 2; ++round) {
        placements = layeredLayout(graph, options);
        // Steps of one column in one lane stack: the lane grows to hold them.
        QHash<QPair<ItemId, qint64>, int> stack;
        QHash<ItemId, int> deepest;
        for (const StepPlacement &p : std::as_const(placements)) {
            const int k = ++stack[qMakePair(p.laneId, qint64(std::llround(p.pos.x())))];
            deepest[p.laneId] = std::max(deepest.value(p.laneId), k);
        }
        bool grown = false;
        for (Lane &lane : graph.lanes) {
            const double needed
                = std::max(DefaultLaneHeight, deepest.value(lane.id) * options.rowSpacing + 70);
            if (lane.height < needed) {
                lane.height = needed;
                grown = true;
            }
        }
        if (!grown)
            break;
    }
    for (int i = 0; i < graph.lanes.size(); ++i)
        process.lanes[i].height = graph.lanes[i].height;
    QHash<ItemId, int> index;
    for (int i = 0; i < process.steps.size(); ++i)
        index.insert(process.steps[i].id, i);
    for (const StepPlacement &p : std::as_const(placements))
        process.steps[index.value(p.stepId)].pos = p.pos;
    QHash<ItemId, int> attachedCount;
    for (Step &step : process.steps) {
        if (!step.attachedToStepId)
            continue;
        const Step *activity = process.step(step.attachedToStepId);
        const int k = attachedCount[step.attachedToStepId]++;
        const QSizeF size = activity->drawnSize();
        step.pos = activity->pos
            + QPointF(-size.width() / 2 + 24 + k * 34
                          - std::floor((k * 34) / (size.width() - 40)) * (size.width() - 40),
                      size.height() / 2);
        step.laneId = activity->laneId;
    }
}

std::optional<BpmnImport> Parser::build()
{
    int nodeCount = 0;
    for (const RawContainer &container : std::as_const(m_containers)) {
        if (container.isProcess)
            nodeCount += int(container.nodes.size());
    }
    if (nodeCount == 0) {
        const qint64 line = m_containers.isEmpty() ? m_definitionsLine : m_containers[0].line;
        fail(line, 0,
             m_containers.isEmpty()
                 ? tr("the file holds no process: nothing to import")
                 : tr("the process is empty: it has no task, event or gateway to import"));
        return std::nullopt;
    }
    checkReferences();

    const Diagram *diagram = mainDiagram();
    m_vertical = isVertical(diagram);
    for (const Diagram &other : std::as_const(m_diagrams)) {
        const int node = m_nodeIndex.value(other.plane, -1);
        if (&other != diagram && (node < 0 || m_nodes[node].content < 0)) {
            addItem(
                Item::Kind::Note, QStringLiteral("BPMNDiagram"), other.id, other.line,
                tr("diagram %1 not imported: only the first diagram of a file is").arg(other.id));
        }
    }

    // Pools: every participant, then every process no participant shows.
    struct Pool
    {
        QString id;
        QString name;
        int container = -1; ///< -1: a black box
        qint64 line = 0;
    };
    QVector<Pool> pools;
    QSet<int> pooled;
    QHash<QString, int> processIndex;
    for (int c = 0; c < m_containers.size(); ++c) {
        if (m_containers[c].isProcess && !processIndex.contains(m_containers[c].id))
            processIndex.insert(m_containers[c].id, c);
    }
    for (const RawParticipant &participant : std::as_const(m_participants)) {
        Pool pool;
        pool.id = participant.id;
        pool.name = participant.name;
        pool.line = participant.line;
        if (!participant.processRef.isEmpty()) {
            const int c = processIndex.value(participant.processRef, -1);
            if (c < 0) {
                addItem(Item::Kind::Dangling, QStringLiteral("participant"), participant.id,
                        participant.line,
                        tr("%1 refers to process \"%2\", which the file does not have: imported "
                           "as a pool without a process")
                            .arg(describe(QStringLiteral("participant"), participant.id,
                                          participant.name),
                                 participant.processRef));
            } else if (pooled.contains(c)) {
                addItem(Item::Kind::Note, QStringLiteral("participant"), participant.id,
                        participant.line,
                        tr("%1 shows a process another pool shows already: left out")
                            .arg(describe(QStringLiteral("participant"), participant.id,
                                          participant.name)));
                continue;
            } else {
                pool.container = c;
                pooled.insert(c);
                if (pool.name.isEmpty())
                    pool.name = m_containers[c].name;
            }
        }
        pools.append(pool);
    }
    // A process no pool shows that a call activity calls is that activity's child map.
    QHash<int, int> calledBy; // process -> its first caller
    for (int n = 0; n < m_nodes.size(); ++n) {
        const int c = processIndex.value(m_nodes[n].calledElement, -1);
        if (c >= 0 && !pooled.contains(c) && c != m_nodes[n].container && !calledBy.contains(c))
            calledBy.insert(c, n);
    }
    // A process no pool shows and nothing calls, drawn wholly inside an activity without content
    // of its own (Visual Paradigm writes a called process so), is that activity's map.
    QHash<int, int> adoptedBy; // process -> the activity drawn around it
    QHash<int, int> adopts; // the activity -> the process
    for (int c = 0; diagram && c < m_containers.size(); ++c) {
        const RawContainer &container = m_containers[c];
        if (!container.isProcess || pooled.contains(c) || calledBy.contains(c)
            || container.nodes.isEmpty() || !container.lanes.isEmpty())
            continue;
        QRectF drawn;
        bool shaped = true;
        for (int n : container.nodes) {
            const QRectF r = nodeRect(diagram, n);
            shaped = shaped && !r.isNull();
            drawn = drawn.isNull() ? r : drawn.united(r);
        }
        if (!shaped)
            continue;
        int around = -1;
        double aroundArea = 0;
        for (int a = 0; a < m_nodes.size(); ++a) {
            const RawNode &node = m_nodes[a];
            const bool empty = node.content < 0 || m_containers[node.content].nodes.isEmpty();
            if (flowNodeTypes[node.type].nodeClass != NodeClass::Activity || node.container == c
                || !empty || adopts.contains(a)
                || calledBy.contains(processIndex.value(node.calledElement, -1)))
                continue;
            const auto it = diagram->shapes.constFind(node.id);
            if (it == diagram->shapes.constEnd())
                continue;
            const QRectF frame = oriented(it->bounds);
            const double area = frame.width() * frame.height();
            if (frame.contains(drawn) && (around < 0 || area < aroundArea)) {
                around = a;
                aroundArea = area;
            }
        }
        if (around >= 0) {
            adoptedBy.insert(c, around);
            adopts.insert(around, c);
            const RawNode &node = m_nodes[around];
            addItem(Item::Kind::Note, QStringLiteral("process"), container.id, container.line,
                    tr("%1 has no pool and is drawn inside %2: imported as its map")
                        .arg(describe(QStringLiteral("process"), container.id, container.name),
                             describe(node.element, node.id, node.name)));
        }
    }
    for (int c = 0; c < m_containers.size(); ++c) {
        const RawContainer &container = m_containers[c];
        if (!container.isProcess || pooled.contains(c) || calledBy.contains(c)
            || adoptedBy.contains(c))
            continue;
        if (container.nodes.isEmpty() && container.lanes.isEmpty())
            continue; // nothing to show
        Pool pool;
        pool.id = container.id;
        pool.name = container.name;
        pool.container = c;
        pool.line = container.line;
        pools.append(pool);
    }
    // Processes that only call or hold each other (a circle): none is a child, all are pools.
    const bool anyContent = std::any_of(pools.cbegin(), pools.cend(), [this](const Pool &pool) {
        return pool.container >= 0 && !m_containers[pool.container].nodes.isEmpty();
    });
    if (!anyContent) {
        for (int c = 0; c < m_containers.size(); ++c) {
            if (!calledBy.contains(c) && !adoptedBy.contains(c))
                continue;
            Pool pool;
            pool.id = m_containers[c].id;
            pool.name = m_containers[c].name;
            pool.container = c;
            pool.line = m_containers[c].line;
            pools.append(pool);
        }
        calledBy.clear();
        adoptedBy.clear();
        adopts.clear();
    }

    // A pool that holds nothing is an empty lane, if the diagram shows it at all.
    QVector<Pool> shown;
    for (const Pool &pool : std::as_const(pools)) {
        const bool empty = pool.container < 0
            || (m_containers[pool.container].nodes.isEmpty()
                && m_containers[pool.container].lanes.isEmpty());
        if (empty && diagram) {
            const auto it = diagram->shapes.constFind(pool.id);
            if (it == diagram->shapes.constEnd() || it->bounds.width() <= 0
                || it->bounds.height() <= 0) {
                addItem(Item::Kind::NotImported, QStringLiteral("participant"), pool.id, pool.line,
                        tr("%1 not imported: a pool without content that the diagram does not "
                           "show")
                            .arg(describe(QStringLiteral("participant"), pool.id, pool.name)));
                continue;
            }
        }
        shown.append(pool);
    }
    m_report.pools = int(shown.size());

    MapPlan plan;
    plan.diagram = diagram;
    const bool severalPools = shown.size() > 1;
    QStringList descriptions;
    for (int p = 0; p < shown.size(); ++p) {
        const Pool &pool = shown[p];
        std::optional<QRectF> poolBand;
        if (diagram) {
            const auto it = diagram->shapes.constFind(pool.id);
            if (it != diagram->shapes.constEnd() && it->bounds.width() > 0
                && it->bounds.height() > 0)
                poolBand = oriented(it->bounds);
        }
        const int firstLane = int(plan.lanes.size());
        const RawContainer *container
            = pool.container >= 0 ? &m_containers[pool.container] : nullptr;
        if (container && !container->lanes.isEmpty()) {
            QStringList path;
            if (severalPools && !pool.name.isEmpty())
                path.append(pool.name);
            for (int lane : container->lanes)
                addLeafLanes(plan, lane, path,
                             container->lanes.size() == 1 ? poolBand : std::nullopt);
            for (int l = firstLane; l < plan.lanes.size(); ++l) {
                if (plan.lanes[l].name.isEmpty())
                    plan.lanes[l].name
                        = !pool.name.isEmpty() ? pool.name : tr("Lane %1").arg(l + 1);
            }
        } else {
            MapLane lane;
            lane.name = !pool.name.isEmpty() ? pool.name : tr("Lane %1").arg(firstLane + 1);
            lane.sourceId = pool.id;
            lane.shapeBand = poolBand;
            lane.order = firstLane;
            plan.lanes.append(lane);
        }
        if (!container)
            continue;
        if (!container->documentation.isEmpty())
            descriptions.append(container->documentation);
        if (!plan.extension && container->extension.present)
            plan.extension = &container->extension;

        // Nodes to leaf lanes: by the lanes' references, else by where they are drawn.
        QHash<int, int> byReference;
        QHash<int, int> byParent; // node -> the parent lane that names it

        for (int l = firstLane; l < plan.lanes.size(); ++l) {
            const int raw = plan.lanes[l].rawLane;
            for (int r = raw; r >= 0; r = m_lanes[r].parent) {
                for (const QString &ref : std::as_const(m_lanes[r].refs)) {
                    const int node = resolveNode(ref);
                    if (node < 0) {
                        if (r == raw) {
                            addItem(Item::Kind::Dangling, QStringLiteral("flowNodeRef"),
                                    m_lanes[r].id, m_lanes[r].line,
                                    tr("lane \"%1\" refers to \"%2\", which the file does not "
                                       "have")
                                        .arg(m_lanes[r].name, ref));
                        }
                        continue;
                    }
                    // A leaf's own reference wins over a parent's (which only says "one of mine").
                    if (r == raw && !byReference.contains(node))
                        byReference.insert(node, l);
                    else if (r != raw && !byParent.contains(node))
                        byParent.insert(node, r);
                }
            }
        }
        for (int node : container->nodes) {
            plan.nodes.append(node);
            int lane = byReference.value(node, -1);
            if (lane < 0 && plan.lanes.size() - firstLane > 1) {
                // Unreferenced, or only by a parent lane: the leaf its shape lies in.
                const QRectF r = nodeRect(diagram, node);
                if (!r.isNull()) {
                    for (int l = firstLane; l < plan.lanes.size(); ++l) {
                        const std::optional<QRectF> &band = plan.lanes[l].shapeBand;
                        if (band && r.center().y() >= band->top()
                            && r.center().y() < band->bottom()) {
                            lane = l;
                            break;
                        }
                    }
                }
                // (A boundary event goes with its activity: no need to say so.)
                if (!container->lanes.isEmpty() && m_nodes[node].attachedTo.isEmpty()) {
                    const RawNode &raw = m_nodes[node];
                    const QString chosen = plan.lanes[lane >= 0 ? lane : firstLane].name;
                    addItem(Item::Kind::Note, raw.element, raw.id, raw.line,
                            byParent.contains(node)
                                ? tr("%1 is named only by lane \"%2\", which holds lanes of its "
                                     "own: put in lane \"%3\"")
                                      .arg(describe(raw.element, raw.id, raw.name),
                                           m_lanes[byParent.value(node)].name, chosen)
                                : tr("%1 is in no lane of its pool: put in lane \"%2\"")
                                      .arg(describe(raw.element, raw.id, raw.name), chosen));
                }
            }
            plan.nodeLane.insert(node, lane >= 0 ? lane : firstLane);
        }
        plan.flows.append(container->flows);
    }
    plan.description = descriptions.join(QLatin1String("\n\n"));

    // Flows must join two steps of one map.
    QHash<int, int> mapOfContainer; // container -> the map holding its nodes (main: 0)
    for (const Pool &pool : std::as_const(shown)) {
        if (pool.container >= 0)
            mapOfContainer.insert(pool.container, 0);
    }
    const auto flowOk = [&](int f, int map) {
        const RawFlow &flow = m_flows[f];
        const int from = resolveNode(flow.source), to = resolveNode(flow.target);
        if (from < 0 || to < 0) {
            addItem(Item::Kind::Dangling, QStringLiteral("sequenceFlow"), flow.id, flow.line,
                    tr("%1 not imported: it refers to \"%2\", which the file does not have")
                        .arg(describe(QStringLiteral("sequenceFlow"), flow.id, flow.name),
                             from < 0 ? flow.source : flow.target));
            return false;
        }
        if (mapOfContainer.value(m_nodes[from].container, -1) != map
            || mapOfContainer.value(m_nodes[to].container, -1) != map) {
            addItem(Item::Kind::NotImported, QStringLiteral("sequenceFlow"), flow.id, flow.line,
                    tr("%1 not imported: it crosses the border of a sub-process")
                        .arg(describe(QStringLiteral("sequenceFlow"), flow.id, flow.name)));
            return false;
        }
        return true;
    };
    {
        QVector<int> flows;
        for (int f : std::as_const(plan.flows)) {
            if (flowOk(f, 0))
                flows.append(f);
        }
        plan.flows = flows;
    }

    m_import.processes.append(makeMap(plan, 0));
    m_import.parents.append(-1);
    m_import.subProcessNames.append(QString());
    m_report.lanes = int(m_import.processes[0].lanes.size());

    // Sub-processes with content: child maps, parents before children.
    // (A process a call activity calls, shown by no pool, is its child map likewise.)
    struct Pending
    {
        int node;
        int content;
        int parentMap;
    };
    QVector<Pending> pending;
    const auto queueChildren = [&](const QVector<int> &nodes, int map) {
        for (int node : nodes) {
            int content = m_nodes[node].content;
            if (content < 0 || m_containers[content].nodes.isEmpty()) {
                const int called = processIndex.value(m_nodes[node].calledElement, -1);
                content = adopts.contains(node) ? adopts.value(node)
                    : calledBy.contains(called) ? called
                                                : -1;
            }
            if (content >= 0 && !m_containers[content].nodes.isEmpty())
                pending.append({node, content, map});
        }
    };
    queueChildren(plan.nodes, 0);
    for (int next = 0; next < pending.size(); ++next) {
        const int node = pending[next].node;
        const int parentMap = pending[next].parentMap;
        const RawNode &raw = m_nodes[node];
        const RawContainer &container = m_containers[pending[next].content];
        if (mapOfContainer.contains(pending[next].content)) {
            // Called once more: linked to the map made already, unless that is its own parent
            // (a process calling itself).
            const int called = mapOfContainer.value(pending[next].content);
            bool ancestor = false;
            for (int m = parentMap; m >= 0; m = m_import.parents[m])
                ancestor = ancestor || m == called;
            const auto [parentMapIndex, parentStepId] = m_stepOf.value(node);
            Step *step = m_import.processes[parentMapIndex].step(parentStepId);
            if (!ancestor && step)
                step->childProcessId = -called;
            continue;
        }
        const int map = int(m_import.processes.size());
        mapOfContainer.insert(pending[next].content, map);

        MapPlan child;
        // The content's shapes: inside the expanded shape in the main diagram, else in the
        // sub-process's own diagram (a drill-down), else none.
        bool inMain = false;
        for (int n : container.nodes)
            inMain = inMain || !nodeRect(diagram, n).isNull();
        child.diagram = inMain ? diagram : drillDownDiagram(raw.id);
        if (!child.diagram && !inMain)
            child.diagram = drillDownDiagram(container.id);
        QRectF frame;
        if (inMain) {
            const auto it = diagram->shapes.constFind(raw.id);
            if (it != diagram->shapes.constEnd())
                frame = oriented(it->bounds);
        } else if (child.diagram) {
            for (int n : container.nodes) {
                const QRectF r = nodeRect(child.diagram, n);
                if (!r.isNull())
                    frame = frame.isNull() ? r : frame.united(r);
            }
            if (!frame.isNull())
                frame.adjust(-BandMargin * 2, -BandMargin * 2, BandMargin, BandMargin * 2);
        }
        if (!container.lanes.isEmpty()) {
            for (int lane : container.lanes)
                addLeafLanes(child, lane, {},
                             container.lanes.size() == 1 && !frame.isNull()
                                 ? std::optional<QRectF>(frame)
                                 : std::nullopt);
            for (int l = 0; l < child.lanes.size(); ++l) {
                if (child.lanes[l].name.isEmpty())
                    child.lanes[l].name = tr("Lane %1").arg(l + 1);
            }
        } else {
            // The content's owner is the sub-process's: its lane in the parent map.
            const auto [parentMapIndex, parentStepId] = m_stepOf.value(node);
            const Process &parentProcess = m_import.processes[parentMapIndex];
            MapLane lane;
            if (const Step *step = parentProcess.step(parentStepId)) {
                if (const Lane *owner = parentProcess.lane(step->laneId)) {
                    lane.name = owner->name;
                    lane.lane.kind = owner->kind;
                    lane.lane.color = owner->color;
                }
            }
            if (lane.name.isEmpty())
                lane.name = tr("Lane %1").arg(1);
            if (!frame.isNull())
                lane.shapeBand = frame;
            child.lanes.append(lane);
        }
        for (int n : container.nodes) {
            child.nodes.append(n);
            int lane = 0;
            for (int l = 0; l < child.lanes.size(); ++l) {
                const int rawLane = child.lanes[l].rawLane;
                if (rawLane >= 0 && m_lanes[rawLane].refs.contains(m_nodes[n].id)) {
                    lane = l;
                    break;
                }
            }
            child.nodeLane.insert(n, lane);
        }
        for (int f : container.flows) {
            if (flowOk(f, map))
                child.flows.append(f);
        }
        child.description
            = container.documentation.isEmpty() ? raw.documentation : container.documentation;
        child.subProcess = describe(raw.element, raw.id, raw.name);
        child.line = raw.line;
        Process process = makeMap(child, map);
        // The content keeps its place inside the sub-process's frame: x from its left edge (y
        // is from the lane's top already).
        if (!frame.isNull()) {
            for (Step &step : process.steps)
                step.pos.rx() -= frame.left();
        }
        m_import.processes.append(process);
        m_import.parents.append(parentMap);
        m_import.subProcessNames.append(raw.name.isEmpty() ? raw.id : raw.name);
        const auto [parentMapIndex, parentStepId] = m_stepOf.value(node);
        if (Step *step = m_import.processes[parentMapIndex].step(parentStepId))
            step->childProcessId = -map;
        queueChildren(container.nodes, map);
    }
    m_report.maps = int(m_import.processes.size());

    // The name: the pool's (or process's) when there is one, else the collaboration's, the
    // definitions', the file's.
    QString name;
    if (shown.size() == 1)
        name = shown[0].name;
    if (name.isEmpty())
        name = m_collaborationName;
    if (name.isEmpty())
        name = m_definitionsName;
    if (name.isEmpty())
        name = QFileInfo(m_fileName).completeBaseName();
    if (name.isEmpty())
        name = tr("Imported process");
    if (severalPools) {
        addItem(Item::Kind::Note, QStringLiteral("collaboration"), QString(), 0,
                tr("the file has %n pools (participants or processes): they are one map here, "
                   "a lane or lanes each",
                   nullptr, int(shown.size())));
    }
    m_import.setName(name);

    for (const Process &process : std::as_const(m_import.processes)) {
        const QStringList violations = process.invariantViolations();
        if (!violations.isEmpty()) {
            fail(0, 0,
                 tr("internal error reading the file: %1")
                     .arg(violations.join(QLatin1String("; "))));
            return std::nullopt;
        }
    }
    return std::move(m_import);
}

} // namespace

// --- BpmnImportReport

int BpmnImportReport::count(Item::Kind kind) const
{
    int n = 0;
    for (const Item &item : items) {
        if (item.kind == kind)
            n += item.count;
    }
    return n;
}

QMap<QString, int> BpmnImportReport::notImportedCounts() const
{
    QMap<QString, int> counts;
    for (const Item &item : items) {
        if (item.kind == Item::Kind::NotImported)
            counts[item.element] += item.count;
    }
    return counts;
}

QStringList BpmnImportReport::lines(const QString &fileName) const
{
    QStringList result;
    result.reserve(items.size());
    for (const Item &item : items) {
        QString text = item.text;
        if (item.count > 1)
            text = BpmnReader::tr("%1 (%n times)", nullptr, item.count).arg(text);
        result.append(item.line > 0
                          ? BpmnReader::tr("%1:%2: %3").arg(fileName).arg(item.line).arg(text)
                          : BpmnReader::tr("%1: %2").arg(fileName, text));
    }
    return result;
}

QString BpmnImportReport::summary() const
{
    return BpmnReader::tr("%n map(s)", nullptr, maps) + QLatin1String(", ")
        + BpmnReader::tr("%n lane(s)", nullptr, lanes) + QLatin1String(", ")
        + BpmnReader::tr("%n activity(s)", nullptr, activities) + QLatin1String(", ")
        + BpmnReader::tr("%n event(s)", nullptr, events) + QLatin1String(", ")
        + BpmnReader::tr("%n gateway(s)", nullptr, gateways) + QLatin1String(", ")
        + BpmnReader::tr("%n flow(s)", nullptr, flows);
}

// --- BpmnImport

void BpmnImport::setName(const QString &name)
{
    for (int i = 0; i < processes.size(); ++i) {
        const int parent = i < parents.size() ? parents[i] : -1;
        processes[i].name = parent < 0
            ? name
            : BpmnReader::tr("%1 / %2").arg(processes[parent].name, subProcessNames.value(i));
    }
}

// --- BpmnReader

std::optional<BpmnImport> BpmnReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1: cannot open the file: %2").arg(path, file.errorString());
        m_errorLine = 0;
        m_errorColumn = 0;
        return std::nullopt;
    }
    return read(file.readAll(), path);
}

std::optional<BpmnImport> BpmnReader::read(const QByteArray &data, const QString &fileName)
{
    Parser parser(fileName);
    std::optional<BpmnImport> result = parser.run(data);
    m_error = parser.error;
    m_errorLine = parser.errorLine;
    m_errorColumn = parser.errorColumn;
    return result;
}

ProcessId saveBpmnImport(Workspace &workspace, BpmnImport &import, const QString &name,
                         QVector<ProcessId> *ids)
{
    if (import.processes.isEmpty())
        return 0;
    QSet<QString> taken;
    const auto freeName = [&](const QString &wanted) {
        QString candidate = workspace.freeProcessName(wanted);
        for (int n = 2; taken.contains(candidate); ++n)
            candidate = workspace.freeProcessName(BpmnReader::tr("%1 (%2)").arg(wanted).arg(n));
        taken.insert(candidate);
        return candidate;
    };
    const QString mainName = name.isEmpty() ? freeName(import.processes[0].name) : name;
    taken.insert(mainName);
    import.setName(mainName);
    for (int i = 1; i < import.processes.size(); ++i)
        import.processes[i].name = freeName(import.processes[i].name);
    const QVector<ProcessId> saved = workspace.insertProcesses(import.processes);
    if (saved.isEmpty())
        return 0;
    if (ids)
        *ids = saved;
    return saved.constFirst();
}

} // namespace Stepwise
