#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QVector>

#include <algorithm>

namespace Stepwise {

namespace {

void select(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));

    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->addItem(tr("System"), QString());
    // Each language by its own name, as a reader of it looks for it: never translated.
    const QString names[]
        = {QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Fran\u00e7ais")};
    const QStringList codes = AppSettings::languages();
    for (int i = 0; i < codes.size(); ++i)
        m_languageCombo->addItem(names[i], codes.at(i));
    m_languageCombo->setToolTip(
        tr("The language of menus and texts; System follows the desktop's language"));
    auto *languageNote = new QLabel(tr("Applies when Stepwise starts again."), this);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setEnabled(false); // the dimmed text of a hint

    m_themeCombo = new QComboBox(this);
    m_themeCombo->setObjectName(QStringLiteral("themeCombo"));
    m_themeCombo->addItem(tr("System"), int(AppSettings::Theme::System));
    m_themeCombo->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_themeCombo->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_themeCombo->setToolTip(tr("The colours of the window; also in View > Theme"));

    m_autosaveSpin = new QSpinBox(this);
    m_autosaveSpin->setObjectName(QStringLiteral("autosaveSpin"));
    m_autosaveSpin->setRange(AppSettings::MinAutosaveDelayS, AppSettings::MaxAutosaveDelayS);
    m_autosaveSpin->setSuffix(tr(" s"));
    m_autosaveSpin->setAccelerated(true);
    m_autosaveSpin->setToolTip(
        tr("How long after the last change the open map is saved (%1 to %2 seconds)")
            .arg(AppSettings::MinAutosaveDelayS)
            .arg(AppSettings::MaxAutosaveDelayS));

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_languageCombo);
    generalForm->addRow(QString(), languageNote);
    generalForm->addRow(tr("&Theme:"), m_themeCombo);
    generalForm->addRow(tr("&Save changes after:"), m_autosaveSpin);

    m_gridSpin = new QSpinBox(this);
    m_gridSpin->setObjectName(QStringLiteral("gridSizeSpin"));
    m_gridSpin->setRange(AppSettings::MinGridSize, AppSettings::MaxGridSize);
    m_gridSpin->setSuffix(tr(" px"));
    m_gridSpin->setToolTip(tr("The spacing of the grid steps snap to when moved (%1 to %2 px)")
                               .arg(AppSettings::MinGridSize)
                               .arg(AppSettings::MaxGridSize));
    m_snapCheck = new QCheckBox(tr("S&nap moved steps to the grid"), this);
    m_snapCheck->setObjectName(QStringLiteral("snapCheck"));
    m_snapCheck->setToolTip(
        tr("Also in View > Snap to Grid; Shift with the arrow keys moves by one pixel"));

    auto *map = new QGroupBox(tr("Map"), this);
    auto *mapForm = new QFormLayout(map);
    mapForm->addRow(tr("&Grid size:"), m_gridSpin);
    mapForm->addRow(QString(), m_snapCheck);

    m_unitsCombo = new QComboBox(this);
    m_unitsCombo->setObjectName(QStringLiteral("unitsCombo"));
    m_unitsCombo->addItem(tr("Automatic (42 min, 3 h 20 min, 2.4 d)"),
                          int(DurationUnits::Automatic));
    m_unitsCombo->addItem(tr("Always hours (0.7 h, 3.3 h, 57.6 h)"), int(DurationUnits::Hours));
    m_unitsCombo->addItem(tr("Always days (0.03 d, 0.14 d, 2.4 d)"), int(DurationUnits::Days));
    m_unitsCombo->setToolTip(tr("How cycle, waiting and processing times are written on the "
                                "map, the dashboard and in reports"));

    m_pageCombo = new QComboBox(this);
    m_pageCombo->setObjectName(QStringLiteral("pageCombo"));
    m_pageCombo->addItem(tr("A4"), int(QPageSize::A4));
    m_pageCombo->addItem(tr("A3"), int(QPageSize::A3));
    m_pageCombo->addItem(tr("Letter"), int(QPageSize::Letter));
    m_pageCombo->setToolTip(
        tr("The paper the map export and the report start on, until you "
           "pick another there; the report, on A4 or Letter only, takes A4 for A3"));

    auto *figures = new QGroupBox(tr("Figures and exports"), this);
    auto *figuresForm = new QFormLayout(figures);
    figuresForm->addRow(tr("&Durations:"), m_unitsCombo);
    figuresForm->addRow(tr("&Paper:"), m_pageCombo);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Put the defaults into every field; OK keeps them"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QAbstractButton::clicked, this,
            [this] { setSettings(AppSettings()); });

    // One label column through the three groups, so the fields line up; numbers keep the width
    // of a number.
    QVector<QLabel *> labels;
    int labelWidth = 0;
    for (QFormLayout *form : {generalForm, mapForm, figuresForm}) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr) {
                labels.append(label);
                labelWidth = std::max(labelWidth, label->sizeHint().width());
            }
        }
    }
    for (QLabel *label : labels)
        label->setMinimumWidth(labelWidth);
    for (QSpinBox *spin : {m_autosaveSpin, m_gridSpin})
        spin->setSizePolicy(QSizePolicy::Fixed, spin->sizePolicy().verticalPolicy());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(map);
    layout->addWidget(figures);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setSettings(settings);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.language = m_languageCombo->currentData().toString();
    s.theme = AppSettings::Theme(m_themeCombo->currentData().toInt());
    s.gridSize = m_gridSpin->value();
    s.snapToGrid = m_snapCheck->isChecked();
    s.autosaveDelayS = m_autosaveSpin->value();
    s.durationUnits = DurationUnits(m_unitsCombo->currentData().toInt());
    s.pageSize = QPageSize::PageSizeId(m_pageCombo->currentData().toInt());
    return s;
}

void SettingsDialog::setSettings(const AppSettings &settings)
{
    select(m_languageCombo, settings.language);
    select(m_themeCombo, int(settings.theme));
    m_gridSpin->setValue(settings.gridSize);
    m_snapCheck->setChecked(settings.snapToGrid);
    m_autosaveSpin->setValue(settings.autosaveDelayS);
    select(m_unitsCombo, int(settings.durationUnits));
    select(m_pageCombo, int(settings.pageSize));
}

} // namespace Stepwise
