#include "eventlogreader.h"

#include "csvreader.h"
#include "xessplitreader.h"

namespace Stepwise {

EventLogReader::EventLogReader(const QString &path, const ReaderOptions &options)
    : m_path(path), m_options(options), m_fields(options.fields)
{ }

EventLogReader::~EventLogReader() = default;

QString EventLogReader::located(qint64 line, const QString &what) const
{
    return tr("%1:%2: %3").arg(m_path).arg(line).arg(what);
}

std::unique_ptr<EventLogReader> EventLogReader::open(const QString &path,
                                                     const ReaderOptions &options, QString *error)
{
    const QString lower = path.toLower();
    std::unique_ptr<EventLogReader> reader;
    if (lower.endsWith(QLatin1String(".xes")) || lower.endsWith(QLatin1String(".gz"))) {
        // Read in parts on all cores when large enough, else as one XesReader.
        auto xes = std::make_unique<XesSplitReader>(path, options);
        if (xes->start())
            reader = std::move(xes);
        else if (error)
            *error = xes->errorString();
    } else if (lower.endsWith(QLatin1String(".csv")) || lower.endsWith(QLatin1String(".tsv"))
               || lower.endsWith(QLatin1String(".txt"))) {
        auto csv = std::make_unique<CsvReader>(path, options);
        if (csv->start())
            reader = std::move(csv);
        else if (error)
            *error = csv->errorString();
    } else if (error) {
        *error = tr("%1: unknown kind of event log (expected .csv, .tsv, .txt, .xes, .xes.gz)")
                     .arg(path);
    }
    return reader;
}

} // namespace Stepwise
