#include "xessplitreader.h"

#include "gzipdevice.h"
#include "xesreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <cmath>
#include <cstring>
#include <deque>

namespace Stepwise {

namespace {

// How the log was cut and whether it fell back: QT_LOGGING_RULES="stepwise.xes.debug=true".
Q_LOGGING_CATEGORY(lcXes, "stepwise.xes", QtWarningMsg)

// Events a worker hands over at once: few enough locks, little memory held back.
constexpr size_t EventsPerBatch = 1024;
// Without ReaderOptions::splitPartBytes: about one part per this many bytes, between these
// counts. A thread that finishes early takes the next part, so parts shrinking towards the end
// (see cutOffset()) keep every core busy to the end; each costs a QXmlStreamReader and a file
// open, well under a millisecond.
constexpr qint64 BytesPerPart = qint64(2) << 20;
constexpr qint64 MinParts = 4;
constexpr qint64 MaxAutoParts = 64;
constexpr qint64 MaxParts = 4096;
// A .gz is inflated by this much at a time, and at most this much inflated text waits for
// the parsers (which read ten times slower than zlib inflates).
constexpr qint64 InflateChunkBytes = 256 * 1024;
constexpr qint64 MaxBufferedBytes = qint64(16) << 20;
// How much of a plain file is searched at once for a cut.
constexpr qint64 SearchWindowBytes = 64 * 1024;

const char PartHead[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><log>";
const char PartTail[] = "</log>";
// "<trace" and the character after it.
constexpr qsizetype TagBytes = 7;

bool endsName(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '>' || c == '/';
}

// The first "<trace" start tag at or after from whose next character is in data too; -1 if
// none.
qsizetype findTraceTag(const char *data, qsizetype size, qsizetype from)
{
    for (qsizetype i = from; i + TagBytes <= size; ++i) {
        const void *open = std::memchr(data + i, '<', size_t(size - TagBytes + 1 - i));
        if (!open)
            return -1;
        i = static_cast<const char *>(open) - data;
        if (std::memcmp(data + i + 1, "trace", 5) == 0 && endsName(data[i + 6]))
            return i;
    }
    return -1;
}

// Whether the first bytes of a log can be UTF-8: no UTF-16 or UTF-32 byte order mark or
// zero byte, which would make a cut at the bytes of "<trace" meaningless.
bool looksLikeUtf8(const char *data, qsizetype size)
{
    if (size >= 2
        && ((uchar(data[0]) == 0xfe && uchar(data[1]) == 0xff)
            || (uchar(data[0]) == 0xff && uchar(data[1]) == 0xfe)))
        return false;
    return std::memchr(data, 0, size_t(qMin<qsizetype>(size, 4))) == nullptr;
}

// Where the cut before part index of count should be in size bytes: evenly spaced, or with
// parts shrinking from about 1.5 times the mean size to a few percent of it at the end.
qint64 cutOffset(qint64 size, qint64 index, qint64 count, bool even)
{
    if (even)
        return size * index / count;
    return qint64(double(size) * (1.0 - std::pow(1.0 - double(index) / double(count), 1.5)));
}

bool isUtf8Name(const QString &encoding)
{
    return encoding.isEmpty() || encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0
        || encoding.compare(QLatin1String("UTF8"), Qt::CaseInsensitive) == 0;
}

} // namespace

struct XesSplitReader::Part
{
    enum class State { Waiting, Claimed, Done, Failed };

    qint64 begin = 0; ///< plain file: the bytes of the file in this part
    qint64 end = 0;
    bool first = false; ///< plain file: without the synthetic head
    bool last = false; ///< plain file: without the synthetic tail
    std::deque<QByteArray> chunks; ///< .gz: text queued by the inflater, head and tail included
    bool complete = false; ///< .gz: every chunk is queued

    State state = State::Waiting;
    std::deque<std::vector<RawEvent>> batches; ///< parsed by a worker, not handed over yet
    qint64 lineBreaks = 0; ///< once Done: line breaks in the part's text
    QStringList keys;
};

struct XesSplitReader::Shared
{
    QString path;
    bool gzip = false;
    qint64 totalBytes = 0;
    bool evenParts = false; ///< cut every ReaderOptions::splitPartBytes
    std::vector<Part> parts;

    QMutex mutex; ///< guards parts' chunks, complete, state and batches, and what follows
    QWaitCondition changed;
    int nextClaim = 0; ///< parts are claimed in order
    bool failed = false; ///< a part failed: the file is read again sequentially
    qint64 buffered = 0; ///< .gz: inflated bytes queued

    std::atomic<bool> abort {false};
    std::atomic<qint64> bytesRead {0};
    std::vector<std::unique_ptr<QThread>> threads;
};

/// The text of one part for its QXmlStreamReader: the synthetic head, the part's bytes of the
/// file (or of the inflated .gz, queued by the inflater) and the synthetic tail. Sequential
/// and blocking, as GzipDevice.
class XesSplitReader::PartDevice : public QIODevice
{
public:
    PartDevice(Shared *shared, int index) : m_shared(shared), m_index(index)
    {
        if (shared->gzip)
            return;
        const Part &part = shared->parts[size_t(index)];
        if (!part.first)
            m_pending = QByteArray(PartHead);
        m_fileLeft = part.end - part.begin;
        m_tail = !part.last;
        m_file.setFileName(shared->path);
    }

    bool open(OpenMode mode) override
    {
        if (!m_shared->gzip) {
            if (!m_file.open(QIODevice::ReadOnly)) {
                setErrorString(m_file.errorString());
                return false;
            }
            if (!m_file.seek(m_shared->parts[size_t(m_index)].begin)) {
                setErrorString(m_file.errorString());
                return false;
            }
        }
        return QIODevice::open(mode | Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 done = 0;
        while (done < maxSize) {
            if (m_shared->abort.load(std::memory_order_relaxed))
                return -1;
            if (m_pendingPos < m_pending.size()) {
                const qint64 n = qMin(maxSize - done, qint64(m_pending.size() - m_pendingPos));
                std::memcpy(data + done, m_pending.constData() + m_pendingPos, size_t(n));
                m_pendingPos += n;
                done += n;
                continue;
            }
            if (m_fileLeft > 0) {
                const qint64 got = m_file.read(data + done, qMin(maxSize - done, m_fileLeft));
                if (got <= 0)
                    return -1;
                m_fileLeft -= got;
                done += got;
                m_shared->bytesRead.fetch_add(got, std::memory_order_relaxed);
                continue;
            }
            if (done > 0)
                break; // hand over what there is before waiting for more
            if (!refill())
                return m_failed ? -1 : 0;
        }
        return done;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    // The next piece of text into m_pending; false at the end of the part or on failure.
    bool refill()
    {
        m_pending.clear();
        m_pendingPos = 0;
        if (!m_shared->gzip) {
            if (!m_tail)
                return false;
            m_tail = false;
            m_pending = QByteArray(PartTail);
            return true;
        }
        QMutexLocker locker(&m_shared->mutex);
        Part &part = m_shared->parts[size_t(m_index)];
        while (part.chunks.empty() && !part.complete && !m_shared->failed
               && !m_shared->abort.load())
            m_shared->changed.wait(&m_shared->mutex);
        if (m_shared->failed || m_shared->abort.load()) {
            m_failed = true;
            return false;
        }
        if (part.chunks.empty())
            return false;
        m_pending = std::move(part.chunks.front());
        part.chunks.pop_front();
        m_shared->buffered -= m_pending.size();
        m_shared->changed.wakeAll(); // room for the inflater
        return true;
    }

    Shared *m_shared;
    int m_index;
    QFile m_file;
    qint64 m_fileLeft = 0;
    bool m_tail = false;
    QByteArray m_pending;
    qsizetype m_pendingPos = 0;
    bool m_failed = false;
};

struct XesSplitReader::PartReader
{
    std::unique_ptr<PartDevice> device;
    std::unique_ptr<XesReader> reader; ///< declared after the device: destroyed before it
};

XesSplitReader::XesSplitReader(const QString &path, const ReaderOptions &options)
    : EventLogReader(path, options), d(std::make_unique<Shared>())
{
    d->path = path;
    d->gzip = path.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive);
}

XesSplitReader::~XesSplitReader()
{
    stopThreads();
    m_direct.reset();
}

bool XesSplitReader::startSequential()
{
    stopThreads();
    m_direct.reset();
    m_inParts = false;
    m_sequential = std::make_unique<XesReader>(m_path, m_options);
    if (m_sequential->start()) {
        m_fields = m_sequential->fields();
        return true;
    }
    m_error = m_sequential->errorString();
    m_sequential.reset();
    m_done = true;
    return false;
}

bool XesSplitReader::start()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return startSequential(); // which says why
    d->totalBytes = file.size();
    qint64 textBytes = d->totalBytes;
    if (d->gzip) {
        // The trailer's ISIZE: the inflated size modulo 2^32 (of the last member). Only the
        // size of the parts depends on it, never what is read.
        uchar trailer[4] = {};
        if (d->totalBytes < 18 || !file.seek(d->totalBytes - 4)
            || file.read(reinterpret_cast<char *>(trailer), 4) != 4)
            return startSequential();
        textBytes = qint64(trailer[0]) | qint64(trailer[1]) << 8 | qint64(trailer[2]) << 16
            | qint64(trailer[3]) << 24;
    }
    const qint64 minimum = m_options.splitMinBytes;
    if (minimum < 0 || textBytes < minimum || textBytes < 2)
        return startSequential();
    d->evenParts = m_options.splitPartBytes > 0;
    const qint64 count = d->evenParts
        ? qMin(MaxParts, (textBytes + m_options.splitPartBytes - 1) / m_options.splitPartBytes)
        : qBound(MinParts, textBytes / BytesPerPart, MaxAutoParts);
    if (count < 2)
        return startSequential();

    if (d->gzip) {
        d->parts.resize(size_t(count));
        d->threads.emplace_back(QThread::create([this, textBytes] { runInflater(textBytes); }));
        d->threads.back()->start();
    } else if (!cutPlainFile(file, int(count))) {
        return startSequential();
    }
    file.close();

    // The first part on this thread: its prolog tells whether the cuts are safe.
    d->nextClaim = 1;
    d->parts.front().state = Part::State::Claimed;
    m_direct = openPart(0);
    if (!m_direct->reader->start() || m_direct->reader->hasDtd()
        || !isUtf8Name(m_direct->reader->declaredEncoding())) {
        qCDebug(lcXes) << m_path << "read sequentially: its prolog does not allow cutting";
        return startSequential();
    }
    m_fields = m_direct->reader->fields();
    m_inParts = true;
    const int workers = qBound(1, QThread::idealThreadCount() - 1, int(d->parts.size()) - 1);
    for (int i = 0; i < workers; ++i) {
        d->threads.emplace_back(QThread::create([this] { runWorker(); }));
        d->threads.back()->start();
    }
    qCDebug(lcXes) << m_path << "read in" << d->parts.size() << "parts by" << workers + 1
                   << "threads";
    return true;
}

bool XesSplitReader::cutPlainFile(QFile &file, int count)
{
    const qint64 size = d->totalBytes;
    char head[4] = {};
    if (file.read(head, 4) != 4 || !looksLikeUtf8(head, 4))
        return false;
    std::vector<qint64> cuts {0};
    QByteArray window;
    for (int i = 1; i < count; ++i) {
        qint64 at = qMax(cutOffset(size, i, count, d->evenParts), cuts.back() + 1);
        qint64 cut = -1;
        while (cut < 0 && at < size) {
            if (!file.seek(at))
                return false;
            window = file.read(SearchWindowBytes);
            if (window.size() < TagBytes)
                break;
            const qsizetype found = findTraceTag(window.constData(), window.size(), 0);
            if (found >= 0)
                cut = at + found;
            else if (window.size() < SearchWindowBytes)
                break; // the end of the file
            else
                at += window.size() - TagBytes + 1;
        }
        if (cut < 0)
            break; // no trace starts after this target
        cuts.push_back(cut);
    }
    cuts.push_back(size);
    if (cuts.size() < 3)
        return false;
    d->parts.resize(cuts.size() - 1);
    for (size_t i = 0; i < d->parts.size(); ++i) {
        Part &part = d->parts[i];
        part.begin = cuts[i];
        part.end = cuts[i + 1];
        part.first = i == 0;
        part.last = i + 1 == d->parts.size();
    }
    return true;
}

void XesSplitReader::runInflater(qint64 textBytes)
{
    const int count = int(d->parts.size());
    const auto push = [this](int index, QByteArray bytes) {
        QMutexLocker locker(&d->mutex);
        while (d->buffered > MaxBufferedBytes && !d->failed && !d->abort.load())
            d->changed.wait(&d->mutex);
        d->buffered += bytes.size();
        d->parts[size_t(index)].chunks.push_back(std::move(bytes));
        d->changed.wakeAll();
    };
    const auto complete = [this](int index) {
        const QMutexLocker locker(&d->mutex);
        d->parts[size_t(index)].complete = true;
        d->changed.wakeAll();
    };
    const auto fail = [this] {
        const QMutexLocker locker(&d->mutex);
        d->failed = true;
        d->changed.wakeAll();
    };

    GzipDevice gzip(m_path);
    gzip.setLimits(m_options.maxInflateRatio, m_options.minInflateRefusal);
    if (!gzip.open(QIODevice::ReadOnly)) {
        fail();
        return;
    }
    int part = 0;
    QByteArray carry; // inflated, not yet queued
    qint64 carryStart = 0; // its offset in the inflated text
    bool canCut = true;
    bool headSeen = false;
    while (!d->abort.load()) {
        QByteArray chunk(InflateChunkBytes, Qt::Uninitialized);
        const qint64 got = gzip.read(chunk.data(), chunk.size());
        d->bytesRead.store(gzip.compressedRead());
        if (got < 0) {
            fail(); // bad data, truncated, a bomb: the sequential reader says which
            return;
        }
        chunk.truncate(got);
        if (!headSeen && got > 0) {
            headSeen = true;
            canCut = looksLikeUtf8(chunk.constData(), chunk.size());
        }
        if (carry.isEmpty())
            carry = std::move(chunk);
        else
            carry.append(chunk);

        qint64 target = 0;
        while (canCut && part + 1 < count) {
            target = cutOffset(textBytes, part + 1, count, d->evenParts);
            const qint64 from = qMax<qint64>(0, target - carryStart);
            if (from >= carry.size())
                break;
            const qsizetype at = findTraceTag(carry.constData(), carry.size(), from);
            if (at < 0)
                break;
            push(part, carry.left(at));
            push(part, QByteArray(PartTail));
            complete(part);
            ++part;
            push(part, QByteArray(PartHead));
            carry = carry.mid(at);
            carryStart += at;
        }
        if (got == 0) {
            push(part, std::move(carry));
            complete(part);
            // Parts never reached: empty logs.
            for (int i = part + 1; i < count; ++i) {
                push(i, QByteArray(PartHead) + PartTail);
                complete(i);
            }
            return;
        }
        // Keep back what may begin a tag at a target already passed.
        qsizetype keep = 0;
        if (canCut && part + 1 < count && carryStart + carry.size() > target)
            keep = qMin<qsizetype>(carry.size(), TagBytes - 1);
        if (keep == 0) {
            carryStart += carry.size();
            push(part, std::move(carry));
            carry = QByteArray();
        } else {
            const qsizetype give = carry.size() - keep;
            push(part, carry.left(give));
            carry = carry.mid(give);
            carryStart += give;
        }
    }
    fail();
}

std::unique_ptr<XesSplitReader::PartReader> XesSplitReader::openPart(int index)
{
    auto part = std::make_unique<PartReader>();
    part->device = std::make_unique<PartDevice>(d.get(), index);
    part->reader = std::make_unique<XesReader>(m_path, m_options, part->device.get(),
                                               XesReader::Tokenizer::Scanner);
    return part;
}

int XesSplitReader::claimPart()
{
    const QMutexLocker locker(&d->mutex);
    if (d->failed || d->abort.load() || d->nextClaim >= int(d->parts.size()))
        return -1;
    const int index = d->nextClaim++;
    d->parts[size_t(index)].state = Part::State::Claimed;
    return index;
}

void XesSplitReader::parseIntoBatches(int index)
{
    const std::unique_ptr<PartReader> part = openPart(index);
    bool ok = part->reader->start();
    std::vector<RawEvent> batch;
    batch.reserve(EventsPerBatch);
    RawEvent event;
    while (ok && part->reader->next(event)) {
        batch.push_back(std::move(event));
        if (batch.size() == EventsPerBatch) {
            const QMutexLocker locker(&d->mutex);
            d->parts[size_t(index)].batches.push_back(std::move(batch));
            d->changed.wakeAll();
            batch = std::vector<RawEvent>();
            batch.reserve(EventsPerBatch);
        }
    }
    ok = ok && !part->reader->hasError() && !d->abort.load();
    const QMutexLocker locker(&d->mutex);
    Part &done = d->parts[size_t(index)];
    if (!batch.empty())
        done.batches.push_back(std::move(batch));
    if (ok) {
        done.state = Part::State::Done;
        done.lineBreaks = part->reader->lineNumber() - 1;
        done.keys = part->reader->fieldNames();
    } else {
        done.state = Part::State::Failed;
        d->failed = true;
    }
    d->changed.wakeAll();
}

void XesSplitReader::runWorker()
{
    for (int index = claimPart(); index >= 0; index = claimPart())
        parseIntoBatches(index);
}

void XesSplitReader::stopThreads()
{
    if (d->threads.empty())
        return;
    d->abort.store(true);
    {
        const QMutexLocker locker(&d->mutex);
        d->changed.wakeAll();
    }
    for (const std::unique_ptr<QThread> &thread : d->threads)
        thread->wait();
    d->threads.clear();
}

bool XesSplitReader::fallBack()
{
    qCDebug(lcXes) << m_path << "read again sequentially after an error in a part, skipping"
                   << m_handed << "events";
    stopThreads();
    m_direct.reset();
    m_batch.clear();
    m_batchPos = 0;
    if (!startSequential())
        return false;
    RawEvent skipped;
    for (qint64 i = 0; i < m_handed; ++i) {
        if (!m_sequential->next(skipped))
            break;
    }
    return true;
}

bool XesSplitReader::next(RawEvent &event)
{
    while (true) {
        if (m_sequential) {
            if (m_sequential->next(event))
                return true;
            m_error = m_sequential->errorString();
            return false;
        }
        if (m_done)
            return false;
        if (m_direct) {
            if (m_direct->reader->next(event)) {
                event.line += m_lineOffset;
                ++m_handed;
                return true;
            }
            const bool ok = !m_direct->reader->hasError() && !d->abort.load();
            {
                const QMutexLocker locker(&d->mutex);
                Part &part = d->parts[size_t(m_current)];
                if (ok) {
                    part.state = Part::State::Done;
                    part.lineBreaks = m_direct->reader->lineNumber() - 1;
                    part.keys = m_direct->reader->fieldNames();
                } else {
                    part.state = Part::State::Failed;
                    d->failed = true;
                }
                d->changed.wakeAll();
            }
            m_direct.reset();
            continue;
        }
        if (m_batchPos < m_batch.size()) {
            event = std::move(m_batch[m_batchPos++]);
            event.line += m_lineOffset;
            ++m_handed;
            return true;
        }

        int help = -1;
        bool direct = false;
        {
            QMutexLocker locker(&d->mutex);
            if (d->failed) {
                locker.unlock();
                if (!fallBack())
                    return false;
                continue;
            }
            if (m_current == int(d->parts.size())) {
                locker.unlock();
                stopThreads();
                m_done = true;
                qCDebug(lcXes) << m_path << "read; this thread parsed" << m_partsHere << "of"
                               << d->parts.size() << "parts and waited" << m_waitedNs / 1000000
                               << "ms for the others";
                return false;
            }
            Part &part = d->parts[size_t(m_current)];
            if (!part.batches.empty()) {
                m_batch = std::move(part.batches.front());
                part.batches.pop_front();
                m_batchPos = 0;
                continue;
            }
            switch (part.state) {
            case Part::State::Done:
                m_lineOffset += part.lineBreaks;
                ++m_current;
                continue;
            case Part::State::Waiting:
                // Parts are claimed in order, and every one before this is done.
                ++d->nextClaim;
                part.state = Part::State::Claimed;
                direct = true;
                break;
            case Part::State::Claimed:
                // A worker parses it: parse a later part meanwhile rather than wait.
                if (d->nextClaim < int(d->parts.size())) {
                    help = d->nextClaim++;
                    d->parts[size_t(help)].state = Part::State::Claimed;
                } else {
                    QElapsedTimer waiting;
                    waiting.start();
                    d->changed.wait(&d->mutex);
                    m_waitedNs += waiting.nsecsElapsed();
                }
                break;
            case Part::State::Failed:
                break; // d->failed is set
            }
        }
        if (direct || help >= 0)
            ++m_partsHere;
        if (direct) {
            m_direct = openPart(m_current);
            if (!m_direct->reader->start()) {
                const QMutexLocker locker(&d->mutex);
                d->parts[size_t(m_current)].state = Part::State::Failed;
                d->failed = true;
                m_direct.reset();
            }
        } else if (help >= 0) {
            parseIntoBatches(help);
        }
    }
}

qint64 XesSplitReader::bytesRead() const
{
    if (m_sequential)
        return m_sequential->bytesRead();
    if (m_done)
        return d->totalBytes;
    return d->bytesRead.load(std::memory_order_relaxed);
}

qint64 XesSplitReader::totalBytes() const
{
    return m_sequential ? m_sequential->totalBytes() : d->totalBytes;
}

QStringList XesSplitReader::fieldNames() const
{
    if (m_sequential)
        return m_sequential->fieldNames();
    QStringList keys = m_direct ? m_direct->reader->fieldNames() : QStringList();
    {
        const QMutexLocker locker(&d->mutex);
        for (const Part &part : d->parts)
            keys += part.keys;
    }
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

bool XesSplitReader::readsInParts() const
{
    return m_inParts && !m_sequential;
}

int XesSplitReader::partCount() const
{
    return readsInParts() ? int(d->parts.size()) : 1;
}

} // namespace Stepwise
