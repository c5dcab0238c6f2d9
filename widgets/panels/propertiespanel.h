#pragma once

#include "process/ids.h"
#include "process/property.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace Stepwise {

class DurationEdit;
class ProcessDocument;

/// Shows and edits the open process's properties, or those of the one selected step. Every edit
/// goes through the document (one undoable, merging change per field); leaving a field ends the
/// merge, so the next edit is a new undo step.
class PropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesPanel(QWidget *parent = nullptr);

    void setDocument(ProcessDocument *document);
    ProcessDocument *document() const;
    /// Shows the step when exactly one is selected, else the process.
    void setSelectedSteps(const ItemIds &stepIds);
    ItemId currentStepId() const { return m_stepId; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createProcessPage();
    QWidget *createStepPage();
    void watch(QWidget *editor);
    void showPage();
    void updateProcessPage();
    void updateStepPage();
    void updateLaneCombo();
    void updateReadOnly();
    void setProcessValue(Property property, const QVariant &value);
    void setStepValue(Property property, const QVariant &value);
    void onStepsChanged(const ItemIds &ids);
    void onStepsRemoved(const ItemIds &ids);

    QPointer<ProcessDocument> m_document;
    ItemIds m_selectedSteps;
    ItemId m_stepId = 0;
    bool m_updating = false;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_processPage = nullptr;
    QWidget *m_stepPage = nullptr;
    QList<QWidget *> m_editors;

    // process
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_ownerEdit = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    DurationEdit *m_slaEdit = nullptr;
    QCheckBox *m_reviewCheck = nullptr;
    QDateEdit *m_reviewDateEdit = nullptr;

    // step
    QLineEdit *m_stepNameEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_laneCombo = nullptr;
    QPlainTextEdit *m_doneEdit = nullptr;
    DurationEdit *m_expectedEdit = nullptr;
    DurationEdit *m_stepSlaEdit = nullptr;
    QComboBox *m_automationCombo = nullptr;
    QLineEdit *m_systemsEdit = nullptr;
    QDoubleSpinBox *m_effortSpin = nullptr;
};

} // namespace Stepwise
