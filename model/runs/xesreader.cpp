#include "xesreader.h"

#include "gzipdevice.h"
#include "lifecycle.h"
#include "xmlscanner.h"

#include <cstring>
#include <type_traits>

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

inline bool sameText(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

inline bool isName(QStringView name, QLatin1String literal)
{
    return name.size() == literal.size() && name == literal;
}

inline bool isName(QByteArrayView name, QLatin1String literal)
{
    return sameText(name, QByteArrayView(literal.data(), literal.size()));
}

inline QString toQString(QStringView text)
{
    return text.toString();
}

inline QString toQString(QByteArrayView text)
{
    return QString::fromUtf8(text);
}

inline QString intern(StringPool &pool, QStringView text)
{
    return pool.fromUtf16(text);
}

inline QString intern(StringPool &pool, QByteArrayView text)
{
    return pool.fromUtf8(text.data(), text.size());
}

inline bool detect(TimestampParser &parser, QStringView value)
{
    return parser.detect(value);
}

inline bool detect(TimestampParser &parser, QByteArrayView value)
{
    return parser.detect(value.data(), value.size());
}

inline bool parse(TimestampParser &parser, QStringView value, qint64 *ms)
{
    return parser.parse(value, ms);
}

inline bool parse(TimestampParser &parser, QByteArrayView value, qint64 *ms)
{
    return parser.parse(value.data(), value.size(), ms);
}

template<typename View>
bool isAttributeElement(View name)
{
    return isName(name, QLatin1String("string")) || isName(name, QLatin1String("date"))
        || isName(name, QLatin1String("int")) || isName(name, QLatin1String("float"))
        || isName(name, QLatin1String("boolean")) || isName(name, QLatin1String("id"));
}

// The keys the mapping names, in the text a tokenizer hands over.
template<typename Text>
struct Keys
{
    Text caseId;
    Text activity;
    Text complete;
    Text start;
    Text resource;
    Text lifecycle;
};

enum class Tag { Start, End, Other, Failed };

} // namespace

/// QXmlStreamReader as the XES logic sees a tokenizer.
class XesReader::QtTokens
{
public:
    using View = QStringView;

    QtTokens(QXmlStreamReader &xml, const FieldMapping &fields) : m_xml(xml)
    {
        m_keys = {fields.caseId, fields.activity, fields.complete,
                  fields.start,  fields.resource, fields.lifecycle};
    }

    const Keys<QString> &keys() const { return m_keys; }
    Tag next()
    {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement:
            return Tag::Start;
        case QXmlStreamReader::EndElement:
            return Tag::End;
        case QXmlStreamReader::Invalid:
            return Tag::Failed;
        default:
            return Tag::Other;
        }
    }
    bool atEnd() const { return m_xml.atEnd(); }
    bool hasError() const { return m_xml.hasError(); }
    qint64 lineNumber() const { return m_xml.lineNumber(); }
    View name() const { return m_xml.name(); }
    void skipCurrentElement() { m_xml.skipCurrentElement(); }

    // The key and value of an attribute element, valid until the next token. Writers put them
    // first and in that order, so they are looked at there before being looked up by name.
    void keyAndValue(View *key, View *value)
    {
        m_attributes = m_xml.attributes();
        if (m_attributes.size() >= 2 && sameText(m_attributes.at(0).qualifiedName(), u"key")
            && sameText(m_attributes.at(1).qualifiedName(), u"value")) {
            *key = m_attributes.at(0).value();
            *value = m_attributes.at(1).value();
            return;
        }
        *key = m_attributes.value(QLatin1String("key"));
        *value = m_attributes.value(QLatin1String("value"));
    }

private:
    QXmlStreamReader &m_xml;
    QXmlStreamAttributes m_attributes;
    Keys<QString> m_keys;
};

/// XmlScanner as the XES logic sees a tokenizer: UTF-8 views, no decoding until a value is
/// kept.
class XesReader::ScannerTokens
{
public:
    using View = QByteArrayView;

    ScannerTokens(XmlScanner &xml, const FieldMapping &fields) : m_xml(xml)
    {
        m_keys = {fields.caseId.toUtf8(), fields.activity.toUtf8(), fields.complete.toUtf8(),
                  fields.start.toUtf8(),  fields.resource.toUtf8(), fields.lifecycle.toUtf8()};
    }

    const Keys<QByteArray> &keys() const { return m_keys; }
    Tag next()
    {
        switch (m_xml.readNext()) {
        case XmlScanner::Token::StartElement:
            return Tag::Start;
        case XmlScanner::Token::EndElement:
            return Tag::End;
        case XmlScanner::Token::Failed:
            return Tag::Failed;
        case XmlScanner::Token::EndDocument:
            break;
        }
        return Tag::Other;
    }
    bool atEnd() const { return m_xml.atEnd(); }
    bool hasError() const { return m_xml.failed(); }
    qint64 lineNumber() const { return m_xml.lineNumber(); }
    View name() const { return m_xml.name(); }
    void skipCurrentElement() { m_xml.skipCurrentElement(); }

    void keyAndValue(View *key, View *value)
    {
        if (m_xml.attributeCount() >= 2 && sameText(m_xml.attributeName(0), "key")
            && sameText(m_xml.attributeName(1), "value")) {
            *key = m_xml.attributeValue(0);
            *value = m_xml.attributeValue(1);
            return;
        }
        *key = m_xml.attribute("key");
        *value = m_xml.attribute("value");
    }

private:
    XmlScanner &m_xml;
    Keys<QByteArray> m_keys;
};

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

XesReader::XesReader(const QString &path, const ReaderOptions &options, QIODevice *device,
                     Tokenizer tokenizer)
    : XesReader(path, options)
{
    m_device = device;
    if (tokenizer == Tokenizer::Scanner)
        m_scanner = std::make_unique<XmlScanner>(device);
}

XesReader::~XesReader()
{
    m_xml.setDevice(nullptr);
}

qint64 XesReader::lineNumber() const
{
    return m_scanner ? m_scanner->lineNumber() : m_xml.lineNumber();
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
    if (m_scanner)
        return startScanner();
    m_qt = std::make_unique<QtTokens>(m_xml, m_fields);
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

bool XesReader::startScanner()
{
    m_scanned = std::make_unique<ScannerTokens>(*m_scanner, m_fields);
    // Messages never shown: XesSplitReader reads the file with QXmlStreamReader, which says.
    if (m_scanner->readNext() != XmlScanner::Token::StartElement) {
        m_error = located(m_scanner->lineNumber(),
                          tr("malformed XML: %1").arg(m_scanner->errorString()));
        return false;
    }
    if (!isName(m_scanner->name(), QLatin1String("log"))) {
        m_error = located(m_scanner->lineNumber(),
                          tr("not an XES log: the root element is <%1>, not <log>")
                              .arg(QString::fromUtf8(m_scanner->name())));
        return false;
    }
    m_encoding = QString::fromLatin1(m_scanner->declaredEncoding());
    return true;
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

void XesReader::xmlFailed()
{
    if (m_scanner) {
        if (m_scanner->failed())
            addBad(m_scanner->lineNumber(), tr("malformed XML: %1").arg(m_scanner->errorString()));
        return;
    }
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

template<typename Tokens>
void XesReader::readTraceAttribute(Tokens &xml)
{
    // A trace-level attribute: the case id, or anything else (skipped with its children).
    if (isAttributeElement(xml.name())) {
        typename Tokens::View key;
        typename Tokens::View value;
        xml.keyAndValue(&key, &value);
        if (sameText(key, xml.keys().caseId))
            m_caseId = toQString(value);
    }
    xml.skipCurrentElement();
}

template<typename View>
RawEvent::Kind XesReader::transitionKind(View value)
{
    // Logs use a handful of transitions ("start", "complete"): their kinds are kept.
    constexpr bool utf8 = std::is_same_v<View, QByteArrayView>;
    for (const KnownTransition &known : m_transitions) {
        if constexpr (utf8) {
            if (sameText(value, known.utf8))
                return known.kind;
        } else if (sameText(value, known.value)) {
            return known.kind;
        }
    }
    const QString text = toQString(value);
    const RawEvent::Kind kind = kindOfTransition(text);
    if (m_transitions.size() < MaxKnownTransitions)
        m_transitions.push_back({text, text.toUtf8(), kind});
    return kind;
}

template<typename Tokens>
bool XesReader::readEvent(Tokens &xml, RawEvent &event, QString *what)
{
    event.line = xml.lineNumber();
    event.activity.clear();
    event.resource.clear();
    event.caseId.clear();
    event.startMs = NoTime;
    event.completeMs = NoTime;
    event.kind = RawEvent::Kind::Complete;
    bool hasActivity = false;
    bool hasComplete = false;
    const bool sampleKeys = m_eventsSeen++ < KeySampleEvents;
    const auto &keys = xml.keys();

    for (Tag tag = xml.next(); tag != Tag::Failed; tag = xml.next()) {
        if (tag == Tag::End)
            break; // </event>
        if (tag != Tag::Start)
            continue;
        if (!isAttributeElement(xml.name())) {
            xml.skipCurrentElement(); // list, container, or unknown
            continue;
        }
        typename Tokens::View key;
        typename Tokens::View value;
        xml.keyAndValue(&key, &value);
        if (sampleKeys)
            m_keys.insert(toQString(key));
        if (sameText(key, keys.activity)) {
            event.activity = intern(m_pool, value);
            hasActivity = !value.isEmpty();
        }
        if (sameText(key, keys.complete)) {
            if (!m_completeDetected)
                m_completeDetected = detect(m_completeParser, value);
            if (parse(m_completeParser, value, &event.completeMs)) {
                hasComplete = true;
            } else if (what->isEmpty()) {
                *what = tr("bad date \"%1\" in \"%2\"").arg(toQString(value), m_fields.complete);
            }
        } else if (!keys.start.isEmpty() && sameText(key, keys.start)) {
            if (!m_startDetected)
                m_startDetected = detect(m_startParser, value);
            if (!parse(m_startParser, value, &event.startMs) && what->isEmpty())
                *what = tr("bad date \"%1\" in \"%2\"").arg(toQString(value), m_fields.start);
        } else if (sameText(key, keys.resource)) {
            event.resource = intern(m_pool, value);
        } else if (sameText(key, keys.lifecycle)) {
            event.kind = transitionKind(value);
        } else if (m_caseOnEvents && sameText(key, keys.caseId)) {
            event.caseId = toQString(value);
        }
        xml.skipCurrentElement(); // nested attributes
    }
    if (xml.hasError())
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
    return m_scanned ? nextFrom(*m_scanned, event) : nextFrom(*m_qt, event);
}

template<typename Tokens>
bool XesReader::nextFrom(Tokens &xml, RawEvent &event)
{
    while (true) {
        if (!m_ready.empty()) {
            event = std::move(m_ready.front());
            m_ready.pop_front();
            return true;
        }
        if (m_done)
            return false;
        if (xml.atEnd()) {
            xmlFailed();
            finish();
            continue;
        }
        const Tag tag = xml.next();
        if (tag == Tag::Failed) {
            xmlFailed();
            finish();
            continue;
        }
        if (tag == Tag::Start) {
            const auto name = xml.name();
            if (isName(name, QLatin1String("event"))) {
                const qint64 line = xml.lineNumber();
                if (!m_inTrace) {
                    addBad(line, tr("an event outside a trace"));
                    xml.skipCurrentElement();
                    continue;
                }
                RawEvent e;
                QString what;
                if (!readEvent(xml, e, &what)) {
                    if (!xml.hasError())
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
            } else if (isName(name, QLatin1String("trace"))) {
                if (m_inTrace) {
                    addBad(xml.lineNumber(), tr("a trace inside a trace"));
                    finish();
                    continue;
                }
                m_inTrace = true;
                m_traceLine = xml.lineNumber();
                m_caseId.clear();
            } else if (m_inTrace) {
                readTraceAttribute(xml);
                if (!m_caseId.isEmpty() && !m_pending.empty()) {
                    for (RawEvent &e : m_pending) {
                        e.caseId = m_caseId;
                        m_ready.push_back(std::move(e));
                    }
                    m_pending.clear();
                }
            } else {
                xml.skipCurrentElement(); // extensions, globals, classifiers, log attributes
            }
        } else if (tag == Tag::End && isName(xml.name(), QLatin1String("trace"))) {
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
