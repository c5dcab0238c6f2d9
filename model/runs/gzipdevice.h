#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

#include <memory>
#include <vector>

namespace Stepwise {

/// A read-only, sequential device that inflates a gzip file (one or more members) as it is
/// read, through zlib, without holding either the file or its content in memory.
///
/// A decompression bomb is refused: once the output passes both maxRatio times the size of the
/// compressed file and minRefusal bytes, reading fails with errorString() saying so.
/// Event logs deflate 14 to 20 times at gzip's default level (measured: receipt.xes 19,
/// running-example.xes 14, genlog.py's XES 18), while deflate cannot exceed about 1032 times,
/// which is what bombs aim for. A ratio of 200 leaves a real log ten times the room it needs.
/// The floor (64 MiB by default) keeps a small, very repetitive file from tripping the ratio,
/// and bounds the useless work done for a bomb to parsing that much XML (a second or so).
class GzipDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit GzipDevice(const QString &path, QObject *parent = nullptr);
    ~GzipDevice() override;

    void setLimits(qint64 maxRatio, qint64 minRefusal);
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }

    /// Bytes of the compressed file read so far, and its size.
    qint64 compressedRead() const { return m_compressedRead; }
    qint64 compressedSize() const { return m_compressedSize; }
    qint64 inflated() const { return m_inflated; }
    /// Set when reading failed (bad gzip data, a truncated file, a refused bomb).
    bool hasFailed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail(const QString &message);

    struct Stream;
    QFile m_file;
    std::unique_ptr<Stream> m_stream;
    std::vector<char> m_input;
    qint64 m_compressedRead = 0;
    qint64 m_compressedSize = 0;
    qint64 m_inflated = 0;
    qint64 m_maxRatio = 200;
    qint64 m_minRefusal = qint64(64) << 20;
    bool m_inputEnd = false;
    bool m_streamEnd = false;
    bool m_failed = false;
};

} // namespace Stepwise
