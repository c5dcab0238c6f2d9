#pragma once

#include "eventlogreader.h"

#include <memory>
#include <vector>

class QFile;

namespace Stepwise {

class XesReader;

/// Reads a large XES log on all cores, with XmlScanner: QXmlStreamReader parses about 50 MB a
/// second on one core here, which alone is too slow for the import a log of the BPI
/// Challenge's size needs (issue 4); the scanner reads about ten times faster.
///
/// The log is cut into parts at <trace> start tags. Each part is parsed by its own XesReader
/// on an XmlScanner of its own: the first part is the file up to the first cut followed by a
/// synthetic "</log>", each later one a synthetic "<?xml ...?><log>" followed by the file from
/// its cut (and "</log>" again unless it holds the end). The calling thread and
/// QThread::idealThreadCount() - 1 workers take the parts in turn; next() hands the events
/// over in the order of the file, with the line numbers of the file. A .xes.gz is inflated
/// once, on a thread of its own, into a bounded buffer the parts are read from.
///
/// A part whose predecessors all parsed without error starts where the log's element content
/// does (a predecessor cut inside a comment, a CDATA section or a processing instruction
/// cannot end with a well-formed "</log>"), so its events are exactly those the sequential
/// reader would find there. On any error in any part (a malformed file, a bad event, a cut in
/// the wrong place, a gzip refused, anything XmlScanner leaves to QXmlStreamReader) the parts
/// are dropped and the file is read again by one sequential XesReader on QXmlStreamReader,
/// which skips the events already handed over: messages and their lines, and the count of bad
/// events, are exactly those of the sequential reader.
///
/// Logs that cannot be cut safely are read sequentially from the start: smaller than
/// ReaderOptions::splitMinBytes, declaring an encoding other than UTF-8, with a byte order
/// mark other than UTF-8's, or with a DTD (whose attribute defaults only the first part would
/// see).
class XesSplitReader : public EventLogReader
{
    Q_DECLARE_TR_FUNCTIONS(XesSplitReader)

public:
    XesSplitReader(const QString &path, const ReaderOptions &options);
    ~XesSplitReader() override;

    /// Opens the file, cuts it and starts the workers; false with errorString() on failure
    /// (the same errors as XesReader::start()).
    bool start();

    bool next(RawEvent &event) override;
    qint64 bytesRead() const override;
    qint64 totalBytes() const override;
    /// The attribute keys seen in the first events of each part read so far.
    QStringList fieldNames() const override;

    /// Whether the log is being read in more than one part (false when it is read sequentially
    /// from the start, or fell back to that).
    bool readsInParts() const;
    /// How many parts the log was cut into (1 when it is read sequentially).
    int partCount() const;

private:
    struct Part;
    struct Shared;
    class PartDevice;
    struct PartReader;

    bool startSequential();
    bool fallBack();
    void stopThreads();
    bool cutPlainFile(QFile &file, int count);
    std::unique_ptr<PartReader> openPart(int index);
    void parseIntoBatches(int index);
    int claimPart();
    void runWorker();
    void runInflater(qint64 inflatedSize);

    std::unique_ptr<Shared> d;
    std::unique_ptr<XesReader> m_sequential;
    std::unique_ptr<PartReader> m_direct; ///< the part handed over while this thread parses it
    int m_current = 0; ///< the part whose events next() hands over
    qint64 m_lineOffset = 0; ///< line breaks before the current part
    qint64 m_handed = 0; ///< events handed over so far
    std::vector<RawEvent> m_batch;
    size_t m_batchPos = 0;
    int m_partsHere = 0; ///< parts parsed on the calling thread, for the debug log
    qint64 m_waitedNs = 0; ///< time it waited for the workers, for the debug log
    bool m_inParts = false;
    bool m_done = false;
};

} // namespace Stepwise
