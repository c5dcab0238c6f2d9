// XmlScanner against QXmlStreamReader, the reference it leaves everything it does not read to:
// where the scanner reads a document it must hand over exactly what QXmlStreamReader does
// (tags, names, attribute values, line numbers), and it must never read one QXmlStreamReader
// refuses. Documents come in whole and in pieces of a few bytes, so that every token is also
// read across the end of the scanner's buffer.
#include "runs/xmlscanner.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QXmlStreamReader>

using namespace Stepwise;

namespace {

// Hands over at most chunk bytes a read, like a pipe or a slow inflater.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(const QByteArray &data, qint64 chunk) : m_data(data), m_chunk(chunk)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(qMin(maxSize, m_chunk), qint64(m_data.size()) - m_pos);
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_chunk;
    qint64 m_pos = 0;
};

// What a reader saw: one line per start or end tag with its name, attributes and line number.
struct Seen
{
    QStringList tags;
    bool failed = false;
    QString error;
};

QString attributeText(QStringView name, QStringView value)
{
    return QStringLiteral(" %1=[%2]").arg(name.toString(), value.toString());
}

Seen readWithQt(const QByteArray &document)
{
    QXmlStreamReader xml(document);
    xml.setNamespaceProcessing(false);
    Seen seen;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            QString tag = QStringLiteral("<%1 @%2").arg(xml.name()).arg(xml.lineNumber());
            for (const QXmlStreamAttribute &attribute : xml.attributes())
                tag += attributeText(attribute.qualifiedName(), attribute.value());
            seen.tags << tag;
            break;
        }
        case QXmlStreamReader::EndElement:
            seen.tags << QStringLiteral("</%1 @%2").arg(xml.name()).arg(xml.lineNumber());
            break;
        default:
            break;
        }
    }
    seen.failed = xml.hasError();
    seen.error = xml.errorString();
    if (!seen.failed)
        seen.tags << QStringLiteral("end @%1").arg(xml.lineNumber());
    return seen;
}

Seen readWithScanner(const QByteArray &document, qint64 chunk)
{
    TrickleDevice device(document, chunk);
    XmlScanner xml(&device);
    Seen seen;
    while (true) {
        const XmlScanner::Token token = xml.readNext();
        if (token == XmlScanner::Token::StartElement) {
            const QString name = QString::fromUtf8(xml.name());
            QString tag = QStringLiteral("<%1 @%2").arg(name).arg(xml.lineNumber());
            for (qsizetype i = 0; i < xml.attributeCount(); ++i) {
                tag += attributeText(QString::fromUtf8(xml.attributeName(i)),
                                     QString::fromUtf8(xml.attributeValue(i)));
            }
            seen.tags << tag;
        } else if (token == XmlScanner::Token::EndElement) {
            seen.tags << QStringLiteral("</%1 @%2")
                             .arg(QString::fromUtf8(xml.name()))
                             .arg(xml.lineNumber());
        } else if (token == XmlScanner::Token::EndDocument) {
            seen.tags << QStringLiteral("end @%1").arg(xml.lineNumber());
            break;
        } else {
            seen.failed = true;
            seen.error = xml.errorString();
            break;
        }
    }
    return seen;
}

} // namespace

class TestXmlScanner : public QObject
{
    Q_OBJECT

private slots:
    void readsLikeQXmlStreamReader_data();
    void readsLikeQXmlStreamReader();
    void leavesToQtWhatItDoesNotRead_data();
    void leavesToQtWhatItDoesNotRead();
    void refusesMalformedDocuments_data();
    void refusesMalformedDocuments();
    void readsARealLogLikeQXmlStreamReader();
    void neverReadsAMutantQtRefuses();
    void skipCurrentElementSkipsNestedElements();
};

void TestXmlScanner::readsLikeQXmlStreamReader_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("a declaration, tags, empty elements")
        << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log>\n  <trace>\n"
                      "    <string key=\"concept:name\" value=\"case 1\"/>\n  </trace>\n</log>\n");
    QTest::newRow("no declaration, a byte order mark")
        << QByteArray("\xef\xbb\xbf<log><a key='k' value='v'></a></log>");
    QTest::newRow("a declaration with single quotes, standalone, white space")
        << QByteArray("<?xml   version='1.0'\nencoding='utf-8'  standalone='yes' ?>\r\n<log/>");
    QTest::newRow("comments before, inside and after the root")
        << QByteArray("<!-- OpenXES -->\n<log><!-- a\nb - c --><t/><!----></log>\n<!-- x -->\n");
    QTest::newRow("references in values")
        << QByteArray("<log><s key=\"a&amp;b\" value=\"&lt;&gt;&quot;&apos;&#65;&#x42;&#xe9;"
                      "&#x1F600;&#10;\"/></log>");
    QTest::newRow("white space normalised in values, CR LF, CR and LF counted once each")
        << QByteArray("<log>\r\n<s key=\"a\tb\" value=\"c\r\nd\re\nf\"/>\r\r\n<s\r\nkey='x'\n"
                      "value='y'\r/></log>");
    QTest::newRow("UTF-8 of two, three and four bytes")
        << QByteArray("<log><s key=\"Pr\xc3\xbc"
                      "fung\" value=\"\xe4\xb8\xad \xf0\x9f\x98\x80 \xc2\x85\"/>"
                      "text \xc3\xa9 \xe2\x82\xac</log>");
    QTest::newRow("attributes in another order, spaces around =")
        << QByteArray("<log><s value = \"v\"  key\n=\n'k'/><s a=\"1\" b='2'/></log>");
    QTest::newRow("text with references, > and ] in it")
        << QByteArray("<log>a &amp; b > c ] d ]] e &#x3c;<x>]]</x>]</log>");
    QTest::newRow("quotes of the other kind inside a value")
        << QByteArray("<log><s key='say \"hi\"' value=\"it's\"/></log>");
    QTest::newRow("names with a prefix, dots, dashes and digits")
        << QByteArray("<xes:log xmlns:xes=\"urn:x\"><a.b-c_1 xes:key=\"1\"/></xes:log>");
    QTest::newRow("an end tag with white space") << QByteArray("<log><a></a \n></log\t>");
    QTest::newRow("an empty root") << QByteArray("<log/>");
    QTest::newRow("the declaration only at the start, CR as the last byte")
        << QByteArray("<?xml version=\"1.0\"?><log></log>\r");
}

void TestXmlScanner::readsLikeQXmlStreamReader()
{
    QFETCH(QByteArray, document);
    const Seen qt = readWithQt(document);
    QVERIFY2(!qt.failed, qPrintable(qt.error));
    for (const qint64 chunk : {qint64(1), qint64(2), qint64(5), qint64(1) << 20}) {
        const Seen scanned = readWithScanner(document, chunk);
        QVERIFY2(!scanned.failed,
                 qPrintable(QStringLiteral("in pieces of %1: %2").arg(chunk).arg(scanned.error)));
        QCOMPARE(scanned.tags, qt.tags);
    }
}

void TestXmlScanner::leavesToQtWhatItDoesNotRead_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("a document type declaration")
        << QByteArray("<!DOCTYPE log [ <!ELEMENT log ANY> ]>\n<log/>");
    QTest::newRow("a CDATA section") << QByteArray("<log><![CDATA[ <trace> ]]></log>");
    QTest::newRow("a processing instruction") << QByteArray("<log><?stepwise hello?></log>");
    QTest::newRow("another encoding")
        << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><log/>");
    QTest::newRow("an element name that is not ASCII") << QByteArray("<log><Pr\xc3\xbc"
                                                                     "fung/></log>");
}

void TestXmlScanner::leavesToQtWhatItDoesNotRead()
{
    QFETCH(QByteArray, document);
    const Seen qt = readWithQt(document);
    QVERIFY2(!qt.failed, qPrintable(qt.error));
    const Seen scanned = readWithScanner(document, qint64(1) << 20);
    QVERIFY(scanned.failed);
    QVERIFY(!scanned.error.isEmpty());
}

void TestXmlScanner::refusesMalformedDocuments_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("an empty document") << QByteArray();
    QTest::newRow("a declaration only") << QByteArray("<?xml version=\"1.0\"?>\n");
    QTest::newRow("an unclosed element") << QByteArray("<log><trace></log>");
    QTest::newRow("an unclosed root") << QByteArray("<log><trace></trace>");
    QTest::newRow("end tags crossed") << QByteArray("<log><a><b></a></b></log>");
    QTest::newRow("a cut tag") << QByteArray("<log><a key=\"x\"");
    QTest::newRow("an attribute given twice") << QByteArray("<log><a k=\"1\" k=\"2\"/></log>");
    QTest::newRow("attributes without white space between")
        << QByteArray("<log><a k=\"1\"v=\"2\"/></log>");
    QTest::newRow("a value without quotes") << QByteArray("<log><a k=1/></log>");
    QTest::newRow("< in a value") << QByteArray("<log><a k=\"a<b\"/></log>");
    QTest::newRow("an undeclared entity") << QByteArray("<log><a k=\"&nbsp;\"/></log>");
    QTest::newRow("an unterminated reference") << QByteArray("<log><a k=\"a & b\"/></log>");
    QTest::newRow("a reference to NUL") << QByteArray("<log><a k=\"&#0;\"/></log>");
    QTest::newRow("a reference to a surrogate") << QByteArray("<log><a k=\"&#xD800;\"/></log>");
    QTest::newRow("a reference out of range") << QByteArray("<log>&#x110000;</log>");
    QTest::newRow("an overlong UTF-8 sequence") << QByteArray("<log><a k=\"\xc0\x80\"/></log>");
    QTest::newRow("a lone continuation byte") << QByteArray("<log>\x80</log>");
    QTest::newRow("a UTF-8 surrogate") << QByteArray("<log>\xed\xa0\x80</log>");
    QTest::newRow("a cut UTF-8 sequence") << QByteArray("<log><a k=\"\xe4\xb8\"/></log>");
    QTest::newRow("a control character") << QByteArray("<log><a k=\"\x01\"/></log>");
    QTest::newRow("]]> in text") << QByteArray("<log>a ]]> b</log>");
    QTest::newRow("-- in a comment") << QByteArray("<log><!-- a -- b --></log>");
    QTest::newRow("a comment ending in ---") << QByteArray("<log><!-- a ---></log>");
    QTest::newRow("text after the root") << QByteArray("<log/>\nmore");
    QTest::newRow("a second root") << QByteArray("<log/><log/>");
    QTest::newRow("text before the root") << QByteArray("hello<log/>");
    QTest::newRow("a name starting with a digit") << QByteArray("<log><1a/></log>");
    QTest::newRow("XML 1.1, which QXmlStreamReader does not read either")
        << QByteArray("<?xml version=\"1.1\"?><log/>");
    QTest::newRow("a slash inside a tag") << QByteArray("<log><a / ></log>");
}

void TestXmlScanner::refusesMalformedDocuments()
{
    QFETCH(QByteArray, document);
    const Seen qt = readWithQt(document);
    QVERIFY2(qt.failed, "QXmlStreamReader reads this: the row tests nothing");
    for (const qint64 chunk : {qint64(1), qint64(3), qint64(1) << 20}) {
        const Seen scanned = readWithScanner(document, chunk);
        QVERIFY2(scanned.failed, qPrintable(scanned.tags.join(u'\n')));
    }
}

void TestXmlScanner::readsARealLogLikeQXmlStreamReader()
{
    // The 4TU receipt log (tests/data/README.md): 8,577 events as ProM wrote them, comments,
    // globals, classifiers and all, read whole and in pieces of 7 bytes.
    QFile file(QStringLiteral(STEPWISE_RUNS_DATA "/receipt.xes"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray document = file.readAll();
    const Seen qt = readWithQt(document);
    QVERIFY2(!qt.failed, qPrintable(qt.error));
    QVERIFY(qt.tags.size() > 8577 * 2);
    for (const qint64 chunk : {qint64(7), qint64(1) << 20}) {
        const Seen scanned = readWithScanner(document, chunk);
        QVERIFY2(!scanned.failed, qPrintable(scanned.error));
        QCOMPARE(scanned.tags, qt.tags);
    }
}

void TestXmlScanner::neverReadsAMutantQtRefuses()
{
    // A small log with most of what the scanner reads, changed at random one to three times
    // a document; the seed is fixed, so a failure comes back the same way.
    const QByteArray seed(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- made by hand -->\n"
        "<log xes.version=\"1.0\">\n<trace>\r\n  <string key=\"concept:name\" value=\"c&amp;1\"/>\n"
        "  <event>\n    <string key='concept:name' value='Pr\xc3\xbc"
        "fung &#x2192; \xe4\xb8\xad'/>\n"
        "    <date key=\"time:timestamp\" value=\"2021-03-01T08:00:00.000+01:00\"/>\n"
        "    <list key=\"l\"><string key=\"x\" value=\"a\tb\"/></list>\n  </event>\n"
        "</trace>\n<!-- end -->\n</log>\n");
    static const char pieces[] = "<>&;\"'/= \n\r\t]-!?#xa:\x01\xc3\xa9\xff\x80";
    QRandomGenerator random(20261124);
    int readByBoth = 0;
    int refusedByBoth = 0;
    const int mutants = 6000;
    for (int i = 0; i < mutants; ++i) {
        QByteArray document = seed;
        const int changes = 1 + int(random.bounded(3));
        for (int c = 0; c < changes; ++c) {
            const qsizetype at = random.bounded(document.size());
            const char piece = pieces[random.bounded(int(sizeof(pieces) - 1))];
            switch (random.bounded(4)) {
            case 0:
                document.remove(at, 1 + random.bounded(3));
                break;
            case 1:
                document.insert(at, piece);
                break;
            case 2:
                document[at] = piece;
                break;
            default:
                document.insert(at, document.mid(random.bounded(document.size()), 8));
                break;
            }
        }
        const qint64 chunk = i % 3 == 0 ? qint64(1) << 20 : 1 + random.bounded(7);
        const Seen qt = readWithQt(document);
        const Seen scanned = readWithScanner(document, chunk);
        if (!scanned.failed) {
            QVERIFY2(!qt.failed,
                     qPrintable(QStringLiteral("read, but Qt says %1:\n%2")
                                    .arg(qt.error, QString::fromUtf8(document))));
            QCOMPARE(scanned.tags, qt.tags);
            ++readByBoth;
        } else if (qt.failed) {
            ++refusedByBoth;
        }
    }
    // Both kinds happen often enough for the comparison to mean something.
    QVERIFY2(readByBoth > mutants / 10, qPrintable(QString::number(readByBoth)));
    QVERIFY2(refusedByBoth > mutants / 4, qPrintable(QString::number(refusedByBoth)));
}

void TestXmlScanner::skipCurrentElementSkipsNestedElements()
{
    const QByteArray document("<log><list><a/><b><c/></b></list><next/></log>");
    QBuffer buffer;
    buffer.setData(document);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    XmlScanner xml(&buffer);
    QCOMPARE(xml.readNext(), XmlScanner::Token::StartElement); // log
    QCOMPARE(xml.readNext(), XmlScanner::Token::StartElement); // list
    xml.skipCurrentElement();
    QCOMPARE(xml.name(), QByteArrayView("list"));
    QCOMPARE(xml.readNext(), XmlScanner::Token::StartElement);
    QCOMPARE(xml.name(), QByteArrayView("next"));
    xml.skipCurrentElement(); // an empty element: its end
    QCOMPARE(xml.readNext(), XmlScanner::Token::EndElement);
    QCOMPARE(xml.name(), QByteArrayView("log"));
    QCOMPARE(xml.readNext(), XmlScanner::Token::EndDocument);
    QVERIFY(xml.atEnd());
    QVERIFY(!xml.failed());
}

QTEST_GUILESS_MAIN(TestXmlScanner)
#include "tst_xmlscanner.moc"
