#include "logrundialog.h"

#include "analysis/statistics.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace Stepwise {

namespace {

const QString timeFormat = QStringLiteral("yyyy-MM-dd HH:mm");
const QString doneByKey = QStringLiteral("runs/doneBy");

QString foldName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

qint64 msOf(const QDateTimeEdit *edit)
{
    return edit->dateTime().toMSecsSinceEpoch();
}

} // namespace

LogRunDialog::LogRunDialog(Workspace *workspace, const Process &process, QWidget *parent,
                           const QDateTime &now)
    : QDialog(parent), m_workspace(workspace), m_process(process)
{
    setObjectName(QStringLiteral("logRunDialog"));
    setWindowTitle(tr("Log a Run of \u201c%1\u201d").arg(process.name));
    // The current minute: seconds would only be noise in times typed by hand.
    m_now = now.isValid() ? now.toLocalTime() : QDateTime::currentDateTime();
    m_now.setTime(QTime(m_now.time().hour(), m_now.time().minute()));
    m_resourceNames = workspace->resourceNames(process.id);

    m_case = new QLineEdit(workspace->nextCaseId(process.id), this);
    m_case->setObjectName(QStringLiteral("caseEdit"));
    m_case->setAccessibleName(tr("Case"));
    m_case->setToolTip(tr("What the run is known by: a ticket number, a client, an order"));
    m_doneBy = new QComboBox(this);
    m_doneBy->setObjectName(QStringLiteral("doneByBox"));
    m_doneBy->setEditable(true);
    m_doneBy->setInsertPolicy(QComboBox::NoInsert);
    m_doneBy->addItems(m_resourceNames);
    m_doneBy->setCurrentText(QSettings().value(doneByKey).toString());
    m_doneBy->lineEdit()->setPlaceholderText(tr("Who did the steps"));
    m_doneBy->setAccessibleName(tr("Done by"));
    m_doneBy->setToolTip(tr("Fills in who did every step; change a step's own where someone "
                            "else did it"));
    m_doneBy->setMinimumContentsLength(16);
    m_lastDoneBy = m_doneBy->currentText().trimmed();
    connect(m_doneBy, &QComboBox::currentTextChanged, this, &LogRunDialog::doneByChanged);
    connect(m_case, &QLineEdit::textChanged, this, &LogRunDialog::validate);

    auto *top = new QFormLayout;
    top->addRow(tr("&Case:"), m_case);
    top->addRow(tr("Done &by:"), m_doneBy);

    // The steps: one row each, in the order of the flow (left to right on the map).
    auto *stepsWidget = new QWidget(this);
    m_grid = new QGridLayout(stepsWidget);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(4);
    const auto header = [this](const QString &text, int column) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
        m_grid->addWidget(label, 0, column);
    };
    header(tr("Step done"), 0);
    header(tr("Lane"), 1);
    header(tr("Started"), 2);
    header(tr("Completed"), 3);
    header(tr("Done by"), 4);
    QVector<const Step *> steps;
    for (const Step &step : qAsConst(m_process.steps)) {
        if (step.kind != Step::Kind::Start && step.kind != Step::Kind::End)
            steps.append(&step);
    }
    std::stable_sort(steps.begin(), steps.end(), [this](const Step *a, const Step *b) {
        if (a->pos.x() != b->pos.x())
            return a->pos.x() < b->pos.x();
        return m_process.laneIndex(a->laneId) < m_process.laneIndex(b->laneId);
    });
    for (const Step *step : qAsConst(steps)) {
        const Lane *lane = m_process.lane(step->laneId);
        addRow(step->name, lane ? lane->name : QString(), true);
    }
    m_grid->setColumnStretch(0, 1);
    m_grid->setRowStretch(m_grid->rowCount(), 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("stepsArea"));
    scroll->setWidget(stepsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(std::min(420, stepsWidget->sizeHint().height() + 8));
    // As wide as the rows: only the height scrolls.
    scroll->setMinimumWidth(stepsWidget->sizeHint().width()
                            + scroll->verticalScrollBar()->sizeHint().width()
                            + 2 * scroll->frameWidth());

    auto *emptyMap = new QLabel(tr("The map has no steps yet: draw them on the map first."), this);
    emptyMap->setVisible(steps.isEmpty());
    emptyMap->setForegroundRole(QPalette::PlaceholderText);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("runProblem"));
    m_problem->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log Run"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("logRunButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LogRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LogRunDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(6);
    auto *stepsTitle
        = new QLabel(tr("Tick the steps done, and when they started and completed:"), this);
    layout->addWidget(stepsTitle);
    layout->addWidget(emptyMap);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(std::max(760, sizeHint().width()), sizeHint().height());
    m_case->selectAll();
    m_case->setFocus();
    validate();
}

int LogRunDialog::addRow(const QString &activity, const QString &laneName, bool fromMap)
{
    const int index = int(m_rows.size());
    const int gridRow = index + 1;
    Row row;
    row.activity = activity;
    row.check = new QCheckBox(activity.isEmpty() ? tr("(unnamed step)") : activity);
    row.check->setObjectName(QStringLiteral("stepCheck%1").arg(index));
    if (!fromMap) {
        row.check->setToolTip(tr("An activity of this run that the map does not have"));
        QFont italic = row.check->font();
        italic.setItalic(true);
        row.check->setFont(italic);
    }
    auto *lane = new QLabel(fromMap ? laneName : tr("not on the map"));
    lane->setForegroundRole(QPalette::PlaceholderText);
    const auto timeEdit = [this](const QString &name, const QString &accessible) {
        auto *edit = new QDateTimeEdit(m_now);
        edit->setObjectName(name);
        edit->setDisplayFormat(timeFormat);
        edit->setCalendarPopup(true);
        edit->setAccessibleName(accessible);
        edit->setEnabled(false);
        return edit;
    };
    row.start = timeEdit(QStringLiteral("startEdit%1").arg(index), tr("%1 started").arg(activity));
    row.complete
        = timeEdit(QStringLiteral("completeEdit%1").arg(index), tr("%1 completed").arg(activity));
    row.resource = new QComboBox;
    row.resource->setObjectName(QStringLiteral("resourceBox%1").arg(index));
    row.resource->setEditable(true);
    row.resource->setInsertPolicy(QComboBox::NoInsert);
    QStringList names = m_resourceNames;
    if (!laneName.isEmpty() && !names.contains(laneName))
        names.append(laneName);
    row.resource->addItems(names);
    row.resource->setCurrentText(m_lastDoneBy);
    row.resource->setAccessibleName(tr("%1 done by").arg(activity));
    row.resource->setEnabled(false);
    row.resource->setMinimumContentsLength(12);
    // Left-aligned: a click beside the name, in the empty part of the column, ticks nothing.
    m_grid->addWidget(row.check, gridRow, 0, Qt::AlignLeft);
    m_grid->addWidget(lane, gridRow, 1);
    m_grid->addWidget(row.start, gridRow, 2);
    m_grid->addWidget(row.complete, gridRow, 3);
    m_grid->addWidget(row.resource, gridRow, 4);
    m_rows.append(row);

    connect(row.check, &QCheckBox::toggled, this, [this, index] { rowToggled(index); });
    connect(row.start, &QDateTimeEdit::dateTimeChanged, this, [this, index] {
        m_rows[index].startTouched = true;
        validate();
    });
    connect(row.complete, &QDateTimeEdit::dateTimeChanged, this, &LogRunDialog::validate);
    connect(row.resource, &QComboBox::currentTextChanged, this,
            [this, index] { m_rows[index].resourceTouched = true; });
    // Keyboard order: down the ticks first would skip the times; across each row instead.
    if (index > 0)
        setTabOrder(m_rows.at(index - 1).resource, row.check);
    setTabOrder(row.check, row.start);
    setTabOrder(row.start, row.complete);
    setTabOrder(row.complete, row.resource);
    return index;
}

void LogRunDialog::rowToggled(int index)
{
    Row &row = m_rows[index];
    const bool on = row.check->isChecked();
    row.start->setEnabled(on);
    row.complete->setEnabled(on);
    row.resource->setEnabled(on);
    if (on && !row.startTouched) {
        // It started when the step ticked before it completed, if that was earlier.
        for (int i = index - 1; i >= 0; --i) {
            if (!m_rows.at(i).check->isChecked())
                continue;
            const QDateTime previous = m_rows.at(i).complete->dateTime();
            if (previous <= row.complete->dateTime()) {
                const QSignalBlocker block(row.start);
                row.start->setDateTime(previous);
            }
            break;
        }
    }
    validate();
}

void LogRunDialog::doneByChanged(const QString &text)
{
    const QString name = text.trimmed();
    for (Row &row : m_rows) {
        if (row.resourceTouched && row.resource->currentText().trimmed() != m_lastDoneBy)
            continue;
        const QSignalBlocker block(row.resource);
        row.resource->setCurrentText(name);
        row.resourceTouched = false;
    }
    m_lastDoneBy = name;
}

void LogRunDialog::editRun(qint64 runId, const RunLog &log, int runIndex)
{
    if (runIndex < 0 || runIndex >= log.runs.size())
        return;
    const Run &run = log.runs.at(runIndex);
    m_runId = runId;
    setWindowTitle(tr("Edit Run \u201c%1\u201d").arg(run.caseId));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save Run"));
    m_case->setText(run.caseId);
    for (const Execution &execution : run.executions) {
        const QString activity
            = execution.activity >= 0 && execution.activity < log.activities.size()
            ? log.activities.at(execution.activity)
            : QString();
        int index = -1;
        for (int i = 0; i < m_rows.size(); ++i) {
            if (!m_rows.at(i).check->isChecked()
                && foldName(m_rows.at(i).activity) == foldName(activity)) {
                index = i;
                break;
            }
        }
        if (index < 0)
            index = addRow(activity, {}, false);
        Row &row = m_rows[index];
        row.check->setChecked(true);
        const qint64 startMs
            = execution.startMs != NoTime ? execution.startMs : execution.completeMs;
        row.start->setDateTime(QDateTime::fromMSecsSinceEpoch(startMs).toLocalTime());
        row.complete->setDateTime(
            QDateTime::fromMSecsSinceEpoch(execution.completeMs).toLocalTime());
        row.resource->setCurrentText(execution.resource >= 0
                                             && execution.resource < log.resources.size()
                                         ? log.resources.at(execution.resource)
                                         : QString());
        row.startTouched = true;
        row.resourceTouched = true;
    }
    validate();
}

RunLog LogRunDialog::runLog() const
{
    RunLog log;
    Run run;
    run.caseId = m_case->text().trimmed();
    QHash<QString, int> activities;
    QHash<QString, int> resources;
    const auto intern = [](QHash<QString, int> &index, QStringList &names, const QString &name) {
        auto it = index.constFind(name);
        if (it == index.cend()) {
            it = index.insert(name, int(names.size()));
            names.append(name);
        }
        return it.value();
    };
    for (const Row &row : m_rows) {
        if (!row.check->isChecked())
            continue;
        Execution execution;
        execution.activity = intern(activities, log.activities, row.activity);
        const QString resource = row.resource->currentText().trimmed();
        execution.resource = resource.isEmpty() ? -1 : intern(resources, log.resources, resource);
        execution.startMs = msOf(row.start);
        execution.completeMs = msOf(row.complete);
        execution.order = int(run.executions.size());
        run.executions.append(execution);
    }
    // RunLog order: by start, then complete, then the order of the rows.
    std::stable_sort(run.executions.begin(), run.executions.end(),
                     [](const Execution &a, const Execution &b) {
                         if (a.startMs != b.startMs)
                             return a.startMs < b.startMs;
                         return a.completeMs < b.completeMs;
                     });
    for (int i = 0; i < run.executions.size(); ++i) {
        Execution &execution = run.executions[i];
        execution.order = i;
        run.firstMs = i == 0 ? execution.startMs : std::min(run.firstMs, execution.startMs);
        run.lastMs = i == 0 ? execution.completeMs : std::max(run.lastMs, execution.completeMs);
    }
    run.events = int(run.executions.size()); // one row (a start and a complete) each
    log.runs.append(run);
    return log;
}

QString LogRunDialog::problem() const
{
    const QString caseId = m_case->text().trimmed();
    if (caseId.isEmpty())
        return tr("Give the run a case: what it is known by.");
    const qint64 taken = m_workspace->findRun(m_process.id, caseId);
    if (taken > 0 && taken != m_runId)
        return tr("The process already has a run of case \u201c%1\u201d.").arg(caseId);
    bool any = false;
    for (const Row &row : m_rows) {
        if (!row.check->isChecked())
            continue;
        any = true;
        if (row.complete->dateTime() < row.start->dateTime())
            return tr("\u201c%1\u201d completes before it starts.").arg(row.activity);
    }
    if (!any)
        return tr("Tick the steps done.");
    return {};
}

void LogRunDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    // Nothing ticked yet is where every run starts: a hint, not a fault.
    const bool anyTicked = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                       [](const Row &row) { return row.check->isChecked(); });
    QPalette colours = palette();
    if (anyTicked || m_case->text().trimmed().isEmpty()) {
        colours.setColor(QPalette::WindowText,
                         palette().color(QPalette::Base).lightness() < 128 ? QColor(0xef6c6c)
                                                                           : QColor(0xc62828));
    } else {
        colours.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    }
    m_problem->setPalette(colours);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    const RunLog log = runLog();
    const Run &run = log.runs.first();
    if (run.executions.isEmpty()) {
        m_summary->clear();
        return;
    }
    m_summary->setText(tr("%n step(s), cycle time %1", nullptr, int(run.executions.size()))
                           .arg(humanDuration(std::max<qint64>(0, run.cycleTimeMs()) / 1000.0)));
}

void LogRunDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        validate();
        return;
    }
    const RunLog log = runLog();
    qint64 id = 0;
    if (m_runId) {
        id = m_workspace->replaceRun(m_process.id, m_runId, log);
    } else if (m_workspace->saveRuns(m_process.id, log)) {
        id = m_workspace->findRun(m_process.id, log.runs.first().caseId);
    }
    if (id <= 0) {
        QMessageBox box(QMessageBox::Warning, windowTitle(),
                        m_runId ? tr("The run could not be saved.")
                                : tr("The run could not be logged."),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("logRunErrorBox"));
        box.setInformativeText(m_workspace->errorString());
        box.exec();
        return;
    }
    m_savedRunId = id;
    if (!m_lastDoneBy.isEmpty())
        QSettings().setValue(doneByKey, m_lastDoneBy);
    QDialog::accept();
}

} // namespace Stepwise
