#include "csvreader.h"

#include "lifecycle.h"

#include <cstring>

namespace Stepwise {

namespace {

constexpr qsizetype BlockSize = 1 << 20;
// A record longer than this is taken for a quote that never closes, not read to the end of
// memory.
constexpr qsizetype MaxRecordSize = qsizetype(64) << 20;

} // namespace

CsvReader::CsvReader(const QString &path, const ReaderOptions &options)
    : EventLogReader(path, options), m_file(path)
{
    m_startParser.setPattern(options.timestampPattern);
    m_completeParser.setPattern(options.timestampPattern);
    m_startParser.setTimeZone(options.timeZone);
    m_completeParser.setTimeZone(options.timeZone);
}

char CsvReader::detectSeparator(const char *data, qsizetype size)
{
    qsizetype comma = 0;
    qsizetype semicolon = 0;
    qsizetype tab = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else if (c == ',')
            ++comma;
        else if (c == ';')
            ++semicolon;
        else if (c == '\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return ';';
    if (tab > comma && tab > semicolon)
        return '\t';
    return ',';
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_consumed += m_pos;
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buf.size();
    m_buf.resize(old + BlockSize);
    const qint64 got = m_file.read(m_buf.data() + old, BlockSize);
    if (got < 0) {
        m_buf.resize(old);
        m_eof = true;
        m_parseError = tr("cannot read the file: %1").arg(m_file.errorString());
        return false;
    }
    m_buf.resize(old + got);
    if (got == 0)
        m_eof = true;
    return got > 0;
}

bool CsvReader::start()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = located(0, tr("cannot open the file: %1").arg(m_file.errorString()));
        return false;
    }
    m_total = m_file.size();
    while (m_buf.size() < 3 && fill()) { }
    if (m_buf.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    // Skip blank lines before the header.
    while (true) {
        while (m_pos < m_buf.size() && (m_buf[m_pos] == '\r' || m_buf[m_pos] == '\n')) {
            if (m_buf[m_pos] == '\n')
                ++m_line;
            ++m_pos;
        }
        if (m_pos < m_buf.size() || !fill())
            break;
    }
    if (m_pos >= m_buf.size()) {
        m_error = located(
            1, m_parseError.isEmpty() ? tr("the file is empty (no header row)") : m_parseError);
        return false;
    }
    // Enough of the file to see the whole header line.
    while (!m_eof && m_buf.indexOf('\n', m_pos) < 0 && m_buf.size() - m_pos < MaxRecordSize)
        fill();
    m_separator = detectSeparator(m_buf.constData() + m_pos, m_buf.size() - m_pos);
    if (!readRecord()) {
        m_error = located(m_recordLine,
                          m_parseError.isEmpty() ? tr("the file is empty (no header row)")
                                                 : m_parseError);
        return false;
    }
    for (int i = 0; i < int(m_spans.size()); ++i)
        m_columns << QString::fromUtf8(fieldData(i), fieldSize(i)).trimmed();

    QString error;
    if (!m_fields.resolve(m_columns, &error)) {
        m_error = located(m_recordLine, error);
        return false;
    }
    const auto column = [this](const QString &name) {
        return name.isEmpty() ? -1 : int(m_columns.indexOf(name));
    };
    m_caseColumn = column(m_fields.caseId);
    m_activityColumn = column(m_fields.activity);
    m_startColumn = column(m_fields.start);
    m_completeColumn = column(m_fields.complete);
    m_resourceColumn = column(m_fields.resource);
    m_lifecycleColumn = column(m_fields.lifecycle);
    return true;
}

const char *CsvReader::fieldData(int column) const
{
    const Span &s = m_spans[column];
    return s.scratch ? m_scratch.data() + s.offset : m_buf.constData() + s.offset;
}

// Parses one record from m_pos. Fields are recorded as spans into m_buf (or m_scratch where a
// quoted field had doubled quotes); m_pos and m_line move only when the record is complete, so
// a record cut by the end of a block is parsed again from its start after fill().
CsvReader::Parse CsvReader::parseRecord()
{
    m_spans.clear();
    m_scratch.clear();
    m_blankRecord = false;
    const char *const base = m_buf.constData();
    const char *const end = base + m_buf.size();
    const char *p = base + m_pos;
    const char sep = m_separator;
    qint64 newlines = 0;

    if (p == end)
        return m_eof ? Parse::End : Parse::NeedMore;

    while (true) {
        Span span;
        if (p < end && *p == '"') {
            ++p;
            const char *contentStart = p;
            bool escaped = false;
            while (true) {
                const char *q = static_cast<const char *>(memchr(p, '"', size_t(end - p)));
                if (!q) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    m_parseError = tr("a quoted field never ends (its closing quote is missing)");
                    return Parse::Error;
                }
                if (q + 1 == end && !m_eof)
                    return Parse::NeedMore;
                if (q + 1 < end && q[1] == '"') {
                    escaped = true;
                    p = q + 2;
                    continue;
                }
                p = q;
                break;
            }
            const char *contentEnd = p;
            ++p; // closing quote
            for (const char *c = contentStart; c < contentEnd; ++c)
                newlines += *c == '\n';
            // Text after the closing quote up to the separator is kept, as Python's csv does.
            const char *tail = p;
            while (p < end && *p != sep && *p != '\n' && *p != '\r')
                ++p;
            if (p == end && !m_eof)
                return Parse::NeedMore;
            if (escaped || tail != p) {
                span.scratch = true;
                span.offset = qsizetype(m_scratch.size());
                for (const char *c = contentStart; c < contentEnd; ++c) {
                    m_scratch.push_back(*c);
                    if (*c == '"')
                        ++c; // the second of a doubled quote
                }
                m_scratch.append(tail, size_t(p - tail));
                span.size = qsizetype(m_scratch.size()) - span.offset;
            } else {
                span.offset = contentStart - base;
                span.size = contentEnd - contentStart;
            }
        } else {
            const char *start = p;
            while (p < end && *p != sep && *p != '\n' && *p != '\r')
                ++p;
            if (p == end && !m_eof)
                return Parse::NeedMore;
            span.offset = start - base;
            span.size = p - start;
            m_blankRecord = m_spans.empty() && p == start && (p == end || *p != sep);
        }
        m_spans.push_back(span);
        if (p < end && *p == sep) {
            ++p;
            continue;
        }
        // End of the record: LF, CRLF, a lone CR, or the end of the file.
        if (p < end && *p == '\r') {
            if (p + 1 == end && !m_eof)
                return Parse::NeedMore;
            ++p;
        }
        if (p < end && *p == '\n')
            ++p;
        ++newlines;
        break;
    }
    m_recordLine = m_line;
    m_line += newlines;
    m_pos = p - base;
    return Parse::Record;
}

bool CsvReader::readRecord()
{
    while (true) {
        const Parse result = parseRecord();
        if (result == Parse::Record) {
            // A blank line is no record.
            if (m_blankRecord)
                continue;
            return true;
        }
        if (result == Parse::End) {
            m_recordLine = m_line;
            return false;
        }
        if (result == Parse::Error) {
            m_recordLine = m_line;
            return false;
        }
        if (m_buf.size() - m_pos > MaxRecordSize) {
            m_recordLine = m_line;
            m_parseError = tr("a record is longer than %1 MiB (a quote that never closes?)")
                               .arg(MaxRecordSize >> 20);
            return false;
        }
        if (!fill() && !m_eof)
            return false;
    }
}

bool CsvReader::readTime(int column, TimestampParser &parser, bool &detected, qint64 *ms,
                         QString *what)
{
    const char *data = fieldData(column);
    const qsizetype size = fieldSize(column);
    if (!detected)
        detected = parser.detect(data, size);
    if (parser.parse(data, size, ms))
        return true;
    *what = tr("cannot read the timestamp \"%1\" in column \"%2\"")
                .arg(QString::fromUtf8(data, size), m_columns.at(column));
    return false;
}

bool CsvReader::makeEvent(RawEvent &event, QString *what)
{
    if (int(m_spans.size()) != m_columns.size()) {
        *what = tr("expected %1 fields as in the header, found %2")
                    .arg(m_columns.size())
                    .arg(m_spans.size());
        return false;
    }
    const auto empty = [this, what](int column) {
        if (fieldSize(column) > 0)
            return false;
        *what = tr("column \"%1\" is empty").arg(m_columns.at(column));
        return true;
    };
    if (empty(m_caseColumn) || empty(m_activityColumn))
        return false;

    const char *caseData = fieldData(m_caseColumn);
    const qsizetype caseSize = fieldSize(m_caseColumn);
    if (m_lastCaseBytes.size() != caseSize
        || memcmp(m_lastCaseBytes.constData(), caseData, size_t(caseSize)) != 0) {
        m_lastCaseBytes = QByteArray(caseData, caseSize);
        m_lastCase = QString::fromUtf8(caseData, caseSize);
    }
    event.caseId = m_lastCase;
    event.activity = m_pool.fromUtf8(fieldData(m_activityColumn), fieldSize(m_activityColumn));
    event.resource = m_resourceColumn >= 0 && fieldSize(m_resourceColumn) > 0
        ? m_pool.fromUtf8(fieldData(m_resourceColumn), fieldSize(m_resourceColumn))
        : QString();
    event.line = m_recordLine;
    event.startMs = NoTime;
    event.completeMs = NoTime;

    const bool hasStart = m_startColumn >= 0 && fieldSize(m_startColumn) > 0;
    const bool hasComplete = fieldSize(m_completeColumn) > 0;
    if (!hasStart && !hasComplete) {
        *what = m_startColumn >= 0
            ? tr("columns \"%1\" and \"%2\" are both empty")
                  .arg(m_columns.at(m_startColumn), m_columns.at(m_completeColumn))
            : tr("column \"%1\" is empty").arg(m_columns.at(m_completeColumn));
        return false;
    }
    if (hasStart && !readTime(m_startColumn, m_startParser, m_startDetected, &event.startMs, what))
        return false;
    if (hasComplete
        && !readTime(m_completeColumn, m_completeParser, m_completeDetected, &event.completeMs,
                     what))
        return false;

    if (m_startColumn >= 0) {
        // An interval row; a start alone is an execution still open.
        event.kind = hasStart && hasComplete
            ? RawEvent::Kind::Interval
            : (hasStart ? RawEvent::Kind::Start : RawEvent::Kind::Complete);
    } else if (m_lifecycleColumn >= 0) {
        event.kind = kindOfTransition(fieldData(m_lifecycleColumn), fieldSize(m_lifecycleColumn));
        if (event.kind == RawEvent::Kind::Start)
            std::swap(event.startMs, event.completeMs);
    } else {
        event.kind = RawEvent::Kind::Complete;
    }
    return true;
}

void CsvReader::addBadLine(qint64 line, const QString &what)
{
    if (m_badLines++ == 0)
        m_firstBad = located(line, what);
}

QString CsvReader::finalError() const
{
    if (m_badLines <= 1)
        return m_firstBad;
    return m_firstBad + QLatin1Char(' ')
        + (m_badLines == 2 ? tr("(and 1 more line is bad)")
                           : tr("(and %1 more lines are bad)").arg(m_badLines - 1));
}

bool CsvReader::next(RawEvent &event)
{
    if (m_done)
        return false;
    while (true) {
        if (!readRecord()) {
            m_done = true;
            if (!m_parseError.isEmpty())
                addBadLine(m_recordLine, m_parseError);
            if (m_badLines > 0)
                m_error = finalError();
            return false;
        }
        QString what;
        if (makeEvent(event, &what)) {
            if (m_badLines == 0)
                return true;
        } else {
            addBadLine(m_recordLine, what);
        }
    }
}

} // namespace Stepwise
