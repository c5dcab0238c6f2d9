#pragma once

#include "analysis/validation.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace Stepwise {

class ProcessDocument;

/// The live list of what is wrong with the open map (validate()). Re-checks shortly after the
/// document changes (at most a few times a second while something is dragged); activating a
/// problem asks for its culprit to be shown.
class ValidationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ValidationPanel(QWidget *parent = nullptr);

    void setDocument(ProcessDocument *document);
    QListWidget *list() const { return m_list; }
    const QVector<ValidationProblem> &problems() const { return m_problems; }
    /// Checks now instead of after the short delay.
    void validateNow();

signals:
    /// The number of problems changed (after a check).
    void problemCountChanged(int count);
    /// The user clicked or pressed Enter on a problem: select and show these objects.
    void problemActivated(Stepwise::ObjectType type, const Stepwise::ItemIds &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleValidation();
    void fillList();
    void activate(QListWidgetItem *item);

    QPointer<ProcessDocument> m_document;
    QListWidget *m_list = nullptr;
    QTimer m_timer;
    QVector<ValidationProblem> m_problems;
};

} // namespace Stepwise
