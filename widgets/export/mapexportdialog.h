#pragma once

#include "mapexport.h"

#include "process/process.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Stepwise {

class Workspace;

/// File > Export Map: the file and its format, the paper, fit or tiles, the runs overlay, what
/// goes around the map and, for a PNG, resolution and background; with a live preview of the
/// first page. The choices are remembered (QSettings) for the next export and for printing.
class MapExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// info: the revision and the overlay, when already known (the preview shows them).
    explicit MapExportDialog(const Process &process, QWidget *parent = nullptr);
    ~MapExportDialog() override;

    MapExportOptions options() const;
    void setOptions(const MapExportOptions &options);
    /// What the preview shows besides the map (the revision, the runs overlay).
    void setInfo(const MapExportInfo &info);

    QLineEdit *pathEdit() const { return m_pathEdit; }
    QComboBox *formatCombo() const { return m_formatCombo; }
    QComboBox *pageCombo() const { return m_pageCombo; }
    QComboBox *orientationCombo() const { return m_orientationCombo; }
    QRadioButton *fitButton() const { return m_fitButton; }
    QRadioButton *tileButton() const { return m_tileButton; }
    QComboBox *overlayCombo() const { return m_overlayCombo; }
    QCheckBox *titleBlockCheck() const { return m_titleCheck; }
    QCheckBox *legendCheck() const { return m_legendCheck; }
    QSpinBox *dpiSpin() const { return m_dpiSpin; }
    QCheckBox *transparentCheck() const { return m_transparentCheck; }
    QLabel *previewLabel() const { return m_preview; }
    QLabel *pagesLabel() const { return m_pagesLabel; }
    QPushButton *exportButton() const { return m_exportButton; }
    /// The preview is being drawn.
    bool isPreviewPending() const;

    /// The options last exported (or the defaults), with a file name in the last folder.
    static MapExportOptions savedOptions(const Process &process);
    static void saveOptions(const MapExportOptions &options);

    /// The whole of File > Export Map: asks with this dialog, writes the file on a worker thread
    /// behind a progress dialog that can cancel it. map is the process as edited.
    static void exportMap(QWidget *parent, Workspace *workspace, const Process &map);
    /// File > Print: the print preview of the map, with the choices of the last export (overlay,
    /// title block, legend, fit or tiles); paper and margins come from the printer.
    static void printMap(QWidget *parent, Workspace *workspace, const Process &map);

private:
    void browse();
    void formatChanged();
    void updateState();
    void schedulePreview();
    void renderPreview();

    Process m_process;
    std::shared_ptr<const MapExportInfo> m_info;
    QLineEdit *m_pathEdit = nullptr;
    QComboBox *m_formatCombo = nullptr;
    QComboBox *m_pageCombo = nullptr;
    QComboBox *m_orientationCombo = nullptr;
    QRadioButton *m_fitButton = nullptr;
    QRadioButton *m_tileButton = nullptr;
    QComboBox *m_overlayCombo = nullptr;
    QCheckBox *m_titleCheck = nullptr;
    QCheckBox *m_legendCheck = nullptr;
    QSpinBox *m_dpiSpin = nullptr;
    QCheckBox *m_transparentCheck = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_pagesLabel = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTimer m_previewTimer;
    int m_previewGeneration = 0;
    int m_previewsRunning = 0;
};

} // namespace Stepwise
