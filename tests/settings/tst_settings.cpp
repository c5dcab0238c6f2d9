// Tests of Edit > Preferences driven like a user: keys and clicks in the dialog, then the main
// window, the map, the figures and the export dialogs checked for what the choice changes.

#include "mainwindow.h"
#include "startup.h"

#include "canvas/mapview.h"
#include "dashboard/dashboardview.h"
#include "dashboard/kpitile.h"
#include "export/mapexportdialog.h"
#include "export/reportdialog.h"
#include "panels/appsettings.h"
#include "panels/settingsdialog.h"

#include "analysis/statistics.h"
#include "process/processdocument.h"
#include "workspace/exampleruns.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Stepwise;

Q_DECLARE_METATYPE(Stepwise::DurationUnits)

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void durationsInOneUnit_data();
    void durationsInOneUnit();
    void nonsenseInTheSettingsFileReadsAsTheDefault();
    void startLanguage_data();
    void startLanguage();

    void preferencesIsInTheEditMenu();
    void gridSizeAppliesToTheMapAtOnce();
    void spinBoxesRefuseNumbersOutOfRange();
    void snapToGridFollowsTheViewMenu();
    void autosaveDelayAppliesAtOnce();
    void themeSwitchesAndStaysInStepWithTheViewMenu();
    void languageIsRememberedForTheNextStart();
    void durationUnitsChangeTheDashboard();
    void defaultPaperIsWhereTheExportDialogsStart();
    void cancelChangesNothing();
    void restoreDefaultsFillsTheFieldsAndOkKeepsThem();

private:
    void openWindow();
    /// Edit > Preferences, and the dialog it opens.
    SettingsDialog *openPreferences();
    void clickButton(SettingsDialog *dialog, QDialogButtonBox::StandardButton which);
    /// Types a number into a spin box as a user does: select all, type.
    void typeInto(QSpinBox *spin, const QString &text);

    QTemporaryDir m_configDir; // QSettings of the tests, never the user's
    QTemporaryDir m_templateDir;
    QString m_template; // a workspace with the examples and their runs, made once
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestSettings::initTestCase()
{
    QVERIFY(m_configDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configDir.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("StepwiseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    QSettings().clear();

    QVERIFY(m_templateDir.isValid());
    m_template = m_templateDir.filePath(QStringLiteral("examples.stepwise"));
    Workspace workspace;
    QVERIFY2(workspace.open(m_template), qPrintable(workspace.errorString()));
    QVERIFY(addExamples(workspace, QDateTime::currentMSecsSinceEpoch()));
}

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::cleanup()
{
    if (m_window && m_window->theme() != MainWindow::Theme::System)
        m_window->setTheme(MainWindow::Theme::System);
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
    QSettings().clear();
    setDurationUnits(DurationUnits::Automatic);
}

void TestSettings::openWindow()
{
    const QString path = m_dir->filePath(QStringLiteral("test.stepwise"));
    QVERIFY(QFile::copy(m_template, path));
    m_workspace = std::make_unique<Workspace>();
    QVERIFY2(m_workspace->open(path), qPrintable(m_workspace->errorString()));
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->document()); // the first example opens
}

SettingsDialog *TestSettings::openPreferences()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionPreferences"));
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    if (!dialog || !dialog->isVisible())
        return nullptr;
    return dialog;
}

void TestSettings::clickButton(SettingsDialog *dialog, QDialogButtonBox::StandardButton which)
{
    QPushButton *button = dialog->buttonBox()->button(which);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestSettings::typeInto(QSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

void TestSettings::durationsInOneUnit_data()
{
    QTest::addColumn<DurationUnits>("units");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");
    const auto H = DurationUnits::Hours, D = DurationUnits::Days;
    QTest::newRow("an hour and a half is 1.5 h") << H << 5400.0 << QStringLiteral("1.5 h");
    QTest::newRow("a day in hours has no trailing zero") << H << 86400.0 << QStringLiteral("24 h");
    QTest::newRow("a quarter hour keeps two decimals") << H << 900.0 << QStringLiteral("0.25 h");
    QTest::newRow("zero hours") << H << 0.0 << QStringLiteral("0 h");
    QTest::newRow("a hundred hours have no decimals") << H << 360000.0 << QStringLiteral("100 h");
    QTest::newRow("2.4 days are 57.6 h") << H << 2.4 * 86400 << QStringLiteral("57.6 h");
    QTest::newRow("negative hours have a minus") << H << -5400.0 << QStringLiteral("-1.5 h");
    QTest::newRow("no value is a dash in hours too") << H << qQNaN() << QStringLiteral("\u2013");
    QTest::newRow("two and a half days") << D << 216000.0 << QStringLiteral("2.5 d");
    QTest::newRow("an hour is 0.04 d") << D << 3600.0 << QStringLiteral("0.04 d");
    QTest::newRow("one day") << D << 86400.0 << QStringLiteral("1 d");
    QTest::newRow("many days without decimals") << D << 135.2 * 86400 << QStringLiteral("135 d");
    QTest::newRow("automatic is unchanged")
        << DurationUnits::Automatic << 12000.0 << QStringLiteral("3 h 20 min");
}

void TestSettings::durationsInOneUnit()
{
    QFETCH(DurationUnits, units);
    QFETCH(double, seconds);
    QFETCH(QString, text);
    setDurationUnits(units);
    QCOMPARE(durationUnits(), units);
    QCOMPARE(humanDuration(seconds), text);
}

void TestSettings::nonsenseInTheSettingsFileReadsAsTheDefault()
{
    // Written by hand or by a newer version: nothing out of range reaches the window.
    QSettings settings;
    settings.setValue(QStringLiteral("map/gridSize"), 5000);
    settings.setValue(QStringLiteral("preferences/autosaveDelay"), QStringLiteral("soon"));
    settings.setValue(QStringLiteral("preferences/durationUnits"), QStringLiteral("fortnights"));
    settings.setValue(QStringLiteral("preferences/language"), QStringLiteral("tlh"));
    settings.setValue(QStringLiteral("export/defaultPage"), QStringLiteral("B5"));
    settings.setValue(QStringLiteral("view/theme"), QStringLiteral("purple"));
    settings.sync();
    QVERIFY(AppSettings::load() == AppSettings());

    AppSettings chosen;
    chosen.language = QStringLiteral("fr");
    chosen.theme = AppSettings::Theme::Dark;
    chosen.gridSize = 25;
    chosen.snapToGrid = false;
    chosen.autosaveDelayS = 30;
    chosen.durationUnits = DurationUnits::Days;
    chosen.pageSize = QPageSize::Letter;
    chosen.save();
    QVERIFY(AppSettings::load() == chosen);
}

void TestSettings::startLanguage_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<bool>("headless");
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the window starts in the saved language") << "de" << false << ""
                                                             << "de";
    QTest::newRow("--lang wins over the saved language") << "de" << false << "fr"
                                                         << "fr";
    QTest::newRow("a command keeps the system's language") << "de" << true << ""
                                                           << "";
    QTest::newRow("--lang applies to a command") << "de" << true << "fr"
                                                 << "fr";
    QTest::newRow("nothing saved is the system's language") << "" << false << ""
                                                            << "";
}

void TestSettings::startLanguage()
{
    QFETCH(QString, saved);
    QFETCH(bool, headless);
    QFETCH(QString, commandLine);
    QFETCH(QString, expected);
    AppSettings settings;
    settings.language = saved;
    settings.save();
    EarlyArguments early;
    early.headless = headless;
    early.language = commandLine;
    QCOMPARE(Stepwise::startLanguage(early), expected);
}

void TestSettings::preferencesIsInTheEditMenu()
{
    openWindow();
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionPreferences"));
    QVERIFY(action);
    QCOMPARE(action->menuRole(), QAction::PreferencesRole);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Preferences));
    QMenu *edit = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            edit = menu->menu();
    }
    QVERIFY(edit);
    QCOMPARE(edit->title(), QStringLiteral("&Edit"));

    // Opened twice, one dialog: the second time raises the first.
    SettingsDialog *dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Preferences"));
    action->trigger();
    QCOMPARE(m_window->findChildren<SettingsDialog *>().size(), 1);
    for (QWidget *field : dialog->findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(field) || qobject_cast<QSpinBox *>(field)
            || qobject_cast<QCheckBox *>(field))
            QVERIFY2(!field->toolTip().isEmpty(), qPrintable(field->objectName()));
    }
    clickButton(dialog, QDialogButtonBox::Cancel);
}

void TestSettings::gridSizeAppliesToTheMapAtOnce()
{
    openWindow();
    MapView *map = m_window->mapView();
    QCOMPARE(map->gridSize(), AppSettings::DefaultGridSize);
    SettingsDialog *dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(dialog->gridSizeSpin()->value(), 10);
    typeInto(dialog->gridSizeSpin(), QStringLiteral("25"));
    QCOMPARE(map->gridSize(), 10); // not before OK
    clickButton(dialog, QDialogButtonBox::Ok);
    QCOMPARE(map->gridSize(), 25);
    QCOMPARE(AppSettings::load().gridSize, 25);

    // Remembered: the next window's map has it too.
    m_window.reset();
    m_workspace.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    openWindow();
    QCOMPARE(m_window->mapView()->gridSize(), 25);
}

void TestSettings::spinBoxesRefuseNumbersOutOfRange()
{
    openWindow();
    SettingsDialog *dialog = openPreferences();
    QVERIFY(dialog);
    QSpinBox *grid = dialog->gridSizeSpin();
    QCOMPARE(grid->minimum(), 2);
    QCOMPARE(grid->maximum(), 100);
    typeInto(grid, QStringLiteral("500")); // the last 0 would make it too large: refused
    QCOMPARE(grid->value(), 50);
    typeInto(grid, QStringLiteral("x7"));
    QCOMPARE(grid->value(), 7);

    QSpinBox *autosave = dialog->autosaveSpin();
    QCOMPARE(autosave->minimum(), 1);
    QCOMPARE(autosave->maximum(), 600);
    typeInto(autosave, QStringLiteral("9999")); // 999 s would be more than ten minutes
    QCOMPARE(autosave->value(), 99);
    typeInto(autosave, QStringLiteral("600"));
    QTest::keyClick(autosave, Qt::Key_Up); // held at the maximum
    QCOMPARE(autosave->value(), 600);
    QTest::keyClick(autosave, Qt::Key_PageUp);
    QCOMPARE(autosave->value(), 600);
    clickButton(dialog, QDialogButtonBox::Cancel);
}

void TestSettings::snapToGridFollowsTheViewMenu()
{
    openWindow();
    QAction *snap = nullptr;
    for (QAction *action : m_window->mapView()->viewActions()) {
        if (action->objectName() == QLatin1String("actionSnapToGrid"))
            snap = action;
    }
    QVERIFY(snap);
    QVERIFY(snap->isChecked());
    snap->trigger();
    QVERIFY(!m_window->mapView()->snapToGrid());
    SettingsDialog *dialog = openPreferences();
    QVERIFY(dialog);
    QVERIFY(!dialog->snapCheck()->isChecked());
    QTest::mouseClick(dialog->snapCheck(), Qt::LeftButton, {},
                      dialog->snapCheck()->rect().topLeft() + QPoint(8, 8));
    QVERIFY(dialog->snapCheck()->isChecked());
    clickButton(dialog, QDialogButtonBox::Ok);
    QVERIFY(m_window->mapView()->snapToGrid());
    QVERIFY(snap->isChecked());
    QVERIFY(AppSettings::load().snapToGrid);
}

void TestSettings::autosaveDelayAppliesAtOnce()
{
    openWindow();
    QCOMPARE(m_window->autosaveDelayMs(), MainWindow::AutosaveDelayMs);
    SettingsDialog *dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(dialog->autosaveSpin()->value(), 1);
    typeInto(dialog->autosaveSpin(), QStringLiteral("3"));
    clickButton(dialog, QDialogButtonBox::Ok);
    QCOMPARE(m_window->autosaveDelayMs(), 3000);
    QCOMPARE(AppSettings::load().autosaveDelayS, 3);

    // An edit is saved three seconds later, not one.
    ProcessDocument *document = m_window->document();
    QVERIFY(document->setProcessValue(Property::Owner, QStringLiteral("Preferences test")));
    QVERIFY(!document->undoStack()->isClean());
    QTest::qWait(1800);
    QVERIFY(m_window->autosaveTimerActive());
    QVERIFY(!document->undoStack()->isClean());
    QTRY_VERIFY_WITH_TIMEOUT(document->undoStack()->isClean(), 5000);
}

void TestSettings::themeSwitchesAndStaysInStepWithTheViewMenu()
{
    openWindow();
    SettingsDialog *dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(dialog->themeCombo()->currentText(), QStringLiteral("System"));
    dialog->themeCombo()->setFocus();
    QTest::keyClick(dialog->themeCombo(), Qt::Key_End); // Dark, the last
    clickButton(dialog, QDialogButtonBox::Ok);
    QCOMPARE(m_window->theme(), MainWindow::Theme::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionThemeDark"))->isChecked());
    QCOMPARE(AppSettings::load().theme, AppSettings::Theme::Dark);

    // The View menu's choice shows in the dialog next time.
    m_window->findChild<QAction *>(QStringLiteral("actionThemeLight"))->trigger();
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
    dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(dialog->themeCombo()->currentText(), QStringLiteral("Light"));
    clickButton(dialog, QDialogButtonBox::Cancel);
    QCOMPARE(m_window->theme(), MainWindow::Theme::Light);
}

void TestSettings::languageIsRememberedForTheNextStart()
{
    openWindow();
    SettingsDialog *dialog = openPreferences();
    QVERIFY(dialog);
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("languageNote"));
    QVERIFY(note && note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("Applies when Stepwise starts again."));
    QComboBox *language = dialog->languageCombo();
    QCOMPARE(language->currentText(), QStringLiteral("System"));
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down);
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
    clickButton(dialog, QDialogButtonBox::Ok);
    QCOMPARE(AppSettings::load().language, QStringLiteral("de"));
    QCOMPARE(Stepwise::startLanguage(EarlyArguments()), QStringLiteral("de"));
    // Not now: the window keeps its language until the next start.
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionPreferences"))->text(),
             QStringLiteral("&Preferences..."));
}

void TestSettings::durationUnitsChangeTheDashboard()
{
    openWindow();
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    QVERIFY(tabs);
    DashboardView *dashboard = m_window->dashboardView();
    tabs->setCurrentWidget(dashboard);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->dashboard() && !dashboard->isComputing(), 20000);
    const double p50 = dashboard->dashboard()->stats.cycleTime.p50;
    QVERIFY(p50 > 0);
    const QString automatic = dashboard->medianTile()->value();

    SettingsDialog *dialog = openPreferences();
    QVERIFY(dialog);
    QComboBox *units = dialog->unitsCombo();
    QVERIFY(units->currentText().startsWith(QLatin1String("Automatic")));
    units->setFocus();
    QTest::keyClick(units, Qt::Key_Down);
    QVERIFY(units->currentText().startsWith(QLatin1String("Always hours")));
    clickButton(dialog, QDialogButtonBox::Ok);
    QCOMPARE(durationUnits(), DurationUnits::Hours);
    QCOMPARE(AppSettings::load().durationUnits, DurationUnits::Hours);

    // The median tile says the same time in hours: "N h", N within rounding of p50 / 3600.
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->medianTile()->value() != automatic, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isComputing(), 20000);
    const QString hours = dashboard->medianTile()->value();
    QVERIFY2(hours.endsWith(QLatin1String(" h")), qPrintable(hours));
    bool ok = false;
    const double shown = hours.chopped(2).toDouble(&ok);
    QVERIFY2(ok, qPrintable(hours));
    QVERIFY2(std::abs(shown - p50 / 3600.0) <= 0.05 * p50 / 3600.0 + 0.005,
             qPrintable(QStringLiteral("%1 for %2 s").arg(hours).arg(p50)));

    // And back.
    dialog = openPreferences();
    QVERIFY(dialog);
    dialog->unitsCombo()->setFocus();
    QTest::keyClick(dialog->unitsCombo(), Qt::Key_Home);
    clickButton(dialog, QDialogButtonBox::Ok);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->medianTile()->value(), automatic, 20000);
}

void TestSettings::defaultPaperIsWhereTheExportDialogsStart()
{
    openWindow();
    SettingsDialog *dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(dialog->pageCombo()->currentText(), QStringLiteral("A4"));
    dialog->pageCombo()->setFocus();
    QTest::keyClick(dialog->pageCombo(), Qt::Key_Down);
    QCOMPARE(dialog->pageCombo()->currentText(), QStringLiteral("A3"));
    clickButton(dialog, QDialogButtonBox::Ok);
    QCOMPARE(AppSettings::load().pageSize, QPageSize::A3);

    const Process process = m_window->document()->process();
    {
        MapExportDialog exportDialog(process);
        exportDialog.setOptions(MapExportDialog::savedOptions(process));
        QCOMPARE(exportDialog.pageCombo()->currentText(), QStringLiteral("A3"));
        // The user picks Letter there: that stays, whatever the Preferences say.
        exportDialog.pageCombo()->setFocus();
        QTest::keyClick(exportDialog.pageCombo(), Qt::Key_Down);
        QCOMPARE(exportDialog.pageCombo()->currentText(), QStringLiteral("Letter"));
        MapExportDialog::saveOptions(exportDialog.options());
    }
    QCOMPARE(MapExportDialog::savedOptions(process).page, MapExportOptions::Page::Letter);
    AppSettings settings = AppSettings::load();
    settings.pageSize = QPageSize::A4;
    settings.save();
    QCOMPARE(MapExportDialog::savedOptions(process).page, MapExportOptions::Page::Letter);
    // Picking the default there again follows the Preferences from then on.
    MapExportOptions options = MapExportDialog::savedOptions(process);
    options.page = MapExportOptions::Page::A4;
    MapExportDialog::saveOptions(options);
    settings.pageSize = QPageSize::A3;
    settings.save();
    QCOMPARE(MapExportDialog::savedOptions(process).page, MapExportOptions::Page::A3);

    // The report (A4 or Letter only) starts on Letter when that is the default.
    settings.pageSize = QPageSize::Letter;
    settings.save();
    QString reportPaper;
    QTimer::singleShot(0, this, [&reportPaper] {
        if (auto *report = qobject_cast<ReportDialog *>(QApplication::activeModalWidget())) {
            reportPaper = report->pageCombo()->currentText();
            report->reject();
        }
    });
    ReportDialog::exportReport(m_window.get(), m_workspace.get(), process);
    QCOMPARE(reportPaper, QStringLiteral("Letter"));
}

void TestSettings::cancelChangesNothing()
{
    openWindow();
    const AppSettings before = AppSettings::load();
    SettingsDialog *dialog = openPreferences();
    QVERIFY(dialog);
    typeInto(dialog->gridSizeSpin(), QStringLiteral("40"));
    typeInto(dialog->autosaveSpin(), QStringLiteral("20"));
    for (QComboBox *combo : {dialog->languageCombo(), dialog->themeCombo(), dialog->unitsCombo(),
                             dialog->pageCombo()}) {
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_End);
    }
    QTest::mouseClick(dialog->snapCheck(), Qt::LeftButton, {},
                      dialog->snapCheck()->rect().topLeft() + QPoint(8, 8));
    QVERIFY(dialog->settings() != before);
    QPointer<SettingsDialog> watch(dialog);
    clickButton(dialog, QDialogButtonBox::Cancel);
    QTRY_VERIFY(!watch);

    QVERIFY(AppSettings::load() == before);
    QCOMPARE(m_window->mapView()->gridSize(), 10);
    QVERIFY(m_window->mapView()->snapToGrid());
    QCOMPARE(m_window->autosaveDelayMs(), 1000);
    QCOMPARE(m_window->theme(), MainWindow::Theme::System);
    QCOMPARE(durationUnits(), DurationUnits::Automatic);

    // Escape is Cancel too.
    dialog = openPreferences();
    QVERIFY(dialog);
    typeInto(dialog->gridSizeSpin(), QStringLiteral("40"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(m_window->mapView()->gridSize(), 10);
}

void TestSettings::restoreDefaultsFillsTheFieldsAndOkKeepsThem()
{
    AppSettings chosen;
    chosen.language = QStringLiteral("fr");
    chosen.theme = AppSettings::Theme::Dark;
    chosen.gridSize = 30;
    chosen.snapToGrid = false;
    chosen.autosaveDelayS = 10;
    chosen.durationUnits = DurationUnits::Days;
    chosen.pageSize = QPageSize::Letter;
    chosen.save();
    openWindow();
    QCOMPARE(m_window->mapView()->gridSize(), 30);
    QCOMPARE(m_window->autosaveDelayMs(), 10000);
    QCOMPARE(durationUnits(), DurationUnits::Days);

    SettingsDialog *dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(dialog->languageCombo()->currentText(), QStringLiteral("Fran\u00e7ais"));
    QCOMPARE(dialog->gridSizeSpin()->value(), 30);
    QVERIFY(!dialog->snapCheck()->isChecked());
    QCOMPARE(dialog->pageCombo()->currentText(), QStringLiteral("Letter"));
    QVERIFY(dialog->settings() == chosen);

    clickButton(dialog, QDialogButtonBox::RestoreDefaults);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->languageCombo()->currentText(), QStringLiteral("System"));
    QCOMPARE(dialog->themeCombo()->currentText(), QStringLiteral("System"));
    QCOMPARE(dialog->gridSizeSpin()->value(), 10);
    QVERIFY(dialog->snapCheck()->isChecked());
    QCOMPARE(dialog->autosaveSpin()->value(), 1);
    QVERIFY(dialog->unitsCombo()->currentText().startsWith(QLatin1String("Automatic")));
    QCOMPARE(dialog->pageCombo()->currentText(), QStringLiteral("A4"));
    QVERIFY(AppSettings::load() == chosen); // nothing saved yet

    clickButton(dialog, QDialogButtonBox::Ok);
    QVERIFY(AppSettings::load() == AppSettings());
    QCOMPARE(m_window->mapView()->gridSize(), 10);
    QVERIFY(m_window->mapView()->snapToGrid());
    QCOMPARE(m_window->autosaveDelayMs(), 1000);
    QCOMPARE(m_window->theme(), MainWindow::Theme::System);
    QCOMPARE(durationUnits(), DurationUnits::Automatic);
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
