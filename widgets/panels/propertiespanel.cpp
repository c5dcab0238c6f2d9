#include "propertiespanel.h"

#include "durationedit.h"

#include "analysis/businesscalendar.h"
#include "process/processdocument.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimeZone>
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

QStringList splitLines(const QString &text)
{
    QStringList items;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString item = line.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

/// Shows a combo's value, or nothing when the selected objects differ.
void setComboValue(QComboBox *combo, const QVariant &value)
{
    combo->setCurrentIndex(value.isValid() ? combo->findData(value.toInt()) : -1);
}

/// The stored form of a business-hours field's text, or nothing with a message when it does not
/// parse: the same parsers the document and the command line use.
std::optional<QString> calendarText(Property property, const QString &text, QString *error)
{
    switch (property) {
    case Property::WorkingHours: {
        if (text.trimmed().isEmpty())
            return QString();
        const auto week = BusinessCalendar::parseHours(text, error);
        return week ? std::optional(BusinessCalendar::formatHours(*week)) : std::nullopt;
    }
    case Property::TimeZone:
        if (text.trimmed().isEmpty())
            return QString();
        return BusinessCalendar::canonicalTimeZone(text, error);
    case Property::Holidays: {
        const auto dates = BusinessCalendar::parseHolidays(text, error);
        return dates ? std::optional(BusinessCalendar::formatHolidays(*dates)) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QColor laneColorOrDefault(const QColor &color)
{
    return color.isValid() ? color : QColor(Qt::lightGray);
}

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(laneColorOrDefault(color));
    return QIcon(pixmap);
}

} // namespace

PropertiesPanel::PropertiesPanel(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this))
{
    setAccessibleName(tr("Properties"));
    m_emptyPage = new QWidget;
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    m_emptyLabel = new QLabel(tr("Select a process to see its properties."), m_emptyPage);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setEnabled(false);
    emptyLayout->addWidget(m_emptyLabel);

    m_processPage = createProcessPage();
    m_stepPage = createStepPage();
    m_handoffPage = createHandoffPage();
    m_lanePage = createLanePage();
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(scrolled(m_processPage));
    m_stack->addWidget(scrolled(m_stepPage));
    m_stack->addWidget(scrolled(m_handoffPage));
    m_stack->addWidget(scrolled(m_lanePage));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showPage();
}

void PropertiesPanel::addRow(QFormLayout *form, const QString &label, QWidget *field)
{
    form->addRow(label, field);
    // "&Name:" reads "Name" to a screen reader; the mnemonic and colon are for the eye.
    QString name = label;
    name.remove(QLatin1Char('&'));
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    field->setAccessibleName(name.trimmed());
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
    addRow(form, tr("&Name:"), m_nameEdit);
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        // A process needs a name; an empty field is restored when left.
        if (!text.trimmed().isEmpty())
            setProcessValue(Property::Name, text.trimmed());
    });

    m_ownerEdit = new QLineEdit(page);
    m_ownerEdit->setObjectName(QStringLiteral("ownerEdit"));
    m_ownerEdit->setPlaceholderText(tr("Who answers for it"));
    addRow(form, tr("&Owner:"), m_ownerEdit);
    connect(m_ownerEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { setProcessValue(Property::Owner, text); });

    m_descriptionEdit = new QPlainTextEdit(page);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setTabChangesFocus(true);
    makeCompact(m_descriptionEdit);
    m_descriptionEdit->setPlaceholderText(tr("What it is for, when it starts and ends"));
    addRow(form, tr("&Description:"), m_descriptionEdit);
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            setProcessValue(Property::Description, m_descriptionEdit->toPlainText());
    });

    m_slaEdit = new DurationEdit(page);
    m_slaEdit->setObjectName(QStringLiteral("slaEdit"));
    addRow(form, tr("&SLA target:"), m_slaEdit);
    connect(m_slaEdit, &DurationEdit::secondsEdited, this,
            [this](qint64 s) { setProcessValue(Property::SlaTarget, QVariant::fromValue(s)); });

    // How often it runs, as its owner reckons: the Improve tab's figures until runs are logged.
    m_runsPerMonthSpin = new QDoubleSpinBox(page);
    m_runsPerMonthSpin->setObjectName(QStringLiteral("runsPerMonthSpin"));
    m_runsPerMonthSpin->setRange(0, 1000000);
    m_runsPerMonthSpin->setDecimals(1);
    m_runsPerMonthSpin->setSpecialValueText(tr("not entered"));
    m_runsPerMonthSpin->setToolTip(tr("How often the process runs in a month. Until runs are "
                                      "logged, the Improve tab uses it with the steps' expected "
                                      "durations to tell what each step costs."));
    addRow(form, tr("Runs per mon&th:"), m_runsPerMonthSpin);
    connect(m_runsPerMonthSpin, &QDoubleSpinBox::valueChanged, this,
            [this](double runs) { setProcessValue(Property::RunsPerMonth, runs); });
    auto *runsPerMonthHint = new QLabel(tr("Used until runs are logged."), page);
    runsPerMonthHint->setObjectName(QStringLiteral("runsPerMonthHint"));
    runsPerMonthHint->setWordWrap(true);
    runsPerMonthHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), runsPerMonthHint);

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
    reviewCheck->setAccessibleName(tr("Review date set"));
    m_reviewDateEdit->setAccessibleName(tr("Review date"));
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

    // The SLA clock, and the business hours it measures on.
    m_clockCombo = new QComboBox(page);
    m_clockCombo->setObjectName(QStringLiteral("slaClockCombo"));
    m_clockCombo->addItem(tr("Calendar time"), int(Process::SlaClock::Calendar));
    m_clockCombo->addItem(tr("Business hours"), int(Process::SlaClock::BusinessHours));
    m_clockCombo->setToolTip(tr("How cycle, waiting and processing times and SLA compliance are "
                                "measured: every hour of the day, or only working hours"));
    addRow(form, tr("SLA c&lock:"), m_clockCombo);
    connect(m_clockCombo, &QComboBox::activated, this, [this](int index) {
        setProcessValue(Property::SlaClock, m_clockCombo->itemData(index).toInt());
        if (m_document)
            m_document->breakMergeChain();
    });

    m_hoursEdit = new QLineEdit(page);
    m_hoursEdit->setObjectName(QStringLiteral("workingHoursEdit"));
    m_hoursEdit->setPlaceholderText(BusinessCalendar::defaultHours());
    m_hoursEdit->setToolTip(tr("Working days and hours, such as Mon-Fri 09:00-18:00 or Mon-Thu "
                               "08:00-12:00,13:00-17:00; Fri 08:00-14:00"));
    addRow(form, tr("&Working hours:"), m_hoursEdit);

    m_zoneEdit = new QLineEdit(page);
    m_zoneEdit->setObjectName(QStringLiteral("timeZoneEdit"));
    m_zoneEdit->setPlaceholderText(QStringLiteral("UTC"));
    m_zoneEdit->setToolTip(tr("The time zone of the working hours, such as Europe/Berlin"));
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromUtf8(id));
    auto *completer = new QCompleter(zones, m_zoneEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_zoneEdit->setCompleter(completer);
    addRow(form, tr("Time &zone:"), m_zoneEdit);

    m_holidaysEdit = new QLineEdit(page);
    m_holidaysEdit->setObjectName(QStringLiteral("holidaysEdit"));
    m_holidaysEdit->setPlaceholderText(tr("none"));
    m_holidaysEdit->setToolTip(
        tr("Days off, as YYYY-MM-DD separated by commas: 2026-12-24, 2026-12-25"));
    addRow(form, tr("&Holidays:"), m_holidaysEdit);

    m_calendarError = new QLabel(page);
    m_calendarError->setObjectName(QStringLiteral("calendarErrorLabel"));
    m_calendarError->setWordWrap(true);
    m_calendarError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_calendarError->setVisible(false);
    form->addRow(m_calendarError);

    // textChanged, not textEdited: a zone picked from the completer is set, not typed.
    for (const auto &[edit, property] : {std::pair {m_hoursEdit, Property::WorkingHours},
                                         std::pair {m_zoneEdit, Property::TimeZone},
                                         std::pair {m_holidaysEdit, Property::Holidays}}) {
        QLineEdit *field = edit;
        const Property what = property;
        connect(field, &QLineEdit::textChanged, this, [this, field, what] {
            if (!m_updating)
                editCalendarField(field, what);
        });
    }

    for (QWidget *editor :
         {static_cast<QWidget *>(m_nameEdit), static_cast<QWidget *>(m_ownerEdit),
          static_cast<QWidget *>(m_descriptionEdit), static_cast<QWidget *>(m_slaEdit),
          static_cast<QWidget *>(m_runsPerMonthSpin), static_cast<QWidget *>(reviewCheck),
          static_cast<QWidget *>(m_reviewDateEdit), static_cast<QWidget *>(m_clockCombo),
          static_cast<QWidget *>(m_hoursEdit), static_cast<QWidget *>(m_zoneEdit),
          static_cast<QWidget *>(m_holidaysEdit)})
        watch(editor);
    return page;
}

QWidget *PropertiesPanel::createStepPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("stepPropertiesPage"));
    auto *form = new QFormLayout(page);
    m_stepForm = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_stepTitle = pageTitle(tr("Step"), page);
    form->addRow(m_stepTitle);

    m_stepNameEdit = new QLineEdit(page);
    m_stepNameEdit->setObjectName(QStringLiteral("stepNameEdit"));
    addRow(form, tr("&Name:"), m_stepNameEdit);
    connect(m_stepNameEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { setStepValue(Property::Name, text); });

    m_kindCombo = new QComboBox(page);
    m_kindCombo->setObjectName(QStringLiteral("stepKindCombo"));
    m_kindCombo->addItem(tr("Start"), int(Step::Kind::Start));
    m_kindCombo->addItem(tr("Task"), int(Step::Kind::Task));
    m_kindCombo->addItem(tr("Decision"), int(Step::Kind::Decision));
    m_kindCombo->addItem(tr("Event"), int(Step::Kind::Event));
    m_kindCombo->addItem(tr("End"), int(Step::Kind::End));
    addRow(form, tr("&Kind:"), m_kindCombo);
    connect(m_kindCombo, &QComboBox::activated, this, [this](int index) {
        setStepValue(Property::StepKind, m_kindCombo->itemData(index).toInt());
        if (m_document)
            m_document->breakMergeChain();
    });

    m_laneCombo = new QComboBox(page);
    m_laneCombo->setObjectName(QStringLiteral("stepLaneCombo"));
    addRow(form, tr("&Lane:"), m_laneCombo);
    connect(m_laneCombo, &QComboBox::activated, this, [this](int index) {
        if (m_document && !m_selectedSteps.isEmpty() && !m_updating)
            m_document->moveStepsToLane(m_selectedSteps, m_laneCombo->itemData(index).toInt());
    });

    m_triggerCombo = new QComboBox(page);
    m_triggerCombo->setObjectName(QStringLiteral("triggerCombo"));
    m_triggerCombo->addItem(tr("Not said"), int(Step::Trigger::None));
    m_triggerCombo->addItem(tr("A wait (a reply, a delivery)"), int(Step::Trigger::Wait));
    m_triggerCombo->addItem(tr("A timer (a date, a delay)"), int(Step::Trigger::Timer));
    m_triggerCombo->addItem(tr("A message (mail, call, signal)"), int(Step::Trigger::Message));
    addRow(form, tr("&Waits for:"), m_triggerCombo);
    connect(m_triggerCombo, &QComboBox::activated, this, [this](int index) {
        setStepValue(Property::Trigger, m_triggerCombo->itemData(index).toInt());
        if (m_document)
            m_document->breakMergeChain();
    });

    m_doneEdit = new QPlainTextEdit(page);
    m_doneEdit->setObjectName(QStringLiteral("definitionOfDoneEdit"));
    m_doneEdit->setTabChangesFocus(true);
    makeCompact(m_doneEdit);
    m_doneEdit->setPlaceholderText(tr("How anyone can tell this step is finished"));
    addRow(form, tr("&Definition of done:"), m_doneEdit);
    connect(m_doneEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            setStepValue(Property::DefinitionOfDone, m_doneEdit->toPlainText());
    });

    m_inputsEdit = new QPlainTextEdit(page);
    m_inputsEdit->setObjectName(QStringLiteral("inputsEdit"));
    m_inputsEdit->setTabChangesFocus(true);
    makeCompact(m_inputsEdit);
    m_inputsEdit->setMaximumHeight(4 * m_inputsEdit->fontMetrics().lineSpacing() + 10);
    m_inputsEdit->setPlaceholderText(tr("What the step needs, one per line"));
    addRow(form, tr("&Inputs:"), m_inputsEdit);
    connect(m_inputsEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            setStepValue(Property::Inputs, splitLines(m_inputsEdit->toPlainText()));
    });

    m_outputsEdit = new QPlainTextEdit(page);
    m_outputsEdit->setObjectName(QStringLiteral("outputsEdit"));
    m_outputsEdit->setTabChangesFocus(true);
    makeCompact(m_outputsEdit);
    m_outputsEdit->setMaximumHeight(4 * m_outputsEdit->fontMetrics().lineSpacing() + 10);
    m_outputsEdit->setPlaceholderText(tr("What the step makes, one per line"));
    addRow(form, tr("O&utputs:"), m_outputsEdit);
    connect(m_outputsEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            setStepValue(Property::Outputs, splitLines(m_outputsEdit->toPlainText()));
    });

    m_expectedEdit = new DurationEdit(page);
    m_expectedEdit->setObjectName(QStringLiteral("expectedDurationEdit"));
    addRow(form, tr("&Expected duration:"), m_expectedEdit);
    connect(m_expectedEdit, &DurationEdit::secondsEdited, this,
            [this](qint64 s) { setStepValue(Property::ExpectedDuration, QVariant::fromValue(s)); });

    m_stepSlaEdit = new DurationEdit(page);
    m_stepSlaEdit->setObjectName(QStringLiteral("stepSlaEdit"));
    m_stepSlaEdit->setToolTip(tr("Applies to waiting plus processing time; a duration such as 4h, "
                                 "2d or 1d 4h"));
    addRow(form, tr("Step S&LA:"), m_stepSlaEdit);
    connect(m_stepSlaEdit, &DurationEdit::secondsEdited, this,
            [this](qint64 s) { setStepValue(Property::StepSla, QVariant::fromValue(s)); });

    m_automationCombo = new QComboBox(page);
    m_automationCombo->setObjectName(QStringLiteral("automationCombo"));
    m_automationCombo->addItem(tr("Manual"), int(Step::Automation::Manual));
    m_automationCombo->addItem(tr("Candidate for automation"), int(Step::Automation::Candidate));
    m_automationCombo->addItem(tr("Automation planned"), int(Step::Automation::Planned));
    m_automationCombo->addItem(tr("Automated"), int(Step::Automation::Automated));
    m_automationCombo->addItem(tr("Not to be automated"), int(Step::Automation::Rejected));
    addRow(form, tr("&Automation:"), m_automationCombo);
    connect(m_automationCombo, &QComboBox::activated, this, [this](int index) {
        setStepValue(Property::Automation, m_automationCombo->itemData(index).toInt());
        if (m_document)
            m_document->breakMergeChain();
    });

    m_systemsEdit = new QLineEdit(page);
    m_systemsEdit->setObjectName(QStringLiteral("systemsEdit"));
    m_systemsEdit->setPlaceholderText(tr("CRM, mail, invoicing, ..."));
    m_systemsEdit->setToolTip(tr("The systems this step touches, separated by commas"));
    addRow(form, tr("S&ystems:"), m_systemsEdit);
    connect(m_systemsEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { setStepValue(Property::Systems, splitList(text)); });

    m_effortSpin = new QDoubleSpinBox(page);
    m_effortSpin->setObjectName(QStringLiteral("effortSpin"));
    m_effortSpin->setRange(0, 10000);
    m_effortSpin->setDecimals(1);
    m_effortSpin->setSuffix(tr(" h"));
    m_effortSpin->setSpecialValueText(tr("not estimated"));
    m_effortSpin->setToolTip(tr("Estimated hours to automate this step"));
    addRow(form, tr("Effort to au&tomate:"), m_effortSpin);
    connect(m_effortSpin, &QDoubleSpinBox::valueChanged, this, [this](double hours) {
        if (!m_updating)
            setStepValue(Property::AutomationEffort, hours);
    });

    for (QWidget *editor :
         {static_cast<QWidget *>(m_stepNameEdit), static_cast<QWidget *>(m_kindCombo),
          static_cast<QWidget *>(m_laneCombo), static_cast<QWidget *>(m_triggerCombo),
          static_cast<QWidget *>(m_doneEdit), static_cast<QWidget *>(m_inputsEdit),
          static_cast<QWidget *>(m_outputsEdit), static_cast<QWidget *>(m_expectedEdit),
          static_cast<QWidget *>(m_stepSlaEdit), static_cast<QWidget *>(m_automationCombo),
          static_cast<QWidget *>(m_systemsEdit), static_cast<QWidget *>(m_effortSpin)})
        watch(editor);
    return page;
}

QWidget *PropertiesPanel::createHandoffPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("handoffPropertiesPage"));
    auto *form = new QFormLayout(page);
    m_handoffForm = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_handoffTitle = pageTitle(tr("Handoff"), page);
    form->addRow(m_handoffTitle);

    m_fromLabel = new QLabel(page);
    m_fromLabel->setObjectName(QStringLiteral("handoffFromLabel"));
    m_fromLabel->setWordWrap(true);
    m_fromLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addRow(form, tr("From:"), m_fromLabel);
    m_toLabel = new QLabel(page);
    m_toLabel->setObjectName(QStringLiteral("handoffToLabel"));
    m_toLabel->setWordWrap(true);
    m_toLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addRow(form, tr("To:"), m_toLabel);
    m_ownerChangeLabel = new QLabel(page);
    m_ownerChangeLabel->setObjectName(QStringLiteral("ownerChangeLabel"));
    m_ownerChangeLabel->setWordWrap(true);
    form->addRow(m_ownerChangeLabel);

    m_labelEdit = new QLineEdit(page);
    m_labelEdit->setObjectName(QStringLiteral("handoffLabelEdit"));
    m_labelEdit->setPlaceholderText(
        tr("Shown on the map, such as \u201cyes\u201d or \u201cover 500\u201d"));
    addRow(form, tr("&Label:"), m_labelEdit);
    connect(m_labelEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { setHandoffValue(Property::Label, text); });
    watch(m_labelEdit);

    // The condition a BPMN file gives a flow (its conditionExpression), as written there.
    m_conditionEdit = new QLineEdit(page);
    m_conditionEdit->setObjectName(QStringLiteral("handoffConditionEdit"));
    m_conditionEdit->setPlaceholderText(tr("When it is taken, such as “amount > 500”"));
    addRow(form, tr("&Condition:"), m_conditionEdit);
    connect(m_conditionEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { setHandoffValue(Property::Condition, text); });
    watch(m_conditionEdit);
    return page;
}

QWidget *PropertiesPanel::createLanePage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("lanePropertiesPage"));
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(pageTitle(tr("Lane"), page));

    m_laneNameEdit = new QLineEdit(page);
    m_laneNameEdit->setObjectName(QStringLiteral("laneNameEdit"));
    m_laneNameEdit->setPlaceholderText(tr("Who owns these steps"));
    addRow(form, tr("&Owner:"), m_laneNameEdit);
    connect(m_laneNameEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { setLaneValue(Property::Name, text.trimmed()); });

    m_laneKindCombo = new QComboBox(page);
    m_laneKindCombo->setObjectName(QStringLiteral("laneKindCombo"));
    m_laneKindCombo->addItem(tr("Person"), int(Lane::Kind::Person));
    m_laneKindCombo->addItem(tr("Role"), int(Lane::Kind::Role));
    m_laneKindCombo->addItem(tr("Team"), int(Lane::Kind::Team));
    m_laneKindCombo->addItem(tr("System"), int(Lane::Kind::System));
    addRow(form, tr("&Kind:"), m_laneKindCombo);
    connect(m_laneKindCombo, &QComboBox::activated, this, [this](int index) {
        setLaneValue(Property::LaneKind, m_laneKindCombo->itemData(index).toInt());
        if (m_document)
            m_document->breakMergeChain();
    });

    m_laneColorButton = new QPushButton(tr("Choose..."), page);
    m_laneColorButton->setObjectName(QStringLiteral("laneColorButton"));
    m_laneColorButton->setToolTip(tr("Choose the lane's colour"));
    addRow(form, tr("&Colour:"), m_laneColorButton);
    connect(m_laneColorButton, &QPushButton::clicked, this, &PropertiesPanel::chooseLaneColor);

    m_laneStepsLabel = new QLabel(page);
    m_laneStepsLabel->setObjectName(QStringLiteral("laneStepsLabel"));
    m_laneStepsLabel->setEnabled(false);
    form->addRow(m_laneStepsLabel);

    for (QWidget *editor :
         {static_cast<QWidget *>(m_laneNameEdit), static_cast<QWidget *>(m_laneKindCombo),
          static_cast<QWidget *>(m_laneColorButton)})
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
        if (qobject_cast<QLineEdit *>(watched))
            QMetaObject::invokeMethod(this, &PropertiesPanel::updateCurrentPage,
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
    m_selectedHandoffs.clear();
    m_stepId = 0;
    m_laneId = 0;
    if (document) {
        connect(document, &ProcessDocument::processChanged, this,
                &PropertiesPanel::updateProcessPage);
        connect(document, &ProcessDocument::stepsChanged, this, &PropertiesPanel::onStepsChanged);
        connect(document, &ProcessDocument::stepsRemoved, this, &PropertiesPanel::onStepsRemoved);
        connect(document, &ProcessDocument::handoffsChanged, this,
                &PropertiesPanel::onHandoffsChanged);
        connect(document, &ProcessDocument::handoffsRemoved, this,
                &PropertiesPanel::onHandoffsRemoved);
        connect(document, &ProcessDocument::lanesChanged, this, &PropertiesPanel::onLanesChanged);
        connect(document, &ProcessDocument::readOnlyChanged, this,
                &PropertiesPanel::updateReadOnly);
        connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    updateLaneCombo();
    updateProcessPage();
    updateReadOnly();
    showPage();
}

void PropertiesPanel::selectionChanging()
{
    if (m_document)
        m_document->breakMergeChain();
}

void PropertiesPanel::setSelectedSteps(const ItemIds &stepIds)
{
    selectionChanging();
    m_selectedSteps = stepIds;
    m_stepId = stepIds.size() == 1 ? stepIds.first() : 0;
    updateStepPage();
    showPage();
}

void PropertiesPanel::setSelectedHandoffs(const ItemIds &handoffIds)
{
    selectionChanging();
    m_selectedHandoffs = handoffIds;
    updateHandoffPage();
    showPage();
}

void PropertiesPanel::setSelectedLane(ItemId laneId)
{
    selectionChanging();
    m_laneId = laneId;
    updateLanePage();
    showPage();
}

void PropertiesPanel::showPage()
{
    if (!m_document) {
        m_emptyLabel->setText(tr("Select a process to see its properties."));
        m_stack->setCurrentWidget(m_emptyPage);
    } else if (!m_selectedSteps.isEmpty()) {
        m_stack->setCurrentIndex(2);
    } else if (!m_selectedHandoffs.isEmpty()) {
        m_stack->setCurrentIndex(3);
    } else if (m_laneId && m_document->process().lane(m_laneId)) {
        m_stack->setCurrentIndex(4);
    } else {
        m_stack->setCurrentIndex(1);
    }
}

void PropertiesPanel::updateCurrentPage()
{
    switch (m_stack->currentIndex()) {
    case 1:
        updateProcessPage();
        break;
    case 2:
        updateStepPage();
        break;
    case 3:
        updateHandoffPage();
        break;
    case 4:
        updateLanePage();
        break;
    default:
        break;
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
    if (!qFuzzyCompare(m_runsPerMonthSpin->value() + 1, p.runsPerMonth + 1))
        m_runsPerMonthSpin->setValue(p.runsPerMonth);
    m_reviewCheck->setChecked(p.reviewDate.isValid());
    m_reviewDateEdit->setEnabled(p.reviewDate.isValid() && !m_document->isReadOnly());
    m_reviewDateEdit->setDate(p.reviewDate.isValid() ? p.reviewDate
                                                     : m_reviewDateEdit->minimumDate());
    setComboValue(m_clockCombo, int(p.slaClock));
    showCalendarField(m_hoursEdit, Property::WorkingHours, p.workingHours);
    showCalendarField(m_zoneEdit, Property::TimeZone, p.timeZone);
    // Spaces after the commas read better; the stored form has none.
    showCalendarField(m_holidaysEdit, Property::Holidays,
                      BusinessCalendar::formatHolidays(p.holidays)
                          .replace(QLatin1Char(','), QLatin1String(", ")));
    // The hours are kept while the clock is calendar time, but only count on business hours.
    const bool business = p.slaClock == Process::SlaClock::BusinessHours;
    for (QLineEdit *edit : {m_hoursEdit, m_zoneEdit, m_holidaysEdit})
        edit->setEnabled(business);
    m_updating = false;
}

void PropertiesPanel::showCalendarField(QLineEdit *edit, Property property, const QString &stored)
{
    // What the user is typing stays: a text still refused, or one that means the stored value.
    if (edit->hasFocus()) {
        if (m_calendarErrors.contains(edit))
            return;
        const std::optional<QString> typed = calendarText(property, edit->text(), nullptr);
        if (typed && *typed == calendarText(property, stored, nullptr))
            return;
    }
    setLineText(edit, stored);
    setCalendarError(edit, QString());
}

void PropertiesPanel::editCalendarField(QLineEdit *edit, Property property)
{
    if (!m_document || m_document->isReadOnly())
        return;
    QString error;
    const std::optional<QString> value = calendarText(property, edit->text(), &error);
    setCalendarError(edit, value ? QString() : error);
    if (value)
        m_document->setProcessValue(property, *value);
}

void PropertiesPanel::setCalendarError(QLineEdit *edit, const QString &error)
{
    if (error.isEmpty() == !m_calendarErrors.contains(edit)
        && m_calendarErrors.value(edit) == error)
        return;
    if (error.isEmpty())
        m_calendarErrors.remove(edit);
    else
        m_calendarErrors.insert(edit, error);
    // A red frame on the field; the message, which says what is wrong and where, below the
    // fields (a tooltip would hide it until a hover).
    edit->setStyleSheet(error.isEmpty()
                            ? QString()
                            : QStringLiteral("QLineEdit { border: 1px solid #d0312d; "
                                             "border-radius: 2px; padding: 1px 2px; }"));
    edit->setAccessibleDescription(error);
    QStringList messages;
    for (QLineEdit *field : {m_hoursEdit, m_zoneEdit, m_holidaysEdit}) {
        if (m_calendarErrors.contains(field))
            messages.append(m_calendarErrors.value(field) + QLatin1Char(' ') + tr("Not applied."));
    }
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette errorPalette = m_calendarError->palette();
    errorPalette.setColor(QPalette::WindowText,
                          dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    m_calendarError->setPalette(errorPalette);
    m_calendarError->setText(messages.join(QLatin1Char('\n')));
    m_calendarError->setVisible(!messages.isEmpty());
}

QVariant PropertiesPanel::commonStepValue(Property property) const
{
    QVariant common;
    for (ItemId id : m_selectedSteps) {
        const QVariant value = m_document->value(ObjectType::Step, id, property);
        if (!value.isValid())
            continue;
        if (!common.isValid())
            common = value;
        else if (common != value)
            return {};
    }
    return common;
}

void PropertiesPanel::updateStepPage()
{
    if (!m_document)
        return;
    QVector<const Step *> steps;
    for (ItemId id : std::as_const(m_selectedSteps)) {
        if (const Step *step = m_document->process().step(id))
            steps.append(step);
    }
    if (steps.isEmpty())
        return;
    const bool single = steps.size() == 1;
    bool allTasks = true;
    bool allEvents = true;
    for (const Step *step : std::as_const(steps)) {
        allTasks &= step->kind == Step::Kind::Task;
        allEvents &= step->kind == Step::Kind::Event;
    }
    m_stepTitle->setText(single ? tr("Step") : tr("%n steps", nullptr, int(steps.size())));
    // Only what applies to every selected step, and what makes sense to set on several at once.
    m_stepForm->setRowVisible(m_stepNameEdit, single);
    m_stepForm->setRowVisible(m_triggerCombo, allEvents);
    m_stepForm->setRowVisible(m_doneEdit, single && allTasks);
    m_stepForm->setRowVisible(m_inputsEdit, single && allTasks);
    m_stepForm->setRowVisible(m_outputsEdit, single && allTasks);
    m_stepForm->setRowVisible(m_expectedEdit, allTasks || allEvents);
    m_stepForm->setRowVisible(m_stepSlaEdit, allTasks || allEvents);
    m_stepForm->setRowVisible(m_automationCombo, allTasks);
    m_stepForm->setRowVisible(m_systemsEdit, allTasks);
    m_stepForm->setRowVisible(m_effortSpin, allTasks);

    m_updating = true;
    const Step *step = steps.first();
    const QString several = tr("several values");
    if (single) {
        setLineText(m_stepNameEdit, step->name);
        setPlainText(m_doneEdit, step->definitionOfDone);
        if (splitLines(m_inputsEdit->toPlainText()) != step->inputs)
            m_inputsEdit->setPlainText(step->inputs.join(QLatin1Char('\n')));
        if (splitLines(m_outputsEdit->toPlainText()) != step->outputs)
            m_outputsEdit->setPlainText(step->outputs.join(QLatin1Char('\n')));
    }
    setComboValue(m_kindCombo, commonStepValue(Property::StepKind));
    // The lane is no generic property: compare the steps themselves.
    bool sameLane = true;
    for (const Step *s : std::as_const(steps))
        sameLane &= s->laneId == step->laneId;
    setComboValue(m_laneCombo, sameLane ? QVariant(step->laneId) : QVariant());
    setComboValue(m_triggerCombo, commonStepValue(Property::Trigger));
    setComboValue(m_automationCombo, commonStepValue(Property::Automation));

    const QVariant expected = commonStepValue(Property::ExpectedDuration);
    m_expectedEdit->setSeconds(expected.isValid() ? expected.toLongLong() : 0);
    m_expectedEdit->setPlaceholderText(expected.isValid() ? tr("none") : several);
    const QVariant sla = commonStepValue(Property::StepSla);
    m_stepSlaEdit->setSeconds(sla.isValid() ? sla.toLongLong() : 0);
    m_stepSlaEdit->setPlaceholderText(sla.isValid() ? tr("none") : several);

    const QVariant systems = commonStepValue(Property::Systems);
    if (!systems.isValid())
        m_systemsEdit->clear();
    else if (splitList(m_systemsEdit->text()) != systems.toStringList())
        m_systemsEdit->setText(systems.toStringList().join(QStringLiteral(", ")));
    m_systemsEdit->setPlaceholderText(systems.isValid() ? tr("CRM, mail, invoicing, ...")
                                                        : several);

    const QVariant effort = commonStepValue(Property::AutomationEffort);
    m_effortSpin->setSpecialValueText(effort.isValid() ? tr("not estimated") : several);
    const double hours = effort.isValid() ? effort.toDouble() : 0.0;
    if (!qFuzzyCompare(m_effortSpin->value() + 1, hours + 1))
        m_effortSpin->setValue(hours);
    m_updating = false;
}

void PropertiesPanel::updateHandoffPage()
{
    if (!m_document || m_selectedHandoffs.isEmpty())
        return;
    const Process &p = m_document->process();
    const Handoff *first = p.handoff(m_selectedHandoffs.first());
    if (!first)
        return;
    const bool single = m_selectedHandoffs.size() == 1;
    m_handoffTitle->setText(single ? tr("Handoff")
                                   : tr("%n handoffs", nullptr, int(m_selectedHandoffs.size())));
    m_handoffForm->setRowVisible(m_fromLabel, single);
    m_handoffForm->setRowVisible(m_toLabel, single);
    m_handoffForm->setRowVisible(m_ownerChangeLabel, false);

    m_updating = true;
    if (single) {
        auto describe = [&p](ItemId stepId) {
            const Step *step = p.step(stepId);
            if (!step)
                return QString();
            const Lane *lane = p.lane(step->laneId);
            return lane && !lane->name.isEmpty() ? tr("%1 (%2)").arg(step->name, lane->name)
                                                 : step->name;
        };
        m_fromLabel->setText(describe(first->fromStepId));
        m_toLabel->setText(describe(first->toStepId));
        const Step *from = p.step(first->fromStepId);
        const Step *to = p.step(first->toStepId);
        if (from && to && from->laneId != to->laneId) {
            const Lane *a = p.lane(from->laneId);
            const Lane *b = p.lane(to->laneId);
            m_ownerChangeLabel->setText(tr("A change of owner: from %1 to %2.")
                                            .arg(a ? a->name : QString(), b ? b->name : QString()));
            m_handoffForm->setRowVisible(m_ownerChangeLabel, true);
        }
    }
    bool sameLabel = true;
    bool sameCondition = true;
    for (ItemId id : std::as_const(m_selectedHandoffs)) {
        const Handoff *h = p.handoff(id);
        sameLabel &= h && h->label == first->label;
        sameCondition &= h && h->condition == first->condition;
    }
    setLineText(m_labelEdit, sameLabel ? first->label : QString());
    m_labelEdit->setPlaceholderText(
        sameLabel ? tr("Shown on the map, such as \u201cyes\u201d or \u201cover 500\u201d")
                  : tr("several values"));
    setLineText(m_conditionEdit, sameCondition ? first->condition : QString());
    m_conditionEdit->setPlaceholderText(
        sameCondition ? tr("When it is taken, such as “amount > 500”") : tr("several values"));
    m_updating = false;
}

void PropertiesPanel::updateLanePage()
{
    const Lane *lane = m_document && m_laneId ? m_document->process().lane(m_laneId) : nullptr;
    if (!lane)
        return;
    m_updating = true;
    // An owner being retyped stays as typed, even while empty.
    if (!(m_laneNameEdit->hasFocus() && m_laneNameEdit->text().trimmed() == lane->name))
        setLineText(m_laneNameEdit, lane->name);
    setComboValue(m_laneKindCombo, int(lane->kind));
    m_laneColorButton->setIcon(swatch(lane->color));
    m_laneColorButton->setText(laneColorOrDefault(lane->color).name());
    int steps = 0;
    for (const Step &step : m_document->process().steps)
        steps += step.laneId == m_laneId;
    m_laneStepsLabel->setText(tr("%n step(s) in this lane.", nullptr, steps));
    m_updating = false;
}

void PropertiesPanel::updateLaneCombo()
{
    m_updating = true;
    m_laneCombo->clear();
    if (m_document) {
        for (const Lane &lane : m_document->process().lanes)
            m_laneCombo->addItem(swatch(lane.color),
                                 lane.name.isEmpty() ? tr("(no owner)") : lane.name, lane.id);
    }
    m_updating = false;
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
    if (m_document && !m_selectedSteps.isEmpty() && !m_updating)
        m_document->setValue(ObjectType::Step, m_selectedSteps, property, value);
}

void PropertiesPanel::setHandoffValue(Property property, const QVariant &value)
{
    if (m_document && !m_selectedHandoffs.isEmpty() && !m_updating)
        m_document->setValue(ObjectType::Handoff, m_selectedHandoffs, property, value);
}

void PropertiesPanel::setLaneValue(Property property, const QVariant &value)
{
    if (m_document && m_laneId && !m_updating)
        m_document->setValue(ObjectType::Lane, {m_laneId}, property, value);
}

void PropertiesPanel::chooseLaneColor()
{
    const Lane *lane = m_document && m_laneId ? m_document->process().lane(m_laneId) : nullptr;
    if (!lane)
        return;
    const ItemId laneId = m_laneId;
    const QColor color
        = QColorDialog::getColor(laneColorOrDefault(lane->color), this, tr("Lane Colour"));
    // The dialog is modal but the document may have gone meanwhile (an autosave does not, a
    // process switch from a script could).
    if (!color.isValid() || !m_document || laneId != m_laneId)
        return;
    m_document->breakMergeChain();
    m_document->setValue(ObjectType::Lane, {laneId}, Property::LaneColor, color);
    m_document->breakMergeChain();
}

void PropertiesPanel::onStepsChanged(const ItemIds &ids)
{
    for (ItemId id : ids) {
        if (m_selectedSteps.contains(id)) {
            updateStepPage();
            break;
        }
    }
    // Step names and lanes show on the handoff and lane pages too.
    if (m_stack->currentIndex() == 3)
        updateHandoffPage();
    else if (m_stack->currentIndex() == 4)
        updateLanePage();
}

void PropertiesPanel::onStepsRemoved(const ItemIds &ids)
{
    bool changed = false;
    for (ItemId id : ids)
        changed |= m_selectedSteps.removeAll(id) > 0;
    if (changed)
        setSelectedSteps(m_selectedSteps);
    else if (m_stack->currentIndex() == 4)
        updateLanePage();
}

void PropertiesPanel::onHandoffsChanged(const ItemIds &ids)
{
    for (ItemId id : ids) {
        if (m_selectedHandoffs.contains(id)) {
            updateHandoffPage();
            return;
        }
    }
}

void PropertiesPanel::onHandoffsRemoved(const ItemIds &ids)
{
    bool changed = false;
    for (ItemId id : ids)
        changed |= m_selectedHandoffs.removeAll(id) > 0;
    if (changed)
        setSelectedHandoffs(m_selectedHandoffs);
}

void PropertiesPanel::onLanesChanged()
{
    updateLaneCombo();
    updateStepPage();
    if (m_laneId && !m_document->process().lane(m_laneId))
        m_laneId = 0;
    updateLanePage();
    updateHandoffPage();
    showPage();
}

} // namespace Stepwise
