#include "importrunsdialog.h"

#include "process/processdocument.h"
#include "runs/csvreader.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace Stepwise {

namespace {

QString eventTime(qint64 ms)
{
    if (ms == NoTime)
        return QString();
    const QLocale locale;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + local.time().toString(QStringLiteral("HH:mm:ss"));
}

QString kindText(RawEvent::Kind kind)
{
    switch (kind) {
    case RawEvent::Kind::Start:
        return ImportRunsDialog::tr("start");
    case RawEvent::Kind::Complete:
        return ImportRunsDialog::tr("complete");
    case RawEvent::Kind::Interval:
        return ImportRunsDialog::tr("start and complete");
    case RawEvent::Kind::Other:
        return ImportRunsDialog::tr("other");
    }
    return {};
}

bool isCsv(const QString &path)
{
    const QString lower = path.toLower();
    return lower.endsWith(QLatin1String(".csv")) || lower.endsWith(QLatin1String(".tsv"))
        || lower.endsWith(QLatin1String(".txt"));
}

} // namespace

ImportRunsDialog::ImportRunsDialog(Workspace *workspace, ProcessDocument *document,
                                   const QString &path, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_document(document), m_path(path),
      m_cancel(std::make_shared<std::atomic<bool>>(false)),
      m_doneBytes(std::make_shared<std::atomic<qint64>>(0)),
      m_totalBytes(std::make_shared<std::atomic<qint64>>(0))
{
    setObjectName(QStringLiteral("importRunsDialog"));
    setWindowTitle(tr("Import Runs into \u201c%1\u201d").arg(document->process().name));

    // Page 1: the mapping and the preview.
    auto *mappingPage = new QWidget(this);
    auto *file = new QLabel(tr("From <b>%1</b> (%2)")
                                .arg(QFileInfo(path).fileName().toHtmlEscaped(),
                                     QLocale().formattedDataSize(QFileInfo(path).size())),
                            mappingPage);
    file->setToolTip(QDir::toNativeSeparators(path));
    auto *form = new QFormLayout;
    const QString labels[FieldCount] = {tr("&Case:"),     tr("&Activity:"), tr("&Start:"),
                                        tr("C&omplete:"), tr("&Resource:"), tr("&Lifecycle:")};
    const QString tips[FieldCount]
        = {tr("The column or attribute that names the run (the case) an event belongs to"),
           tr("The column that names the step (activity)"),
           tr("When a step started, where the log has a column for it"),
           tr("When a step completed, or the one timestamp of an event"),
           tr("Who did the step (person, team or system)"),
           tr("The lifecycle transition (start, complete, ...), where the log has one")};
    for (int f = 0; f < FieldCount; ++f) {
        m_fields[f] = new QComboBox(mappingPage);
        m_fields[f]->setObjectName(QStringLiteral("fieldBox%1").arg(f));
        m_fields[f]->setToolTip(tips[f]);
        m_fields[f]->setMinimumContentsLength(18);
        m_fields[f]->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        connect(m_fields[f], qOverload<int>(&QComboBox::activated), this,
                &ImportRunsDialog::fieldChanged);
        form->addRow(labels[f], m_fields[f]);
    }
    m_timeZone = new QComboBox(mappingPage);
    m_timeZone->setObjectName(QStringLiteral("timeZoneBox"));
    m_timeZone->addItem(tr("UTC"), QByteArray("UTC"));
    const QByteArray local = QTimeZone::systemTimeZoneId();
    if (!local.isEmpty() && local != "UTC")
        m_timeZone->addItem(tr("Local time (%1)").arg(QString::fromUtf8(local)), local);
    m_timeZone->setToolTip(tr("The time zone of timestamps that do not say their offset"));
    connect(m_timeZone, qOverload<int>(&QComboBox::activated), this,
            &ImportRunsDialog::updatePreview);
    form->addRow(tr("&Times without offset:"), m_timeZone);
    m_replace = new QCheckBox(tr("Re&place runs whose case the process has already"), mappingPage);
    m_replace->setObjectName(QStringLiteral("replaceBox"));
    form->addRow(QString(), m_replace);

    m_preview = new QTableWidget(mappingPage);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("Preview of the first events"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_preview->setColumnCount(6);
    m_preview->setHorizontalHeaderLabels(
        {tr("Case"), tr("Activity"), tr("Start"), tr("Complete"), tr("Resource"), tr("Event")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_previewNote = new QLabel(mappingPage);
    m_previewNote->setObjectName(QStringLiteral("previewNote"));
    m_previewNote->setWordWrap(true);

    auto *mappingButtons = new QDialogButtonBox(QDialogButtonBox::Cancel, mappingPage);
    m_importButton = mappingButtons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    connect(m_importButton, &QPushButton::clicked, this, &ImportRunsDialog::startImport);
    connect(mappingButtons, &QDialogButtonBox::rejected, this, &ImportRunsDialog::reject);

    auto *mappingLayout = new QVBoxLayout(mappingPage);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    mappingLayout->addWidget(file);
    mappingLayout->addLayout(form);
    mappingLayout->addWidget(
        new QLabel(tr("The first events, as they will be read:"), mappingPage));
    mappingLayout->addWidget(m_preview, 1);
    mappingLayout->addWidget(m_previewNote);
    mappingLayout->addWidget(mappingButtons);

    // Page 2: the report.
    auto *reportPage = new QWidget(this);
    m_summary = new QLabel(reportPage);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_unmatchedTitle = new QLabel(reportPage);
    m_unmatchedTitle->setWordWrap(true);
    m_unmatched = new QListWidget(reportPage);
    m_unmatched->setObjectName(QStringLiteral("unmatchedList"));
    m_unmatched->setAccessibleName(tr("Activities the map lacks"));
    m_addSteps = new QPushButton(tr("&Add Checked as Steps"), reportPage);
    m_addSteps->setObjectName(QStringLiteral("addStepsButton"));
    m_addSteps->setToolTip(tr("Adds them to the map, after its last step; one undo takes them "
                              "back"));
    connect(m_addSteps, &QPushButton::clicked, this, &ImportRunsDialog::addCheckedAsSteps);
    connect(m_unmatched, &QListWidget::itemChanged, this, [this] {
        bool any = false;
        for (int i = 0; i < m_unmatched->count(); ++i) {
            const QListWidgetItem *item = m_unmatched->item(i);
            any = any
                || (item->checkState() == Qt::Checked && (item->flags() & Qt::ItemIsUserCheckable));
        }
        m_addSteps->setEnabled(any && m_document && !m_document->isReadOnly());
    });
    m_addedNote = new QLabel(reportPage);
    m_addedNote->setObjectName(QStringLiteral("addedNote"));
    m_addedNote->setWordWrap(true);
    auto *reportButtons = new QDialogButtonBox(QDialogButtonBox::Close, reportPage);
    connect(reportButtons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addSteps);
    addRow->addStretch();
    auto *reportLayout = new QVBoxLayout(reportPage);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addWidget(m_summary);
    reportLayout->addSpacing(8);
    reportLayout->addWidget(m_unmatchedTitle);
    reportLayout->addWidget(m_unmatched, 1);
    reportLayout->addLayout(addRow);
    reportLayout->addWidget(m_addedNote);
    reportLayout->addWidget(reportButtons);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(mappingPage);
    m_pages->addWidget(reportPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (!m_progress)
            return;
        const qint64 total = m_totalBytes->load();
        // Bytes of the file read; the write that follows shows as the bar's last step.
        m_progress->setMaximum(1000);
        m_progress->setValue(total > 0 ? int(999 * m_doneBytes->load() / total) : 0);
    });
    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this,
            &ImportRunsDialog::importDone);

    updatePreview();
    resize(820, 620);
}

ImportRunsDialog::~ImportRunsDialog()
{
    // An import still running writes nothing once cancelled; wait for it to let go of the file.
    if (m_importing) {
        m_cancel->store(true);
        m_watcher.waitForFinished();
    }
}

FieldMapping ImportRunsDialog::mapping() const
{
    FieldMapping fields;
    QString *names[FieldCount] = {&fields.caseId,   &fields.activity, &fields.start,
                                  &fields.complete, &fields.resource, &fields.lifecycle};
    for (int f = 0; f < FieldCount; ++f)
        *names[f] = m_fields[f]->currentData().toString();
    return fields;
}

void ImportRunsDialog::fieldChanged()
{
    updatePreview();
}

void ImportRunsDialog::updatePreview()
{
    ReaderOptions options;
    options.fields = mapping();
    options.timeZone = QTimeZone(m_timeZone->currentData().toByteArray());
    QString error;
    std::unique_ptr<EventLogReader> reader = EventLogReader::open(m_path, options, &error);
    QVector<RawEvent> events;
    QStringList columns;
    FieldMapping resolved = options.fields;
    if (reader) {
        RawEvent event;
        while (events.size() < PreviewEvents && reader->next(event))
            events.append(event);
        if (reader->hasError())
            error = reader->errorString();
        columns = reader->fieldNames();
        resolved = reader->fields();
    } else if (isCsv(m_path)) {
        // The header names no usable fields (or a chosen one is missing): still offer its
        // columns, so that the user can say which is which.
        CsvReader csv(m_path, ReaderOptions());
        csv.start();
        columns = csv.fieldNames();
    }
    m_previewError = error;

    // The combos: the columns there are, the mapping in use (guessed or chosen) current.
    const QString current[FieldCount] = {resolved.caseId,   resolved.activity, resolved.start,
                                         resolved.complete, resolved.resource, resolved.lifecycle};
    const bool optional[FieldCount] = {false, false, true, false, true, true};
    for (int f = 0; f < FieldCount; ++f) {
        QComboBox *box = m_fields[f];
        const QSignalBlocker block(box);
        box->clear();
        QStringList names = columns;
        if (!current[f].isEmpty() && !names.contains(current[f]))
            names.prepend(current[f]);
        // An optional field without a column: "none". (A guessed one is changed by choosing
        // another column; the readers guess an optional field whenever a column fits.)
        if (optional[f] && current[f].isEmpty())
            box->addItem(tr("(none)"), QString());
        if (!optional[f] && current[f].isEmpty())
            box->addItem(tr("(choose)"), QString());
        for (const QString &name : qAsConst(names))
            box->addItem(name, name);
        box->setCurrentIndex(std::max(0, box->findData(current[f])));
    }

    m_preview->setRowCount(int(events.size()));
    for (int r = 0; r < events.size(); ++r) {
        const RawEvent &event = events.at(r);
        const QString cells[] = {event.caseId,
                                 event.activity,
                                 eventTime(event.startMs),
                                 eventTime(event.completeMs),
                                 event.resource,
                                 kindText(event.kind)};
        for (int c = 0; c < 6; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    if (!error.isEmpty()) {
        m_previewNote->setText(error);
        m_previewNote->setForegroundRole(QPalette::BrightText);
    } else {
        m_previewNote->setText(events.size() < PreviewEvents
                                   ? tr("The whole log: %n event(s).", nullptr, int(events.size()))
                                   : tr("The first %n events; the import reads them all.", nullptr,
                                        int(events.size())));
        m_previewNote->setForegroundRole(QPalette::PlaceholderText);
    }
    // A bad row further down is found by the import, which then writes nothing.
    m_importButton->setEnabled(reader != nullptr && error.isEmpty() && !events.isEmpty());
}

void ImportRunsDialog::startImport()
{
    if (m_importing || !m_importButton->isEnabled() || !m_document)
        return;
    ImportOptions options;
    options.reader.fields = mapping();
    options.reader.timeZone = QTimeZone(m_timeZone->currentData().toByteArray());
    options.processId = m_document->process().id;
    options.replace = m_replace->isChecked();
    m_cancel->store(false);
    m_doneBytes->store(0);
    m_totalBytes->store(0);
    options.cancel = m_cancel.get();
    options.progress = [done = m_doneBytes, total = m_totalBytes](qint64 bytes, qint64 size) {
        done->store(bytes);
        total->store(size);
    };
    m_importing = true;
    m_done = false;
    m_importButton->setEnabled(false);

    m_progress = new QProgressDialog(tr("Importing %1...").arg(QFileInfo(m_path).fileName()),
                                     tr("Cancel"), 0, 1000, this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(windowTitle());
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_cancel->store(true);
        m_progress->setLabelText(tr("Cancelling..."));
    });
    m_progressTimer->start();

    // The worker opens its own connection, as QtSql requires, and closes it when done.
    const QString workspacePath = m_workspace->path();
    const QString logPath = m_path;
    m_watcher.setFuture(QtConcurrent::run([workspacePath, logPath, options] {
        Workspace workspace;
        Workspace::OpenOptions open;
        open.create = false;
        if (!workspace.open(workspacePath, open)) {
            ImportResult failed;
            failed.status = ImportResult::Status::WorkspaceProblem;
            failed.error = workspace.errorString();
            return failed;
        }
        return Importer::run(workspace, logPath, options);
    }));
}

void ImportRunsDialog::importDone()
{
    m_importing = false;
    m_progressTimer->stop();
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_result = m_watcher.result();
    m_done = true;
    if (m_result.ok()) {
        showReport();
    } else {
        m_importButton->setEnabled(true);
        if (m_result.status == ImportResult::Status::Cancelled) {
            m_previewNote->setText(tr("The import was cancelled; nothing was written."));
            m_previewNote->setForegroundRole(QPalette::WindowText);
        } else {
            QMessageBox box(QMessageBox::Warning, windowTitle(),
                            tr("The runs could not be imported; nothing was written."),
                            QMessageBox::Ok, this);
            box.setObjectName(QStringLiteral("importErrorBox"));
            box.setInformativeText(m_result.error);
            box.exec();
        }
    }
    emit importFinished();
}

void ImportRunsDialog::showReport()
{
    const QLocale locale;
    QString text = tr("Imported <b>%Ln</b> run(s) (%1 events, %2 steps done) into \u201c%3\u201d.",
                      nullptr, int(m_result.runs))
                       .arg(locale.toString(m_result.events), locale.toString(m_result.executions),
                            m_document ? m_document->process().name.toHtmlEscaped() : QString());
    if (m_result.unmatchedStarts > 0) {
        text += QStringLiteral("<br>")
            + tr("%Ln start(s) were never completed: they made no step.", nullptr,
                 int(m_result.unmatchedStarts));
    }
    m_summary->setText(text);
    m_unmatched->clear();
    for (const QString &activity : qAsConst(m_result.unmatchedActivities)) {
        auto *item = new QListWidgetItem(activity, m_unmatched);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    const int unmatched = int(m_result.unmatchedActivities.size());
    m_unmatchedTitle->setText(
        unmatched == 0
            ? tr("Every activity of the log is a step of the map.")
            : tr("%n activity(ies) of the log are not steps of the map. Add them as steps, and "
                 "the runs and the map speak of the same things:",
                 nullptr, unmatched));
    m_unmatched->setVisible(unmatched > 0);
    m_addSteps->setVisible(unmatched > 0);
    m_addSteps->setEnabled(unmatched > 0 && m_document && !m_document->isReadOnly());
    m_addedNote->clear();
    m_pages->setCurrentIndex(1);
}

int ImportRunsDialog::addCheckedAsSteps()
{
    if (!m_document || m_document->isReadOnly())
        return 0;
    QStringList names;
    for (int i = 0; i < m_unmatched->count(); ++i) {
        QListWidgetItem *item = m_unmatched->item(i);
        if (item->checkState() == Qt::Checked && (item->flags() & Qt::ItemIsUserCheckable))
            names.append(item->text());
    }
    if (names.isEmpty())
        return 0;
    // After the map's last step, in its first lane, a row of them: the user then puts each where
    // it belongs. One macro: a lane (when the map has none) and the steps, undone together.
    QUndoStack *stack = m_document->undoStack();
    m_document->breakMergeChain();
    stack->beginMacro(tr("Add %n Step(s) from the Runs", nullptr, int(names.size())));
    if (m_document->process().lanes.isEmpty())
        m_document->addLane(tr("Team"), Lane::Kind::Team, QColor());
    const Process &process = m_document->process();
    ItemIds ids;
    if (!process.lanes.isEmpty()) {
        const Lane &lane = process.lanes.first();
        double x = 80;
        for (const Step &step : process.steps)
            x = std::max(x, step.pos.x() + 180);
        QVector<Step> steps;
        for (const QString &name : qAsConst(names)) {
            Step step;
            step.kind = Step::Kind::Task;
            step.name = name;
            step.laneId = lane.id;
            step.pos = QPointF(x, lane.height / 2);
            x += 180;
            steps.append(step);
        }
        ids = m_document->addSteps(steps);
    }
    stack->endMacro();
    m_document->breakMergeChain();
    for (int i = 0; i < m_unmatched->count(); ++i) {
        QListWidgetItem *item = m_unmatched->item(i);
        if (names.contains(item->text()) && !ids.isEmpty()) {
            item->setFlags(Qt::ItemIsEnabled);
            item->setText(tr("%1 (added)").arg(item->text()));
        }
    }
    m_addSteps->setEnabled(false);
    m_addedNote->setText(ids.isEmpty() ? tr("The steps could not be added.")
                                       : tr("Added %n step(s) to the map, after its last step; "
                                            "Edit > Undo takes them back.",
                                            nullptr, int(ids.size())));
    return int(ids.size());
}

void ImportRunsDialog::reject()
{
    if (m_importing) {
        m_cancel->store(true);
        return; // importDone() follows; the dialog stays to say so
    }
    QDialog::reject();
}

void ImportRunsDialog::closeEvent(QCloseEvent *event)
{
    if (m_importing) {
        m_cancel->store(true);
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace Stepwise
