#include "appsettings.h"

#include <QSettings>

namespace Stepwise {

namespace {

// "view/theme" predates the Preferences (the View > Theme menu): the same key, the same words.
const QString LanguageKey = QStringLiteral("preferences/language");
const QString ThemeKey = QStringLiteral("view/theme");
const QString GridSizeKey = QStringLiteral("map/gridSize");
const QString SnapKey = QStringLiteral("map/snapToGrid");
const QString AutosaveKey = QStringLiteral("preferences/autosaveDelay");
const QString UnitsKey = QStringLiteral("preferences/durationUnits");
const QString PageKey = QStringLiteral("export/defaultPage");

// Words rather than enum numbers in the file: it stays readable and survives a reordered enum.
const QString UnitNames[]
    = {QStringLiteral("automatic"), QStringLiteral("hours"), QStringLiteral("days")};
const QString ThemeNames[]
    = {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};

QString pageName(QPageSize::PageSizeId id)
{
    return id == QPageSize::A3    ? QStringLiteral("A3")
        : id == QPageSize::Letter ? QStringLiteral("Letter")
                                  : QStringLiteral("A4");
}

template<typename Enum, size_t N>
Enum fromName(const QString (&names)[N], const QString &name, Enum fallback)
{
    for (size_t i = 0; i < N; ++i) {
        if (names[i] == name)
            return Enum(i);
    }
    return fallback;
}

int inRange(const QVariant &value, int min, int max, int fallback)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    return ok && n >= min && n <= max ? n : fallback;
}

} // namespace

QStringList AppSettings::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

bool AppSettings::isPageSize(QPageSize::PageSizeId id)
{
    return id == QPageSize::A4 || id == QPageSize::A3 || id == QPageSize::Letter;
}

AppSettings AppSettings::load()
{
    const QSettings settings;
    AppSettings s;
    const QString language = settings.value(LanguageKey).toString();
    if (languages().contains(language))
        s.language = language;
    s.theme = fromName(ThemeNames, settings.value(ThemeKey).toString(), Theme::System);
    s.gridSize = inRange(settings.value(GridSizeKey), MinGridSize, MaxGridSize, DefaultGridSize);
    s.snapToGrid = settings.value(SnapKey, true).toBool();
    s.autosaveDelayS = inRange(settings.value(AutosaveKey), MinAutosaveDelayS, MaxAutosaveDelayS,
                               DefaultAutosaveDelayS);
    s.durationUnits
        = fromName(UnitNames, settings.value(UnitsKey).toString(), DurationUnits::Automatic);
    const QString page = settings.value(PageKey).toString();
    for (QPageSize::PageSizeId id : {QPageSize::A4, QPageSize::A3, QPageSize::Letter}) {
        if (page == pageName(id))
            s.pageSize = id;
    }
    return s;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(LanguageKey, language);
    settings.setValue(ThemeKey, ThemeNames[int(theme)]);
    settings.setValue(GridSizeKey, gridSize);
    settings.setValue(SnapKey, snapToGrid);
    settings.setValue(AutosaveKey, autosaveDelayS);
    settings.setValue(UnitsKey, UnitNames[int(durationUnits)]);
    settings.setValue(PageKey, pageName(pageSize));
}

void AppSettings::saveTheme(Theme theme)
{
    QSettings().setValue(ThemeKey, ThemeNames[int(theme)]);
}

void AppSettings::saveSnapToGrid(bool snap)
{
    QSettings().setValue(SnapKey, snap);
}

bool AppSettings::operator==(const AppSettings &other) const
{
    return language == other.language && theme == other.theme && gridSize == other.gridSize
        && snapToGrid == other.snapToGrid && autosaveDelayS == other.autosaveDelayS
        && durationUnits == other.durationUnits && pageSize == other.pageSize;
}

} // namespace Stepwise
