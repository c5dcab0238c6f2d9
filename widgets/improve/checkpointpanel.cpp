#include "checkpointpanel.h"

#include "checkpointreviewdialog.h"
#include "checkpointtargetedit.h"
#include "reviewdateedit.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace Stepwise {

/// One measurement on the worker: the request and, when done, its figures.
struct CheckpointJob
{
    int generation = 0;
    QString path;
    Checkpoint checkpoint; ///< the one measured (id 0 and created now when there is none)
    QDateTime now;
    std::optional<CheckpointStatus> status;
    QString error;
};

namespace {

enum HistoryColumn {
    ReviewedColumn,
    MetricColumn,
    ValueColumn,
    TargetColumn,
    DecisionColumn,
    NextColumn,
    NoteColumn,
    HistoryColumnCount
};

std::shared_ptr<CheckpointJob> runJob(std::shared_ptr<CheckpointJob> job)
{
    // Our own connection, on this thread: a Workspace is not shared between threads.
    Workspace workspace;
    if (!workspace.openReader(job->path)) {
        job->error = workspace.errorString();
        return job;
    }
    job->status = checkpointStatus(workspace, job->checkpoint, job->now);
    if (!job->status)
        job->error = workspace.errorString();
    return job;
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString measureText(Checkpoint::Metric metric, const CheckpointMeasure &measure)
{
    // "5.7 d" stays on one line.
    return CheckpointPanel::tr("<b>%1</b> over %n run(s)", nullptr, int(measure.runs))
        .arg(formatCheckpointValue(metric, measure.value).replace(QLatin1Char(' '), QChar::Nbsp));
}

} // namespace

CheckpointPanel::CheckpointPanel(QWidget *parent)
    : QWidget(parent), m_now([] { return QDateTime::currentDateTime(); })
{
    setObjectName(QStringLiteral("checkpointPanel"));

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("checkpointStatus"));
    m_statusLabel->setWordWrap(true);
    m_valueLabel = new QLabel(this);
    m_valueLabel->setObjectName(QStringLiteral("checkpointValue"));
    m_valueLabel->setWordWrap(true);

    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("checkpointMetric"));
    for (Checkpoint::Metric metric :
         {Checkpoint::Metric::MedianCycleTime, Checkpoint::Metric::P90CycleTime,
          Checkpoint::Metric::SlaCompliance, Checkpoint::Metric::ReworkRate,
          Checkpoint::Metric::CompletionRate}) {
        QString name = checkpointMetricName(metric);
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        m_metric->addItem(name, int(metric));
    }
    m_metric->setItemData(int(Checkpoint::Metric::ReworkRate),
                          tr("The share of runs in which some step is done more than once"),
                          Qt::ToolTipRole);
    m_metric->setItemData(int(Checkpoint::Metric::CompletionRate),
                          tr("The share of runs that reached an end of the map"), Qt::ToolTipRole);
    m_metricHint = new QLabel(this);
    m_metricHint->setObjectName(QStringLiteral("checkpointMetricHint"));
    m_metricHint->setWordWrap(true);
    m_metricHint->setForegroundRole(QPalette::PlaceholderText);
    m_metricHint->hide();
    m_target = new CheckpointTargetEdit(this);
    m_target->setObjectName(QStringLiteral("checkpointTarget"));
    m_reviewDate = new ReviewDateEdit(this);
    m_reviewDate->setObjectName(QStringLiteral("checkpointReviewDate"));

    m_setButton = new QPushButton(this);
    m_setButton->setObjectName(QStringLiteral("checkpointSet"));
    m_reviewButton = new QPushButton(tr("&Review\u2026"), this);
    m_reviewButton->setObjectName(QStringLiteral("checkpointReview"));
    m_reviewButton->setToolTip(
        tr("Hold the value against the target, record what you decide and when to look again"));
    m_removeButton = new QPushButton(tr("Stop &Watching"), this);
    m_removeButton->setObjectName(QStringLiteral("checkpointRemove"));
    m_removeButton->setToolTip(tr("Remove the checkpoint; its reviews stay in the history"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(QString(), m_metricHint);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("Review &on:"), m_reviewDate);
    static_cast<QLabel *>(form->labelForField(m_metric))->setBuddy(m_metric);
    static_cast<QLabel *>(form->labelForField(m_target))->setBuddy(m_target);
    static_cast<QLabel *>(form->labelForField(m_reviewDate))->setBuddy(m_reviewDate);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_setButton);
    buttons->addWidget(m_reviewButton);
    buttons->addStretch(1);
    buttons->addWidget(m_removeButton);

    auto *checkpointBox = new QGroupBox(tr("Checkpoint"), this);
    auto *boxLayout = new QVBoxLayout(checkpointBox);
    boxLayout->addWidget(m_statusLabel);
    boxLayout->addWidget(m_valueLabel);
    boxLayout->addLayout(form);
    boxLayout->addLayout(buttons);

    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("checkpointHistory"));
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setHeaderLabels({tr("Reviewed"), tr("Metric"), tr("Value"), tr("Target"),
                                tr("Decision"), tr("Next review"), tr("Note")});
    m_history->header()->setStretchLastSection(true);
    for (int column = 0; column < NoteColumn; ++column)
        m_history->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto *historyBox = new QGroupBox(tr("Reviews"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(checkpointBox);
    layout->addWidget(historyBox, 1);

    connect(m_metric, &QComboBox::activated, this, &CheckpointPanel::onMetricChanged);
    connect(m_target, &CheckpointTargetEdit::targetEdited, this, &CheckpointPanel::updateButtons);
    connect(m_reviewDate, &ReviewDateEdit::dateEdited, this, &CheckpointPanel::updateButtons);
    connect(m_setButton, &QPushButton::clicked, this, &CheckpointPanel::applyCheckpoint);
    connect(m_reviewButton, &QPushButton::clicked, this, &CheckpointPanel::review);
    connect(m_removeButton, &QPushButton::clicked, this, &CheckpointPanel::removeCheckpoint);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CheckpointPanel::onMeasured);
    clear();
}

CheckpointPanel::~CheckpointPanel()
{
    // The job holds its own connection and copies of what it reads; it only has to finish.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void CheckpointPanel::setSource(Workspace *workspace, ProcessId processId)
{
    m_workspace = workspace;
    m_processId = workspace ? processId : 0;
    reload();
}

void CheckpointPanel::clear()
{
    setSource(nullptr, 0);
}

void CheckpointPanel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    reload();
}

void CheckpointPanel::reload()
{
    m_checkpoint.reset();
    m_reviews.clear();
    m_processName.clear();
    m_processHasSla = false;
    m_result.reset();
    QString error;
    if (m_workspace && m_processId) {
        if (const std::optional<Process> process = m_workspace->loadProcess(m_processId)) {
            m_processName = process->name;
            m_processHasSla = process->slaTargetS > 0;
            m_checkpoint = m_workspace->checkpoint(m_processId);
            if (m_workspace->errorKind() == Workspace::ErrorKind::None)
                m_reviews = m_workspace->checkpointReviews(m_processId);
            if (m_workspace->errorKind() != Workspace::ErrorKind::None)
                error = m_workspace->errorString();
        } else {
            m_processId = 0;
        }
    }
    setEnabled(m_processId != 0);
    showCheckpoint(); // measures what it shows
    showHistory();
    if (!error.isEmpty())
        m_statusLabel->setText(error.toHtmlEscaped());
}

const CheckpointStatus *CheckpointPanel::status() const
{
    return m_result && m_result->status ? &*m_result->status : nullptr;
}

bool CheckpointPanel::isMeasuring() const
{
    return m_watcher.isRunning() || m_measurePending;
}

// --- figures

void CheckpointPanel::measure()
{
    ++m_generation;
    m_result.reset();
    if (!m_workspace || !m_processId) {
        m_measurePending = false;
        showFigures();
        return;
    }
    if (m_watcher.isRunning()) {
        // One job at a time; the newest request runs when it is done.
        m_measurePending = true;
        showFigures();
        return;
    }
    m_measurePending = false;
    auto job = std::make_shared<CheckpointJob>();
    job->generation = m_generation;
    job->path = m_workspace->path();
    job->now = m_now();
    const auto metric = Checkpoint::Metric(m_metric->currentData().toInt());
    if (m_checkpoint) {
        job->checkpoint = *m_checkpoint;
    } else {
        // Nothing watched yet: the baseline is the last 30 days up to now.
        job->checkpoint.processId = m_processId;
        job->checkpoint.created = job->now;
    }
    job->checkpoint.metric = metric;
    m_watcher.setFuture(QtConcurrent::run(runJob, job));
    showFigures();
}

void CheckpointPanel::onMeasured()
{
    std::shared_ptr<CheckpointJob> job = m_watcher.result();
    if (job && job->generation == m_generation)
        m_result = job;
    if (m_measurePending || !m_result) {
        measure();
        return;
    }
    showFigures();
    emit measured();
}

void CheckpointPanel::showFigures()
{
    if (!m_processId) {
        m_valueLabel->clear();
        updateButtons();
        return;
    }
    if (!m_result) {
        m_valueLabel->setText(tr("Measuring\u2026"));
        updateButtons();
        return;
    }
    if (!m_result->status) {
        m_valueLabel->setText(
            tr("The runs could not be read: %1").arg(m_result->error.toHtmlEscaped()));
        updateButtons();
        return;
    }
    const CheckpointStatus &status = *m_result->status;
    const Checkpoint &measured = m_result->checkpoint;
    const Checkpoint::Metric metric = measured.metric;
    QStringList lines;
    if (m_checkpoint) {
        const QDateTime start = checkpointPeriodStart(measured, status.lastReview);
        const QString since = dateText(start.toLocalTime().date());
        if (status.current.runs == 0) {
            lines << tr("No runs started since %1 yet.").arg(since);
        } else if (std::isnan(status.current.value)) {
            lines << tr("Since %1: %n run(s), but the %2 cannot be measured on them.", nullptr,
                        int(status.current.runs))
                         .arg(since, checkpointMetricName(metric));
        } else {
            const bool met = checkpointMet(metric, status.current.value, m_checkpoint->target);
            const QString verdict = metric != m_checkpoint->metric ? QString()
                : met                                              ? tr("on target")
                                                                   : tr("off target");
            lines << (verdict.isEmpty()
                          ? tr("Since %1: %2.").arg(since, measureText(metric, status.current))
                          : tr("Since %1: %2, %3.")
                                .arg(since, measureText(metric, status.current), verdict));
        }
        if (status.baseline.runs > 0)
            lines << tr("The 30 days before: %1.").arg(measureText(metric, status.baseline));
    } else if (status.baseline.runs > 0) {
        lines << tr("The last 30 days: %1.").arg(measureText(metric, status.baseline));
    } else {
        lines << tr("No runs in the last 30 days to measure it on.");
    }
    m_valueLabel->setText(lines.join(QStringLiteral("<br>")));
    updateButtons();
}

// --- the checkpoint

void CheckpointPanel::showCheckpoint()
{
    const QDate today = m_now().date();
    m_reviewDate->setToday(today);
    if (!m_checkpoint) {
        m_statusLabel->setText(
            m_processId ? tr("<b>No checkpoint yet.</b> Pick the one figure that tells whether "
                             "this process works, a target for it, and a day to look at it "
                             "again.")
                        : QString());
        m_setButton->setText(tr("&Set Checkpoint"));
        // A fresh start: the first metric, a target to fill in, a review in 30 days.
        const int current = m_metric->currentIndex();
        if (current < 0)
            m_metric->setCurrentIndex(0);
        m_target->setMetric(Checkpoint::Metric(m_metric->currentData().toInt()));
        m_target->setTarget(checkpointMetricIsRate(m_target->metric()) ? 0.9 : 0.0);
        m_reviewDate->setDate(defaultReviewDate(today));
        onMetricChanged();
        return;
    }
    const Checkpoint &checkpoint = *m_checkpoint;
    const QString metric = checkpointMetricName(checkpoint.metric);
    const QString target = formatCheckpointValue(checkpoint.metric, checkpoint.target);
    const qint64 days = today.daysTo(checkpoint.reviewDate);
    const QString when = days > 0 ? tr("in %n day(s)", nullptr, int(days))
        : days == 0               ? tr("<b>due today</b>")
                                  : tr("<b>%n day(s) overdue</b>", nullptr, int(-days));
    m_statusLabel->setText(
        (checkpointMetricLowerIsBetter(checkpoint.metric)
             ? tr("<b>Watching the %1</b>: at most %2. Review on %3 (%4).")
             : tr("<b>Watching the %1</b>: at least %2. Review on %3 (%4)."))
            .arg(metric.toHtmlEscaped(), target, dateText(checkpoint.reviewDate), when));
    m_setButton->setText(tr("&Save Changes"));
    m_metric->setCurrentIndex(m_metric->findData(int(checkpoint.metric)));
    m_target->setMetric(checkpoint.metric);
    m_target->setTarget(checkpoint.target);
    m_reviewDate->setDate(checkpoint.reviewDate);
    onMetricChanged();
}

void CheckpointPanel::onMetricChanged()
{
    const auto metric = Checkpoint::Metric(m_metric->currentData().toInt());
    if (metric != m_target->metric()) {
        // The old target means nothing in the new unit.
        m_target->setMetric(metric);
        m_target->setTarget(checkpointMetricIsRate(metric) ? 0.9 : 0.0);
    }
    QString hint;
    if (metric == Checkpoint::Metric::SlaCompliance && !m_processHasSla)
        hint = tr("The process has no SLA target yet: set one in its properties first.");
    else if (m_checkpoint && metric != m_checkpoint->metric)
        hint = tr("Another metric starts a new checkpoint; the reviews so far stay in the "
                  "history.");
    m_metricHint->setText(hint);
    m_metricHint->setVisible(!hint.isEmpty());
    // Measure what is chosen, so the figures help to pick the target.
    if (!m_result || m_result->checkpoint.metric != metric)
        measure();
    updateButtons();
}

void CheckpointPanel::updateButtons()
{
    const bool writable = m_workspace && m_processId && !m_workspace->isReadOnly();
    const auto metric = Checkpoint::Metric(m_metric->currentData().toInt());
    const bool slaMissing = metric == Checkpoint::Metric::SlaCompliance && !m_processHasSla;
    const bool valid = m_target->isValid() && m_reviewDate->date().isValid() && !slaMissing;
    bool changed = true;
    if (m_checkpoint) {
        changed = metric != m_checkpoint->metric || m_reviewDate->date() != m_checkpoint->reviewDate
            || std::abs(m_target->target() - m_checkpoint->target) > 1e-9;
    }
    m_setButton->setEnabled(writable && valid && changed);
    m_setButton->setToolTip(!m_target->isValid() ? tr("Enter a target first.")
                                : slaMissing     ? m_metricHint->text()
                                                 : QString());
    // A review holds the checkpoint's own metric against its target.
    const bool measured = m_result && m_result->status && m_checkpoint
        && m_result->checkpoint.metric == m_checkpoint->metric;
    m_reviewButton->setEnabled(writable && measured);
    m_reviewButton->setVisible(m_checkpoint.has_value());
    m_removeButton->setEnabled(writable);
    m_removeButton->setVisible(m_checkpoint.has_value());
}

void CheckpointPanel::applyCheckpoint()
{
    if (!m_workspace || !m_processId || !m_target->isValid())
        return;
    Checkpoint checkpoint;
    checkpoint.processId = m_processId;
    checkpoint.metric = Checkpoint::Metric(m_metric->currentData().toInt());
    checkpoint.target = m_target->target();
    checkpoint.reviewDate = m_reviewDate->date();
    checkpoint.created = m_now().toUTC();
    if (!m_workspace->setCheckpoint(checkpoint)) {
        showError(tr("The checkpoint could not be set."));
        return;
    }
    reload();
    emit checkpointChanged(m_processId);
}

void CheckpointPanel::removeCheckpoint()
{
    if (!m_workspace || !m_checkpoint)
        return;
    if (!m_workspace->removeCheckpoint(m_processId)) {
        showError(tr("The checkpoint could not be removed."));
        return;
    }
    reload();
    emit checkpointChanged(m_processId);
}

// --- review

void CheckpointPanel::review()
{
    if (!m_checkpoint || !status() || m_dialog)
        return;
    const QDateTime start = checkpointPeriodStart(*m_checkpoint, status()->lastReview);
    m_dialog
        = new CheckpointReviewDialog(*m_checkpoint, status()->current, start, m_now().date(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, &CheckpointPanel::recordReview);
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    // Window-modal and not blocking: the runs may be measured again meanwhile.
    m_dialog->open();
}

void CheckpointPanel::recordReview()
{
    if (!m_dialog || !m_workspace)
        return;
    CheckpointReview review = m_dialog->review();
    review.reviewedAt = m_now().toUTC();
    if (!m_workspace->reviewCheckpoint(review)) {
        showError(tr("The review could not be recorded."));
        return;
    }
    reload();
    emit checkpointChanged(m_processId);
}

void CheckpointPanel::showHistory()
{
    m_history->clear();
    for (const CheckpointReview &review : qAsConst(m_reviews)) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(ReviewedColumn, dateText(review.reviewedAt.toLocalTime().date()));
        item->setToolTip(ReviewedColumn, QLocale().toString(review.reviewedAt.toLocalTime()));
        QString metric = checkpointMetricName(review.metric);
        if (!metric.isEmpty())
            metric[0] = metric.at(0).toUpper();
        item->setText(MetricColumn, metric);
        const bool met = checkpointMet(review.metric, review.value, review.target);
        item->setText(ValueColumn, formatCheckpointValue(review.metric, review.value));
        item->setToolTip(ValueColumn,
                         std::isnan(review.value) ? tr("Nothing to measure")
                             : met                ? tr("On target")
                                                  : tr("Off target"));
        item->setText(
            TargetColumn,
            (checkpointMetricLowerIsBetter(review.metric) ? tr("\u2264 %1") : tr("\u2265 %1"))
                .arg(formatCheckpointValue(review.metric, review.target)));
        QString decision = checkpointDecisionName(review.decision);
        if (review.decision == CheckpointReview::Decision::AdjustTarget
            && !std::isnan(review.newTarget))
            decision = tr("%1 to %2")
                           .arg(decision, formatCheckpointValue(review.metric, review.newTarget));
        item->setText(DecisionColumn, decision);
        item->setText(NextColumn, dateText(review.nextReviewDate));
        item->setText(NoteColumn, review.note.simplified());
        item->setToolTip(NoteColumn, review.note);
    }
    if (m_reviews.isEmpty() && m_processId) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(ReviewedColumn, tr("No reviews yet."));
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
    }
}

void CheckpointPanel::showError(const QString &what)
{
    QMessageBox box(QMessageBox::Warning, tr("Checkpoint"), what, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("checkpointErrorBox"));
    box.setInformativeText(m_workspace ? m_workspace->errorString() : QString());
    box.exec();
}

} // namespace Stepwise
