#include "reportdialog.h"

#include "exportfeedback.h"
#include "reportjob.h"

#include "dashboard/dashboardview.h"
#include "panels/appsettings.h"

#include "analysis/dashboard.h"
#include "process/process.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Stepwise {

namespace {

const QString FolderKey = QStringLiteral("export/reportFolder");
const QString WindowKey = QStringLiteral("export/reportWindow");
const QString PageKey = QStringLiteral("export/reportPage");

} // namespace

ReportDialog::ReportDialog(const QString &processName, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Export Report"));

    auto *intro = new QLabel(tr("A PDF of \"%1\" to hand to a client or a new colleague: its map, "
                                "its steps, the figures of its runs and its diagnostic.")
                                 .arg(processName),
                             this);
    intro->setWordWrap(true);

    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
    m_pathEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    auto *browseButton = new QPushButton(tr("&Browse..."), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    connect(browseButton, &QPushButton::clicked, this, &ReportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browseButton);

    m_windowCombo = new QComboBox(this);
    m_windowCombo->setObjectName(QStringLiteral("windowCombo"));
    DashboardView::addWindowItems(m_windowCombo);
    m_windowCombo->setToolTip(tr("Which runs the figures cover: by the day they started, up to "
                                 "today (UTC)"));
    m_fromEdit = new QDateEdit(this);
    m_fromEdit->setObjectName(QStringLiteral("fromDate"));
    m_fromEdit->setAccessibleName(tr("First day"));
    m_toEdit = new QDateEdit(this);
    m_toEdit->setObjectName(QStringLiteral("toDate"));
    m_toEdit->setAccessibleName(tr("Last day"));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_fromEdit->setDate(today.addDays(-89));
    m_toEdit->setDate(today);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setTimeSpec(Qt::UTC);
    }
    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(m_windowCombo);
    windowRow->addWidget(m_fromEdit);
    windowRow->addWidget(m_toEdit);
    windowRow->addStretch(1);
    connect(m_windowCombo, &QComboBox::currentIndexChanged, this, &ReportDialog::updateState);

    m_pageCombo = new QComboBox(this);
    m_pageCombo->setObjectName(QStringLiteral("pageCombo"));
    m_pageCombo->addItem(tr("A4"), int(QPageSize::A4));
    m_pageCombo->addItem(tr("Letter"), int(QPageSize::Letter));

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("&Runs started in:"), windowRow);
    auto *pageRow = new QHBoxLayout;
    pageRow->addWidget(m_pageCombo);
    pageRow->addStretch(1);
    form->addRow(tr("&Paper:"), pageRow);
    qobject_cast<QLabel *>(form->labelForField(pathRow))->setBuddy(m_pathEdit);
    qobject_cast<QLabel *>(form->labelForField(windowRow))->setBuddy(m_windowCombo);
    qobject_cast<QLabel *>(form->labelForField(pageRow))->setBuddy(m_pageCombo);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &ReportDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setWindow(Window::Last90Days);
}

QString ReportDialog::path() const
{
    QString path = m_pathEdit->text().trimmed();
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return path;
}

void ReportDialog::setPath(const QString &path)
{
    m_pathEdit->setText(QDir::toNativeSeparators(path));
}

ReportDialog::Window ReportDialog::window() const
{
    return Window(m_windowCombo->currentData().toInt());
}

void ReportDialog::setWindow(Window window)
{
    m_windowCombo->setCurrentIndex(m_windowCombo->findData(int(window)));
    updateState();
}

QPair<qint64, qint64> ReportDialog::windowMs(qint64 nowMs) const
{
    QDate from = m_fromEdit->date(), to = m_toEdit->date();
    if (from > to)
        std::swap(from, to);
    return dateWindowMs(window(), nowMs, from, to);
}

QPageSize ReportDialog::pageSize() const
{
    return QPageSize(QPageSize::PageSizeId(m_pageCombo->currentData().toInt()));
}

void ReportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Report"), path(),
                                                        tr("PDF documents (*.pdf)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ReportDialog::updateState()
{
    const bool custom = window() == Window::Custom;
    m_fromEdit->setVisible(custom);
    m_toEdit->setVisible(custom);
    if (m_exportButton)
        m_exportButton->setEnabled(!m_pathEdit->text().trimmed().isEmpty());
}

void ReportDialog::exportReport(QWidget *parent, Workspace *workspace, const Process &map)
{
    if (!workspace || !map.id)
        return;
    QSettings settings;
    const QString folder
        = settings
              .value(FolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    QString name = tr("%1 report").arg(map.name);
    for (QChar c : QStringLiteral("/\\:*?\"<>|"))
        name.replace(c, QLatin1Char('-'));
    ReportDialog dialog(map.name, parent);
    dialog.setPath(QDir(folder).filePath(name + QStringLiteral(".pdf")));
    dialog.setWindow(Window(settings.value(WindowKey, int(Window::Last90Days)).toInt()));
    const int defaultPage = int(AppSettings::load().pageSize);
    // The report prints on A4 or Letter only: a default of A3 starts on A4.
    const int page = dialog.m_pageCombo->findData(settings.value(PageKey, defaultPage).toInt());
    dialog.m_pageCombo->setCurrentIndex(std::max(page, 0));
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty())
        return;
    settings.setValue(FolderKey, QFileInfo(dialog.path()).absolutePath());
    settings.setValue(WindowKey, int(dialog.window()));
    // The Preferences' paper until the user picks another here (as in the map export).
    if (dialog.m_pageCombo->currentData().toInt() == defaultPage)
        settings.remove(PageKey);
    else
        settings.setValue(PageKey, dialog.m_pageCombo->currentData());

    ReportJob::Request request;
    request.workspacePath = workspace->path();
    request.processId = map.id;
    request.map = std::make_shared<const Process>(map);
    const QPair<qint64, qint64> window = dialog.windowMs(QDateTime::currentMSecsSinceEpoch());
    request.fromMs = window.first;
    request.toMs = window.second;
    request.pageSize = dialog.pageSize();
    request.path = dialog.path();

    // Both belong to the parent: closing the window cancels the job and waits for its worker.
    auto *job = new ReportJob(parent);
    QProgressDialog *progress
        = exportProgress(tr("Writing the report of \"%1\"...").arg(map.name), tr("Export Report"),
                         QStringLiteral("reportProgress"), parent);
    connect(progress, &QProgressDialog::canceled, job, &ReportJob::cancel);
    connect(job, &ReportJob::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    const QString path = request.path;
    QPointer<QWidget> owner(parent);
    connect(job, &ReportJob::finished, job,
            [job, progress, path, owner](bool ok, const QString &error) {
                // At once, not later: the question below runs an event loop of its own, in which
                // the dialog's timer would show it again.
                delete progress;
                job->deleteLater();
                if (!owner)
                    return;
                if (ok) {
                    offerToOpen(
                        owner, QMessageBox::Question, tr("Export Report"),
                        tr("The report is written to %1.").arg(QDir::toNativeSeparators(path)),
                        path);
                } else if (!error.isEmpty()) {
                    QMessageBox::warning(owner, tr("Export Report"), error);
                }
            });
    job->start(request);
}

} // namespace Stepwise
