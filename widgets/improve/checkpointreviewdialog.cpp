#include "checkpointreviewdialog.h"

#include "checkpointtargetedit.h"
#include "reviewdateedit.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <cmath>

namespace Stepwise {

CheckpointReviewDialog::CheckpointReviewDialog(const Checkpoint &checkpoint,
                                               const CheckpointMeasure &measure,
                                               const QDateTime &periodStart, const QDate &today,
                                               QWidget *parent)
    : QDialog(parent), m_checkpoint(checkpoint), m_measure(measure), m_today(today)
{
    setObjectName(QStringLiteral("checkpointReviewDialog"));
    setWindowTitle(tr("Review Checkpoint"));

    // What the runs say, against the target.
    const QString metric = checkpointMetricName(checkpoint.metric);
    // Values stay on one line ("5.7 d").
    const auto value = [&checkpoint](double v) {
        return formatCheckpointValue(checkpoint.metric, v).replace(QLatin1Char(' '), QChar::Nbsp);
    };
    const QString target = value(checkpoint.target);
    const QString since = periodStart.isValid()
        ? QLocale().toString(periodStart.toLocalTime().date(), QLocale::ShortFormat)
        : QString();
    QString verdict;
    if (std::isnan(measure.value)) {
        verdict = measure.runs == 0
            ? tr("No runs started since %1: there is nothing to measure yet.").arg(since)
            : tr("The %1 cannot be measured on these runs.").arg(metric);
    } else {
        const bool met = checkpointMet(checkpoint.metric, measure.value, checkpoint.target);
        verdict = (met ? tr("<b>On target.</b> The %1 is <b>%2</b> over %n run(s) since %3.",
                            nullptr, int(measure.runs))
                       : tr("<b>Off target.</b> The %1 is <b>%2</b> over %n run(s) since %3.",
                            nullptr, int(measure.runs)))
                      .arg(metric.toHtmlEscaped(), value(measure.value), since);
    }
    auto *verdictLabel = new QLabel(verdict, this);
    verdictLabel->setObjectName(QStringLiteral("reviewVerdict"));
    verdictLabel->setWordWrap(true);
    auto *targetLabel = new QLabel(checkpointMetricLowerIsBetter(checkpoint.metric)
                                       ? tr("The target: at most %1.").arg(target)
                                       : tr("The target: at least %1.").arg(target),
                                   this);
    targetLabel->setObjectName(QStringLiteral("reviewTarget"));

    // The decision.
    m_decisions = new QButtonGroup(this);
    auto *decisionBox = new QWidget(this);
    auto *decisionLayout = new QVBoxLayout(decisionBox);
    decisionLayout->setContentsMargins(0, 0, 0, 0);
    m_newTarget = new CheckpointTargetEdit(this);
    m_newTarget->setObjectName(QStringLiteral("reviewNewTarget"));
    m_newTarget->setMetric(checkpoint.metric);
    m_newTarget->setTarget(checkpoint.target);
    for (CheckpointReview::Decision decision :
         {CheckpointReview::Decision::Keep, CheckpointReview::Decision::AdjustTarget,
          CheckpointReview::Decision::ChangeProcess}) {
        auto *button = new QRadioButton(checkpointDecisionName(decision), decisionBox);
        button->setObjectName(QStringLiteral("decision_") + checkpointDecisionWord(decision));
        m_decisions->addButton(button, int(decision));
        decisionLayout->addWidget(button);
        if (decision == CheckpointReview::Decision::AdjustTarget) {
            auto *indent = new QHBoxLayout;
            indent->setContentsMargins(24, 0, 0, 0);
            indent->addWidget(m_newTarget);
            decisionLayout->addLayout(indent);
        }
    }
    // The usual verdicts: keep a target that holds, change the process where it does not.
    const bool met = checkpointMet(checkpoint.metric, measure.value, checkpoint.target);
    m_decisions
        ->button(int(met || std::isnan(measure.value) ? CheckpointReview::Decision::Keep
                                                      : CheckpointReview::Decision::ChangeProcess))
        ->setChecked(true);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setPlaceholderText(tr("What was decided, and why"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);

    m_nextDate = new ReviewDateEdit(this);
    m_nextDate->setObjectName(QStringLiteral("reviewNextDate"));
    m_nextDate->setToday(today);
    m_nextDate->setInterval(ReviewInterval::ThirtyDays);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record Review"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Decision:"), decisionBox);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Next review:"), m_nextDate);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(
        QStringLiteral("<b>%1</b>").arg(tr("Checkpoint: %1").arg(metric).toHtmlEscaped()), this);
    layout->addWidget(heading);
    layout->addWidget(verdictLabel);
    layout->addWidget(targetLabel);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(m_decisions, &QButtonGroup::idToggled, this, [this] { updateState(); });
    connect(m_newTarget, &CheckpointTargetEdit::targetEdited, this, [this] { updateState(); });
    connect(m_nextDate, &ReviewDateEdit::dateEdited, this, [this] { updateState(); });
    updateState();
}

CheckpointReview CheckpointReviewDialog::review() const
{
    CheckpointReview review;
    review.checkpointId = m_checkpoint.id;
    review.metric = m_checkpoint.metric;
    review.value = m_measure.value;
    review.target = m_checkpoint.target;
    review.decision = CheckpointReview::Decision(m_decisions->checkedId());
    if (review.decision == CheckpointReview::Decision::AdjustTarget)
        review.newTarget = m_newTarget->target();
    review.note = m_note->toPlainText().trimmed();
    review.nextReviewDate = m_nextDate->date();
    return review;
}

QRadioButton *CheckpointReviewDialog::decisionButton(CheckpointReview::Decision decision) const
{
    return qobject_cast<QRadioButton *>(m_decisions->button(int(decision)));
}

void CheckpointReviewDialog::updateState()
{
    const bool adjust = m_decisions->checkedId() == int(CheckpointReview::Decision::AdjustTarget);
    m_newTarget->setEnabled(adjust);
    const bool ok = (!adjust || m_newTarget->isValid()) && m_nextDate->date().isValid()
        && m_nextDate->date() > m_today;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(ok ? QString()
                         : adjust && !m_newTarget->isValid()
                         ? tr("Enter the new target.")
                         : tr("The next review is after today."));
}

} // namespace Stepwise
