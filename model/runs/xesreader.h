#pragma once

#include "eventlogreader.h"
#include "stringpool.h"
#include "timestampparser.h"

#include <QFile>
#include <QSet>
#include <QXmlStreamReader>

#include <deque>
#include <memory>
#include <vector>

namespace Stepwise {

class GzipDevice;
class XmlScanner;

/// Reads an XES log (IEEE 1849) with QXmlStreamReader (or, for XesSplitReader's parts, with
/// XmlScanner), streaming, from a .xes file or through zlib from a .xes.gz. The case is the
/// trace's concept:name, the activity the event's, the time time:timestamp, the resource
/// org:resource, the kind lifecycle:transition, unless the mapping names other keys. Attributes of
/// type string, date, int, float, boolean and id are read; lists, containers and attributes nested
/// in attributes are skipped.
///
/// Refused: malformed XML, an event outside a trace, a trace without a case id, an event without
/// an activity or a readable time (it reads on to count those), a DTD declaring entities
/// (entity expansion bombs), and a gzip decompression bomb (see GzipDevice).
class XesReader : public EventLogReader
{
    Q_DECLARE_TR_FUNCTIONS(XesReader)

public:
    /// What reads the XML: QXmlStreamReader, or the faster XmlScanner, which leaves what it does
    /// not read to QXmlStreamReader and stops at the first thing wrong without saying it well.
    enum class Tokenizer { Qt, Scanner };

    XesReader(const QString &path, const ReaderOptions &options);
    /// Reads from device (kept by the caller; start() opens it if need be) rather than from the
    /// file at path, which then only names the file in messages: XesSplitReader hands each of
    /// its parts over this way. Line numbers are those of the device's text, and bytesRead()
    /// and totalBytes() 0. With Tokenizer::Scanner, any error means "read this with Qt": its
    /// message is not one for users.
    XesReader(const QString &path, const ReaderOptions &options, QIODevice *device,
              Tokenizer tokenizer = Tokenizer::Qt);
    ~XesReader() override;

    /// Opens the file and reads up to the root element; false with errorString() on failure.
    bool start();

    /// The line the XML reader has reached (1 at the start).
    qint64 lineNumber() const;
    /// Whether the prolog holds a document type declaration (seen by start()).
    bool hasDtd() const { return m_hasDtd; }
    /// The encoding the XML declaration names; empty when none (UTF-8 or a byte order mark).
    QString declaredEncoding() const { return m_encoding; }

    bool next(RawEvent &event) override;
    qint64 bytesRead() const override;
    qint64 totalBytes() const override;
    QStringList fieldNames() const override;

private:
    class QtTokens;
    class ScannerTokens;

    template<typename Tokens>
    bool nextFrom(Tokens &xml, RawEvent &event);
    template<typename Tokens>
    bool readEvent(Tokens &xml, RawEvent &event, QString *what);
    template<typename Tokens>
    void readTraceAttribute(Tokens &xml);
    template<typename View>
    RawEvent::Kind transitionKind(View value);
    bool startScanner();
    void xmlFailed();
    void addBad(qint64 line, const QString &what);
    void finish();

    std::unique_ptr<QFile> m_file;
    std::unique_ptr<GzipDevice> m_gzip;
    QIODevice *m_device = nullptr;
    QXmlStreamReader m_xml;
    std::unique_ptr<QtTokens> m_qt;
    std::unique_ptr<XmlScanner> m_scanner;
    std::unique_ptr<ScannerTokens> m_scanned;
    TimestampParser m_startParser;
    TimestampParser m_completeParser;
    bool m_startDetected = false;
    bool m_completeDetected = false;
    bool m_caseOnEvents = false; ///< the case key is looked up on events too
    bool m_hasDtd = false;
    QString m_encoding;

    bool m_inTrace = false;
    qint64 m_traceLine = 0;
    QString m_caseId;
    std::deque<RawEvent> m_pending; ///< events of the trace before its case id was seen
    std::deque<RawEvent> m_ready;
    StringPool m_pool;
    struct KnownTransition
    {
        QString value;
        QByteArray utf8;
        RawEvent::Kind kind;
    };
    std::vector<KnownTransition> m_transitions; ///< lifecycle:transition values seen, and kinds
    QSet<QString> m_keys;
    qint64 m_eventsSeen = 0;

    qint64 m_bad = 0;
    QString m_firstBad;
    bool m_done = false;
};

} // namespace Stepwise
