#pragma once

#include "process/ids.h"
#include "process/property.h"

#include <QHash>
#include <QPointer>
#include <QVariant>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace Stepwise {

class DurationEdit;
class ProcessDocument;

/// Shows and edits what is selected on the map: the steps (one, or the fields several have in
/// common), else the handoffs, else a lane, else the process. Every edit goes through the document
/// (one undoable, merging change per field, applied to every selected object); leaving a field or
/// changing the selection ends the merge, so the next edit is a new undo step.
class PropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesPanel(QWidget *parent = nullptr);

    void setDocument(ProcessDocument *document);
    ProcessDocument *document() const;

    /// The step of a single-step selection, else 0.
    ItemId currentStepId() const { return m_stepId; }
    ItemIds selectedStepIds() const { return m_selectedSteps; }
    ItemIds selectedHandoffIds() const { return m_selectedHandoffs; }
    ItemId currentLaneId() const { return m_laneId; }

public slots:
    /// Steps take precedence over handoffs, handoffs over a lane, and all over the process.
    void setSelectedSteps(const Stepwise::ItemIds &stepIds);
    void setSelectedHandoffs(const Stepwise::ItemIds &handoffIds);
    void setSelectedLane(Stepwise::ItemId laneId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createProcessPage();
    QWidget *createStepPage();
    QWidget *createHandoffPage();
    QWidget *createLanePage();
    /// Adds a labelled row and gives the field the label as its accessible name.
    void addRow(QFormLayout *form, const QString &label, QWidget *field);
    void watch(QWidget *editor);
    void selectionChanging();
    void showPage();
    void updateCurrentPage();
    void updateProcessPage();
    void updateStepPage();
    void updateHandoffPage();
    void updateLanePage();
    void updateLaneCombo();
    void updateReadOnly();
    /// The value all selected steps share, or an invalid QVariant when they differ.
    QVariant commonStepValue(Property property) const;
    void setProcessValue(Property property, const QVariant &value);
    /// A business-hours field was typed in: applied when it parses, else refused with a message.
    void editCalendarField(QLineEdit *edit, Property property);
    void showCalendarField(QLineEdit *edit, Property property, const QString &stored);
    void setCalendarError(QLineEdit *edit, const QString &error);
    void setStepValue(Property property, const QVariant &value);
    void setHandoffValue(Property property, const QVariant &value);
    void setLaneValue(Property property, const QVariant &value);
    void chooseLaneColor();
    void onStepsChanged(const ItemIds &ids);
    void onStepsRemoved(const ItemIds &ids);
    void onHandoffsChanged(const ItemIds &ids);
    void onHandoffsRemoved(const ItemIds &ids);
    void onLanesChanged();

    QPointer<ProcessDocument> m_document;
    ItemIds m_selectedSteps;
    ItemIds m_selectedHandoffs;
    ItemId m_stepId = 0;
    ItemId m_laneId = 0;
    bool m_updating = false;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_processPage = nullptr;
    QWidget *m_stepPage = nullptr;
    QWidget *m_handoffPage = nullptr;
    QWidget *m_lanePage = nullptr;
    QList<QWidget *> m_editors;

    // process
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_ownerEdit = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    DurationEdit *m_slaEdit = nullptr;
    QDoubleSpinBox *m_runsPerMonthSpin = nullptr;
    QCheckBox *m_reviewCheck = nullptr;
    QDateEdit *m_reviewDateEdit = nullptr;
    QComboBox *m_clockCombo = nullptr;
    QLineEdit *m_hoursEdit = nullptr;
    QLineEdit *m_zoneEdit = nullptr;
    QLineEdit *m_holidaysEdit = nullptr;
    QLabel *m_calendarError = nullptr;
    QHash<QLineEdit *, QString> m_calendarErrors; ///< fields whose text is refused, and why

    // steps
    QFormLayout *m_stepForm = nullptr;
    QLabel *m_stepTitle = nullptr;
    QLineEdit *m_stepNameEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_laneCombo = nullptr;
    QComboBox *m_triggerCombo = nullptr;
    QPlainTextEdit *m_doneEdit = nullptr;
    QPlainTextEdit *m_inputsEdit = nullptr;
    QPlainTextEdit *m_outputsEdit = nullptr;
    DurationEdit *m_expectedEdit = nullptr;
    DurationEdit *m_stepSlaEdit = nullptr;
    QComboBox *m_automationCombo = nullptr;
    QLineEdit *m_systemsEdit = nullptr;
    QDoubleSpinBox *m_effortSpin = nullptr;

    // handoffs
    QFormLayout *m_handoffForm = nullptr;
    QLabel *m_handoffTitle = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_ownerChangeLabel = nullptr;
    QLineEdit *m_labelEdit = nullptr;
    QLineEdit *m_conditionEdit = nullptr;

    // lane
    QLineEdit *m_laneNameEdit = nullptr;
    QComboBox *m_laneKindCombo = nullptr;
    QPushButton *m_laneColorButton = nullptr;
    QLabel *m_laneStepsLabel = nullptr;
};

} // namespace Stepwise
