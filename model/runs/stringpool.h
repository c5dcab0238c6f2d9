#pragma once

#include <QByteArray>
#include <QHashFunctions>
#include <QString>

#include <vector>

namespace Stepwise {

/// Hands out one shared QString per distinct short value (an activity, a resource), so that a
/// reader decodes and allocates each name once rather than once per event. Holds at most
/// Capacity values; past that it just decodes. Keys are UTF-8 bytes or UTF-16 text.
class StringPool
{
public:
    StringPool() : m_slots(Size) { }

    QString fromUtf8(const char *data, qsizetype size)
    {
        const size_t h = qHash(QByteArrayView(data, size));
        for (size_t i = 0; i < Probes; ++i) {
            Slot &slot = m_slots[(h + i) & (Size - 1)];
            if (!slot.used) {
                if (m_count >= Capacity)
                    break;
                slot.used = true;
                slot.bytes = QByteArray(data, size);
                slot.text = QString::fromUtf8(data, size);
                ++m_count;
                return slot.text;
            }
            if (slot.bytes.size() == size && memcmp(slot.bytes.constData(), data, size) == 0)
                return slot.text;
        }
        return QString::fromUtf8(data, size);
    }

    QString fromUtf16(QStringView view)
    {
        const size_t h = qHash(view);
        for (size_t i = 0; i < Probes; ++i) {
            Slot &slot = m_slots[(h + i) & (Size - 1)];
            if (!slot.used) {
                if (m_count >= Capacity)
                    break;
                slot.used = true;
                slot.text = view.toString();
                ++m_count;
                return slot.text;
            }
            if (slot.text == view)
                return slot.text;
        }
        return view.toString();
    }

private:
    static constexpr size_t Size = 8192;
    static constexpr size_t Capacity = 6144;
    static constexpr size_t Probes = 16;
    struct Slot
    {
        bool used = false;
        QByteArray bytes;
        QString text;
    };
    std::vector<Slot> m_slots;
    size_t m_count = 0;
};

} // namespace Stepwise
