#include "propertiespanel.h"

#include "durationedit.h"

#include "process/processdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Stepwise {

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

void setLineText(QLineEdit *edit, const QString &text)
{
    // Only when it differs: keeps the cursor where the user is typing.
    if (edit->text() != text) {
        edit->setText(text);
        // Show the start of a long name, not its end.
        if (!edit->hasFocus())
            edit->setCursorPosition(0);
    }
}

void setPlainText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

QLabel *pageTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

/// A multi-line field a few lines high: the form below it stays in view.
void makeCompact(QPlainTextEdit *edit)
{
    const int line = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(3 * line + 10);
    edit->setMaximumHeight(8 * line + 10);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

QWidget *scrolled(QWidget *content)
{
    // The form keeps its natural height at the top; the rest of the dock stays empty.
    auto *holder = new QWidget;
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(content);
    layout->addStretch(1);
    content = holder;
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

} // namespace

PropertiesPanel::PropertiesPanel(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this))
{
    m_emptyPage = new QWidget;
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    m_emptyLabel = new QLabel(tr("Select a process to see its properties."), m_emptyPage);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setEnabled(false);
    emptyLayout->addWidget(m_emptyLabel);

    m_processPage = createProcessPage();
    m_stepPage = createStepPage();
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(scrolled(m_processPage));
    m_stack->addWidget(scrolled(m_stepPage));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showPage();
}

QWidget *PropertiesPanel::createProcessPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("processPropertiesPage"));
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(pageTitle(tr("Process"), page));

    m_nameEdit = new QLineEdit(page);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    form->addRow(tr("&Name:"), m_nameEdit);
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        // A process needs a name; an empty field is restored when left.
        if (!text.trimmed().isEmpty())
            setProcessValue(Property::Name, text.trimmed());
    });

    m_ownerEdit = new QLineEdit(page);
    m_ownerEdit->setObjectName(QStringLiteral("ownerEdit"));
    m_ownerEdit->setPlaceholderText(tr("Who answers for it"));
    form->addRow(tr("&Owner:"), m_ownerEdit);
    connect(m_ownerEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { setProcessValue(Property::Owner, text); });

    m_descriptionEdit = new QPlainTextEdit(page);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setTabChangesFocus(true);
    makeCompact(m_descriptionEdit);
    m_descriptionEdit->setPlaceholderText(tr("What it is for, when it starts and ends"));
    form->addRow(tr("&Description:"), m_descriptionEdit);
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            setProcessValue(Property::Description, m_descriptionEdit->toPlainText());
    });

    m_slaEdit = new DurationEdit(page);
    m_slaEdit->setObjectName(QStringLiteral("slaEdit"));
    form->addRow(tr("&SLA target:"), m_slaEdit);
    connect(m_slaEdit, &DurationEdit::secondsEdited, this,
            [this](qint64 s) { setProcessValue(Property::SlaTarget, QVariant::fromValue(s)); });

    auto *reviewRow = new QWidget(page);
    auto *reviewLayout = new QHBoxLayout(reviewRow);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    auto *reviewCheck = new QCheckBox(reviewRow);
    reviewCheck->setObjectName(QStringLiteral("reviewDateCheck"));
    reviewCheck->setToolTip(tr("Set a date to review the process on"));
    m_reviewDateEdit = new QDateEdit(reviewRow);
    m_reviewDateEdit->setObjectName(QStringLiteral("reviewDateEdit"));
    m_reviewDateEdit->setCalendarPopup(true);
    m_reviewDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reviewDateEdit->setMinimumDate(QDate(2000, 1, 1));
    // Unchecked: no review date, and the field says so.
    m_reviewDateEdit->setSpecialValueText(tr("none"));
    reviewLayout->addWidget(reviewCheck);
    reviewLayout->addWidget(m_reviewDateEdit, 1);
    form->addRow(tr("&Review date:"), reviewRow);
    connect(reviewCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updating)
            return;
        const QDate date = on ? QDate::currentDate().addMonths(3) : QDate();
        setProcessValue(Property::ReviewDate, date);
        if (m_document)
            m_document->breakMergeChain();
    });
    connect(m_reviewDateEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (!m_updating && date != m_reviewDateEdit->minimumDate())
            setProcessValue(Property::ReviewDate, date);
    });
    m_reviewCheck = reviewCheck;

    for (QWidget *editor :
         {static_cast<QWidget *>(m_nameEdit), static_cast<QWidget *>(m_ownerEdit),
          static_cast<QWidget *>(m_descriptionEdit), static_cast<QWidget *>(m_slaEdit),
          static_cast<QWidget *>(reviewCheck), static_cast<QWidget *>(m_reviewDateEdit)})
        watch(editor);
    return page;
}

QWidget *PropertiesPanel::createStepPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("stepPropertiesPage"));
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(pageTitle(tr("Step"), page));

    m_stepNameEdit = new QLineEdit(page);
    m_stepNameEdit->setObjectName(QStringLiteral("stepNameEdit"));
    form->addRow(tr("&Name:"), m_stepNameEdit);
    connect(m_stepNameEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { setStepValue(Property::Name, text); });

    m_kindCombo = new QComboBox(page);
    m_kindCombo->setObjectName(QStringLiteral("stepKindCombo"));
    m_kindCombo->addItem(tr("Start"), int(Step::Kind::Start));
    m_kindCombo->addItem(tr("Task"), int(Step::Kind::Task));
    m_kindCombo->addItem(tr("Decision"), int(Step::Kind::Decision));
    m_kindCombo->addItem(tr("Event"), int(Step::Kind::Event));
    m_kindCombo->addItem(tr("End"), int(Step::Kind::End));
    form->addRow(tr("&Kind:"), m_kindCombo);
    connect(m_kindCombo, &QComboBox::activated, this, [this](int index) {
        setStepValue(Property::StepKind, m_kindCombo->itemData(index).toInt());
        m_document->breakMergeChain();
    });

    m_laneCombo = new QComboBox(page);
    m_laneCombo->setObjectName(QStringLiteral("stepLaneCombo"));
    form->addRow(tr("&Lane:"), m_laneCombo);
    connect(m_laneCombo, &QComboBox::activated, this, [this](int index) {
        if (m_document && m_stepId)
            m_document->moveStepsToLane({m_stepId}, m_laneCombo->itemData(index).toInt());
    });

    m_doneEdit = new QPlainTextEdit(page);
    m_doneEdit->setObjectName(QStringLiteral("definitionOfDoneEdit"));
    m_doneEdit->setTabChangesFocus(true);
    makeCompact(m_doneEdit);
    m_doneEdit->setPlaceholderText(tr("How anyone can tell this step is finished"));
    form->addRow(tr("&Definition of done:"), m_doneEdit);
    connect(m_doneEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            setStepValue(Property::DefinitionOfDone, m_doneEdit->toPlainText());
    });

    m_expectedEdit = new DurationEdit(page);
    m_expectedEdit->setObjectName(QStringLiteral("expectedDurationEdit"));
    form->addRow(tr("&Expected duration:"), m_expectedEdit);
    connect(m_expectedEdit, &DurationEdit::secondsEdited, this,
            [this](qint64 s) { setStepValue(Property::ExpectedDuration, QVariant::fromValue(s)); });

    m_stepSlaEdit = new DurationEdit(page);
    m_stepSlaEdit->setObjectName(QStringLiteral("stepSlaEdit"));
    m_stepSlaEdit->setToolTip(tr("Applies to waiting plus processing time"));
    form->addRow(tr("S&LA:"), m_stepSlaEdit);
    connect(m_stepSlaEdit, &DurationEdit::secondsEdited, this,
            [this](qint64 s) { setStepValue(Property::StepSla, QVariant::fromValue(s)); });

    m_automationCombo = new QComboBox(page);
    m_automationCombo->setObjectName(QStringLiteral("automationCombo"));
    m_automationCombo->addItem(tr("Manual"), int(Step::Automation::Manual));
    m_automationCombo->addItem(tr("Candidate for automation"), int(Step::Automation::Candidate));
    m_automationCombo->addItem(tr("Automated"), int(Step::Automation::Automated));
    form->addRow(tr("&Automation:"), m_automationCombo);
    connect(m_automationCombo, &QComboBox::activated, this, [this](int index) {
        setStepValue(Property::Automation, m_automationCombo->itemData(index).toInt());
        m_document->breakMergeChain();
    });

    m_systemsEdit = new QLineEdit(page);
    m_systemsEdit->setObjectName(QStringLiteral("systemsEdit"));
    m_systemsEdit->setPlaceholderText(tr("CRM, mail, invoicing, ..."));
    m_systemsEdit->setToolTip(tr("The systems this step touches, separated by commas"));
    form->addRow(tr("S&ystems:"), m_systemsEdit);
    connect(m_systemsEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { setStepValue(Property::Systems, splitList(text)); });

    m_effortSpin = new QDoubleSpinBox(page);
    m_effortSpin->setObjectName(QStringLiteral("effortSpin"));
    m_effortSpin->setRange(0, 10000);
    m_effortSpin->setDecimals(1);
    m_effortSpin->setSuffix(tr(" h"));
    m_effortSpin->setSpecialValueText(tr("not estimated"));
    m_effortSpin->setToolTip(tr("Estimated hours to automate this step"));
    form->addRow(tr("Effort to a&utomate:"), m_effortSpin);
    connect(m_effortSpin, &QDoubleSpinBox::valueChanged, this, [this](double hours) {
        if (!m_updating)
            setStepValue(Property::AutomationEffort, hours);
    });

    for (QWidget *editor :
         {static_cast<QWidget *>(m_stepNameEdit), static_cast<QWidget *>(m_kindCombo),
          static_cast<QWidget *>(m_laneCombo), static_cast<QWidget *>(m_doneEdit),
          static_cast<QWidget *>(m_expectedEdit), static_cast<QWidget *>(m_stepSlaEdit),
          static_cast<QWidget *>(m_automationCombo), static_cast<QWidget *>(m_systemsEdit),
          static_cast<QWidget *>(m_effortSpin)})
        watch(editor);
    return page;
}

void PropertiesPanel::watch(QWidget *editor)
{
    editor->installEventFilter(this);
    m_editors.append(editor);
}

bool PropertiesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && m_document) {
        m_document->breakMergeChain();
        // A field left empty or half typed shows the stored value again.
        if (watched == m_nameEdit || watched == m_stepNameEdit || watched == m_systemsEdit)
            QMetaObject::invokeMethod(
                this, [this] { m_stepId ? updateStepPage() : updateProcessPage(); },
                Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

ProcessDocument *PropertiesPanel::document() const
{
    return m_document;
}

void PropertiesPanel::setDocument(ProcessDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        QObject::disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_selectedSteps.clear();
    m_stepId = 0;
    if (document) {
        connect(document, &ProcessDocument::processChanged, this,
                &PropertiesPanel::updateProcessPage);
        connect(document, &ProcessDocument::stepsChanged, this, &PropertiesPanel::onStepsChanged);
        connect(document, &ProcessDocument::stepsRemoved, this, &PropertiesPanel::onStepsRemoved);
        connect(document, &ProcessDocument::lanesChanged, this, [this] {
            updateLaneCombo();
            updateStepPage();
        });
        connect(document, &ProcessDocument::readOnlyChanged, this,
                &PropertiesPanel::updateReadOnly);
        connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    updateLaneCombo();
    updateProcessPage();
    updateReadOnly();
    showPage();
}

void PropertiesPanel::setSelectedSteps(const ItemIds &stepIds)
{
    if (m_document)
        m_document->breakMergeChain();
    m_selectedSteps = stepIds;
    m_stepId = stepIds.size() == 1 ? stepIds.first() : 0;
    updateStepPage();
    showPage();
}

void PropertiesPanel::showPage()
{
    if (!m_document) {
        m_emptyLabel->setText(tr("Select a process to see its properties."));
        m_stack->setCurrentWidget(m_emptyPage);
    } else if (m_stepId) {
        m_stack->setCurrentIndex(2);
    } else if (m_selectedSteps.size() > 1) {
        m_emptyLabel->setText(tr("%n steps selected.", nullptr, int(m_selectedSteps.size())));
        m_stack->setCurrentWidget(m_emptyPage);
    } else {
        m_stack->setCurrentIndex(1);
    }
}

void PropertiesPanel::updateProcessPage()
{
    if (!m_document)
        return;
    const Process &p = m_document->process();
    m_updating = true;
    // While the user empties the name to type another, leave it; leaving the field restores it.
    if (!(m_nameEdit->hasFocus() && m_nameEdit->text().trimmed().isEmpty()))
        setLineText(m_nameEdit, p.name);
    setLineText(m_ownerEdit, p.owner);
    setPlainText(m_descriptionEdit, p.description);
    m_slaEdit->setSeconds(p.slaTargetS);
    m_reviewCheck->setChecked(p.reviewDate.isValid());
    m_reviewDateEdit->setEnabled(p.reviewDate.isValid() && !m_document->isReadOnly());
    m_reviewDateEdit->setDate(p.reviewDate.isValid() ? p.reviewDate
                                                     : m_reviewDateEdit->minimumDate());
    m_updating = false;
}

void PropertiesPanel::updateStepPage()
{
    const Step *step = m_document && m_stepId ? m_document->process().step(m_stepId) : nullptr;
    if (!step)
        return;
    m_updating = true;
    setLineText(m_stepNameEdit, step->name);
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(step->kind)));
    m_laneCombo->setCurrentIndex(m_laneCombo->findData(step->laneId));
    setPlainText(m_doneEdit, step->definitionOfDone);
    m_expectedEdit->setSeconds(step->expectedDurationS);
    m_stepSlaEdit->setSeconds(step->slaS);
    m_automationCombo->setCurrentIndex(m_automationCombo->findData(int(step->automation)));
    if (splitList(m_systemsEdit->text()) != step->systems)
        m_systemsEdit->setText(step->systems.join(QStringLiteral(", ")));
    if (!qFuzzyCompare(m_effortSpin->value() + 1, step->automationEffortH + 1))
        m_effortSpin->setValue(step->automationEffortH);
    m_updating = false;
}

void PropertiesPanel::updateLaneCombo()
{
    m_laneCombo->clear();
    if (!m_document)
        return;
    for (const Lane &lane : m_document->process().lanes) {
        QPixmap swatch(12, 12);
        swatch.fill(lane.color.isValid() ? lane.color : QColor(Qt::gray));
        m_laneCombo->addItem(QIcon(swatch), lane.name, lane.id);
    }
}

void PropertiesPanel::updateReadOnly()
{
    const bool readOnly = !m_document || m_document->isReadOnly();
    for (QWidget *editor : std::as_const(m_editors)) {
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setReadOnly(readOnly);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
            text->setReadOnly(readOnly);
        else
            editor->setEnabled(!readOnly);
    }
    if (m_document)
        m_reviewDateEdit->setEnabled(!readOnly && m_document->process().reviewDate.isValid());
}

void PropertiesPanel::setProcessValue(Property property, const QVariant &value)
{
    if (m_document && !m_updating)
        m_document->setProcessValue(property, value);
}

void PropertiesPanel::setStepValue(Property property, const QVariant &value)
{
    if (m_document && m_stepId && !m_updating)
        m_document->setValue(ObjectType::Step, {m_stepId}, property, value);
}

void PropertiesPanel::onStepsChanged(const ItemIds &ids)
{
    if (m_stepId && ids.contains(m_stepId))
        updateStepPage();
}

void PropertiesPanel::onStepsRemoved(const ItemIds &ids)
{
    bool changed = false;
    for (ItemId id : ids)
        changed |= m_selectedSteps.removeAll(id) > 0;
    if (changed)
        setSelectedSteps(m_selectedSteps);
}

} // namespace Stepwise
