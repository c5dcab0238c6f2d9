#pragma once

#include "analysis/statistics.h"

#include <QPageSize>
#include <QString>
#include <QStringList>

namespace Stepwise {

/// Stepwise's preferences as one value, read from and written to QSettings. The only place that
/// knows their keys and defaults: the Preferences dialog edits a copy, the main window applies
/// it, the startup reads the language, the export dialogs the paper. A value out of range in the
/// settings file (edited by hand, or by a newer version) reads as the default.
class AppSettings
{
public:
    enum class Theme { System, Light, Dark };

    static constexpr int DefaultGridSize = 10;
    static constexpr int MinGridSize = 2;
    static constexpr int MaxGridSize = 100;
    static constexpr int DefaultAutosaveDelayS = 1;
    static constexpr int MinAutosaveDelayS = 1;
    static constexpr int MaxAutosaveDelayS = 600;

    /// A language code of translations/ ("en", "de", "fr"), or empty for the system's.
    QString language;
    Theme theme = Theme::System;
    int gridSize = DefaultGridSize; ///< scene units, MinGridSize to MaxGridSize
    bool snapToGrid = true;
    int autosaveDelayS = DefaultAutosaveDelayS; ///< MinAutosaveDelayS to MaxAutosaveDelayS
    DurationUnits durationUnits = DurationUnits::Automatic;
    /// The paper the export dialogs start on: A4, A3 or Letter.
    QPageSize::PageSizeId pageSize = QPageSize::A4;

    /// The languages Stepwise is translated into, as codes for `language`.
    static QStringList languages();
    static bool isPageSize(QPageSize::PageSizeId id);

    /// What QSettings holds, with the defaults for what it lacks or what makes no sense.
    static AppSettings load();
    /// Writes every preference.
    void save() const;

    /// The View > Theme menu and the Map's "Snap to Grid" change one preference on their own.
    static void saveTheme(Theme theme);
    static void saveSnapToGrid(bool snap);

    bool operator==(const AppSettings &other) const;
    bool operator!=(const AppSettings &other) const { return !(*this == other); }
};

} // namespace Stepwise
