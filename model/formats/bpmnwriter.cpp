#include "bpmnwriter.h"

#include "process/orthogonalrouter.h"
#include "process/processjson.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLocale>
#include <QRectF>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <memory>
#include <vector>

namespace Stepwise {

namespace {

// The canvas's frame around a map (widgets/canvas: LaneItem::HeaderWidth, ProcessScene's
// SideMargin and MinimumWidth), so that the pool and its lanes span what the canvas shows.
constexpr double LaneHeaderWidth = 130;
constexpr double PoolLabelWidth = 30; // the pool's name column, left of its lanes (bpmn.io's)
constexpr double SideMargin = 60;
constexpr double MinimumWidth = 900;
constexpr double MinimumHeight = 200;
constexpr double SubProcessPadding = 30; // room kept round a sub-process's content

QString tr(const char *text)
{
    return QCoreApplication::translate("Stepwise::BpmnWriter", text);
}

QByteArray shortest(double value)
{
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

/// A small XML writer straight into UTF-8 bytes, indented by two spaces. QXmlStreamWriter made
/// the export of a 10,000-step map take several times as long (every token a QString made from
/// UTF-8 and written on its own); the documents here need no more than this: fixed prefixes
/// declared once on the root, elements, attributes and text.
class XmlOut
{
public:
    explicit XmlOut(QByteArray &out) : m_out(out) { }

    /// Starts an element by its qualified name ("bpmn:task").
    void start(QByteArrayView qname)
    {
        closeStartTag();
        if (!m_stack.empty())
            m_stack.back().hasChildren = true;
        newline();
        m_out += '<';
        m_out += qname;
        m_stack.push_back({QByteArray(qname.data(), qname.size())});
        m_startOpen = true;
    }
    /// An attribute of text from the map: escaped, control characters XML forbids dropped.
    void attribute(const char *name, QStringView value)
    {
        attributeName(name);
        escape(value, true);
        m_out += '"';
    }
    /// An attribute of plain ASCII that needs no escaping (ids, words, numbers).
    void word(const char *name, QByteArrayView value)
    {
        attributeName(name);
        m_out += value;
        m_out += '"';
    }
    /// A coordinate to a hundredth: positions survive a round trip well within half a unit and
    /// the file stays readable. Never an exponent, never "-0".
    void coordinate(const char *name, double value)
    {
        attributeName(name);
        long long hundredths = std::llround(value * 100);
        if (hundredths < 0) {
            m_out += '-';
            hundredths = -hundredths;
        }
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, hundredths / 100).ptr;
        m_out.append(digits, end - digits);
        const int fraction = int(hundredths % 100);
        if (fraction) {
            m_out += '.';
            m_out += char('0' + fraction / 10);
            if (fraction % 10)
                m_out += char('0' + fraction % 10);
        }
        m_out += '"';
    }
    void text(QStringView value)
    {
        closeStartTag();
        escape(value, false);
        m_stack.back().hasText = true;
    }
    void end()
    {
        const Open open = std::move(m_stack.back());
        m_stack.pop_back();
        if (m_startOpen) {
            m_out += "/>";
            m_startOpen = false;
            return;
        }
        if (open.hasChildren && !open.hasText)
            newline();
        m_out += "</";
        m_out += open.qname;
        m_out += '>';
    }
    void textElement(QByteArrayView qname, QStringView value)
    {
        start(qname);
        if (!value.isEmpty())
            text(value);
        end();
    }
    void wordElement(QByteArrayView qname, QByteArrayView value)
    {
        start(qname);
        closeStartTag();
        m_out += value;
        m_stack.back().hasText = true;
        end();
    }

private:
    struct Open
    {
        QByteArray qname;
        bool hasChildren = false;
        bool hasText = false;
    };

    void attributeName(const char *name)
    {
        m_out += ' ';
        m_out += name;
        m_out += "=\"";
    }
    void closeStartTag()
    {
        if (m_startOpen) {
            m_out += '>';
            m_startOpen = false;
        }
    }
    void newline()
    {
        m_out += '\n';
        m_out.append(qsizetype(m_stack.size()) * 2, ' ');
    }
    // XML 1.0 forbids most control characters even escaped; a name pasted from elsewhere may
    // hold one, and the file must still parse. Line breaks and tabs in attributes are written
    // as references so that a reader gets them back instead of spaces.
    void escape(QStringView text, bool inAttribute)
    {
        qsizetype run = 0;
        const auto flushRun = [&](qsizetype end) {
            if (end > run)
                m_out += text.mid(run, end - run).toUtf8();
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            const char *replacement = nullptr;
            bool drop = false;
            switch (c) {
            case u'&':
                replacement = "&amp;";
                break;
            case u'<':
                replacement = "&lt;";
                break;
            case u'>':
                replacement = "&gt;";
                break;
            case u'"':
                replacement = inAttribute ? "&quot;" : nullptr;
                break;
            case u'\n':
                replacement = inAttribute ? "&#10;" : nullptr;
                break;
            case u'\t':
                replacement = inAttribute ? "&#9;" : nullptr;
                break;
            case u'\r':
                replacement = "&#13;";
                break;
            default:
                drop = c < 0x20 || c == 0xFFFE || c == 0xFFFF;
                break;
            }
            if (replacement || drop) {
                flushRun(i);
                if (replacement)
                    m_out += replacement;
                run = i + 1;
            }
        }
        flushRun(text.size());
    }

    QByteArray &m_out;
    std::vector<Open> m_stack;
    bool m_startOpen = false;
};

QByteArray itemId(const QByteArray &prefix, const char *kind, ItemId id)
{
    char digits[16];
    const auto end = std::to_chars(digits, digits + sizeof digits, id).ptr;
    QByteArray result;
    result.reserve(prefix.size() + 16);
    result += prefix;
    result += kind;
    result += '_';
    result.append(digits, end - digits);
    return result;
}

bool canHoldContent(const QString &element)
{
    return element == QLatin1String("subProcess") || element == QLatin1String("transaction")
        || element == QLatin1String("adHocSubProcess");
}

const char *const taskElements[] = {
    "task",        "userTask",     "serviceTask", "sendTask",
    "receiveTask", "manualTask",   "scriptTask",  "businessRuleTask",
    "subProcess",  "callActivity", "transaction", "adHocSubProcess",
};
const char *const gatewayElements[] = {
    "exclusiveGateway",  "inclusiveGateway", "parallelGateway",
    "eventBasedGateway", "complexGateway",
};
const char *const eventElements[] = {
    "intermediateCatchEvent",
    "intermediateThrowEvent",
    "boundaryEvent",
};
const char *const eventWords[] = {
    "error", "signal", "escalation", "conditional", "compensate", "link", "terminate", "cancel",
};

template<std::size_t N>
bool oneOf(const QString &word, const char *const (&words)[N])
{
    return std::any_of(std::begin(words), std::end(words),
                       [&](const char *w) { return word == QLatin1String(w); });
}

/// Answers the router's "which boxes lie in this area" from a uniform grid over one level's
/// shapes, so that a route costs time in proportion to its neighbourhood, not the map.
class ShapeGrid
{
public:
    explicit ShapeGrid(const QVector<QRectF> &rects) : m_rects(rects), m_stamp(rects.size(), 0)
    {
        if (rects.isEmpty())
            return;
        QRectF all = rects.first();
        for (const QRectF &r : rects)
            all |= r;
        m_origin = all.topLeft();
        // About four shapes per cell on an even map; never more than ~1M cells.
        m_cell = std::max(
            {200.0, std::sqrt(all.width() * all.height() / std::max<qsizetype>(1, rects.size())),
             std::sqrt(all.width() * all.height() / 1e6)});
        m_columns = std::max(1, int(all.width() / m_cell) + 1);
        m_rows = std::max(1, int(all.height() / m_cell) + 1);
        m_cells.resize(qsizetype(m_columns) * m_rows);
        for (int i = 0; i < rects.size(); ++i) {
            const QRect span = cellsOf(rects[i]);
            for (int y = span.top(); y <= span.bottom(); ++y) {
                for (int x = span.left(); x <= span.right(); ++x)
                    m_cells[qsizetype(y) * m_columns + x].append(i);
            }
        }
    }

    /// The shapes intersecting area, except the two given by index.
    QVector<QRectF> query(const QRectF &area, int skipA, int skipB) const
    {
        QVector<QRectF> found;
        if (m_cells.isEmpty())
            return found;
        ++m_round;
        const QRect span = cellsOf(area);
        for (int y = span.top(); y <= span.bottom(); ++y) {
            for (int x = span.left(); x <= span.right(); ++x) {
                for (int i : m_cells[qsizetype(y) * m_columns + x]) {
                    if (m_stamp[i] == m_round || i == skipA || i == skipB)
                        continue;
                    m_stamp[i] = m_round;
                    if (m_rects[i].intersects(area))
                        found.append(m_rects[i]);
                }
            }
        }
        return found;
    }

private:
    QRect cellsOf(const QRectF &r) const
    {
        const auto clampTo
            = [](double v, int n) { return std::clamp(int(std::floor(v)), 0, n - 1); };
        const int x0 = clampTo((r.left() - m_origin.x()) / m_cell, m_columns);
        const int x1 = clampTo((r.right() - m_origin.x()) / m_cell, m_columns);
        const int y0 = clampTo((r.top() - m_origin.y()) / m_cell, m_rows);
        const int y1 = clampTo((r.bottom() - m_origin.y()) / m_cell, m_rows);
        return QRect(QPoint(x0, y0), QPoint(x1, y1));
    }

    QVector<QRectF> m_rects;
    QVector<QVector<int>> m_cells;
    mutable QVector<unsigned> m_stamp;
    mutable unsigned m_round = 0;
    QPointF m_origin;
    double m_cell = 200;
    int m_columns = 0;
    int m_rows = 0;
};

/// One process written: the top map, or the child map of an expanded sub-process.
struct Level
{
    Process process;
    QByteArray prefix; ///< id prefix of everything in it: "" or "Step_12_"
    /// The shapes in the level's own scene coordinates (lanes from y = 0), by step index.
    QVector<QRectF> shapes;
    /// Step index -> the child level written inside it.
    QHash<int, int> children;
    QPointF origin; ///< where the level's scene origin lies in the diagram
    double left = 0; ///< left edge of the content (scene), content starts at x >= left
    QSizeF extent; ///< width and height of the content from (left, 0)
    QHash<ItemId, QVector<ItemId>> incoming, outgoing; ///< handoff ids by step, in map order
    QHash<ItemId, int> stepIndex;

    QByteArray stepId(ItemId id) const { return itemId(prefix, "Step", id); }
    QByteArray flowId(ItemId id) const { return itemId(prefix, "Flow", id); }
    QByteArray laneId(ItemId id) const { return itemId(prefix, "Lane", id); }
};

class Writer
{
public:
    Writer(QIODevice *device, const BpmnWriteOptions &options)
        : m_device(device), m_xml(m_bytes), m_options(options)
    { }

    /// False when the device refused the bytes.
    bool write(const Process &process)
    {
        m_levels.push_back(std::make_unique<Level>());
        m_levels[0]->process = process;
        QSet<ProcessId> path;
        if (process.id)
            path.insert(process.id);
        build(0, path);
        place(0, QPointF(0, 0));
        writeDocument();
        flush(true);
        return m_ok;
    }

private:
    // Resolves the child maps (depth first, a map already on the path is written collapsed: a
    // cycle), and sizes every shape from the inside out.
    void build(int index, QSet<ProcessId> &path)
    {
        Level &level = *m_levels[index];
        const Process &p = level.process;
        level.shapes.resize(p.steps.size());
        for (int i = 0; i < p.steps.size(); ++i) {
            const Step &step = p.steps[i];
            level.stepIndex.insert(step.id, i);
            QSizeF size = step.drawnSize();
            const bool ownSize = !step.size.isEmpty();
            // Any activity with a child map holds it inline (one that cannot, a call activity
            // say, is written as a sub-process that names its own element: writtenElement()).
            if (step.childProcessId && m_options.childProcess && !path.contains(step.childProcessId)
                && step.kind == Step::Kind::Task) {
                if (std::optional<Process> child = m_options.childProcess(step.childProcessId)) {
                    const int childIndex = int(m_levels.size());
                    m_levels.push_back(std::make_unique<Level>());
                    m_levels.back()->process = std::move(*child);
                    m_levels.back()->prefix = level.stepId(step.id) + '_';
                    path.insert(step.childProcessId);
                    build(childIndex, path);
                    path.remove(step.childProcessId);
                    level.children.insert(i, childIndex);
                    // The shape holds the content: as it is where the map gives the size (an
                    // imported sub-process's frame), with room round it where it does not.
                    const QSizeF content = m_levels[childIndex]->extent;
                    size = size.expandedTo(
                        ownSize ? content : content + QSizeF(SubProcessPadding, SubProcessPadding));
                }
            }
            const QPointF c = p.stepScenePos(step);
            level.shapes[i] = QRectF(c.x() - size.width() / 2, c.y() - size.height() / 2,
                                     size.width(), size.height());
        }
        for (const Handoff &h : p.handoffs) {
            level.outgoing[h.fromStepId].append(h.id);
            level.incoming[h.toStepId].append(h.id);
        }
        // The content's extent: every shape and lane. Content starts at x = 0 (the frame's
        // left edge, as an import puts it) unless a step lies further left.
        double left = 0, right = 0, bottom = p.lanesHeight();
        for (const QRectF &r : std::as_const(level.shapes)) {
            left = std::min(left, r.left());
            right = std::max(right, r.right());
            bottom = std::max(bottom, r.bottom());
        }
        level.left = left;
        level.extent = QSizeF(right - left, bottom);
    }

    // Places every level in the diagram: a child's content at its sub-process's top left.
    void place(int index, QPointF origin)
    {
        Level &level = *m_levels[index];
        level.origin = origin;
        for (auto it = level.children.cbegin(); it != level.children.cend(); ++it) {
            const QRectF shape = level.shapes[it.key()].translated(origin);
            const Level &child = *m_levels[it.value()];
            place(it.value(), shape.topLeft() - QPointF(child.left, 0));
        }
    }

    /// The BPMN element a step is written as: its own when it fits its kind, else the plain one.
    static QString elementName(const Process &process, const Step &step)
    {
        const QString &own = step.bpmnElement;
        switch (step.kind) {
        case Step::Kind::Start:
            return QStringLiteral("startEvent");
        case Step::Kind::End:
            return QStringLiteral("endEvent");
        case Step::Kind::Decision:
            return oneOf(own, gatewayElements) ? own : QStringLiteral("exclusiveGateway");
        case Step::Kind::Event:
            if (own == QLatin1String("boundaryEvent")) {
                // A boundary event needs an activity to sit on.
                const Step *host = process.step(step.attachedToStepId);
                if (host && host->id != step.id && host->kind == Step::Kind::Task)
                    return own;
                return QStringLiteral("intermediateCatchEvent");
            }
            return oneOf(own, eventElements) ? own : QStringLiteral("intermediateCatchEvent");
        case Step::Kind::Task:
            if (own.isEmpty() && step.childProcessId)
                return QStringLiteral("subProcess");
            return oneOf(own, taskElements) ? own : QStringLiteral("task");
        }
        return QStringLiteral("task");
    }

    /// The element a step is written as: elementName(), but a sub-process for an activity that
    /// holds a child map inline and whose own element cannot (the extension keeps that one).
    QString writtenElement(const Level &level, int stepIndex) const
    {
        const QString element = elementName(level.process, level.process.steps[stepIndex]);
        if (level.children.contains(stepIndex) && !canHoldContent(element))
            return QStringLiteral("subProcess");
        return element;
    }

    static QByteArray bpmn(const QString &element) { return "bpmn:" + element.toLatin1(); }

    void writeDocument()
    {
        const Process &process = m_levels[0]->process;
        m_bytes = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        m_xml.start("bpmn:definitions");
        m_xml.word("xmlns:bpmn", "http://www.omg.org/spec/BPMN/20100524/MODEL");
        m_xml.word("xmlns:bpmndi", "http://www.omg.org/spec/BPMN/20100524/DI");
        m_xml.word("xmlns:dc", "http://www.omg.org/spec/DD/20100524/DC");
        m_xml.word("xmlns:di", "http://www.omg.org/spec/DD/20100524/DI");
        m_xml.word("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
        m_xml.word("xmlns:stepwise", BpmnStepwiseNamespace);
        m_xml.word("id", "Definitions_1");
        m_xml.word("targetNamespace", "http://stepwise.example.org/bpmn");
        m_xml.word("exporter", "Stepwise");
        if (!QCoreApplication::applicationVersion().isEmpty())
            m_xml.attribute("exporterVersion", QCoreApplication::applicationVersion());

        m_xml.start("bpmn:collaboration");
        m_xml.word("id", "Collaboration_1");
        m_xml.start("bpmn:participant");
        m_xml.word("id", "Participant_1");
        m_xml.attribute("name", process.name);
        m_xml.word("processRef", "Process_1");
        m_xml.end(); // participant
        m_xml.end(); // collaboration

        m_xml.start("bpmn:process");
        m_xml.word("id", "Process_1");
        m_xml.attribute("name", process.name);
        m_xml.word("isExecutable", "false");
        writeDocumentation(process.description);
        writeProcessExtension(process);
        writeContent(0);
        m_xml.end(); // process

        writeDiagram();
        m_xml.end(); // definitions
        m_bytes += '\n';
    }

    void writeDocumentation(const QString &text)
    {
        if (!text.isEmpty())
            m_xml.textElement("bpmn:documentation", text);
    }

    void writeProcessExtension(const Process &p)
    {
        QStringList holidays;
        for (const QDate &day : p.holidays)
            holidays.append(day.toString(Qt::ISODate));
        const QPair<const char *, QString> attributes[] = {
            {"owner", p.owner},
            {"slaTargetSeconds", p.slaTargetS ? QString::number(p.slaTargetS) : QString()},
            {"slaClock",
             p.slaClock != Process::SlaClock::Calendar ? slaClockWord(p.slaClock) : QString()},
            {"workingHours", p.workingHours},
            {"timeZone", p.timeZone},
            {"holidays", holidays.join(QLatin1Char(','))},
            {"reviewDate", p.reviewDate.isValid() ? p.reviewDate.toString(Qt::ISODate) : QString()},
            {"runsPerMonth",
             p.runsPerMonth != 0 ? QString::fromLatin1(shortest(p.runsPerMonth)) : QString()},
        };
        if (std::all_of(std::begin(attributes), std::end(attributes),
                        [](const auto &a) { return a.second.isEmpty(); }))
            return;
        m_xml.start("bpmn:extensionElements");
        m_xml.start("stepwise:process");
        for (const auto &[name, value] : attributes) {
            if (!value.isEmpty())
                m_xml.attribute(name, value);
        }
        m_xml.end();
        m_xml.end();
    }

    void writeLaneExtension(const Lane &lane)
    {
        // The height always: a reader that took it from the lane's shape would get the
        // sub-process's frame for the only lane of a child map.
        m_xml.start("bpmn:extensionElements");
        m_xml.start("stepwise:lane");
        if (lane.kind != Lane().kind)
            m_xml.word("kind", laneKindWord(lane.kind).toLatin1());
        if (lane.color.isValid())
            m_xml.word("color", colorToString(lane.color).toLatin1());
        m_xml.word("height", shortest(lane.height));
        m_xml.end();
        m_xml.end();
    }

    /// Stepwise's own fields of a step; \a element: the BPMN element it is, when it is written as
    /// another (a call activity written as a sub-process to hold its child map).
    void writeStepExtension(const Step &step, const QString &element)
    {
        const bool any = !element.isEmpty() || step.expectedDurationS || step.slaS
            || step.automation != Step::Automation::Manual || step.automationEffortH != 0
            || step.trigger != Step::Trigger::None || !step.inputs.isEmpty()
            || !step.outputs.isEmpty() || !step.systems.isEmpty();
        if (!any)
            return;
        m_xml.start("bpmn:extensionElements");
        m_xml.start("stepwise:step");
        if (!element.isEmpty())
            m_xml.word("element", element.toLatin1());
        if (step.expectedDurationS)
            m_xml.word("expectedDurationSeconds", QByteArray::number(step.expectedDurationS));
        if (step.slaS)
            m_xml.word("slaSeconds", QByteArray::number(step.slaS));
        if (step.automation != Step::Automation::Manual)
            m_xml.word("automation", automationWord(step.automation).toLatin1());
        if (step.automationEffortH != 0)
            m_xml.word("effortHours", shortest(step.automationEffortH));
        if (step.trigger != Step::Trigger::None)
            m_xml.word("trigger", triggerWord(step.trigger).toLatin1());
        for (const QString &item : step.inputs)
            m_xml.textElement("stepwise:input", item);
        for (const QString &item : step.outputs)
            m_xml.textElement("stepwise:output", item);
        for (const QString &item : step.systems)
            m_xml.textElement("stepwise:system", item);
        m_xml.end();
        m_xml.end();
    }

    // The lane set, the nodes and the flows of one level (a process's or a sub-process's).
    void writeContent(int index)
    {
        const Level &level = *m_levels[index];
        const Process &p = level.process;
        if (!p.lanes.isEmpty()) {
            // A lane lists its nodes in map order.
            QHash<ItemId, QVector<ItemId>> stepsOfLane;
            for (const Step &step : p.steps)
                stepsOfLane[step.laneId].append(step.id);
            m_xml.start("bpmn:laneSet");
            m_xml.word("id", level.prefix + "LaneSet_1");
            for (const Lane &lane : p.lanes) {
                m_xml.start("bpmn:lane");
                m_xml.word("id", level.laneId(lane.id));
                m_xml.attribute("name", lane.name);
                writeLaneExtension(lane);
                for (ItemId step : stepsOfLane.value(lane.id))
                    m_xml.wordElement("bpmn:flowNodeRef", level.stepId(step));
                m_xml.end();
            }
            m_xml.end();
        }
        for (int i = 0; i < p.steps.size(); ++i) {
            writeNode(index, i);
            flush();
        }
        for (const Handoff &h : p.handoffs) {
            writeFlow(level, h);
            flush();
        }
    }

    void writeNode(int index, int stepIndex)
    {
        const Level &level = *m_levels[index];
        const Step &step = level.process.steps[stepIndex];
        const QString element = writtenElement(level, stepIndex);
        m_xml.start(bpmn(element));
        m_xml.word("id", level.stepId(step.id));
        if (!step.name.isEmpty())
            m_xml.attribute("name", step.name);
        if (element == QLatin1String("boundaryEvent")) {
            m_xml.word("attachedToRef", level.stepId(step.attachedToStepId));
            m_xml.word("cancelActivity", step.interrupting ? "true" : "false");
        } else if (element == QLatin1String("startEvent") && !step.interrupting) {
            m_xml.word("isInterrupting", "false");
        }
        writeDocumentation(step.definitionOfDone);
        const QString own = elementName(level.process, step);
        writeStepExtension(step, own != element ? own : QString());
        for (ItemId flow : level.incoming.value(step.id))
            m_xml.wordElement("bpmn:incoming", level.flowId(flow));
        for (ItemId flow : level.outgoing.value(step.id))
            m_xml.wordElement("bpmn:outgoing", level.flowId(flow));
        if (element.endsWith(QLatin1String("Event")))
            writeEventDefinitions(level, step);
        const int child = level.children.value(stepIndex, -1);
        if (child >= 0)
            writeContent(child);
        m_xml.end();
    }

    void writeEventDefinitions(const Level &level, const Step &step)
    {
        // The event's own definition when it has one (a trigger set on it as well travels in
        // the extension only), else its trigger's. A multiple event has several definitions; the
        // map does not keep which, so its trigger's and a signal stand for them.
        QStringList words;
        if (oneOf(step.bpmnEvent, eventWords)) {
            words << step.bpmnEvent;
        } else {
            if (step.trigger == Step::Trigger::Timer)
                words << QStringLiteral("timer");
            else if (step.trigger == Step::Trigger::Message)
                words << QStringLiteral("message");
            if (step.bpmnEvent == QLatin1String("multiple")) {
                for (const char *w : {"signal", "message"}) {
                    if (words.size() < 2 && !words.contains(QLatin1String(w)))
                        words << QLatin1String(w);
                }
            }
        }
        for (int i = 0; i < words.size(); ++i) {
            m_xml.start(bpmn(words[i] + QStringLiteral("EventDefinition")));
            m_xml.word("id", level.stepId(step.id) + "_Definition_" + QByteArray::number(i + 1));
            if (words[i] == QLatin1String("link"))
                m_xml.attribute("name", step.name);
            if (words[i] == QLatin1String("conditional")) {
                m_xml.start("bpmn:condition");
                m_xml.word("xsi:type", "bpmn:tFormalExpression");
                m_xml.end();
            }
            m_xml.end();
        }
    }

    void writeFlow(const Level &level, const Handoff &h)
    {
        if (!level.stepIndex.contains(h.fromStepId) || !level.stepIndex.contains(h.toStepId))
            return;
        m_xml.start("bpmn:sequenceFlow");
        m_xml.word("id", level.flowId(h.id));
        if (!h.label.isEmpty())
            m_xml.attribute("name", h.label);
        m_xml.word("sourceRef", level.stepId(h.fromStepId));
        m_xml.word("targetRef", level.stepId(h.toStepId));
        if (!h.condition.isEmpty()) {
            m_xml.start("bpmn:conditionExpression");
            m_xml.word("xsi:type", "bpmn:tFormalExpression");
            m_xml.text(h.condition);
            m_xml.end();
        }
        m_xml.end();
    }

    void writeShape(const QByteArray &element, const QRectF &bounds, const char *horizontal,
                    const char *expanded = nullptr)
    {
        m_xml.start("bpmndi:BPMNShape");
        m_xml.word("id", element + "_di");
        m_xml.word("bpmnElement", element);
        if (horizontal)
            m_xml.word("isHorizontal", horizontal);
        if (expanded)
            m_xml.word("isExpanded", expanded);
        m_xml.start("dc:Bounds");
        m_xml.coordinate("x", bounds.x());
        m_xml.coordinate("y", bounds.y());
        m_xml.coordinate("width", bounds.width());
        m_xml.coordinate("height", bounds.height());
        m_xml.end();
        m_xml.end();
    }

    void writeDiagram()
    {
        const Level &top = *m_levels[0];
        m_xml.start("bpmndi:BPMNDiagram");
        m_xml.word("id", "BPMNDiagram_1");
        m_xml.start("bpmndi:BPMNPlane");
        m_xml.word("id", "BPMNPlane_1");
        m_xml.word("bpmnElement", "Collaboration_1");

        // The pool spans the lanes as the canvas draws them: from the lane headers on the left
        // to a margin right of the last step, at least the canvas's minimum width.
        double left = 0, right = MinimumWidth;
        for (const QRectF &r : top.shapes) {
            left = std::min(left, r.left() - SideMargin);
            right = std::max(right, r.right() + SideMargin);
        }
        const double poolLeft = left - LaneHeaderWidth;
        const double height
            = top.process.lanes.isEmpty() ? MinimumHeight : top.process.lanesHeight();
        writeShape("Participant_1", QRectF(poolLeft, 0, right - poolLeft, height), "true");
        writeLevelShapes(
            0, QRectF(poolLeft + PoolLabelWidth, 0, right - poolLeft - PoolLabelWidth, height));
        m_xml.end(); // plane
        m_xml.end(); // diagram
    }

    // The shapes of one level's lanes (across laneArea) and nodes, then its edges; a child
    // level's after its sub-process's shape, so that it is drawn on top.
    void writeLevelShapes(int index, const QRectF &laneArea)
    {
        const Level &level = *m_levels[index];
        const Process &p = level.process;
        double laneTop = laneArea.top();
        for (const Lane &lane : p.lanes) {
            writeShape(level.laneId(lane.id),
                       QRectF(laneArea.left(), laneTop, laneArea.width(), lane.height), "true");
            laneTop += lane.height;
        }
        QVector<QRectF> placed(level.shapes.size());
        for (int i = 0; i < p.steps.size(); ++i)
            placed[i] = level.shapes[i].translated(level.origin);
        for (int i = 0; i < p.steps.size(); ++i) {
            const Step &step = p.steps[i];
            const int child = level.children.value(i, -1);
            const char *expanded = nullptr;
            if (canHoldContent(writtenElement(level, i)))
                expanded = child >= 0 ? "true" : "false";
            writeShape(level.stepId(step.id), placed[i], nullptr, expanded);
            flush();
            if (child >= 0)
                writeLevelShapes(child, placed[i]);
        }
        writeEdges(level, placed);
    }

    /// Where a flow may touch a step: its shape, but of a boundary event only the part outside
    /// its activity, so that its flows leave away from the activity rather than through it.
    static QRectF outerPart(const Level &level, int index, const QVector<QRectF> &placed)
    {
        const QRectF &r = placed[index];
        const Step &step = level.process.steps[index];
        if (elementName(level.process, step) != QLatin1String("boundaryEvent"))
            return r;
        const QRectF host = placed[level.stepIndex.value(step.attachedToStepId)];
        const QPointF c = r.center();
        // The side of the activity the event sits on: the one its centre is nearest to.
        const double distances[] = {std::abs(c.y() - host.bottom()), std::abs(c.y() - host.top()),
                                    std::abs(c.x() - host.right()), std::abs(c.x() - host.left())};
        const int side = int(std::min_element(std::begin(distances), std::end(distances))
                             - std::begin(distances));
        QRectF outside = r;
        switch (side) {
        case 0:
            outside.setTop(std::max(r.top(), host.bottom()));
            break;
        case 1:
            outside.setBottom(std::min(r.bottom(), host.top()));
            break;
        case 2:
            outside.setLeft(std::max(r.left(), host.right()));
            break;
        default:
            outside.setRight(std::min(r.right(), host.left()));
            break;
        }
        return outside.isEmpty() ? r : outside;
    }

    void writeEdges(const Level &level, const QVector<QRectF> &placed)
    {
        const ShapeGrid grid(placed);
        for (const Handoff &h : level.process.handoffs) {
            const int from = level.stepIndex.value(h.fromStepId, -1);
            const int to = level.stepIndex.value(h.toStepId, -1);
            if (from < 0 || to < 0)
                continue;
            const OrthogonalRouter router(
                [&grid, from, to](const QRectF &area) { return grid.query(area, from, to); });
            QPolygonF route
                = router.route(outerPart(level, from, placed), outerPart(level, to, placed));
            if (route.size() < 2)
                route = QPolygonF({placed[from].center(), placed[to].center()});
            const QByteArray id = level.flowId(h.id);
            m_xml.start("bpmndi:BPMNEdge");
            m_xml.word("id", id + "_di");
            m_xml.word("bpmnElement", id);
            for (const QPointF &point : std::as_const(route)) {
                m_xml.start("di:waypoint");
                m_xml.coordinate("x", point.x());
                m_xml.coordinate("y", point.y());
                m_xml.end();
            }
            m_xml.end();
            flush();
        }
    }

    // The bytes go to the device in large pieces, as they are made.
    void flush(bool all = false)
    {
        if (!all && m_bytes.size() < FlushBytes)
            return;
        m_ok = m_ok && m_device->write(m_bytes) == m_bytes.size();
        m_bytes.truncate(0);
    }

    static constexpr qsizetype FlushBytes = 1 << 18;
    QIODevice *m_device;
    QByteArray m_bytes;
    XmlOut m_xml;
    bool m_ok = true;
    const BpmnWriteOptions &m_options;
    std::vector<std::unique_ptr<Level>> m_levels; // each level stays where it is as more come
};

} // namespace

bool writeBpmn(const Process &process, QIODevice *device, const BpmnWriteOptions &options,
               QString *error)
{
    if (!Writer(device, options).write(process)) {
        if (error)
            *error = device->errorString().isEmpty() ? tr("The file could not be written.")
                                                     : device->errorString();
        return false;
    }
    return true;
}

bool writeBpmnFile(const Process &process, const QString &path, const BpmnWriteOptions &options,
                   QString *error)
{
    QSaveFile file(path);
    QString why;
    if (file.open(QIODevice::WriteOnly) && writeBpmn(process, &file, options, &why)
        && file.commit())
        return true;
    if (why.isEmpty())
        why = file.errorString();
    file.cancelWriting();
    if (error)
        *error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), why);
    return false;
}

QByteArray bpmnData(const Process &process, const BpmnWriteOptions &options)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    writeBpmn(process, &buffer, options);
    return data;
}

} // namespace Stepwise
