#include "importer.h"

#include "runlogbuilder.h"

#include "analysis/discovery.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>

namespace Stepwise {

namespace {

// Phase timings: QT_LOGGING_RULES="stepwise.import.debug=true".
Q_LOGGING_CATEGORY(lcImport, "stepwise.import", QtWarningMsg)

// How often the read loop looks at the cancel flag and reports progress.
constexpr qint64 eventsPerPoll = 4096;

QString foldName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

ImportResult::Status statusOf(Workspace::ErrorKind kind)
{
    switch (kind) {
    case Workspace::ErrorKind::NotFound:
    case Workspace::ErrorKind::Invalid:
        return ImportResult::Status::BadInput;
    case Workspace::ErrorKind::Cancelled:
        return ImportResult::Status::Cancelled;
    default:
        return ImportResult::Status::WorkspaceProblem;
    }
}

} // namespace

ImportResult Importer::run(Workspace &workspace, const QString &path, const ImportOptions &options)
{
    ImportResult result;
    const auto failed = [&result](ImportResult::Status status, const QString &message) {
        result.status = status;
        result.error = message;
        return result;
    };
    const auto cancelled
        = [&options] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };

    std::optional<Process> process;
    if (options.processId != 0) {
        process = workspace.loadProcess(options.processId);
        if (!process)
            return failed(statusOf(workspace.errorKind()), workspace.errorString());
    } else if (!options.create || options.createName.trimmed().isEmpty()) {
        return failed(ImportResult::Status::BadInput, tr("No process to import the runs into."));
    }

    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::unique_ptr<EventLogReader> reader
        = EventLogReader::open(path, options.reader, &error);
    if (!reader)
        return failed(ImportResult::Status::BadInput, error);
    RunLogBuilder builder;
    RawEvent event;
    qint64 count = 0;
    while (reader->next(event)) {
        builder.add(event);
        if (++count % eventsPerPoll == 0) {
            if (cancelled())
                return failed(ImportResult::Status::Cancelled,
                              tr("The import was cancelled; nothing was written."));
            if (options.progress)
                options.progress(reader->bytesRead(), reader->totalBytes());
        }
    }
    if (reader->hasError())
        return failed(ImportResult::Status::BadInput, reader->errorString());
    if (builder.events() == 0)
        return failed(ImportResult::Status::BadInput,
                      tr("%1: the file holds no events.").arg(path));
    if (options.progress)
        options.progress(reader->bytesRead(), reader->totalBytes());
    qCDebug(lcImport) << "read" << timer.restart() << "ms";
    result.events = builder.events();
    result.unmatchedStarts = builder.unmatchedStarts();
    const RunLog log = builder.finish();
    result.runs = log.runs.size();
    for (const Run &run : log.runs)
        result.executions += run.executions.size();

    qCDebug(lcImport) << "built" << timer.restart() << "ms";
    RunWriteOptions write;
    write.replace = options.replace;
    write.cancelled = cancelled;
    Process draft;
    if (!process) {
        draft = draftProcessFromRuns(log, options.createName.trimmed());
        write.create = &draft;
    } else {
        QSet<QString> steps;
        for (const Step &step : process->steps)
            steps.insert(foldName(step.name));
        QSet<QString> listed;
        for (const QString &activity : log.activities) {
            const QString folded = foldName(activity);
            if (!steps.contains(folded) && !listed.contains(folded)) {
                listed.insert(folded);
                result.unmatchedActivities.append(activity);
            }
        }
    }
    result.processId = workspace.saveRuns(options.processId, log, write);
    qCDebug(lcImport) << "written" << timer.restart() << "ms";
    if (!result.processId) {
        const ImportResult::Status status = statusOf(workspace.errorKind());
        return failed(status,
                      status == ImportResult::Status::BadInput
                          ? QStringLiteral("%1: %2").arg(path, workspace.errorString())
                          : workspace.errorString());
    }
    result.created = !process;
    return result;
}

} // namespace Stepwise
