#include "mapexportdialog.h"

#include "exportfeedback.h"

#include "panels/appsettings.h"

#include "workspace/workspace.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>

namespace Stepwise {

namespace {

const QString FolderKey = QStringLiteral("exportMap/folder");
const QString FormatKey = QStringLiteral("exportMap/format");
const QString PageKey = QStringLiteral("exportMap/page");
const QString OrientationKey = QStringLiteral("exportMap/orientation");
const QString TiledKey = QStringLiteral("exportMap/tiled");
const QString OverlayKey = QStringLiteral("exportMap/overlay");
const QString TitleBlockKey = QStringLiteral("exportMap/titleBlock");
const QString LegendKey = QStringLiteral("exportMap/legend");
const QString DpiKey = QStringLiteral("exportMap/dpi");
const QString TransparentKey = QStringLiteral("exportMap/transparent");

constexpr QSize PreviewSize(360, 260);

MapExportOptions::Page defaultPage()
{
    switch (AppSettings::load().pageSize) {
    case QPageSize::A3:
        return MapExportOptions::Page::A3;
    case QPageSize::Letter:
        return MapExportOptions::Page::Letter;
    default:
        return MapExportOptions::Page::A4;
    }
}

QString suffix(MapExportOptions::Format format)
{
    switch (format) {
    case MapExportOptions::Format::Svg:
        return QStringLiteral("svg");
    case MapExportOptions::Format::Png:
        return QStringLiteral("png");
    case MapExportOptions::Format::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

/// The revision and (withOverlay) the runs overlay, read on a worker thread with a connection of
/// its own.
std::optional<MapExportInfo> loadInfo(const QString &workspacePath, const Process &map,
                                      bool withOverlay, QString *error)
{
    if (workspacePath.isEmpty() || map.id == 0) {
        // Not stored: no revision, no runs.
        Process draft = map;
        draft.id = 0;
        return mapExportInfo(Workspace(), draft, withOverlay, error);
    }
    Workspace workspace;
    if (!workspace.openReader(workspacePath)) {
        if (error)
            *error = workspace.errorString();
        return std::nullopt;
    }
    return mapExportInfo(workspace, map, withOverlay, error);
}

/// What a worker reports to the window: polled, so that nothing is sent to a window that may
/// have gone.
struct JobState
{
    std::atomic<int> done {0};
    std::atomic<int> total {0};
    std::atomic<bool> cancel {false};
};

struct JobResult
{
    bool ok = false;
    QString error;
};

struct PreviewResult
{
    QImage image;
    int pages = 1;
};

} // namespace

MapExportDialog::MapExportDialog(const Process &process, QWidget *parent)
    : QDialog(parent), m_process(process), m_info(std::make_shared<const MapExportInfo>())
{
    setObjectName(QStringLiteral("mapExportDialog"));
    setWindowTitle(tr("Export Map"));

    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
    m_pathEdit->setMinimumWidth(320);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    connect(browse, &QPushButton::clicked, this, &MapExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browse);

    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    m_formatCombo->addItem(tr("PDF document (vector, searchable text)"),
                           int(MapExportOptions::Format::Pdf));
    m_formatCombo->addItem(tr("SVG image (vector)"), int(MapExportOptions::Format::Svg));
    m_formatCombo->addItem(tr("PNG image"), int(MapExportOptions::Format::Png));

    m_pageCombo = new QComboBox(this);
    m_pageCombo->setObjectName(QStringLiteral("pageCombo"));
    m_pageCombo->addItem(tr("A4"), int(MapExportOptions::Page::A4));
    m_pageCombo->addItem(tr("A3"), int(MapExportOptions::Page::A3));
    m_pageCombo->addItem(tr("Letter"), int(MapExportOptions::Page::Letter));
    m_pageCombo->addItem(tr("As large as the map"), int(MapExportOptions::Page::Fit));

    m_orientationCombo = new QComboBox(this);
    m_orientationCombo->setObjectName(QStringLiteral("orientationCombo"));
    m_orientationCombo->addItem(tr("Automatic (as the map)"),
                                int(MapExportOptions::Orientation::Auto));
    m_orientationCombo->addItem(tr("Portrait"), int(MapExportOptions::Orientation::Portrait));
    m_orientationCombo->addItem(tr("Landscape"), int(MapExportOptions::Orientation::Landscape));

    m_fitButton = new QRadioButton(tr("&Fit on one page"), this);
    m_fitButton->setObjectName(QStringLiteral("fitButton"));
    m_tileButton = new QRadioButton(tr("At 100% over several &pages, with a page index"), this);
    m_tileButton->setObjectName(QStringLiteral("tileButton"));
    auto *layoutGroup = new QButtonGroup(this);
    layoutGroup->addButton(m_fitButton);
    layoutGroup->addButton(m_tileButton);
    m_fitButton->setChecked(true);
    auto *layoutBox = new QVBoxLayout;
    layoutBox->addWidget(m_fitButton);
    layoutBox->addWidget(m_tileButton);

    m_overlayCombo = new QComboBox(this);
    m_overlayCombo->setObjectName(QStringLiteral("overlayCombo"));
    m_overlayCombo->addItem(tr("None"), int(MapExportOptions::Overlay::None));
    m_overlayCombo->addItem(tr("Time: steps coloured by mean waiting + processing"),
                            int(MapExportOptions::Overlay::Time));
    m_overlayCombo->addItem(tr("Frequency: handoffs as wide as how often taken"),
                            int(MapExportOptions::Overlay::Frequency));

    m_titleCheck = new QCheckBox(tr("&Title block"), this);
    m_titleCheck->setObjectName(QStringLiteral("titleBlockCheck"));
    m_titleCheck->setToolTip(tr("Process, owner, SLA target, revision and export date"));
    m_legendCheck = new QCheckBox(tr("&Legend"), this);
    m_legendCheck->setObjectName(QStringLiteral("legendCheck"));
    m_legendCheck->setToolTip(tr("Lanes, step kinds and the overlay's scale"));
    auto *showRow = new QHBoxLayout;
    showRow->addWidget(m_titleCheck);
    showRow->addWidget(m_legendCheck);
    showRow->addStretch();

    m_dpiSpin = new QSpinBox(this);
    m_dpiSpin->setObjectName(QStringLiteral("dpiSpin"));
    m_dpiSpin->setRange(10, 2400);
    m_dpiSpin->setSuffix(tr(" dpi"));
    m_transparentCheck = new QCheckBox(tr("T&ransparent background"), this);
    m_transparentCheck->setObjectName(QStringLiteral("transparentCheck"));
    auto *pngRow = new QHBoxLayout;
    pngRow->addWidget(m_dpiSpin);
    pngRow->addWidget(m_transparentCheck);
    pngRow->addStretch();

    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_pathEdit);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("F&ormat:"), m_formatCombo);
    form->addRow(tr("P&aper:"), m_pageCombo);
    form->addRow(tr("Or&ientation:"), m_orientationCombo);
    form->addRow(tr("Scale:"), layoutBox);
    form->addRow(tr("Runs &overlay:"), m_overlayCombo);
    form->addRow(tr("Show:"), showRow);
    form->addRow(tr("PNG:"), pngRow);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(PreviewSize + QSize(8, 8));
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAccessibleName(tr("Preview of the first page"));
    m_pagesLabel = new QLabel(this);
    m_pagesLabel->setObjectName(QStringLiteral("pagesLabel"));
    m_pagesLabel->setAlignment(Qt::AlignCenter);
    auto *previewBox = new QVBoxLayout;
    previewBox->addWidget(m_preview, 1);
    previewBox->addWidget(m_pagesLabel);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addLayout(previewBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &MapExportDialog::renderPreview);

    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &MapExportDialog::formatChanged);
    for (QComboBox *combo : {m_pageCombo, m_orientationCombo, m_overlayCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &MapExportDialog::updateState);
    for (QAbstractButton *button :
         {static_cast<QAbstractButton *>(m_fitButton), static_cast<QAbstractButton *>(m_tileButton),
          static_cast<QAbstractButton *>(m_titleCheck),
          static_cast<QAbstractButton *>(m_legendCheck),
          static_cast<QAbstractButton *>(m_transparentCheck)})
        connect(button, &QAbstractButton::toggled, this, &MapExportDialog::updateState);
    connect(m_dpiSpin, &QSpinBox::valueChanged, this, &MapExportDialog::updateState);
    connect(m_pathEdit, &QLineEdit::textChanged, this, [this](const QString &path) {
        // A typed extension chooses the format.
        const std::optional<MapExportOptions::Format> format = MapExportOptions::formatOf(path);
        if (format) {
            QSignalBlocker blocker(m_formatCombo);
            m_formatCombo->setCurrentIndex(m_formatCombo->findData(int(*format)));
        }
        updateState();
    });

    setOptions(MapExportOptions());
}

MapExportDialog::~MapExportDialog() = default;

MapExportOptions MapExportDialog::options() const
{
    MapExportOptions options;
    options.fileName = m_pathEdit->text().trimmed();
    options.format = MapExportOptions::Format(m_formatCombo->currentData().toInt());
    options.page = MapExportOptions::Page(m_pageCombo->currentData().toInt());
    options.orientation = MapExportOptions::Orientation(m_orientationCombo->currentData().toInt());
    options.tiled = m_tileButton->isEnabled() && m_tileButton->isChecked();
    options.overlay = MapExportOptions::Overlay(m_overlayCombo->currentData().toInt());
    options.titleBlock = m_titleCheck->isChecked();
    options.legend = m_legendCheck->isChecked();
    options.dpi = m_dpiSpin->value();
    options.transparent = m_transparentCheck->isEnabled() && m_transparentCheck->isChecked();
    return options;
}

void MapExportDialog::setOptions(const MapExportOptions &options)
{
    const auto select = [](QComboBox *combo, int value) {
        QSignalBlocker blocker(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    };
    {
        QSignalBlocker blocker(m_pathEdit);
        m_pathEdit->setText(QDir::toNativeSeparators(options.fileName));
    }
    select(m_formatCombo, int(options.format));
    select(m_pageCombo, int(options.page));
    select(m_orientationCombo, int(options.orientation));
    select(m_overlayCombo, int(options.overlay));
    for (QAbstractButton *button :
         {static_cast<QAbstractButton *>(m_fitButton), static_cast<QAbstractButton *>(m_tileButton),
          static_cast<QAbstractButton *>(m_titleCheck),
          static_cast<QAbstractButton *>(m_legendCheck),
          static_cast<QAbstractButton *>(m_transparentCheck)})
        button->blockSignals(true);
    (options.tiled ? m_tileButton : m_fitButton)->setChecked(true);
    m_titleCheck->setChecked(options.titleBlock);
    m_legendCheck->setChecked(options.legend);
    m_transparentCheck->setChecked(options.transparent);
    for (QAbstractButton *button :
         {static_cast<QAbstractButton *>(m_fitButton), static_cast<QAbstractButton *>(m_tileButton),
          static_cast<QAbstractButton *>(m_titleCheck),
          static_cast<QAbstractButton *>(m_legendCheck),
          static_cast<QAbstractButton *>(m_transparentCheck)})
        button->blockSignals(false);
    {
        QSignalBlocker blocker(m_dpiSpin);
        m_dpiSpin->setValue(options.dpi);
    }
    updateState();
}

void MapExportDialog::setInfo(const MapExportInfo &info)
{
    m_info = std::make_shared<const MapExportInfo>(info);
    schedulePreview();
}

bool MapExportDialog::isPreviewPending() const
{
    return m_previewTimer.isActive() || m_previewsRunning > 0;
}

void MapExportDialog::browse()
{
    const MapExportOptions current = options();
    const QString pdf = tr("PDF documents (*.pdf)");
    const QString svg = tr("SVG images (*.svg)");
    const QString png = tr("PNG images (*.png)");
    QString filter = current.format == MapExportOptions::Format::Svg ? svg
        : current.format == MapExportOptions::Format::Png            ? png
                                                                     : pdf;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Map"), current.fileName,
        QStringList {pdf, svg, png}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    QString chosen = path;
    if (!MapExportOptions::formatOf(chosen)) {
        const MapExportOptions::Format format = filter == svg ? MapExportOptions::Format::Svg
            : filter == png                                   ? MapExportOptions::Format::Png
                                                              : MapExportOptions::Format::Pdf;
        chosen += QLatin1Char('.') + suffix(format);
    }
    m_pathEdit->setText(QDir::toNativeSeparators(chosen));
}

void MapExportDialog::formatChanged()
{
    // The file follows the format: "map.pdf" becomes "map.png".
    const auto format = MapExportOptions::Format(m_formatCombo->currentData().toInt());
    QString path = m_pathEdit->text().trimmed();
    if (!path.isEmpty()) {
        const QFileInfo file(path);
        const QString base = MapExportOptions::formatOf(path)
            ? path.left(path.size() - file.suffix().size() - 1)
            : path;
        QSignalBlocker blocker(m_pathEdit);
        m_pathEdit->setText(base + QLatin1Char('.') + suffix(format));
    }
    // An image is as large as the map unless a paper is asked for.
    if (format != MapExportOptions::Format::Pdf) {
        QSignalBlocker blocker(m_pageCombo);
        m_pageCombo->setCurrentIndex(m_pageCombo->findData(int(MapExportOptions::Page::Fit)));
    }
    updateState();
}

void MapExportDialog::updateState()
{
    const MapExportOptions current = options();
    const bool pdf = current.format == MapExportOptions::Format::Pdf;
    const bool png = current.format == MapExportOptions::Format::Png;
    const bool paper = current.page != MapExportOptions::Page::Fit;
    m_orientationCombo->setEnabled(paper);
    m_tileButton->setEnabled(pdf && paper);
    m_fitButton->setEnabled(pdf && paper);
    m_dpiSpin->setEnabled(png);
    m_transparentCheck->setEnabled(png);
    m_exportButton->setEnabled(!current.fileName.isEmpty()
                               && MapExportOptions::formatOf(current.fileName).has_value());
    schedulePreview();
}

void MapExportDialog::schedulePreview()
{
    m_previewTimer.start();
}

void MapExportDialog::renderPreview()
{
    // Drawn on a worker: a map of thousands of steps takes a moment. Only the newest counts.
    const int generation = ++m_previewGeneration;
    ++m_previewsRunning;
    auto *watcher = new QFutureWatcher<PreviewResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_previewsRunning;
        if (generation != m_previewGeneration)
            return;
        const PreviewResult result = watcher->result();
        m_preview->setPixmap(QPixmap::fromImage(result.image));
        m_pagesLabel->setText(tr("%n page(s)", nullptr, result.pages));
    });
    watcher->setFuture(QtConcurrent::run(
        [process = m_process, options = options(), info = m_info, bound = PreviewSize] {
            PreviewResult result;
            result.image = mapExportPreview(process, options, *info, bound);
            result.pages = mapExportPageCount(process, options, *info);
            return result;
        }));
}

MapExportOptions MapExportDialog::savedOptions(const Process &process)
{
    const QSettings settings;
    MapExportOptions options;
    options.format = MapExportOptions::Format(
        settings.value(FormatKey, int(MapExportOptions::Format::Pdf)).toInt());
    options.page = MapExportOptions::Page(settings.value(PageKey, int(defaultPage())).toInt());
    options.orientation = MapExportOptions::Orientation(
        settings.value(OrientationKey, int(MapExportOptions::Orientation::Auto)).toInt());
    options.tiled = settings.value(TiledKey, false).toBool();
    options.overlay = MapExportOptions::Overlay(
        settings.value(OverlayKey, int(MapExportOptions::Overlay::None)).toInt());
    options.titleBlock = settings.value(TitleBlockKey, true).toBool();
    options.legend = settings.value(LegendKey, true).toBool();
    options.dpi = settings.value(DpiKey, 150).toInt();
    options.transparent = settings.value(TransparentKey, false).toBool();
    const QString folder
        = settings
              .value(FolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    QString name = process.name.isEmpty() ? tr("map") : process.name;
    for (QChar c : QStringLiteral("/\\:*?\"<>|"))
        name.replace(c, QLatin1Char('-'));
    options.fileName = QDir(folder).filePath(name + QLatin1Char('.') + suffix(options.format));
    return options;
}

void MapExportDialog::saveOptions(const MapExportOptions &options)
{
    QSettings settings;
    settings.setValue(FolderKey, QFileInfo(options.fileName).absolutePath());
    settings.setValue(FormatKey, int(options.format));
    // The Preferences' paper until the user picks another here: remembering the default itself
    // would hide a later change of it.
    if (options.page == defaultPage())
        settings.remove(PageKey);
    else
        settings.setValue(PageKey, int(options.page));
    settings.setValue(OrientationKey, int(options.orientation));
    settings.setValue(TiledKey, options.tiled);
    settings.setValue(OverlayKey, int(options.overlay));
    settings.setValue(TitleBlockKey, options.titleBlock);
    settings.setValue(LegendKey, options.legend);
    settings.setValue(DpiKey, options.dpi);
    settings.setValue(TransparentKey, options.transparent);
}

void MapExportDialog::exportMap(QWidget *parent, Workspace *workspace, const Process &map)
{
    const QString workspacePath = workspace ? workspace->path() : QString();
    MapExportDialog dialog(map, parent);
    dialog.setOptions(savedOptions(map));
    // The revision and the overlay for the preview, read meanwhile.
    auto *infoWatcher = new QFutureWatcher<std::optional<MapExportInfo>>(&dialog);
    connect(infoWatcher, &QFutureWatcherBase::finished, &dialog, [&dialog, infoWatcher] {
        if (const std::optional<MapExportInfo> info = infoWatcher->result())
            dialog.setInfo(*info);
    });
    infoWatcher->setFuture(QtConcurrent::run(
        [workspacePath, map] { return loadInfo(workspacePath, map, true, nullptr); }));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const MapExportOptions options = dialog.options();
    saveOptions(options);

    auto state = std::make_shared<JobState>();
    QProgressDialog *progress
        = exportProgress(tr("Exporting the map of \"%1\"...").arg(map.name), tr("Export Map"),
                         QStringLiteral("mapExportProgress"), parent);
    connect(progress, &QProgressDialog::canceled, progress, [state] { state->cancel = true; });
    auto *poll = new QTimer(progress);
    connect(poll, &QTimer::timeout, progress, [progress, state] {
        progress->setMaximum(state->total);
        progress->setValue(state->done);
    });
    poll->start(100);

    auto *watcher = new QFutureWatcher<JobResult>(progress);
    const QString path = options.fileName;
    QPointer<QWidget> owner(parent);
    connect(watcher, &QFutureWatcherBase::finished, progress, [watcher, progress, path, owner] {
        const JobResult result = watcher->result();
        progress->hide();
        progress->deleteLater();
        if (!owner)
            return;
        if (result.ok) {
            offerToOpen(owner, QMessageBox::Information, tr("Export Map"),
                        tr("The map is exported to %1.").arg(QDir::toNativeSeparators(path)), path,
                        QStringLiteral("mapExportDone"));
        } else if (!result.error.isEmpty()) {
            QMessageBox::warning(owner, tr("Export Map"), result.error);
        }
    });
    // Closing the window cancels the export (the worker has copies of all it needs).
    connect(progress, &QObject::destroyed, [state] { state->cancel = true; });
    watcher->setFuture(QtConcurrent::run([workspacePath, map, options, state] {
        JobResult result;
        const std::optional<MapExportInfo> info = loadInfo(
            workspacePath, map, options.overlay != MapExportOptions::Overlay::None, &result.error);
        if (!info)
            return result;
        if (state->cancel)
            return result;
        result.ok
            = Stepwise::exportMap(map, options, *info, &result.error, [state](int done, int total) {
                  state->total = total;
                  state->done = done;
                  return !state->cancel.load();
              });
        if (state->cancel)
            result.error.clear(); // the user knows
        return result;
    }));
}

void MapExportDialog::printMap(QWidget *parent, Workspace *workspace, const Process &map)
{
    MapExportOptions options = savedOptions(map);
    options.format = MapExportOptions::Format::Pdf;
    // The runs overlay may take a moment to read: the window waits behind a busy note.
    QFutureWatcher<std::optional<MapExportInfo>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    const QString workspacePath = workspace ? workspace->path() : QString();
    QString error;
    watcher.setFuture(QtConcurrent::run([workspacePath, map, overlay = options.overlay, &error] {
        return loadInfo(workspacePath, map, overlay != MapExportOptions::Overlay::None, &error);
    }));
    if (!watcher.isFinished()) {
        QProgressDialog busy(tr("Reading the runs..."), QString(), 0, 0, parent);
        busy.setWindowModality(Qt::WindowModal);
        busy.setMinimumDuration(300);
        loop.exec();
    }
    const std::optional<MapExportInfo> info = watcher.result();
    if (!info) {
        QMessageBox::warning(parent, tr("Print"), error);
        return;
    }

    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(map.name);
    const QPageSize::PageSizeId paper = options.page == MapExportOptions::Page::A3 ? QPageSize::A3
        : options.page == MapExportOptions::Page::Letter ? QPageSize::Letter
                                                         : QPageSize::A4;
    printer.setPageSize(QPageSize(paper));
    bool landscape = options.orientation == MapExportOptions::Orientation::Landscape;
    if (options.orientation == MapExportOptions::Orientation::Auto) {
        // Wider than tall: the lanes' extent from the steps' positions (no scene needed).
        double left = 0, right = 0;
        for (const Step &step : map.steps) {
            const double x = map.stepScenePos(step).x();
            left = std::min(left, x);
            right = std::max(right, x);
        }
        landscape = right - left + 400 > map.lanesHeight();
    }
    printer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    if (options.page == MapExportOptions::Page::Fit)
        options.page = MapExportOptions::Page::A4; // printing needs paper

    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("mapPrintPreview"));
    preview.setWindowTitle(tr("Print \"%1\"").arg(map.name));
    connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
            [&map, &options, &info, &preview](QPrinter *target) {
                QString printError;
                if (!Stepwise::printMap(target, map, options, *info, &printError))
                    QMessageBox::warning(&preview, tr("Print"), printError);
            });
    preview.exec();
}

} // namespace Stepwise
