#pragma once

#include "process/process.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Stepwise {

class Workspace;

/// What a BPMN import brought in, and what it left out, could not resolve or had to decide.
struct BpmnImportReport
{
    struct Item
    {
        enum class Kind {
            NotImported, ///< an element Stepwise does not model (data object, message flow, ...)
            Dangling, ///< a reference to an element the file does not have
            UnknownExtension, ///< another tool's extension element (one item per element name)
            Note, ///< imported, but not quite as the file has it (placed by us, merged, ...)
        };
        Kind kind = Kind::NotImported;
        QString element; ///< "dataObject", "messageFlow", "signavio:signavioMetaData", ...
        QString id; ///< the element's id, where it has one
        qint64 line = 0; ///< where it is in the file (the first one, for a counted extension)
        int count = 1; ///< how many (extension elements are counted, the rest listed one by one)
        QString text; ///< what happened, translated, without the place
    };

    // What was imported, over the main map and its child maps.
    int maps = 0; ///< the main map and one child map per sub-process with content
    int pools = 0; ///< participants (and processes without one) that became lanes
    int lanes = 0; ///< lanes of the main map
    int activities = 0; ///< tasks of every type, sub-processes, call activities
    int events = 0;
    int gateways = 0;
    int flows = 0; ///< sequence flows, now handoffs
    bool laidOut = false; ///< some map had no usable diagram and was laid out by Stepwise
    QVector<Item> items;

    /// How many elements of each kind were left out (extensions counted by their count).
    int count(Item::Kind kind) const;
    /// How many of each left-out element, by element name.
    QMap<QString, int> notImportedCounts() const;
    /// One line per item, "FILE:LINE: text".
    QStringList lines(const QString &fileName) const;
    /// What came in, one sentence: "1 map, 3 lanes, 6 activities, 9 events, 0 gateways, 13 flows".
    QString summary() const;
};

/// A BPMN 2.0 file read into Stepwise maps, ready to be saved as new processes.
struct BpmnImport
{
    /// The main map first, then the child maps of expanded sub-processes (parents before their
    /// children). Their ids are 0; a step's childProcessId below 0 refers to
    /// processes[-childProcessId] (Workspace::insertProcesses() saves them so).
    QVector<Process> processes;
    /// For each process, the index of its parent map (-1 for the main map) and the name of its
    /// sub-process, from which its name is made.
    QVector<int> parents;
    QStringList subProcessNames;
    BpmnImportReport report;

    /// Names the main map \a name and each child map "<its parent's name> / <sub-process name>".
    void setName(const QString &name);
};

/// Reads a BPMN 2.0 file (OMG BPMN Model and Notation 2.0.2, with diagram interchange) into
/// Stepwise maps, as other tools write it: Camunda/bpmn.io, Signavio, Bizagi, Trisotech, Visual
/// Paradigm, and Stepwise's own export (docs: notes bpmn-ext.md).
///
/// One pass of QXmlStreamReader collects the model and the first diagram; references are then
/// resolved. Elements are recognised by namespace URI, whatever the prefix. Encodings: whatever
/// QStringConverter knows (UTF-8, UTF-16, ISO-8859-1, windows-1252 with ICU; windows-1252 is
/// decoded here where it does not). A document type declaration with entities is refused.
///
/// What becomes what:
/// - Every pool (participant) and every process without one becomes lanes of one map: its leaf
///   lanes, named by their path ("Parent / Child"; with several pools the pool's name first,
///   "Pool / Lane"), or, when it has no lanes, one lane with its name. A pool without a process
///   (a black box) becomes an empty lane, unless the diagram does not show it.
/// - Tasks of every type, sub-processes, call activities, transactions, ad-hoc sub-processes:
///   task steps (Step::bpmnElement keeps the type); an expanded sub-process's content is a child
///   map linked by Step::childProcessId (recursively). Events: start, end, and event steps
///   (intermediate and boundary; Step::bpmnEvent, attachedToStepId, interrupting). Gateways:
///   decisions. Sequence flows: handoffs with the name as label and the conditionExpression as
///   condition. Documentation: the definition of done (a process's: the description).
/// - Positions from the first diagram: Step::pos is the shape's centre (y from its lane's top),
///   Step::size the shape's size (empty when it is the kind's default); lanes are ordered by
///   their shapes' tops and take their heights. Vertical pools and lanes (isHorizontal="false")
///   are turned to horizontal ones. Steps outside their lane's band are moved into it as a
///   group; a map without a diagram, or whose diagram does not fit its lanes, is laid out anew
///   (layeredLayout()), and steps without a shape are placed by their neighbours.
/// - Left out and listed in the report: data objects and stores and their associations, text
///   annotations, groups, message flows, associations, loop markers and other details; dangling
///   references; other tools' extension elements.
///
/// Refused with a message naming the file, line and column: malformed or truncated XML, a root
/// that is not BPMN's definitions, a file without any flow node.
class BpmnReader
{
    Q_DECLARE_TR_FUNCTIONS(BpmnReader)

public:
    /// Reads the file; nullopt on error (errorString()).
    std::optional<BpmnImport> read(const QString &path);
    /// Reads a document in memory; \a fileName names it in messages and is the process name of
    /// last resort.
    std::optional<BpmnImport> read(const QByteArray &data, const QString &fileName);

    QString errorString() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    qint64 errorColumn() const { return m_errorColumn; }

private:
    QString m_error;
    qint64 m_errorLine = 0;
    qint64 m_errorColumn = 0;
};

/// Saves an import as new processes of the workspace in one transaction (all or none) and
/// returns the main map's id, or 0 (the workspace's errorKind() and errorString() say why).
/// \a name: the main map's name, refused when taken (Workspace::ErrorKind::Invalid); empty: the
/// name the file gives, made free with " (2)", " (3)", ... Child maps are named after their
/// parent ("Main / Sub-process"), made free likewise. \a ids receives every new id, in the order
/// of import.processes.
ProcessId saveBpmnImport(Workspace &workspace, BpmnImport &import, const QString &name = {},
                         QVector<ProcessId> *ids = nullptr);

} // namespace Stepwise
