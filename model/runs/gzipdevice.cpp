#include "gzipdevice.h"

#include <zlib.h>

namespace Stepwise {

struct GzipDevice::Stream
{
    z_stream z {};
    bool initialized = false;
};

GzipDevice::GzipDevice(const QString &path, QObject *parent) : QIODevice(parent), m_file(path) { }

GzipDevice::~GzipDevice()
{
    close();
}

void GzipDevice::setLimits(qint64 maxRatio, qint64 minRefusal)
{
    m_maxRatio = maxRatio;
    m_minRefusal = minRefusal;
}

bool GzipDevice::open(OpenMode mode)
{
    if ((mode & (ReadWrite | Append)) != ReadOnly) {
        setErrorString(tr("a gzip file can only be read"));
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_compressedSize = m_file.size();
    m_stream = std::make_unique<Stream>();
    // 16 + MAX_WBITS: a gzip header and trailer, not a raw or zlib stream.
    if (inflateInit2(&m_stream->z, 16 + MAX_WBITS) != Z_OK) {
        setErrorString(tr("cannot start zlib"));
        m_file.close();
        return false;
    }
    m_stream->initialized = true;
    m_input.resize(256 * 1024);
    return QIODevice::open(mode | Unbuffered);
}

void GzipDevice::close()
{
    if (m_stream && m_stream->initialized)
        inflateEnd(&m_stream->z);
    m_stream.reset();
    m_file.close();
    if (isOpen())
        QIODevice::close();
}

qint64 GzipDevice::fail(const QString &message)
{
    m_failed = true;
    setErrorString(message);
    return -1;
}

qint64 GzipDevice::readData(char *data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    if (!m_stream || maxSize <= 0)
        return 0;
    z_stream &z = m_stream->z;
    qint64 produced = 0;
    while (produced < maxSize && !m_streamEnd) {
        if (z.avail_in == 0 && !m_inputEnd) {
            const qint64 got = m_file.read(m_input.data(), qint64(m_input.size()));
            if (got < 0)
                return fail(tr("cannot read the file: %1").arg(m_file.errorString()));
            if (got == 0) {
                m_inputEnd = true;
            } else {
                m_compressedRead += got;
                z.next_in = reinterpret_cast<Bytef *>(m_input.data());
                z.avail_in = uInt(got);
            }
        }
        if (z.avail_in == 0 && m_inputEnd) {
            return fail(m_inflated == 0 && m_compressedRead == 0
                            ? tr("the file is empty")
                            : tr("the gzip file is truncated (it ends in the middle of its data)"));
        }
        const uInt room = uInt(qMin<qint64>(maxSize - produced, 1 << 30));
        z.next_out = reinterpret_cast<Bytef *>(data + produced);
        z.avail_out = room;
        const int result = inflate(&z, Z_NO_FLUSH);
        const qint64 out = qint64(room - z.avail_out);
        produced += out;
        m_inflated += out;
        if (m_inflated > m_minRefusal
            && m_inflated > m_maxRatio * qMax<qint64>(1, m_compressedSize))
            return fail(tr("refused: the gzip file inflates to more than %1 times its size "
                           "(%2 MiB from %3 KiB so far), which no event log does; it looks like "
                           "a decompression bomb")
                            .arg(m_maxRatio)
                            .arg(m_inflated >> 20)
                            .arg(m_compressedSize >> 10));
        if (result == Z_STREAM_END) {
            // Another gzip member may follow (concatenated files, as gzip itself allows).
            if (z.avail_in == 0) {
                const qint64 got = m_file.read(m_input.data(), qint64(m_input.size()));
                if (got > 0) {
                    m_compressedRead += got;
                    z.next_in = reinterpret_cast<Bytef *>(m_input.data());
                    z.avail_in = uInt(got);
                }
            }
            if (z.avail_in > 0)
                inflateReset(&z);
            else
                m_streamEnd = true;
        } else if (result == Z_BUF_ERROR && out == 0 && z.avail_in > 0) {
            return fail(tr("the gzip data cannot be inflated"));
        } else if (result != Z_OK && result != Z_BUF_ERROR) {
            return fail(tr("not a valid gzip file (%1)")
                            .arg(QString::fromLatin1(z.msg ? z.msg : "zlib error")));
        }
    }
    return produced;
}

} // namespace Stepwise
