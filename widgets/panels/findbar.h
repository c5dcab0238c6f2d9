#pragma once

#include "process/ids.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Stepwise {

class ProcessDocument;

/// Finds steps by part of their name: the matches of what is typed are cycled with Enter or F3
/// (Shift for backwards); each one found is announced so the map can select and show it. Escape
/// closes the bar.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    void setDocument(ProcessDocument *document);
    QLineEdit *lineEdit() const { return m_edit; }
    /// Steps whose name contains the text (case-insensitive), in map order.
    ItemIds matches() const { return m_matches; }
    /// Shows the bar and puts the cursor in it, the text selected.
    void activate();
    void findNext();
    void findPrevious();

signals:
    void stepFound(Stepwise::ItemId stepId);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    ItemIds collectMatches() const;
    void step(int delta);
    void updateLabel();

    QPointer<ProcessDocument> m_document;
    QLineEdit *m_edit = nullptr;
    QLabel *m_countLabel = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    ItemIds m_matches;
    int m_current = -1;
};

} // namespace Stepwise
