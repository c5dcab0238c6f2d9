#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QSpinBox;

namespace Stepwise {

/// Edit > Preferences: language, theme, the map's grid, autosave, the unit of durations and the
/// paper of exports. Edits a copy of the settings; whoever opened it saves and applies
/// settings() when it is accepted. Restore Defaults puts the defaults into the fields (OK then
/// keeps them, Cancel does not).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    /// What the fields say.
    AppSettings settings() const;
    void setSettings(const AppSettings &settings);

    QComboBox *languageCombo() const { return m_languageCombo; }
    QComboBox *themeCombo() const { return m_themeCombo; }
    QSpinBox *gridSizeSpin() const { return m_gridSpin; }
    QCheckBox *snapCheck() const { return m_snapCheck; }
    QSpinBox *autosaveSpin() const { return m_autosaveSpin; }
    QComboBox *unitsCombo() const { return m_unitsCombo; }
    QComboBox *pageCombo() const { return m_pageCombo; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }

private:
    QComboBox *m_languageCombo = nullptr;
    QComboBox *m_themeCombo = nullptr;
    QSpinBox *m_gridSpin = nullptr;
    QCheckBox *m_snapCheck = nullptr;
    QSpinBox *m_autosaveSpin = nullptr;
    QComboBox *m_unitsCombo = nullptr;
    QComboBox *m_pageCombo = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Stepwise
