#pragma once

#include "process/ids.h"
#include "process/process.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace Stepwise {

/// The Stepwise extension namespace of BPMN files (prefix "stepwise", docs: bpmn-ext.md).
inline constexpr char BpmnStepwiseNamespace[] = "http://stepwise.example.org/schema/bpmn/1.0";

/// What a BPMN export needs beyond the process itself.
struct BpmnWriteOptions
{
    /// The map of an expanded sub-process (Step::childProcessId), written inline inside its
    /// subProcess element; nullopt (or no resolver) writes the sub-process collapsed.
    std::function<std::optional<Process>(ProcessId)> childProcess;
};

/// Writes a process as one BPMN 2.0 file (UTF-8): a collaboration with one pool, the process with
/// a lane set, every step as its BPMN element, every handoff as a sequence flow, definitions of
/// done as documentation, Stepwise's own attributes as stepwise: extension elements, and full
/// diagram interchange (a shape for the pool, every lane and node, an edge with orthogonal
/// waypoints for every flow). Diagram coordinates are the map's scene coordinates: lanes stack
/// from y = 0, a step's shape is centred on Process::stepScenePos() with Step::drawnSize().
/// Ids are stable NCNames made of the map's ids ("Step_12", "Flow_7", "Lane_3"); the content of a
/// sub-process's child map gets its step's prefix ("Step_12_Step_3"). Returns false with a
/// message in \a error when the device cannot be written.
bool writeBpmn(const Process &process, QIODevice *device, const BpmnWriteOptions &options = {},
               QString *error = nullptr);

/// writeBpmn() into a file, through QSaveFile: the file is replaced only once it is complete
/// (a failure leaves no partial file and any old one as it was). The error names the file.
bool writeBpmnFile(const Process &process, const QString &path,
                   const BpmnWriteOptions &options = {}, QString *error = nullptr);

/// writeBpmn() into memory.
QByteArray bpmnData(const Process &process, const BpmnWriteOptions &options = {});

} // namespace Stepwise
