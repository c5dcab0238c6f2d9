#include "xmlscanner.h"

#include <QIODevice>

#include <array>
#include <cstring>

namespace Stepwise {

namespace {

constexpr qsizetype FirstBufferBytes = qsizetype(1) << 20;
// Bytes the XML declaration is looked for in before anything is read.
constexpr qsizetype PrologBytes = 512;
// The longest reference read ("&#x0010FFFF;" and a little room for leading zeros).
constexpr qsizetype MaxReferenceBytes = 16;

enum : quint8 {
    NameStart = 1, // A-Z a-z _
    NameChar = 2, // those, 0-9 . -
    ValuePlain = 4, // printable ASCII but for quotes, < and &
    TextPlain = 8, // printable ASCII and tab but for <, & and ]
};

constexpr std::array<quint8, 256> makeClasses()
{
    std::array<quint8, 256> classes {};
    for (int c = 0; c < 256; ++c) {
        quint8 bits = 0;
        const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (letter || c == '_')
            bits |= NameStart | NameChar;
        if ((c >= '0' && c <= '9') || c == '.' || c == '-')
            bits |= NameChar;
        const bool printable = c >= 0x20 && c < 0x7f;
        if (printable && c != '"' && c != '\'' && c != '<' && c != '&')
            bits |= ValuePlain;
        if ((printable || c == '\t') && c != '<' && c != '&' && c != ']')
            bits |= TextPlain;
        classes[size_t(c)] = bits;
    }
    return classes;
}

constexpr std::array<quint8, 256> Classes = makeClasses();

inline quint8 classOf(char c)
{
    return Classes[uchar(c)];
}

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A code point XML 1.0 allows in a document.
bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xa || c == 0xd || (c >= 0x20 && c <= 0xd7ff)
        || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xc0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3f)));
    } else if (c < 0x10000) {
        out.append(char(0xe0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3f)));
        out.append(char(0x80 | (c & 0x3f)));
    } else {
        out.append(char(0xf0 | (c >> 18)));
        out.append(char(0x80 | ((c >> 12) & 0x3f)));
        out.append(char(0x80 | ((c >> 6) & 0x3f)));
        out.append(char(0x80 | (c & 0x3f)));
    }
}

bool equalBytes(QByteArrayView a, const char *b, qsizetype size)
{
    return a.size() == size && std::memcmp(a.data(), b, size_t(size)) == 0;
}

} // namespace

XmlScanner::XmlScanner(QIODevice *device) : m_device(device)
{
    m_buffer.resize(FirstBufferBytes);
    m_attributes.reserve(8);
}

XmlScanner::Step XmlScanner::bad(const char *what)
{
    fail(QLatin1String(what));
    return Step::Bad;
}

XmlScanner::Token XmlScanner::fail(const QString &what)
{
    m_failed = true;
    if (m_error.isEmpty()) // the first reason is the one that stopped it
        m_error = QStringLiteral("line %1: %2").arg(lineNumber()).arg(what);
    return Token::Failed;
}

bool XmlScanner::refill()
{
    if (m_eof || m_failed)
        return false;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(m_end - m_pos));
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_end == m_buffer.size()) {
        if (m_buffer.size() >= MaxTokenBytes) {
            fail(QStringLiteral("a token longer than %1 bytes").arg(MaxTokenBytes));
            return false;
        }
        m_buffer.resize(m_buffer.size() * 2);
    }
    const qint64 got = m_device->read(m_buffer.data() + m_end, m_buffer.size() - m_end);
    if (got < 0) {
        fail(QStringLiteral("cannot read: %1").arg(m_device->errorString()));
        return false;
    }
    if (got == 0)
        m_eof = true;
    m_end += got;
    return true;
}

XmlScanner::Token XmlScanner::readNext()
{
    if (m_failed)
        return Token::Failed;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        return Token::EndElement;
    }
    if (m_ended)
        return Token::EndDocument;
    return scan();
}

void XmlScanner::skipCurrentElement()
{
    int depth = 1;
    while (depth > 0) {
        switch (readNext()) {
        case Token::StartElement:
            ++depth;
            break;
        case Token::EndElement:
            --depth;
            break;
        default:
            return;
        }
    }
}

XmlScanner::Token XmlScanner::scan()
{
    while (true) {
        const char *data = m_buffer.constData(); // again after each refill
        qsizetype p = m_pos;
        qint64 lines = m_lines;
        Step step = Step::More;
        if (!m_prologRead) {
            step = scanProlog(p);
            if (step == Step::Done) {
                m_prologRead = true;
                m_pos = p;
                continue;
            }
        } else {
            step = scanText(p, lines);
            if (step == Step::Done) {
                m_pos = p; // the text is read: never again, whatever follows
                m_lines = lines;
                if (p == m_end) {
                    if (!m_eof) {
                        step = Step::More;
                    } else if (!m_rootClosed) {
                        return fail(QStringLiteral("the document ends before its root element "
                                                   "is closed"));
                    } else {
                        m_ended = true;
                        return Token::EndDocument;
                    }
                } else if (p + 1 >= m_end) {
                    step = Step::More;
                } else if (data[p + 1] == '/') {
                    step = scanEndTag(p, lines);
                    if (step == Step::Done) {
                        m_pos = p;
                        m_lines = lines;
                        return Token::EndElement;
                    }
                } else if (data[p + 1] == '!') {
                    if (p + 4 > m_end) {
                        step = Step::More;
                    } else if (std::memcmp(data + p, "<!--", 4) != 0) {
                        return fail(QStringLiteral("a CDATA section or a document type "
                                                   "declaration, left to QXmlStreamReader"));
                    } else {
                        step = scanComment(p, lines);
                        if (step == Step::Done) {
                            m_pos = p;
                            m_lines = lines;
                            continue;
                        }
                    }
                } else if (data[p + 1] == '?') {
                    return fail(QStringLiteral("a processing instruction, left to "
                                               "QXmlStreamReader"));
                } else {
                    bool empty = false;
                    step = scanStartTag(p, lines, &empty);
                    if (step == Step::Done) {
                        if (m_rootClosed)
                            return fail(QStringLiteral("an element after the root element"));
                        m_pos = p;
                        m_lines = lines;
                        if (empty) {
                            m_pendingEnd = true;
                            if (m_openEnds.empty())
                                m_rootClosed = true;
                        } else {
                            m_open.append(data + m_qualifiedName, m_qualifiedNameSize);
                            m_openEnds.push_back(m_open.size());
                        }
                        return Token::StartElement;
                    }
                }
            }
        }
        if (step == Step::Bad)
            return Token::Failed;
        if (m_eof)
            return fail(QStringLiteral("the document ends inside markup"));
        if (!refill())
            return Token::Failed;
    }
}

XmlScanner::Step XmlScanner::scanProlog(qsizetype &p)
{
    if (m_end - p < PrologBytes && !m_eof)
        return Step::More;
    if (m_end == 0)
        return bad("the document is empty");
    const char *data = m_buffer.constData();
    if (m_end - p >= 3 && std::memcmp(data + p, "\xef\xbb\xbf", 3) == 0)
        p += 3;
    if (m_end - p < 6 || std::memcmp(data + p, "<?xml", 5) != 0 || !isSpace(data[p + 5]))
        return Step::Done; // no declaration: UTF-8
    // <?xml version="1.0" [encoding="..."] [standalone="yes|no"] ?>, nothing else.
    qsizetype q = p + 5;
    const auto unsupported = [this] { return bad("an XML declaration left to QXmlStreamReader"); };
    const auto space = [&] {
        const qsizetype from = q;
        while (q < m_end && isSpace(data[q])) {
            if (data[q] == ' ' || data[q] == '\t')
                ++q;
            else if (lineBreak(q, m_lines) != Step::Done)
                break; // a CR at the end of what was read: the declaration is no shorter
        }
        return q > from;
    };
    const auto literal = [&](const char *text) {
        const qsizetype size = qsizetype(std::strlen(text));
        if (m_end - q < size || std::memcmp(data + q, text, size_t(size)) != 0)
            return false;
        q += size;
        return true;
    };
    // = "value" with the value's bytes in *value.
    const auto quoted = [&](QByteArrayView *value) {
        space();
        if (!literal("="))
            return false;
        space();
        if (q >= m_end || (data[q] != '"' && data[q] != '\''))
            return false;
        const char quote = data[q++];
        const qsizetype from = q;
        while (q < m_end && data[q] != quote && classOf(data[q]) & NameChar)
            ++q;
        if (q >= m_end || data[q] != quote)
            return false;
        *value = QByteArrayView(data + from, q - from);
        ++q;
        return true;
    };
    QByteArrayView value;
    space();
    if (!literal("version") || !quoted(&value) || value != QByteArrayView("1.0"))
        return unsupported();
    bool spaced = space();
    if (spaced && literal("encoding")) {
        if (!quoted(&value) || value.compare("UTF-8", Qt::CaseInsensitive) != 0)
            return unsupported();
        m_encoding = value.toByteArray();
        spaced = space();
    }
    if (spaced && literal("standalone")) {
        if (!quoted(&value) || (value != QByteArrayView("yes") && value != QByteArrayView("no")))
            return unsupported();
        space();
    }
    if (!literal("?>"))
        return unsupported();
    p = q;
    return Step::Done;
}

XmlScanner::Step XmlScanner::lineBreak(qsizetype &p, qint64 &lines) const
{
    // As QXmlStreamReader counts: CR LF, CR and LF are one line break each, but a CR that ends
    // the document is none (anywhere but after the root element, such an end is an error).
    const char *data = m_buffer.constData();
    if (data[p] == '\r') {
        if (p + 1 >= m_end) {
            if (!m_eof)
                return Step::More; // CR LF may be cut between the two
            ++p;
            return Step::Done;
        }
        if (data[p + 1] == '\n')
            ++p;
    }
    ++p;
    ++lines;
    return Step::Done;
}

XmlScanner::Step XmlScanner::skipSpace(qsizetype &p, qint64 &lines, bool *any)
{
    const char *data = m_buffer.constData();
    const qsizetype from = p;
    while (p < m_end && isSpace(data[p])) {
        if (data[p] == ' ' || data[p] == '\t')
            ++p;
        else if (const Step step = lineBreak(p, lines); step != Step::Done)
            return step;
    }
    if (any)
        *any = p > from;
    return p < m_end ? Step::Done : Step::More;
}

XmlScanner::Step XmlScanner::scanText(qsizetype &p, qint64 &lines)
{
    const char *data = m_buffer.constData();
    if (m_openEnds.empty()) {
        // Before and after the root element: white space only.
        while (p < m_end && data[p] != '<') {
            if (!isSpace(data[p]))
                return bad("text outside the root element");
            if (data[p] == ' ' || data[p] == '\t')
                ++p;
            else if (const Step step = lineBreak(p, lines); step != Step::Done)
                return step;
        }
        return Step::Done;
    }
    while (true) {
        while (p < m_end && classOf(data[p]) & TextPlain)
            ++p;
        if (p >= m_end)
            return Step::Done;
        const char c = data[p];
        if (c == '<')
            return Step::Done;
        if (c == '\n' || c == '\r') {
            if (const Step step = lineBreak(p, lines); step != Step::Done)
                return step;
        } else if (c == '&') {
            const Step step = scanReference(p, false);
            if (step != Step::Done)
                return step;
        } else if (c == ']') {
            if (p + 2 >= m_end && !m_eof)
                return Step::More;
            if (p + 2 < m_end && data[p + 1] == ']' && data[p + 2] == '>')
                return bad("\"]]>\" in text");
            ++p;
        } else if (uchar(c) >= 0x80) {
            const Step step = scanUtf8(p);
            if (step != Step::Done)
                return step;
        } else {
            return bad("a character XML does not allow");
        }
    }
}

XmlScanner::Step XmlScanner::scanComment(qsizetype &p, qint64 &lines)
{
    const char *data = m_buffer.constData();
    p += 4; // <!--
    while (true) {
        if (p >= m_end)
            return Step::More;
        const char c = data[p];
        if (c == '-') {
            if (p + 2 >= m_end)
                return Step::More;
            if (data[p + 1] == '-') {
                if (data[p + 2] != '>')
                    return bad("\"--\" inside a comment");
                p += 3;
                return Step::Done;
            }
            ++p;
        } else if (c == '\n' || c == '\r') {
            if (const Step step = lineBreak(p, lines); step != Step::Done)
                return step;
        } else if (uchar(c) >= 0x80) {
            const Step step = scanUtf8(p);
            if (step != Step::Done)
                return step;
        } else if (uchar(c) < 0x20 && c != '\t') {
            return bad("a character XML does not allow");
        } else {
            ++p;
        }
    }
}

XmlScanner::Step XmlScanner::scanName(qsizetype &p, qsizetype *size)
{
    const char *data = m_buffer.constData();
    const qsizetype from = p;
    if (p >= m_end)
        return Step::More;
    if (!(classOf(data[p]) & NameStart))
        return bad(uchar(data[p]) >= 0x80 ? "a name that is not ASCII, left to QXmlStreamReader"
                                          : "a name expected");
    int colons = 0;
    ++p;
    while (p < m_end && (classOf(data[p]) & NameChar || data[p] == ':')) {
        if (data[p] == ':') {
            if (++colons > 1 || !(p + 1 < m_end && classOf(data[p + 1]) & NameStart))
                return p + 1 >= m_end ? Step::More
                                      : bad("a name with a colon left to QXmlStreamReader");
        }
        ++p;
    }
    if (p >= m_end)
        return Step::More;
    if (uchar(data[p]) >= 0x80)
        return bad("a name that is not ASCII, left to QXmlStreamReader");
    *size = p - from;
    return Step::Done;
}

XmlScanner::Step XmlScanner::scanStartTag(qsizetype &p, qint64 &lines, bool *empty)
{
    const char *data = m_buffer.constData();
    ++p; // <
    const qsizetype name = p;
    qsizetype nameSize = 0;
    Step step = scanName(p, &nameSize);
    if (step != Step::Done)
        return step;
    m_attributes.clear();
    m_decoded.clear();
    while (true) {
        bool spaced = false;
        step = skipSpace(p, lines, &spaced);
        if (step != Step::Done)
            return step;
        if (data[p] == '>') {
            ++p;
            *empty = false;
            break;
        }
        if (data[p] == '/') {
            if (p + 1 >= m_end)
                return Step::More;
            if (data[p + 1] != '>')
                return bad("\"/\" not followed by \">\" in a tag");
            p += 2;
            *empty = true;
            break;
        }
        if (!spaced)
            return bad("attributes not separated by white space");
        Attribute attribute;
        attribute.name = p;
        step = scanName(p, &attribute.nameSize);
        if (step == Step::Done)
            step = skipSpace(p, lines, nullptr);
        if (step != Step::Done)
            return step;
        if (data[p] != '=')
            return bad("an attribute without \"=\"");
        ++p;
        step = skipSpace(p, lines, nullptr);
        if (step != Step::Done)
            return step;
        if (data[p] != '"' && data[p] != '\'')
            return bad("an attribute value without quotes");
        step = scanValue(p, lines, &attribute);
        if (step != Step::Done)
            return step;
        const QByteArrayView newName(data + attribute.name, attribute.nameSize);
        for (const Attribute &other : m_attributes) {
            if (equalBytes(newName, data + other.name, other.nameSize))
                return bad("an attribute given twice");
        }
        m_attributes.push_back(attribute);
    }
    setName(name, nameSize);
    return Step::Done;
}

XmlScanner::Step XmlScanner::scanEndTag(qsizetype &p, qint64 &lines)
{
    const char *data = m_buffer.constData();
    p += 2; // </
    const qsizetype name = p;
    qsizetype nameSize = 0;
    Step step = scanName(p, &nameSize);
    if (step == Step::Done)
        step = skipSpace(p, lines, nullptr);
    if (step != Step::Done)
        return step;
    if (data[p] != '>')
        return bad("an end tag without \">\"");
    ++p;
    if (m_openEnds.empty())
        return bad("an end tag without a start tag");
    const qsizetype openEnd = m_openEnds.back();
    const qsizetype openStart = m_openEnds.size() > 1 ? m_openEnds[m_openEnds.size() - 2] : 0;
    if (!equalBytes(QByteArrayView(data + name, nameSize), m_open.constData() + openStart,
                    openEnd - openStart))
        return bad("an end tag that does not match its start tag");
    m_open.truncate(openStart);
    m_openEnds.pop_back();
    if (m_openEnds.empty())
        m_rootClosed = true;
    setName(name, nameSize);
    return Step::Done;
}

XmlScanner::Step XmlScanner::scanValue(qsizetype &p, qint64 &lines, Attribute *attribute)
{
    const char *data = m_buffer.constData();
    const char quote = data[p++];
    attribute->value = p;
    qsizetype copied = p; // bytes before this are in m_decoded already (once decoding)
    while (true) {
        while (p < m_end && classOf(data[p]) & ValuePlain)
            ++p;
        if (p >= m_end)
            return Step::More;
        const char c = data[p];
        if (c == quote) {
            if (attribute->decoded) {
                m_decoded.append(data + copied, p - copied);
                attribute->valueSize = m_decoded.size() - attribute->value;
            } else {
                attribute->valueSize = p - attribute->value;
            }
            ++p;
            return Step::Done;
        }
        if (c == '"' || c == '\'') {
            ++p;
            continue;
        }
        if (uchar(c) >= 0x80) {
            const Step step = scanUtf8(p);
            if (step != Step::Done)
                return step;
            continue;
        }
        if (c == '<')
            return bad("\"<\" in an attribute value");
        if (c != '&' && c != '\t' && c != '\n' && c != '\r')
            return bad("a character XML does not allow");
        // A reference or white space to normalise: the value is built in m_decoded.
        if (!attribute->decoded) {
            attribute->decoded = true;
            copied = attribute->value;
            attribute->value = m_decoded.size();
        }
        m_decoded.append(data + copied, p - copied);
        if (c == '&') {
            const Step step = scanReference(p, true);
            if (step != Step::Done)
                return step;
        } else {
            if (c == '\t')
                ++p;
            else if (const Step step = lineBreak(p, lines); step != Step::Done)
                return step;
            m_decoded.append(' ');
        }
        copied = p;
    }
}

XmlScanner::Step XmlScanner::scanReference(qsizetype &p, bool decode)
{
    const char *data = m_buffer.constData();
    const qsizetype limit = qMin(m_end, p + MaxReferenceBytes);
    const void *semicolon = std::memchr(data + p, ';', size_t(limit - p));
    if (!semicolon)
        return limit == m_end && !m_eof ? Step::More : bad("an unterminated reference");
    const qsizetype end = static_cast<const char *>(semicolon) - data;
    const QByteArrayView body(data + p + 1, end - p - 1);
    char32_t c = 0;
    if (body.startsWith('#')) {
        const bool hex = body.size() > 1 && body[1] == 'x';
        const QByteArrayView digits = body.sliced(hex ? 2 : 1);
        if (digits.isEmpty())
            return bad("an empty character reference");
        for (const char d : digits) {
            int value = -1;
            if (d >= '0' && d <= '9')
                value = d - '0';
            else if (hex && d >= 'a' && d <= 'f')
                value = d - 'a' + 10;
            else if (hex && d >= 'A' && d <= 'F')
                value = d - 'A' + 10;
            if (value < 0)
                return bad("a bad character reference");
            c = c * (hex ? 16 : 10) + char32_t(value);
            if (c > 0x10ffff)
                return bad("a character reference out of range");
        }
        if (!isXmlChar(c))
            return bad("a character reference to a character XML does not allow");
    } else if (body == QByteArrayView("amp")) {
        c = '&';
    } else if (body == QByteArrayView("lt")) {
        c = '<';
    } else if (body == QByteArrayView("gt")) {
        c = '>';
    } else if (body == QByteArrayView("quot")) {
        c = '"';
    } else if (body == QByteArrayView("apos")) {
        c = '\'';
    } else {
        return bad("a reference to an undeclared entity");
    }
    if (decode)
        appendUtf8(m_decoded, c);
    p = end + 1;
    return Step::Done;
}

XmlScanner::Step XmlScanner::scanUtf8(qsizetype &p)
{
    // One well-formed UTF-8 sequence (RFC 3629) of a character XML allows.
    const uchar *s = reinterpret_cast<const uchar *>(m_buffer.constData()) + p;
    const uchar lead = s[0];
    int size = 0;
    uchar low = 0x80; // the range of the second byte
    uchar high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
        size = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        size = 3;
        if (lead == 0xe0)
            low = 0xa0;
        else if (lead == 0xed)
            high = 0x9f; // no surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        size = 4;
        if (lead == 0xf0)
            low = 0x90;
        else if (lead == 0xf4)
            high = 0x8f;
    } else {
        return bad("bytes that are not UTF-8");
    }
    if (p + size > m_end)
        return Step::More;
    if (s[1] < low || s[1] > high)
        return bad("bytes that are not UTF-8");
    for (int i = 2; i < size; ++i) {
        if (s[i] < 0x80 || s[i] > 0xbf)
            return bad("bytes that are not UTF-8");
    }
    if (lead == 0xef && s[1] == 0xbf && (s[2] == 0xbe || s[2] == 0xbf))
        return bad("U+FFFE or U+FFFF, which XML does not allow");
    p += size;
    return Step::Done;
}

QByteArrayView XmlScanner::name() const
{
    return QByteArrayView(m_buffer.constData() + m_name, m_nameSize);
}

void XmlScanner::setName(qsizetype name, qsizetype size)
{
    m_qualifiedName = name;
    m_qualifiedNameSize = size;
    // As QXmlStreamReader's name() without namespace processing: the part after a prefix.
    const char *data = m_buffer.constData();
    const void *colon = std::memchr(data + name, ':', size_t(size));
    m_name = colon ? static_cast<const char *>(colon) - data + 1 : name;
    m_nameSize = name + size - m_name;
}

QByteArrayView XmlScanner::attributeName(qsizetype i) const
{
    const Attribute &attribute = m_attributes[size_t(i)];
    return QByteArrayView(m_buffer.constData() + attribute.name, attribute.nameSize);
}

QByteArrayView XmlScanner::attributeValue(qsizetype i) const
{
    const Attribute &attribute = m_attributes[size_t(i)];
    const char *base = attribute.decoded ? m_decoded.constData() : m_buffer.constData();
    return QByteArrayView(base + attribute.value, attribute.valueSize);
}

QByteArrayView XmlScanner::attribute(QByteArrayView name) const
{
    for (qsizetype i = 0; i < attributeCount(); ++i) {
        if (attributeName(i) == name)
            return attributeValue(i);
    }
    return QByteArrayView();
}

} // namespace Stepwise
