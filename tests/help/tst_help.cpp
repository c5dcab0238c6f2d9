// Tests of first run and help: the welcome tour on the default workspace's first start and its
// buttons, Help > Welcome, the keyboard shortcuts dialog, tooltips naming shortcuts, What's This
// and About, driven with clicks and key presses on the real window.

#include "mainwindow.h"
#include "startup.h"

#include "canvas/mapview.h"
#include "canvas/processscene.h"
#include "improve/improveview.h"
#include "panels/processlistmodel.h"
#include "panels/processlistpanel.h"
#include "panels/propertiespanel.h"
#include "panels/shortcutsdialog.h"
#include "panels/welcomepanel.h"
#include "runs/runsview.h"

#include "process/processdocument.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QWhatsThis>

#include <qcustomplot.h>

#include <memory>

using namespace Stepwise;

Q_DECLARE_METATYPE(WelcomePanel::Destination)

class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void theFirstStartShowsTheWelcomeAndTheSecondDoesNot();
    void anotherWorkspaceNeverShowsTheWelcome();
    void welcomeButtonsOpenTheProcessAndTab_data();
    void welcomeButtonsOpenTheProcessAndTab();
    void closeHidesTheWelcomeAndHelpWelcomeReopensIt();
    void shortcutsDialogListsSaveRevisionAndFiltersOnTyping();
    void everyMenuActionWithAShortcutNamesItInItsTooltip();
    void panelsAndTabsSayWhatTheyAreFor();
    void aboutNamesTheVersions();
    void aProcessWithoutRunsSaysWhatToDoNext();
    void screenshots();

private:
    /// A window on the default workspace, made with its examples on first use.
    void openDefaultWindow();
    QAction *action(const char *name) const;
    QTabWidget *tabs() const
    {
        return m_window->findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    }
    ProcessId example(int index) const;

    QTemporaryDir m_configDir; // QSettings of the tests, never the user's
    QTemporaryDir m_dataDir; // the default workspace of the tests
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestHelp::initTestCase()
{
    QVERIFY(m_configDir.isValid());
    QVERIFY(m_dataDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configDir.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataDir.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("StepwiseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_help"));
    QVERIFY(Workspace::defaultPath().startsWith(m_dataDir.path()));
    QSettings().clear();
}

void TestHelp::cleanup()
{
    if (m_window && m_window->theme() != MainWindow::Theme::System)
        m_window->setTheme(MainWindow::Theme::System);
    m_window.reset();
    m_workspace.reset();
}

void TestHelp::openDefaultWindow()
{
    m_window.reset();
    m_workspace = std::make_unique<Workspace>();
    QVERIFY2(openWorkspace(*m_workspace, QString(), true), qPrintable(m_workspace->errorString()));
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QAction *TestHelp::action(const char *name) const
{
    QAction *found = m_window->findChild<QAction *>(QLatin1String(name));
    if (!found)
        qWarning("no action %s", name);
    return found;
}

ProcessId TestHelp::example(int index) const
{
    // The examples as the workspace names them in English.
    return m_workspace->findProcess(index == 0 ? QStringLiteral("Client onboarding")
                                               : QStringLiteral("Support ticket"));
}

void TestHelp::theFirstStartShowsTheWelcomeAndTheSecondDoesNot()
{
    QSettings().clear();
    openDefaultWindow();
    QVERIFY(m_window->welcomeDock()->isVisible());
    QVERIFY(m_window->welcomePanel()->isVisible()); // raised, not behind the properties
    QVERIFY(m_window->welcomePanel()->button(WelcomePanel::Destination::Map)->isVisible());

    // Quit without touching it; start again.
    m_window->close();
    openDefaultWindow();
    QVERIFY(!m_window->welcomeDock()->isVisible());
    QVERIFY(!m_window->welcomePanel()->isVisible());
}

void TestHelp::anotherWorkspaceNeverShowsTheWelcome()
{
    QSettings().clear();
    QTemporaryDir dir;
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(dir.filePath(QStringLiteral("other.stepwise"))));
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->welcomeDock()->isVisible());
    // Nor does it use up the first start of the default one.
    m_window.reset();
    m_workspace.reset();
    openDefaultWindow();
    QVERIFY(m_window->welcomeDock()->isVisible());
}

void TestHelp::welcomeButtonsOpenTheProcessAndTab_data()
{
    QTest::addColumn<WelcomePanel::Destination>("destination");
    QTest::addColumn<int>("process"); // 0 Client onboarding, 1 Support ticket
    QTest::addColumn<int>("tab"); // Map, Runs, Dashboard, Improve
    QTest::addColumn<QString>("section"); // of the Improve tab

    using D = WelcomePanel::Destination;
    QTest::newRow("design opens the map of Client onboarding") << D::Map << 0 << 0 << QString();
    QTest::newRow("ownership selects a lane of Client onboarding")
        << D::LaneOwner << 0 << 0 << QString();
    QTest::newRow("tracking shows the runs of Support ticket") << D::Runs << 1 << 1 << QString();
    QTest::newRow("tracking opens the dashboard of Support ticket")
        << D::Dashboard << 1 << 2 << QString();
    QTest::newRow("improvement opens the checkpoint")
        << D::Checkpoint << 1 << 3 << QStringLiteral("Checkpoint");
    QTest::newRow("improvement opens the revision compare")
        << D::RevisionCompare << 1 << 3 << QStringLiteral("Revision compare");
    QTest::newRow("automation opens the candidates")
        << D::Candidates << 1 << 3 << QStringLiteral("Automation candidates");
    QTest::newRow("automation opens what if") << D::WhatIf << 1 << 3 << QStringLiteral("What if");
}

void TestHelp::welcomeButtonsOpenTheProcessAndTab()
{
    QFETCH(WelcomePanel::Destination, destination);
    QFETCH(int, process);
    QFETCH(int, tab);
    QFETCH(QString, section);

    openDefaultWindow();
    m_window->showWelcome();
    // Start from the other example on a tab the button does not go to.
    const ProcessId expected = example(process);
    const ProcessId other = example(1 - process);
    QVERIFY(expected && other);
    QVERIFY(m_window->openProcess(other));
    tabs()->setCurrentIndex(tab == 3 ? 0 : 3);

    QPushButton *button = m_window->welcomePanel()->button(destination);
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);

    QVERIFY(m_window->document());
    QCOMPARE(m_window->document()->process().id, expected);
    QCOMPARE(m_window->processListPanel()->currentProcessId(), expected);
    QCOMPARE(tabs()->currentIndex(), tab);
    if (!section.isEmpty()) {
        QListWidget *sections = m_window->improveView()->sectionList();
        QVERIFY(sections->currentItem());
        QCOMPARE(sections->currentItem()->text(), section);
    }
    if (destination == WelcomePanel::Destination::LaneOwner) {
        const ItemId firstLane = m_window->document()->process().lanes.first().id;
        QCOMPARE(m_window->mapView()->processScene()->selectedLaneId(), firstLane);
        QVERIFY(m_window->propertiesPanel()->isVisible());
    }
}

void TestHelp::closeHidesTheWelcomeAndHelpWelcomeReopensIt()
{
    openDefaultWindow();
    m_window->showWelcome();
    QVERIFY(m_window->welcomePanel()->isVisible());
    QTest::mouseClick(m_window->welcomePanel()->closeButton(), Qt::LeftButton);
    QVERIFY(!m_window->welcomeDock()->isVisible());

    QAction *welcome = action("actionWelcome");
    QVERIFY(welcome);
    QMenu *help = nullptr;
    for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
        if (menu->actions().contains(welcome))
            help = menu;
    }
    QVERIFY(help);
    QCOMPARE(help->title(), QStringLiteral("&Help"));
    welcome->trigger();
    QVERIFY(m_window->welcomeDock()->isVisible());
    QVERIFY(m_window->welcomePanel()->isVisible());
}

void TestHelp::shortcutsDialogListsSaveRevisionAndFiltersOnTyping()
{
    openDefaultWindow();
    QAction *shortcuts = action("actionShortcuts");
    QVERIFY(shortcuts);
    shortcuts->trigger();
    ShortcutsDialog *dialog = m_window->shortcutsDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    const QStringList all = dialog->visibleEntries();
    QVERIFY2(all.contains(QStringLiteral("Save Revision...\tCtrl+S")),
             qPrintable(all.join(QLatin1Char('\n'))));
    QVERIFY(all.contains(QStringLiteral("Export Map...\tCtrl+E")));
    QVERIFY(all.contains(QStringLiteral("Keyboard Shortcuts\tCtrl+/")));
    // Grouped by menu: Save Revision under File.
    QTreeWidget *tree = dialog->tree();
    const QList<QTreeWidgetItem *> found = tree->findItems(QStringLiteral("Save Revision..."),
                                                           Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first()->parent());
    QCOMPARE(found.first()->parent()->text(0), QStringLiteral("File"));
    // An action without a shortcut is not listed.
    QVERIFY(tree->findItems(QStringLiteral("Revisions..."), Qt::MatchExactly | Qt::MatchRecursive)
                .isEmpty());

    dialog->searchField()->setFocus();
    QTest::keyClicks(dialog->searchField(), QStringLiteral("revis"));
    QCOMPARE(dialog->visibleEntries(), QStringList {QStringLiteral("Save Revision...\tCtrl+S")});

    // The keys are searched too.
    dialog->searchField()->clear();
    QTest::keyClicks(dialog->searchField(), QStringLiteral("ctrl+e"));
    QCOMPARE(dialog->visibleEntries(), QStringList {QStringLiteral("Export Map...\tCtrl+E")});

    // Nothing found hides every group; clearing shows all again.
    QTest::keyClicks(dialog->searchField(), QStringLiteral("zzz"));
    QVERIFY(dialog->visibleEntries().isEmpty());
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        QVERIFY(tree->topLevelItem(i)->isHidden());
    dialog->searchField()->clear();
    QCOMPARE(dialog->visibleEntries(), all);
    dialog->close();
}

void TestHelp::everyMenuActionWithAShortcutNamesItInItsTooltip()
{
    openDefaultWindow();
    QStringList missing;
    int withShortcut = 0;
    for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || a->menu() || a->shortcut().isEmpty())
                continue;
            ++withShortcut;
            const QString shortcut = a->shortcut().toString(QKeySequence::NativeText);
            if (!a->toolTip().contains(shortcut))
                missing << a->objectName() + QStringLiteral(": ") + a->toolTip();
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
    QVERIFY(withShortcut > 20);
    QCOMPARE(action("actionShortcuts")->toolTip(),
             QStringLiteral("List every action that has a shortcut (Ctrl+/)"));
    QCOMPARE(action("actionWhatsThis")->toolTip(),
             QStringLiteral("Click a panel to learn what it is for (Shift+F1)"));
}

void TestHelp::panelsAndTabsSayWhatTheyAreFor()
{
    openDefaultWindow();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (dock->parentWidget() == m_window.get())
            QVERIFY2(!dock->whatsThis().isEmpty(), qPrintable(dock->objectName()));
    }
    for (int i = 0; i < tabs()->count(); ++i)
        QVERIFY2(!tabs()->widget(i)->whatsThis().isEmpty(), qPrintable(tabs()->tabText(i)));

    // Help > What's This enters the mode in which a click explains.
    QAction *whatsThis = action("actionWhatsThis");
    QVERIFY(whatsThis);
    whatsThis->trigger();
    QVERIFY(QWhatsThis::inWhatsThisMode());
    QWhatsThis::leaveWhatsThisMode();
}

void TestHelp::aboutNamesTheVersions()
{
    openDefaultWindow();
    QString text;
    QTimer::singleShot(50, qApp, [&text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        text = box->text();
        box->accept();
    });
    action("actionAbout")->trigger();
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral(STEPWISE_VERSION)));
    QVERIFY(text.contains(QStringLiteral("QCustomPlot</td><td>" QCUSTOMPLOT_VERSION_STR)));
    // SQLite 3.x.y, whatever the driver brings.
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("SQLite</td><td>3\\.\\d+\\.\\d+"))),
             qPrintable(text));
}

void TestHelp::aProcessWithoutRunsSaysWhatToDoNext()
{
    openDefaultWindow();
    action("actionNewProcess")->trigger();
    QVERIFY(m_window->document());
    QVERIFY(m_window->document()->process().steps.isEmpty());
    tabs()->setCurrentIndex(0);
    auto *hint = m_window->findChild<QLabel *>(QStringLiteral("emptyMapHint"));
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("palette")));

    tabs()->setCurrentIndex(1);
    auto *runsTitle = m_window->findChild<QLabel *>(QStringLiteral("runsEmptyTitle"));
    QVERIFY(runsTitle);
    QTRY_VERIFY(runsTitle->isVisible());
    QCOMPARE(runsTitle->text(), QStringLiteral("No runs yet"));
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("emptyLogRunButton"))->isVisible());

    // The dashboard and the improve tab say to log or import runs.
    const auto visibleTextContains = [this](QWidget *page, const QString &wanted) {
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(wanted, Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    tabs()->setCurrentIndex(2);
    QTRY_VERIFY(visibleTextContains(tabs()->widget(2), QStringLiteral("log them by hand")));
    tabs()->setCurrentIndex(3);
    QTRY_VERIFY(visibleTextContains(tabs()->widget(3), QStringLiteral("No runs logged yet")));
}

// Not a check: with STEPWISE_HELP_SHOTS=DIR, pictures of the welcome and the shortcuts dialog in
// light and dark, to look at.
void TestHelp::screenshots()
{
    const QString dir = qEnvironmentVariable("STEPWISE_HELP_SHOTS");
    if (dir.isEmpty())
        QSKIP("STEPWISE_HELP_SHOTS is not set");
    QDir().mkpath(dir);
    QSettings().clear(); // a first start
    openDefaultWindow();
    const auto save = [&dir](QWidget *widget, const QString &name, const char *theme) {
        widget->grab().save(dir + QStringLiteral("/%1-%2.png").arg(name, QLatin1String(theme)));
    };
    for (const auto &[theme, name] :
         {std::pair {MainWindow::Theme::Light, "light"}, {MainWindow::Theme::Dark, "dark"}}) {
        m_window->setTheme(theme);
        QTest::qWait(300);
        save(m_window.get(), QStringLiteral("welcome"), name);
        auto *scroll = m_window->welcomePanel()->findChild<QScrollArea *>();
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        save(m_window->welcomePanel(), QStringLiteral("welcome-end"), name);
        scroll->verticalScrollBar()->setValue(0);

        action("actionShortcuts")->trigger();
        ShortcutsDialog *dialog = m_window->shortcutsDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::keyClicks(dialog->searchField(), QStringLiteral("lane"));
        QTest::qWait(100);
        save(dialog, QStringLiteral("shortcuts"), name);
        dialog->close();
        QTest::qWait(50);

        QTimer::singleShot(200, qApp, [&] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                save(box, QStringLiteral("about"), name);
                box->close();
            }
        });
        action("actionAbout")->trigger();

        action("actionNewProcess")->trigger();
        for (int tab = 0; tab < tabs()->count(); ++tab) {
            tabs()->setCurrentIndex(tab);
            QTest::qWait(400);
            save(tabs(), QStringLiteral("empty-%1").arg(tab), name);
        }
        tabs()->setCurrentIndex(0);
    }
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
