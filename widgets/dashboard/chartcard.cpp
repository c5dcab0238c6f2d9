#include "chartcard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace Stepwise {

ChartCard::ChartCard(const QString &title, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_note(new QLabel(this)),
      m_exportButton(new QToolButton(this)), m_plot(new QCustomPlot(this)), m_exportName(title)
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(title);

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();

    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Export this chart as PNG or PDF"));
    m_exportButton->setAutoRaise(true);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_exportButton);
    menu->addAction(tr("Export as &PNG..."), this, [this] { exportAs(QStringLiteral("png")); });
    menu->addAction(tr("Export as P&DF..."), this, [this] { exportAs(QStringLiteral("pdf")); });
    m_exportButton->setMenu(menu);

    m_plot->setObjectName(QStringLiteral("plot"));
    m_plot->setAccessibleName(title);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    m_plot->setMinimumHeight(240);
    // Every chart answers the pointer (tooltips, clicks) and draws its data smooth, its grid crisp.
    m_plot->setAttribute(Qt::WA_Hover);
    m_plot->setMouseTracking(true);
    m_plot->setAntialiasedElements(QCP::aeAll);
    m_plot->setNotAntialiasedElements(QCP::aeGrid | QCP::aeAxes);
    connect(m_plot, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showExportMenu(m_plot->mapToGlobal(pos)); });

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_title);
    header->addWidget(m_note, 1);
    header->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_plot, 1);
}

QString ChartCard::title() const
{
    return m_title->text();
}

void ChartCard::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

bool ChartCard::exportTo(const QString &path) const
{
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return m_plot->savePdf(path, 0, 0, QCP::epNoCosmetic, QStringLiteral("Stepwise"),
                               m_title->text());
    // Twice the screen's pixels: sharp in a document or on a high-density screen.
    return m_plot->savePng(path, 0, 0, 2.0);
}

void ChartCard::showExportMenu(const QPoint &globalPos)
{
    m_exportButton->menu()->popup(globalPos);
}

void ChartCard::exportAs(const QString &extension)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = m_exportName;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString filter = extension == QLatin1String("pdf") ? tr("PDF documents (*.pdf)")
                                                             : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), QDir(documents).filePath(name + QLatin1Char('.') + extension),
        filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extension;
    if (!exportTo(path)) {
        QMessageBox::warning(
            this, tr("Export Chart"),
            tr("The chart could not be written to %1.").arg(QDir::toNativeSeparators(path)));
    }
}

} // namespace Stepwise
