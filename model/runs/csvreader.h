#pragma once

#include "eventlogreader.h"
#include "stringpool.h"
#include "timestampparser.h"

#include <QByteArray>
#include <QFile>

#include <string>
#include <vector>

namespace Stepwise {

/// Reads a CSV event log in blocks (RFC 4180: quoted fields, doubled quotes, separators and
/// line breaks inside quotes, CRLF or LF), one event per row. The separator (',' ';' or tab) is
/// detected from the header row; a UTF-8 byte order mark is skipped. Only an empty field is
/// missing: "NA" is a value. Line numbers count physical lines.
///
/// A row with too few or too many fields, an empty case, activity or timestamp, or a timestamp
/// that cannot be read is an error; the reader reads on to count the bad rows that follow.
class CsvReader : public EventLogReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    CsvReader(const QString &path, const ReaderOptions &options);

    /// Opens the file and reads the header; false with errorString() set on failure.
    bool start();

    bool next(RawEvent &event) override;
    qint64 bytesRead() const override { return m_consumed + m_pos; }
    qint64 totalBytes() const override { return m_total; }
    QStringList fieldNames() const override { return m_columns; }
    char separator() const { return m_separator; }

    /// The separator of a header line: the most frequent of ',' ';' and tab outside quotes.
    static char detectSeparator(const char *data, qsizetype size);

private:
    enum class Parse { Record, NeedMore, End, Error };
    struct Span
    {
        qsizetype offset = 0;
        qsizetype size = 0;
        bool scratch = false;
    };

    bool fill();
    Parse parseRecord();
    bool readRecord();
    const char *fieldData(int column) const;
    qsizetype fieldSize(int column) const { return m_spans[column].size; }
    bool makeEvent(RawEvent &event, QString *what);
    bool readTime(int column, TimestampParser &parser, bool &detected, qint64 *ms, QString *what);
    void addBadLine(qint64 line, const QString &what);
    QString finalError() const;

    QFile m_file;
    qint64 m_total = 0;
    QByteArray m_buf;
    qsizetype m_pos = 0; ///< start of the next record in m_buf
    qint64 m_consumed = 0; ///< bytes of the file dropped from the front of m_buf
    bool m_eof = false;
    qint64 m_line = 1; ///< physical line where the next record starts
    qint64 m_recordLine = 0;
    char m_separator = ',';
    std::vector<Span> m_spans;
    std::string m_scratch; ///< unescaped quoted fields
    QString m_parseError;
    bool m_blankRecord = false;

    QStringList m_columns;
    int m_caseColumn = -1;
    int m_activityColumn = -1;
    int m_startColumn = -1;
    int m_completeColumn = -1;
    int m_resourceColumn = -1;
    int m_lifecycleColumn = -1;
    TimestampParser m_startParser;
    TimestampParser m_completeParser;
    bool m_startDetected = false;
    bool m_completeDetected = false;

    QByteArray m_lastCaseBytes;
    QString m_lastCase;
    StringPool m_pool;

    qint64 m_badLines = 0;
    QString m_firstBad;
    bool m_done = false;
};

} // namespace Stepwise
