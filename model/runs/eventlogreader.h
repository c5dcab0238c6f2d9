#pragma once

#include "fieldmapping.h"
#include "rawevent.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace Stepwise {

/// How to read an event log: the field names (empty ones are guessed), the timestamp format and
/// the time zone of timestamps without an offset.
struct ReaderOptions
{
    FieldMapping fields;
    QString timestampPattern; ///< --timestamp-format, a Qt pattern; empty: detected
    QTimeZone timeZone; ///< --timezone; invalid: UTC
    /// A .gz is refused once it has inflated to more than maxInflateRatio times its compressed
    /// size and more than minInflateRefusal bytes (see GzipDevice).
    qint64 maxInflateRatio = 200;
    qint64 minInflateRefusal = qint64(64) << 20;
    /// An XES log (plain or .gz) of at least this many bytes, inflated, is parsed in parts on
    /// all cores (see XesSplitReader); a negative value never splits.
    qint64 splitMinBytes = qint64(8) << 20;
    /// The size of those parts; 0 chooses it from the size of the log.
    qint64 splitPartBytes = 0;
};

/// Reads the events of one event log file, one at a time, without holding the file in memory.
///
/// next() hands over events until the end of the file or the first bad input; hasError() then
/// tells which, and errorString() names the file, the line and what is wrong, and how many more
/// lines are bad where the reader could go on counting.
class EventLogReader
{
    Q_DECLARE_TR_FUNCTIONS(EventLogReader)

public:
    virtual ~EventLogReader();

    /// A reader for path chosen by its extension: .csv, .tsv, .txt (CSV); .xes; .xes.gz or .gz
    /// (XES through zlib). Returns null with *error set when the file cannot be opened or its
    /// header names no usable fields.
    static std::unique_ptr<EventLogReader> open(const QString &path, const ReaderOptions &options,
                                                QString *error);

    /// The next event; false at the end or on an error (see hasError()).
    virtual bool next(RawEvent &event) = 0;
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    /// Progress: bytes of the file consumed so far, and its size.
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;
    /// The columns (CSV) or the attribute keys seen so far (XES), for a preview.
    virtual QStringList fieldNames() const = 0;
    /// The mapping in use, with the guessed names filled in.
    const FieldMapping &fields() const { return m_fields; }
    QString path() const { return m_path; }

protected:
    EventLogReader(const QString &path, const ReaderOptions &options);
    /// "file:line: what"
    QString located(qint64 line, const QString &what) const;

    QString m_path;
    ReaderOptions m_options;
    FieldMapping m_fields;
    QString m_error;
};

} // namespace Stepwise
