#pragma once

#include "analysis/checkpoint.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Stepwise {

class CheckpointTargetEdit;
class CheckpointReviewDialog;
class ReviewDateEdit;
class Workspace;
struct CheckpointJob;

/// The checkpoint of one process on the Improve tab: the one metric watched, its target and its
/// review date; what the runs say about it now (since the checkpoint was set or last reviewed,
/// and the 30 days before as a baseline); a Review... dialog that records the value, the decision
/// and the next date; and the history of the reviews.
///
/// Checkpoints are workspace data, not part of the map: each change is written at once, in its
/// own transaction, outside the map's undo stack. The figures are measured on a worker thread over
/// its own read-only connection.
class CheckpointPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CheckpointPanel(QWidget *parent = nullptr);
    ~CheckpointPanel() override;

    /// Shows the checkpoint of a process. A null workspace or a process id of 0 shows nothing.
    void setSource(Workspace *workspace, ProcessId processId);
    void clear();
    /// Reads the checkpoint and its reviews again and measures anew (runs or the map changed).
    void reload();
    /// The clock the panel asks for today and now (tests fix it); the system's by default.
    void setClock(std::function<QDateTime()> now);

    ProcessId processId() const { return m_processId; }
    const std::optional<Checkpoint> &checkpoint() const { return m_checkpoint; }
    /// The figures on screen; null while they are measured or when they could not be.
    const CheckpointStatus *status() const;
    bool isMeasuring() const;

    /// Opens the review dialog (what Review... does); the review is recorded when it is accepted.
    void review();
    /// The review dialog while it is open; for tests.
    CheckpointReviewDialog *reviewDialog() const { return m_dialog; }

    QComboBox *metricCombo() const { return m_metric; }
    CheckpointTargetEdit *targetEdit() const { return m_target; }
    ReviewDateEdit *reviewDateEdit() const { return m_reviewDate; }
    QPushButton *setButton() const { return m_setButton; }
    QPushButton *reviewButton() const { return m_reviewButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QLabel *valueLabel() const { return m_valueLabel; }
    QTreeWidget *historyTable() const { return m_history; }

signals:
    /// The checkpoint was set, changed, reviewed or removed: the diagnostic and the reviews due
    /// may read differently now.
    void checkpointChanged(Stepwise::ProcessId processId);
    /// The figures on screen were measured anew.
    void measured();

private:
    void applyCheckpoint();
    void removeCheckpoint();
    void recordReview();
    void measure();
    void onMeasured();
    void showCheckpoint();
    void showFigures();
    void showHistory();
    void updateButtons();
    void onMetricChanged();
    void showError(const QString &what);

    Workspace *m_workspace = nullptr;
    ProcessId m_processId = 0;
    std::function<QDateTime()> m_now;
    std::optional<Checkpoint> m_checkpoint;
    QVector<CheckpointReview> m_reviews;
    QString m_processName;
    bool m_processHasSla = false;

    int m_generation = 0;
    bool m_measurePending = false;
    QFutureWatcher<std::shared_ptr<CheckpointJob>> m_watcher;
    std::shared_ptr<CheckpointJob> m_result; ///< the figures on screen, when current

    QLabel *m_statusLabel = nullptr;
    QLabel *m_valueLabel = nullptr;
    QComboBox *m_metric = nullptr;
    CheckpointTargetEdit *m_target = nullptr;
    QLabel *m_metricHint = nullptr;
    ReviewDateEdit *m_reviewDate = nullptr;
    QPushButton *m_setButton = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QTreeWidget *m_history = nullptr;
    CheckpointReviewDialog *m_dialog = nullptr;
};

} // namespace Stepwise
