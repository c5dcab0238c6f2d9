#pragma once

#include "analysis/checkpoint.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace Stepwise {

class CheckpointTargetEdit;
class ReviewDateEdit;

/// The review of a checkpoint: the value measured over its review period against the target, the
/// decision (keep the target, adjust it, change the process), a note and the next review date.
/// It records nothing itself: review() is what the user decided, for Workspace::reviewCheckpoint.
class CheckpointReviewDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a measure: the checkpoint's metric over its review period (checkpointStatus().current);
    /// \a periodStart: where that period starts; \a today: what the next date counts from.
    CheckpointReviewDialog(const Checkpoint &checkpoint, const CheckpointMeasure &measure,
                           const QDateTime &periodStart, const QDate &today,
                           QWidget *parent = nullptr);

    /// The review as entered (reviewedAt left invalid: the workspace stamps it).
    CheckpointReview review() const;

    QRadioButton *decisionButton(CheckpointReview::Decision decision) const;
    CheckpointTargetEdit *newTargetEdit() const { return m_newTarget; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    ReviewDateEdit *nextDateEdit() const { return m_nextDate; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateState();

    Checkpoint m_checkpoint;
    CheckpointMeasure m_measure;
    QDate m_today;
    QButtonGroup *m_decisions = nullptr;
    CheckpointTargetEdit *m_newTarget = nullptr;
    QPlainTextEdit *m_note = nullptr;
    ReviewDateEdit *m_nextDate = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Stepwise
