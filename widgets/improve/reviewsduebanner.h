#pragma once

#include "analysis/checkpoint.h"

#include <QFrame>

class QLabel;
class QMenu;
class QPushButton;
class QToolButton;

namespace Stepwise {

/// A strip that says which checkpoint reviews are due (on start, say), with a Review button that
/// asks to open the first one (a menu picks among several) and a button to dismiss it. Not
/// modal: the window stays usable. Hidden while nothing is due.
class ReviewsDueBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ReviewsDueBanner(QWidget *parent = nullptr);

    /// The reviews due (Workspace::checkpointsDue(today)); shows the strip when there are any.
    void setDue(const QVector<DueCheckpoint> &due, const QDate &today);
    const QVector<DueCheckpoint> &due() const { return m_due; }

    QLabel *textLabel() const { return m_text; }
    QPushButton *reviewButton() const { return m_review; }
    QToolButton *closeButton() const { return m_close; }

signals:
    /// Open the checkpoint of this process for its review.
    void reviewRequested(Stepwise::ProcessId processId);
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    QVector<DueCheckpoint> m_due;
    QLabel *m_text = nullptr;
    QPushButton *m_review = nullptr;
    QMenu *m_menu = nullptr;
    QToolButton *m_close = nullptr;
    bool m_updatingColors = false;
};

} // namespace Stepwise
