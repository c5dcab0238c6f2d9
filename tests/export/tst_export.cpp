// The map export (widgets/export/mapexport.h) and the `export` command: PDF text, page sizes and
// tile counts read back with poppler's pdftotext and pdfinfo, SVG as XML, PNG pixels, and the
// command's bad input.

#include "mainwindow.h"

#include "export/mapexport.h"
#include "export/mapexportdialog.h"
#include "export/mappainter.h"

#include "analysis/dashboard.h"
#include "analysis/runmetrics.h"
#include "process/processdocument.h"
#include "workspace/exampleruns.h"
#include "workspace/examples.h"
#include "workspace/workspace.h"

#include "runprogram.h"
#include "workspacedump.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

#include <cmath>

using namespace Stepwise;

namespace {

// The page geometry the export promises (mapexport.h): 10 mm margins, a 7 mm line above each
// tile, tiles overlapping by 10 mm, the map at 100% = 96 scene units per inch.
constexpr double MarginMm = 10;
constexpr double TileHeaderMm = 7;
constexpr double OverlapMm = 10;
constexpr double UnitsPerMm = 96 / 25.4;

// The end of the example runs: a fixed day, so every run of the test sees the same overlay.
const qint64 RunsEndMs = QDateTime(QDate(2024, 6, 3), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

Process example(const QString &name)
{
    for (const Process &p : exampleProcesses()) {
        if (p.name == name)
            return p;
    }
    return {};
}

/// Text without any white space: a name wrapped over lines is still found whole.
QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

using Result = ProgramRun;

QString pdfText(const QString &path)
{
    return runProgram(QStringLiteral("pdftotext"),
                      {QStringLiteral("-raw"), path, QStringLiteral("-")})
        .out;
}

/// pdfinfo's page count and the first page's size in points.
struct PdfInfo
{
    int pages = 0;
    QSizeF size;
};

PdfInfo pdfInfo(const QString &path)
{
    const QString text = runProgram(QStringLiteral("pdfinfo"), {path}).out;
    PdfInfo info;
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"),
                                                             QRegularExpression::MultilineOption)
                                              .match(text);
    if (pages.hasMatch())
        info.pages = pages.captured(1).toInt();
    const QRegularExpressionMatch size
        = QRegularExpression(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                             QRegularExpression::MultilineOption)
              .match(text);
    if (size.hasMatch())
        info.size = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());
    return info;
}

/// Every name the map shows: the process, its lanes, its steps and its handoffs' labels.
QStringList mapNames(const Process &process)
{
    QStringList names {process.name};
    for (const Lane &lane : process.lanes)
        names.append(lane.name);
    for (const Step &step : process.steps) {
        if (!step.name.isEmpty())
            names.append(step.name);
    }
    for (const Handoff &handoff : process.handoffs) {
        if (!handoff.label.isEmpty())
            names.append(handoff.label);
    }
    return names;
}

/// Tiles needed along one side: each after the first adds a tile less the overlap.
int tilesAlong(double mapLength, double tileLength, double overlap)
{
    if (mapLength <= tileLength)
        return 1;
    return int(std::ceil((mapLength - tileLength) / (tileLength - overlap))) + 1;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void pdfHoldsEveryNameWhole_data();
    void pdfHoldsEveryNameWhole();
    void pdfPageSize_data();
    void pdfPageSize();
    void fitPageIsAsWideAsTheMap();
    void tiledPdfHasAPageIndexAndOnePagePerTile_data();
    void tiledPdfHasAPageIndexAndOnePagePerTile();
    void titleBlockAndLegendAreInThePdf();
    void svgIsWellFormedWithEveryName();
    void pngSizeFollowsTheDpi_data();
    void pngSizeFollowsTheDpi();
    void transparentPngHasNoBackground();
    void overlayChangesTheDrawing();
    void cancelledExportLeavesTheOldFile();

    void cliExportsAPdf();
    void cliRefusesBadInput_data();
    void cliRefusesBadInput();

    void exportMapDialogWritesWhatItShows();
    void printPreviewShowsTheMap();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    MapExportInfo infoWithOverlay(const Process &process) const;
    Result stepwise(const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_configDir;
};

void TestExport::initTestCase()
{
    // The dialog's remembered choices go to a settings file of the test's own.
    QVERIFY(m_configDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configDir.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("StepwiseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_export"));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(),
             "pdfinfo (poppler-utils) is needed");
    QCOMPARE(exampleProcesses().size(), 2);
}

void TestExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

MapExportInfo TestExport::infoWithOverlay(const Process &process) const
{
    MapExportInfo info;
    const RunLog log = exampleRuns(process, ExampleRunsSeed, RunsEndMs);
    info.overlay = computeMapOverlay(process, computeRunStats(log, dashboardStatsOptions(process)));
    return info;
}

Result TestExport::stepwise(const QStringList &arguments) const
{
    return runProgram(QStringLiteral(STEPWISE_BINARY), arguments,
                      stepwiseEnvironment(m_dir->path()));
}

void TestExport::pdfHoldsEveryNameWhole_data()
{
    QTest::addColumn<QString>("process");
    QTest::addColumn<MapExportOptions::Page>("page");
    QTest::newRow("Client onboarding on A4")
        << QStringLiteral("Client onboarding") << MapExportOptions::Page::A4;
    QTest::newRow("Support ticket on A4")
        << QStringLiteral("Support ticket") << MapExportOptions::Page::A4;
    QTest::newRow("Client onboarding on a page as large as the map")
        << QStringLiteral("Client onboarding") << MapExportOptions::Page::Fit;
    QTest::newRow("Support ticket on Letter")
        << QStringLiteral("Support ticket") << MapExportOptions::Page::Letter;
}

void TestExport::pdfHoldsEveryNameWhole()
{
    QFETCH(QString, process);
    QFETCH(MapExportOptions::Page, page);
    const Process map = example(process);
    QVERIFY(!map.steps.isEmpty());
    MapExportOptions options;
    options.fileName = path(QStringLiteral("map.pdf"));
    options.page = page;
    QString error;
    QVERIFY2(exportMap(map, options, MapExportInfo(), &error), qPrintable(error));

    const QString text = squeezed(pdfText(options.fileName));
    QVERIFY(!text.isEmpty());
    for (const QString &name : mapNames(map))
        QVERIFY2(text.contains(squeezed(name)), qPrintable(name));
    QCOMPARE(pdfInfo(options.fileName).pages, 1);
}

void TestExport::pdfPageSize_data()
{
    QTest::addColumn<MapExportOptions::Page>("page");
    QTest::addColumn<MapExportOptions::Orientation>("orientation");
    QTest::addColumn<QSize>("points");
    using Page = MapExportOptions::Page;
    using Orientation = MapExportOptions::Orientation;
    // ISO 216 in points: A4 210 x 297 mm, A3 297 x 420 mm; Letter 8.5 x 11 in.
    QTest::newRow("A4 portrait") << Page::A4 << Orientation::Portrait << QSize(595, 842);
    QTest::newRow("A4 landscape") << Page::A4 << Orientation::Landscape << QSize(842, 595);
    QTest::newRow("A3 landscape") << Page::A3 << Orientation::Landscape << QSize(1191, 842);
    QTest::newRow("A3 portrait") << Page::A3 << Orientation::Portrait << QSize(842, 1191);
    QTest::newRow("Letter portrait") << Page::Letter << Orientation::Portrait << QSize(612, 792);
    QTest::newRow("Letter landscape") << Page::Letter << Orientation::Landscape << QSize(792, 612);
    // The examples are wider than tall: landscape unless told otherwise.
    QTest::newRow("A4 for a wide map turns landscape")
        << Page::A4 << Orientation::Auto << QSize(842, 595);
}

void TestExport::pdfPageSize()
{
    QFETCH(MapExportOptions::Page, page);
    QFETCH(MapExportOptions::Orientation, orientation);
    QFETCH(QSize, points);
    const Process map = example(QStringLiteral("Client onboarding"));
    const QRectF rect = MapPainter(map).sceneRect();
    QVERIFY(rect.width() > rect.height());
    MapExportOptions options;
    options.fileName = path(QStringLiteral("map.pdf"));
    options.page = page;
    options.orientation = orientation;
    QString error;
    QVERIFY2(exportMap(map, options, MapExportInfo(), &error), qPrintable(error));
    const PdfInfo info = pdfInfo(options.fileName);
    QCOMPARE(info.pages, 1);
    QCOMPARE(info.size.toSize(), points);
}

void TestExport::fitPageIsAsWideAsTheMap()
{
    const Process map = example(QStringLiteral("Support ticket"));
    const QRectF rect = MapPainter(map).sceneRect();
    MapExportOptions options;
    options.fileName = path(QStringLiteral("map.pdf"));
    options.page = MapExportOptions::Page::Fit;
    QString error;
    QVERIFY2(exportMap(map, options, MapExportInfo(), &error), qPrintable(error));
    const PdfInfo info = pdfInfo(options.fileName);
    // The map at 100% (96 units an inch, 72 points) and a margin either side.
    const double width = (rect.width() + 2 * MarginMm * UnitsPerMm) * 72 / 96;
    QVERIFY2(std::abs(info.size.width() - width) <= 1.5,
             qPrintable(QStringLiteral("%1 pt, expected %2").arg(info.size.width()).arg(width)));
    // Taller than the map: the title block and the legend are above and below it.
    QVERIFY(info.size.height() > (rect.height() + 2 * MarginMm * UnitsPerMm) * 72 / 96 + 40);
}

void TestExport::tiledPdfHasAPageIndexAndOnePagePerTile_data()
{
    QTest::addColumn<QString>("process");
    QTest::addColumn<MapExportOptions::Page>("page");
    QTest::addColumn<MapExportOptions::Orientation>("orientation");
    QTest::addColumn<QSizeF>("paperMm");
    using Page = MapExportOptions::Page;
    using Orientation = MapExportOptions::Orientation;
    QTest::newRow("Client onboarding on A4 landscape")
        << QStringLiteral("Client onboarding") << Page::A4 << Orientation::Landscape
        << QSizeF(297, 210);
    QTest::newRow("Client onboarding on A4 portrait")
        << QStringLiteral("Client onboarding") << Page::A4 << Orientation::Portrait
        << QSizeF(210, 297);
    QTest::newRow("Support ticket on A4 landscape") << QStringLiteral("Support ticket") << Page::A4
                                                    << Orientation::Landscape << QSizeF(297, 210);
    QTest::newRow("Support ticket on A3 landscape") << QStringLiteral("Support ticket") << Page::A3
                                                    << Orientation::Landscape << QSizeF(420, 297);
    QTest::newRow("Client onboarding on Letter portrait")
        << QStringLiteral("Client onboarding") << Page::Letter << Orientation::Portrait
        << QSizeF(215.9, 279.4);
}

void TestExport::tiledPdfHasAPageIndexAndOnePagePerTile()
{
    QFETCH(QString, process);
    QFETCH(MapExportOptions::Page, page);
    QFETCH(MapExportOptions::Orientation, orientation);
    QFETCH(QSizeF, paperMm);
    const Process map = example(process);
    const QRectF rect = MapPainter(map).sceneRect();
    // The tile: the paper less its margins and the line above the map, at 100%.
    const double tileWidth = (paperMm.width() - 2 * MarginMm) * UnitsPerMm;
    const double tileHeight = (paperMm.height() - 2 * MarginMm - TileHeaderMm) * UnitsPerMm;
    const double overlap = OverlapMm * UnitsPerMm;
    const int tiles = tilesAlong(rect.width(), tileWidth, overlap)
        * tilesAlong(rect.height(), tileHeight, overlap);
    const int expected = tiles > 1 ? tiles + 1 : 1;

    MapExportOptions options;
    options.fileName = path(QStringLiteral("tiled.pdf"));
    options.page = page;
    options.orientation = orientation;
    options.tiled = true;
    QString error;
    QVERIFY2(exportMap(map, options, MapExportInfo(), &error), qPrintable(error));
    const PdfInfo info = pdfInfo(options.fileName);
    QCOMPARE(info.pages, expected);
    QCOMPARE(mapExportPageCount(map, options, MapExportInfo()), expected);
    if (expected > 1) {
        // The index names what it shows, and each page says where it is.
        const QString text = pdfText(options.fileName);
        QVERIFY(text.contains(QLatin1String("Page index")));
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %1").arg(expected)), qPrintable(text));
    }
}

void TestExport::titleBlockAndLegendAreInThePdf()
{
    Process map = example(QStringLiteral("Client onboarding"));
    map.owner = QStringLiteral("Ada Lovelace");
    map.slaTargetS = 5 * 86400;
    MapExportOptions options;
    options.fileName = path(QStringLiteral("map.pdf"));
    MapExportInfo info;
    QString error;
    QVERIFY2(exportMap(map, options, info, &error), qPrintable(error));
    QString text = pdfText(options.fileName);
    for (const char *expected : {"Owner", "Ada Lovelace", "SLA target", "5d", "Revision",
                                 "unsaved draft", "Exported", "Lanes:", "Steps:", "decision"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);

    info.revision = QStringLiteral("4, 2024-05-01");
    QVERIFY2(exportMap(map, options, info, &error), qPrintable(error));
    text = pdfText(options.fileName);
    QVERIFY(text.contains(QLatin1String("4, 2024-05-01")));
    QVERIFY(!text.contains(QLatin1String("unsaved draft")));

    // Without them only the map is left.
    options.titleBlock = false;
    options.legend = false;
    QVERIFY2(exportMap(map, options, info, &error), qPrintable(error));
    text = pdfText(options.fileName);
    QVERIFY(!text.contains(QLatin1String("Ada Lovelace")));
    QVERIFY(!text.contains(QLatin1String("Lanes:")));
    QVERIFY(squeezed(text).contains(squeezed(map.steps.constLast().name)));
}

void TestExport::svgIsWellFormedWithEveryName()
{
    const Process map = example(QStringLiteral("Support ticket"));
    MapExportOptions options;
    options.fileName = path(QStringLiteral("map.svg"));
    options.format = MapExportOptions::Format::Svg;
    options.page = MapExportOptions::Page::Fit;
    QString error;
    QVERIFY2(exportMap(map, options, MapExportInfo(), &error), qPrintable(error));

    QFile file(options.fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    bool svg = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
            svg = true;
        if (xml.isCharacters())
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(svg);
    text = squeezed(text);
    for (const QString &name : mapNames(map))
        QVERIFY2(text.contains(squeezed(name)), qPrintable(name));
}

void TestExport::pngSizeFollowsTheDpi_data()
{
    QTest::addColumn<MapExportOptions::Page>("page");
    QTest::addColumn<MapExportOptions::Orientation>("orientation");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("pixels");
    using Page = MapExportOptions::Page;
    using Orientation = MapExportOptions::Orientation;
    // 297 mm = 11.69 in, 210 mm = 8.27 in; Letter 11 x 8.5 in.
    QTest::newRow("A4 landscape at 150 dpi")
        << Page::A4 << Orientation::Landscape << 150 << QSize(1754, 1240);
    QTest::newRow("A4 portrait at 72 dpi")
        << Page::A4 << Orientation::Portrait << 72 << QSize(596, 842);
    QTest::newRow("Letter landscape at 100 dpi")
        << Page::Letter << Orientation::Landscape << 100 << QSize(1100, 850);
}

void TestExport::pngSizeFollowsTheDpi()
{
    QFETCH(MapExportOptions::Page, page);
    QFETCH(MapExportOptions::Orientation, orientation);
    QFETCH(int, dpi);
    QFETCH(QSize, pixels);
    const Process map = example(QStringLiteral("Client onboarding"));
    MapExportOptions options;
    options.fileName = path(QStringLiteral("map.png"));
    options.format = MapExportOptions::Format::Png;
    options.page = page;
    options.orientation = orientation;
    options.dpi = dpi;
    QString error;
    QVERIFY2(exportMap(map, options, MapExportInfo(), &error), qPrintable(error));
    const QImage image(options.fileName);
    QVERIFY(!image.isNull());
    QVERIFY2(std::abs(image.width() - pixels.width()) <= 1
                 && std::abs(image.height() - pixels.height()) <= 1,
             qPrintable(QStringLiteral("%1 x %2").arg(image.width()).arg(image.height())));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);

    // As large as the map: twice the dpi, twice the pixels each way.
    options.page = MapExportOptions::Page::Fit;
    options.dpi = 96;
    QVERIFY2(exportMap(map, options, MapExportInfo(), &error), qPrintable(error));
    const QSize single = QImage(options.fileName).size();
    options.dpi = 192;
    QVERIFY2(exportMap(map, options, MapExportInfo(), &error), qPrintable(error));
    const QSize twice = QImage(options.fileName).size();
    QVERIFY(single.width() > MapPainter(map).sceneRect().width());
    QVERIFY(std::abs(twice.width() - 2 * single.width()) <= 1);
    QVERIFY(std::abs(twice.height() - 2 * single.height()) <= 1);
}

void TestExport::transparentPngHasNoBackground()
{
    const Process map = example(QStringLiteral("Support ticket"));
    MapExportOptions options;
    options.fileName = path(QStringLiteral("map.png"));
    options.format = MapExportOptions::Format::Png;
    options.page = MapExportOptions::Page::Fit;
    options.dpi = 72;
    QString error;
    QVERIFY2(exportMap(map, options, MapExportInfo(), &error), qPrintable(error));
    QImage image(options.fileName);
    QCOMPARE(qAlpha(image.pixel(0, 0)), 255);
    QCOMPARE(QColor(image.pixel(0, 0)), QColor(Qt::white));

    options.transparent = true;
    QVERIFY2(exportMap(map, options, MapExportInfo(), &error), qPrintable(error));
    image = QImage(options.fileName);
    QVERIFY(image.hasAlphaChannel());
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(image.width() - 1, image.height() - 1)), 0);
    // The map itself is opaque: its lanes fill the middle.
    QCOMPARE(qAlpha(image.pixel(image.width() / 2, image.height() / 2)), 255);
}

void TestExport::overlayChangesTheDrawing()
{
    const Process map = example(QStringLiteral("Support ticket"));
    const MapExportInfo info = infoWithOverlay(map);
    QVERIFY(info.overlay && info.overlay->runs > 0);

    MapExportOptions options;
    options.fileName = path(QStringLiteral("map.png"));
    options.format = MapExportOptions::Format::Png;
    options.page = MapExportOptions::Page::Fit;
    options.dpi = 72;
    QString error;
    QVERIFY2(exportMap(map, options, info, &error), qPrintable(error));
    const QImage plain(options.fileName);
    options.overlay = MapExportOptions::Overlay::Time;
    QVERIFY2(exportMap(map, options, info, &error), qPrintable(error));
    const QImage time(options.fileName);
    QVERIFY(!plain.isNull() && !time.isNull());
    QVERIFY(plain != time);

    // The PDF's legend says what the colours and widths mean.
    options.format = MapExportOptions::Format::Pdf;
    options.fileName = path(QStringLiteral("time.pdf"));
    QVERIFY2(exportMap(map, options, info, &error), qPrintable(error));
    QString text = pdfText(options.fileName);
    // "run(s)" until the English plural forms are translated.
    QVERIFY(text.contains(QStringLiteral("Runs overlay: %1 run").arg(info.overlay->runs)));
    QVERIFY(text.contains(QLatin1String("Mean waiting + processing per step")));
    QVERIFY(!text.contains(QLatin1String("the wider, the more runs")));

    options.overlay = MapExportOptions::Overlay::Frequency;
    options.fileName = path(QStringLiteral("frequency.pdf"));
    QVERIFY2(exportMap(map, options, info, &error), qPrintable(error));
    text = pdfText(options.fileName);
    QVERIFY(text.contains(QLatin1String("the wider, the more runs")));
    QVERIFY(!text.contains(QLatin1String("Mean waiting + processing per step")));
    // The busiest handoff's count is on the map.
    qint64 most = 0;
    for (const HandoffOverlay &h : info.overlay->handoffs)
        most = std::max(most, h.count);
    QVERIFY(most > 0);
    QVERIFY(text.contains(QLocale().toString(most)));
}

void TestExport::cancelledExportLeavesTheOldFile()
{
    const Process map = example(QStringLiteral("Client onboarding"));
    MapExportOptions options;
    options.fileName = path(QStringLiteral("map.pdf"));
    options.tiled = true;
    options.orientation = MapExportOptions::Orientation::Portrait;
    {
        QFile old(options.fileName);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older export");
    }
    int calls = 0;
    QString error;
    QVERIFY(!exportMap(map, options, MapExportInfo(), &error, [&calls](int done, int total) {
        ++calls;
        return done < total; // cancel on the last page
    }));
    QVERIFY(calls > 1);
    QVERIFY(!error.isEmpty());
    QFile old(options.fileName);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("an older export"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList {QStringLiteral("map.pdf")});
}

void TestExport::cliExportsAPdf()
{
    const QString w = path(QStringLiteral("w.stepwise"));
    {
        Workspace workspace;
        QVERIFY(workspace.open(w));
        QVERIFY(addExamples(workspace, RunsEndMs));
    }
    const QString out = path(QStringLiteral("support.pdf"));
    const Result r = stepwise({QStringLiteral("--workspace"), w, QStringLiteral("export"),
                               QStringLiteral("Support ticket"), out, QStringLiteral("--page"),
                               QStringLiteral("A3"), QStringLiteral("--portrait"),
                               QStringLiteral("--overlay"), QStringLiteral("time")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const PdfInfo info = pdfInfo(out);
    QCOMPARE(info.pages, 1);
    QCOMPARE(info.size.toSize(), QSize(842, 1191));
    const QString text = squeezed(pdfText(out));
    QVERIFY(text.contains(squeezed(QStringLiteral("Mean waiting + processing per step"))));
    for (const QString &name : mapNames(example(QStringLiteral("Support ticket"))))
        QVERIFY2(text.contains(squeezed(name)), qPrintable(name));

    // Tiled: the page count it prints is the file's.
    const Result tiled = stepwise({QStringLiteral("--workspace"), w, QStringLiteral("export"),
                                   QStringLiteral("Client onboarding"), out,
                                   QStringLiteral("--tile"), QStringLiteral("--portrait")});
    QVERIFY2(tiled.exitCode == 0, qPrintable(tiled.err));
    QVERIFY2(tiled.out.contains(QStringLiteral("(%1 page").arg(pdfInfo(out).pages)),
             qPrintable(tiled.out));

    const QString png = path(QStringLiteral("map.png"));
    const Result image
        = stepwise({QStringLiteral("--workspace"), w, QStringLiteral("export"),
                    QStringLiteral("Client onboarding"), png, QStringLiteral("--dpi"),
                    QStringLiteral("50"), QStringLiteral("--transparent")});
    QVERIFY2(image.exitCode == 0, qPrintable(image.err));
    QCOMPARE(qAlpha(QImage(png).pixel(0, 0)), 0);
}

void TestExport::cliRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output"); ///< relative to the test's directory
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("an unknown process is bad input")
        << QStringList {QStringLiteral("No such process")} << QStringLiteral("out.pdf") << 2
        << QStringLiteral("No such process");
    QTest::newRow("an unknown page is a usage error")
        << QStringList {QStringLiteral("Support ticket"), QStringLiteral("--page"),
                        QStringLiteral("A5")}
        << QStringLiteral("out.pdf") << 1 << QStringLiteral("A5");
    QTest::newRow("an unknown overlay is a usage error")
        << QStringList {QStringLiteral("Support ticket"), QStringLiteral("--overlay"),
                        QStringLiteral("heat")}
        << QStringLiteral("out.pdf") << 1 << QStringLiteral("heat");
    QTest::newRow("both orientations are a usage error")
        << QStringList {QStringLiteral("Support ticket"), QStringLiteral("--landscape"),
                        QStringLiteral("--portrait")}
        << QStringLiteral("out.pdf") << 1 << QStringLiteral("--portrait");
    QTest::newRow("an unknown format is a usage error")
        << QStringList {QStringLiteral("Support ticket")} << QStringLiteral("out.docx") << 1
        << QStringLiteral("out.docx");
    QTest::newRow("tiling a PNG is a usage error")
        << QStringList {QStringLiteral("Support ticket"), QStringLiteral("--tile")}
        << QStringLiteral("out.png") << 1 << QStringLiteral("--tile");
    QTest::newRow("a dpi that is no number is a usage error")
        << QStringList {QStringLiteral("Support ticket"), QStringLiteral("--dpi"),
                        QStringLiteral("many")}
        << QStringLiteral("out.png") << 1 << QStringLiteral("many");
    QTest::newRow("a missing output is a usage error")
        << QStringList {QStringLiteral("Support ticket")} << QString() << 1
        << QStringLiteral("Usage");
    QTest::newRow("an output inside a file is bad input")
        << QStringList {QStringLiteral("Support ticket")} << QStringLiteral("w.stepwise/out.pdf")
        << 2 << QStringLiteral("out.pdf");
    QTest::newRow("an output that is a folder is bad input")
        << QStringList {QStringLiteral("Support ticket")} << QStringLiteral("folder.pdf") << 2
        << QStringLiteral("folder.pdf");
}

void TestExport::cliRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString w = path(QStringLiteral("w.stepwise"));
    {
        Workspace workspace;
        QVERIFY(workspace.open(w));
        QVERIFY(addExamples(workspace, RunsEndMs));
    }
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.pdf")));
    const QString before = workspaceDump(w);
    QVERIFY(!before.isEmpty());
    const QStringList files
        = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    QStringList all {QStringLiteral("--workspace"), w, QStringLiteral("export"),
                     arguments.takeFirst()};
    if (!output.isEmpty())
        all.append(path(output));
    all += arguments;
    const Result r = stepwise(all);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    // Nothing written: no partial file, the workspace as it was.
    QCOMPARE(workspaceDump(w), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), files);
    QVERIFY(QDir(path(QStringLiteral("folder.pdf"))).isEmpty());
}

void TestExport::exportMapDialogWritesWhatItShows()
{
    const QString w = path(QStringLiteral("w.stepwise"));
    {
        Workspace setup;
        QVERIFY(setup.open(w));
        QVERIFY(addExamples(setup, RunsEndMs));
    }
    Workspace workspace;
    QVERIFY(workspace.open(w));
    MainWindow window(&workspace);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.document());
    const Process map = window.document()->process();
    auto *exportAction = window.findChild<QAction *>(QStringLiteral("actionExportMap"));
    QVERIFY(exportAction && exportAction->isEnabled());
    QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));

    // Ctrl+E, then as a user would: a PNG file name, a transparent background, Export.
    const QString out = path(QStringLiteral("exported.png"));
    bool answered = false;
    QString preview;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<MapExportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QLineEdit *edit = dialog->pathEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, out);
        QCOMPARE(dialog->formatCombo()->currentData().toInt(), int(MapExportOptions::Format::Png));
        QVERIFY(dialog->dpiSpin()->isEnabled());
        QVERIFY(!dialog->tileButton()->isEnabled());
        QCheckBox *transparent = dialog->transparentCheck();
        QTest::mouseClick(transparent, Qt::LeftButton, {}, QPoint(8, transparent->height() / 2));
        QVERIFY(transparent->isChecked());
        // The preview follows: a picture, and the page count beside it.
        QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isPreviewPending(); }, 20000));
        QVERIFY(!dialog->previewLabel()->pixmap().isNull());
        preview = dialog->pagesLabel()->text();
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        answered = true;
    });
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    QVERIFY(answered);
    QVERIFY2(preview.startsWith(QLatin1String("1 page")), qPrintable(preview));

    // Written on a worker; then a note that says where, closed here (by a timer: the note runs
    // its own event loop).
    bool noted = false;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&noted] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->objectName() == QLatin1String("mapExportDone")) {
            noted = true;
            box->button(QMessageBox::Close)->click();
        }
    });
    closer.start(50);
    QVERIFY(QTest::qWaitFor([&noted] { return noted; }, 30000));
    closer.stop();
    const QImage image(out);
    QVERIFY(!image.isNull());
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    // The choices are kept for the next export.
    const MapExportOptions saved = MapExportDialog::savedOptions(map);
    QCOMPARE(saved.format, MapExportOptions::Format::Png);
    QVERIFY(saved.transparent);
    QCOMPARE(QFileInfo(saved.fileName).absolutePath(), QFileInfo(out).absolutePath());
    QSettings().clear();
}

void TestExport::printPreviewShowsTheMap()
{
    const QString w = path(QStringLiteral("w.stepwise"));
    {
        Workspace setup;
        QVERIFY(setup.open(w));
        QVERIFY(addExamples(setup, RunsEndMs));
    }
    Workspace workspace;
    QVERIFY(workspace.open(w));
    MainWindow window(&workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *print = window.findChild<QAction *>(QStringLiteral("actionPrint"));
    QVERIFY(print && print->isEnabled());
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    // The preview runs its own event loop: a timer closes it once it is there.
    bool shown = false;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&shown] {
        if (auto *preview
            = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget())) {
            shown = preview->objectName() == QLatin1String("mapPrintPreview");
            preview->reject();
        }
    });
    closer.start(50);
    print->trigger();
    QVERIFY(shown);
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
