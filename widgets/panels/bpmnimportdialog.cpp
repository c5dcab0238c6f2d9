#include "bpmnimportdialog.h"

#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Stepwise {

namespace {

// On the worker thread: its own reader and its own connection.
BpmnImportOutcome importOnWorker(const QString &workspacePath, const QString &filePath)
{
    BpmnImportOutcome outcome;
    BpmnReader reader;
    std::optional<BpmnImport> import = reader.read(filePath);
    if (!import) {
        outcome.status = BpmnImportOutcome::Status::BadInput;
        outcome.error = reader.errorString();
        return outcome;
    }
    Workspace workspace;
    Workspace::OpenOptions options;
    options.create = false;
    options.integrityCheck = false; // the window has this workspace open, and checked, already
    if (!workspace.open(workspacePath, options)) {
        outcome.status = BpmnImportOutcome::Status::WorkspaceProblem;
        outcome.error = workspace.errorString();
        return outcome;
    }
    if (!saveBpmnImport(workspace, *import, {}, &outcome.ids)) {
        outcome.status = BpmnImportOutcome::Status::WorkspaceProblem;
        outcome.error = workspace.errorString();
        return outcome;
    }
    for (const Process &process : std::as_const(import->processes))
        outcome.names.append(process.name);
    outcome.report = import->report;
    return outcome;
}

QString kindTitle(BpmnImportReport::Item::Kind kind, int count)
{
    switch (kind) {
    case BpmnImportReport::Item::Kind::NotImported:
        return BpmnImportDialog::tr("Not imported (%n)", nullptr, count);
    case BpmnImportReport::Item::Kind::Dangling:
        return BpmnImportDialog::tr("References to what the file does not have (%n)", nullptr,
                                    count);
    case BpmnImportReport::Item::Kind::UnknownExtension:
        return BpmnImportDialog::tr("Other tools' extensions, skipped (%n)", nullptr, count);
    case BpmnImportReport::Item::Kind::Note:
        return BpmnImportDialog::tr("Imported, but changed (%n)", nullptr, count);
    }
    return {};
}

} // namespace

BpmnImportDialog::BpmnImportDialog(const QString &workspacePath, const QString &filePath,
                                   QWidget *parent)
    : QDialog(parent), m_filePath(filePath)
{
    setObjectName(QStringLiteral("bpmnImportDialog"));
    setWindowTitle(tr("Import BPMN"));
    const QString fileName = QFileInfo(filePath).fileName();

    m_title = new QLabel(tr("Importing <b>%1</b>\u2026").arg(fileName.toHtmlEscaped()), this);
    m_title->setObjectName(QStringLiteral("bpmnImportTitle"));
    m_title->setWordWrap(true);
    m_title->setToolTip(QDir::toNativeSeparators(filePath));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // reading and saving: one short step with no parts to count
    m_progress->setTextVisible(false);

    m_summary = new QWidget(this);
    m_counts = new QFormLayout(m_summary);
    m_counts->setContentsMargins(0, 0, 0, 0);
    m_summary->hide();
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("bpmnImportNote"));
    m_note->setWordWrap(true);
    m_note->hide();

    m_leftOutTitle = new QLabel(this);
    m_leftOutTitle->setObjectName(QStringLiteral("bpmnLeftOutTitle"));
    m_leftOutTitle->setWordWrap(true);
    m_leftOutTitle->hide();
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("bpmnImportReport"));
    m_tree->setAccessibleName(tr("What the import left out or changed"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("What"), tr("Line")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_openButton = buttons->addButton(tr("&Open the Map"), QDialogButtonBox::AcceptRole);
    m_openButton->setObjectName(QStringLiteral("openImportedMapButton"));
    m_openButton->setEnabled(false);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_note);
    layout->addWidget(m_leftOutTitle);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(820, 300);

    connect(&m_watcher, &QFutureWatcher<BpmnImportOutcome>::finished, this, [this] {
        m_outcome = m_watcher.result();
        m_done = true;
        showOutcome();
        emit importFinished();
    });
    m_watcher.setFuture(QtConcurrent::run(importOnWorker, workspacePath, filePath));
}

BpmnImportDialog::~BpmnImportDialog()
{
    // The worker saves in one transaction; it is short, and it must not be cut off.
    m_watcher.waitForFinished();
}

ProcessId BpmnImportDialog::processId() const
{
    return m_done && m_outcome.status == BpmnImportOutcome::Status::Done && !m_outcome.ids.isEmpty()
        ? m_outcome.ids.constFirst()
        : 0;
}

QLabel *BpmnImportDialog::countLabel(const QString &objectName) const
{
    return m_summary->findChild<QLabel *>(objectName);
}

void BpmnImportDialog::addCount(const QString &objectName, const QString &label, int value)
{
    auto *number = new QLabel(QLocale().toString(value), m_summary);
    number->setObjectName(objectName);
    m_counts->addRow(label, number);
}

void BpmnImportDialog::showOutcome()
{
    m_progress->hide();
    const QString fileName = QFileInfo(m_filePath).fileName();
    if (m_outcome.status != BpmnImportOutcome::Status::Done) {
        m_title->setText(tr("<b>%1</b> could not be imported: nothing was added.<br>%2")
                             .arg(fileName.toHtmlEscaped(), m_outcome.error.toHtmlEscaped()));
        m_closeButton->setDefault(true);
        m_closeButton->setFocus();
        adjustSize();
        return;
    }
    const BpmnImportReport &report = m_outcome.report;
    m_title->setText(tr("<b>%1</b> is now the process <b>%2</b>.")
                         .arg(fileName.toHtmlEscaped(), m_outcome.names.value(0).toHtmlEscaped()));
    addCount(QStringLiteral("lanesCount"), tr("Lanes:"), report.lanes);
    addCount(QStringLiteral("activitiesCount"), tr("Activities:"), report.activities);
    addCount(QStringLiteral("eventsCount"), tr("Events:"), report.events);
    addCount(QStringLiteral("gatewaysCount"), tr("Gateways (decisions):"), report.gateways);
    addCount(QStringLiteral("flowsCount"), tr("Handoffs:"), report.flows);
    if (m_outcome.ids.size() > 1) {
        QStringList children;
        for (int i = 1; i < m_outcome.names.size(); ++i)
            children.append(m_outcome.names[i].toHtmlEscaped());
        auto *maps = new QLabel(
            tr("%n more map(s) for sub-processes: %1", nullptr, int(m_outcome.ids.size() - 1))
                .arg(children.join(QLatin1String(", "))),
            m_summary);
        maps->setObjectName(QStringLiteral("childMapsLabel"));
        maps->setWordWrap(true);
        m_counts->addRow(maps);
    }
    m_summary->show();
    if (report.laidOut) {
        m_note->setText(tr("Stepwise laid out what the file has no diagram for."));
        m_note->show();
    }

    // What was left out, by kind; each item with its line in the file.
    const BpmnImportReport::Item::Kind kinds[]
        = {BpmnImportReport::Item::Kind::NotImported, BpmnImportReport::Item::Kind::Dangling,
           BpmnImportReport::Item::Kind::Note, BpmnImportReport::Item::Kind::UnknownExtension};
    for (const BpmnImportReport::Item::Kind kind : kinds) {
        const int count = report.count(kind);
        if (count == 0)
            continue;
        auto *group = new QTreeWidgetItem(m_tree, {kindTitle(kind, count)});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const BpmnImportReport::Item &item : report.items) {
            if (item.kind != kind)
                continue;
            QString text = item.text;
            if (item.count > 1)
                text = tr("%1 (%n times)", nullptr, item.count).arg(text);
            auto *row = new QTreeWidgetItem(
                group, {text, item.line > 0 ? QString::number(item.line) : QString()});
            row->setToolTip(0, text);
            row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        group->setExpanded(kind != BpmnImportReport::Item::Kind::UnknownExtension);
    }
    const int leftOut = int(report.items.size());
    if (leftOut > 0) {
        m_leftOutTitle->setText(
            tr("What a Stepwise map has no place for, and what was changed on the way:"));
        m_leftOutTitle->show();
        m_tree->show();
        resize(width(), 520);
    } else {
        m_leftOutTitle->setText(tr("Everything in the file came in."));
        m_leftOutTitle->show();
        adjustSize();
    }
    m_openButton->setEnabled(true);
    m_openButton->setDefault(true);
    m_openButton->setFocus();
}

ProcessId BpmnImportDialog::importFile(QWidget *parent, const QString &workspacePath,
                                       bool *imported)
{
    if (imported)
        *imported = false;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("bpmn/lastFolder")).toString();
    const QString path
        = QFileDialog::getOpenFileName(parent, tr("Import BPMN"), folder,
                                       tr("BPMN 2.0 files (*.bpmn *.bpmn2 *.xml);;All files (*)"));
    if (path.isEmpty())
        return 0;
    settings.setValue(QStringLiteral("bpmn/lastFolder"), QFileInfo(path).absolutePath());
    BpmnImportDialog dialog(workspacePath, path, parent);
    const bool open = dialog.exec() == QDialog::Accepted;
    if (imported)
        *imported = dialog.processId() != 0;
    return open ? dialog.processId() : 0;
}

} // namespace Stepwise
