#include "xesreader.h"

#include "gzipdevice.h"
#include "lifecycle.h"

#include <cstring>

namespace Stepwise {

namespace {

// An XES log needs no entities at all; a few are tolerated in case a writer declares one.
constexpr int EntityExpansionLimit = 1024;
// Keys collected for fieldNames() from the first events only.
constexpr qint64 KeySampleEvents = 1000;
// Lifecycle transitions whose kind is remembered.
constexpr size_t MaxKnownTransitions = 8;

// Equal text, with the sizes compared inline first: most keys differ in size.
inline bool sameText(QStringView a, QStringView b)
{
    return a.size() == b.size()
        && std::memcmp(a.utf16(), b.utf16(), size_t(a.size()) * sizeof(char16_t)) == 0;
}

// The key and value of an attribute element. Writers put them first and in that order, so
// they are looked at there before being looked up by name.
void keyAndValue(const QXmlStreamAttributes &attributes, QStringView *key, QStringView *value)
{
    if (attributes.size() >= 2 && sameText(attributes.at(0).qualifiedName(), u"key")
        && sameText(attributes.at(1).qualifiedName(), u"value")) {
        *key = attributes.at(0).value();
        *value = attributes.at(1).value();
        return;
    }
    *key = attributes.value(QLatin1String("key"));
    *value = attributes.value(QLatin1String("value"));
}

} // namespace

XesReader::XesReader(const QString &path, const ReaderOptions &options)
    : EventLogReader(path, options)
{
    m_fields.fillXesDefaults();
    m_caseOnEvents = m_fields.caseId != m_fields.activity;
    m_startParser.setPattern(options.timestampPattern);
    m_completeParser.setPattern(options.timestampPattern);
    m_startParser.setTimeZone(options.timeZone);
    m_completeParser.setTimeZone(options.timeZone);
}

XesReader::XesReader(const QString &path, const ReaderOptions &options, QIODevice *device)
    : XesReader(path, options)
{
    m_device = device;
}

XesReader::~XesReader()
{
    m_xml.setDevice(nullptr);
}

bool XesReader::start()
{
    if (m_device) {
        // A part handed over by XesSplitReader, already open.
    } else if (m_path.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive)) {
        m_gzip = std::make_unique<GzipDevice>(m_path);
        m_gzip->setLimits(m_options.maxInflateRatio, m_options.minInflateRefusal);
        m_device = m_gzip.get();
    } else {
        m_file = std::make_unique<QFile>(m_path);
        m_device = m_file.get();
    }
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly)) {
        m_error = located(0, tr("cannot open the file: %1").arg(m_device->errorString()));
        return false;
    }
    if (m_file && m_file->size() == 0) {
        m_error = located(1, tr("the file is empty"));
        return false;
    }
    m_xml.setDevice(m_device);
    m_xml.setNamespaceProcessing(false);
    m_xml.setEntityExpansionLimit(EntityExpansionLimit);
    // Up to the root element, so that a file that is no XES log is refused at once.
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartDocument)
            m_encoding = m_xml.documentEncoding().toString();
        if (token == QXmlStreamReader::DTD)
            m_hasDtd = true;
        if (token == QXmlStreamReader::DTD && !m_xml.entityDeclarations().isEmpty()) {
            m_error = located(m_xml.lineNumber(),
                              tr("refused: the file declares XML entities, which an XES log "
                                 "never needs (an entity expansion bomb?)"));
            return false;
        }
        if (token == QXmlStreamReader::StartElement) {
            if (m_xml.name() != QLatin1String("log")) {
                m_error = located(m_xml.lineNumber(),
                                  tr("not an XES log: the root element is <%1>, not <log>")
                                      .arg(m_xml.name().toString()));
                return false;
            }
            return true;
        }
    }
    xmlFailed();
    if (m_error.isEmpty())
        m_error = located(m_xml.lineNumber(), tr("the file is empty"));
    return false;
}

qint64 XesReader::bytesRead() const
{
    if (m_gzip)
        return m_gzip->compressedRead();
    return m_file ? m_file->pos() : 0;
}

qint64 XesReader::totalBytes() const
{
    if (m_gzip)
        return m_gzip->compressedSize();
    return m_file ? m_file->size() : 0;
}

QStringList XesReader::fieldNames() const
{
    QStringList keys(m_keys.cbegin(), m_keys.cend());
    keys.sort();
    return keys;
}

bool XesReader::isAttributeElement(QStringView name) const
{
    return sameText(name, u"string") || sameText(name, u"date") || sameText(name, u"int")
        || sameText(name, u"float") || sameText(name, u"boolean") || sameText(name, u"id");
}

void XesReader::xmlFailed()
{
    if (m_gzip && m_gzip->hasFailed()) {
        addBad(m_xml.lineNumber(), m_gzip->errorString());
        return;
    }
    if (!m_xml.hasError())
        return;
    QString what = m_xml.errorString();
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        what = tr("the document ends before its elements are closed (%1)").arg(what);
    addBad(m_xml.lineNumber(), tr("malformed XML: %1").arg(what));
}

void XesReader::addBad(qint64 line, const QString &what)
{
    if (m_bad++ == 0)
        m_firstBad = located(line, what);
}

void XesReader::finish()
{
    m_done = true;
    if (m_bad == 0)
        return;
    m_error = m_firstBad;
    if (m_bad > 1) {
        m_error += QLatin1Char(' ')
            + (m_bad == 2 ? tr("(and 1 more event is bad)")
                          : tr("(and %1 more events are bad)").arg(m_bad - 1));
    }
}

void XesReader::readTraceAttribute()
{
    // A trace-level attribute: the case id, or anything else (skipped with its children).
    if (isAttributeElement(m_xml.name())) {
        QStringView key;
        QStringView value;
        keyAndValue(m_xml.attributes(), &key, &value);
        if (sameText(key, m_fields.caseId))
            m_caseId = value.toString();
    }
    m_xml.skipCurrentElement();
}

RawEvent::Kind XesReader::transitionKind(QStringView value)
{
    // Logs use a handful of transitions ("start", "complete"): their kinds are kept.
    for (const KnownTransition &known : m_transitions) {
        if (sameText(value, known.value))
            return known.kind;
    }
    const RawEvent::Kind kind = kindOfTransition(value);
    if (m_transitions.size() < MaxKnownTransitions)
        m_transitions.push_back({value.toString(), kind});
    return kind;
}

bool XesReader::readEvent(RawEvent &event, QString *what)
{
    event.line = m_xml.lineNumber();
    event.activity.clear();
    event.resource.clear();
    event.caseId.clear();
    event.startMs = NoTime;
    event.completeMs = NoTime;
    event.kind = RawEvent::Kind::Complete;
    bool hasActivity = false;
    bool hasComplete = false;
    const bool sampleKeys = m_eventsSeen++ < KeySampleEvents;

    while (m_xml.readNext() != QXmlStreamReader::Invalid) {
        if (m_xml.isEndElement())
            break; // </event>
        if (!m_xml.isStartElement())
            continue;
        if (!isAttributeElement(m_xml.name())) {
            m_xml.skipCurrentElement(); // list, container, or unknown
            continue;
        }
        const QXmlStreamAttributes attributes = m_xml.attributes();
        QStringView key;
        QStringView value;
        keyAndValue(attributes, &key, &value);
        if (sampleKeys && !m_keys.contains(key.toString()))
            m_keys.insert(key.toString());
        if (sameText(key, m_fields.activity)) {
            event.activity = m_pool.fromUtf16(value);
            hasActivity = !value.isEmpty();
        }
        if (sameText(key, m_fields.complete)) {
            if (!m_completeDetected)
                m_completeDetected = m_completeParser.detect(value);
            if (m_completeParser.parse(value, &event.completeMs)) {
                hasComplete = true;
            } else if (what->isEmpty()) {
                *what = tr("bad date \"%1\" in \"%2\"").arg(value.toString(), m_fields.complete);
            }
        } else if (!m_fields.start.isEmpty() && sameText(key, m_fields.start)) {
            if (!m_startDetected)
                m_startDetected = m_startParser.detect(value);
            if (!m_startParser.parse(value, &event.startMs) && what->isEmpty())
                *what = tr("bad date \"%1\" in \"%2\"").arg(value.toString(), m_fields.start);
        } else if (sameText(key, m_fields.resource)) {
            event.resource = m_pool.fromUtf16(value);
        } else if (sameText(key, m_fields.lifecycle)) {
            event.kind = transitionKind(value);
        } else if (m_caseOnEvents && sameText(key, m_fields.caseId)) {
            event.caseId = value.toString();
        }
        m_xml.skipCurrentElement(); // nested attributes
    }
    if (m_xml.hasError())
        return false;
    if (!what->isEmpty())
        return false;
    if (!hasActivity) {
        *what = tr("an event without \"%1\" (its activity)").arg(m_fields.activity);
        return false;
    }
    if (!hasComplete) {
        *what = tr("an event without \"%1\" (its time)").arg(m_fields.complete);
        return false;
    }
    if (event.startMs != NoTime) {
        event.kind = RawEvent::Kind::Interval;
    } else if (event.kind == RawEvent::Kind::Start) {
        event.startMs = event.completeMs;
        event.completeMs = NoTime;
    }
    return true;
}

bool XesReader::next(RawEvent &event)
{
    while (true) {
        if (!m_ready.empty()) {
            event = std::move(m_ready.front());
            m_ready.pop_front();
            return true;
        }
        if (m_done)
            return false;
        if (m_xml.atEnd() || m_xml.readNext() == QXmlStreamReader::Invalid) {
            xmlFailed();
            finish();
            continue;
        }
        if (m_xml.isStartElement()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("event")) {
                const qint64 line = m_xml.lineNumber();
                if (!m_inTrace) {
                    addBad(line, tr("an event outside a trace"));
                    m_xml.skipCurrentElement();
                    continue;
                }
                RawEvent e;
                QString what;
                if (!readEvent(e, &what)) {
                    if (!m_xml.hasError())
                        addBad(line, what);
                    continue;
                }
                if (m_bad > 0)
                    continue;
                if (!e.caseId.isEmpty()) {
                    m_ready.push_back(std::move(e));
                } else if (!m_caseId.isEmpty()) {
                    e.caseId = m_caseId;
                    event = std::move(e);
                    return true;
                } else {
                    m_pending.push_back(std::move(e));
                }
            } else if (name == QLatin1String("trace")) {
                if (m_inTrace) {
                    addBad(m_xml.lineNumber(), tr("a trace inside a trace"));
                    finish();
                    continue;
                }
                m_inTrace = true;
                m_traceLine = m_xml.lineNumber();
                m_caseId.clear();
            } else if (m_inTrace) {
                readTraceAttribute();
                if (!m_caseId.isEmpty() && !m_pending.empty()) {
                    for (RawEvent &e : m_pending) {
                        e.caseId = m_caseId;
                        m_ready.push_back(std::move(e));
                    }
                    m_pending.clear();
                }
            } else {
                m_xml.skipCurrentElement(); // extensions, globals, classifiers, log attributes
            }
        } else if (m_xml.isEndElement() && m_xml.name() == QLatin1String("trace")) {
            m_inTrace = false;
            if (m_caseId.isEmpty() && !m_pending.empty()) {
                addBad(m_traceLine,
                       tr("a trace without \"%1\" (its case id)").arg(m_fields.caseId));
                m_pending.clear();
            }
        }
    }
}

} // namespace Stepwise
