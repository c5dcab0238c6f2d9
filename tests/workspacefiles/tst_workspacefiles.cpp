// Tests of the File menu's workspace actions driven like a user: New Workspace, Open Workspace,
// Open Recent and Save a Copy through their menu entries and file dialogs, with the windows, the
// files and the recent list checked after.

#include "mainwindow.h"
#include "workspacewindows.h"

#include "filedialog.h"

#include "process/processdocument.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Stepwise;

namespace {

// A workspace with processes of these names, closed again.
bool makeWorkspace(const QString &path, const QStringList &names)
{
    Workspace workspace;
    if (!workspace.open(path))
        return false;
    for (const QString &name : names) {
        if (!workspace.createProcess(name))
            return false;
    }
    return true;
}

QStringList processNames(const Workspace &workspace)
{
    QStringList names;
    for (const ProcessSummary &summary : workspace.processes())
        names.append(summary.name);
    return names;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("(missing)");
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

/// Answers the next file dialog with a path, as a user typing it and pressing Save or Open.
void answerNextFileDialog(const QString &path)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->deleteLater();
        timer->stop();
        answerFileDialog(dialog, path);
    });
    timer->start();
}

/// Answers the next message box with OK, keeping its text.
void answerNextMessageBox(QString *text)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->deleteLater();
        timer->stop();
        *text = box->text();
        box->button(QMessageBox::Ok)->click();
    });
    timer->start();
}

} // namespace

class TestWorkspaceFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fileMenuHasTheWorkspaceActions();
    void openWorkspaceShowsItInAWindowOfItsOwn();
    void openingAnOpenWorkspaceRaisesItsWindow();
    void anUntouchedDefaultWorkspaceGivesItsPlaceToTheOpenedOne();
    void aChangedDefaultWorkspaceKeepsItsWindow_data();
    void aChangedDefaultWorkspaceKeepsItsWindow();
    void corruptFileIsRefusedAndLeftAsItWas();
    void openRecentOpensAndDropsAMissingFile();
    void recentListKeepsTheLastEight();
    void saveCopyWritesAWorkspaceWithTheSameProcesses();
    void saveCopyOverTheOpenWorkspaceIsRefused();
    void newWorkspaceIsEmpty();
    void closingAWindowDeletesIt();

private:
    MainWindow *showFirst();
    /// The default workspace, made anew with one process, in a window.
    MainWindow *showDefault();
    /// A workspace file in an active window of m_windows; nullptr when that fails.
    MainWindow *showWorkspace(const QString &path);
    QAction *fileAction(MainWindow *window, const char *name) const;
    QMenu *recentMenu(MainWindow *window) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }

    QTemporaryDir m_configDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceWindows> m_windows;
    QString m_first;
    QString m_second;
};

void TestWorkspaceFiles::initTestCase()
{
    QVERIFY(m_configDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configDir.path()));
    // The default workspace (Workspace::defaultPath()) in there too, never the user's.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_configDir.filePath(QStringLiteral("data"))));
    QCoreApplication::setOrganizationName(QStringLiteral("StepwiseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workspacefiles"));
}

void TestWorkspaceFiles::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_first = path(QStringLiteral("first.stepwise"));
    m_second = path(QStringLiteral("second.stepwise"));
    QVERIFY(makeWorkspace(m_first, {QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    QVERIFY(makeWorkspace(m_second, {QStringLiteral("Gamma")}));
    m_windows = std::make_unique<WorkspaceWindows>();
}

void TestWorkspaceFiles::cleanup()
{
    m_windows.reset();
    QSettings().clear();
    m_dir.reset();
}

MainWindow *TestWorkspaceFiles::showFirst()
{
    return showWorkspace(m_first);
}

MainWindow *TestWorkspaceFiles::showDefault()
{
    const QString path = Workspace::defaultPath();
    QFile::remove(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())
        || !makeWorkspace(path, {QStringLiteral("Example")}))
        return nullptr;
    return showWorkspace(path);
}

MainWindow *TestWorkspaceFiles::showWorkspace(const QString &path)
{
    auto workspace = std::make_unique<Workspace>();
    if (!workspace->open(path))
        return nullptr;
    MainWindow *window = m_windows->show(std::move(workspace));
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return nullptr;
    return window;
}

QAction *TestWorkspaceFiles::fileAction(MainWindow *window, const char *name) const
{
    for (QAction *action : window->fileMenu()->actions()) {
        if (action->objectName() == QLatin1String(name))
            return action;
    }
    return nullptr;
}

QMenu *TestWorkspaceFiles::recentMenu(MainWindow *window) const
{
    for (QAction *action : window->fileMenu()->actions()) {
        if (action->menu() && action->menu()->objectName() == QLatin1String("menuOpenRecent"))
            return action->menu();
    }
    return nullptr;
}

void TestWorkspaceFiles::fileMenuHasTheWorkspaceActions()
{
    MainWindow *window = showFirst();
    QVERIFY(window);
    const QList<QAction *> actions = window->fileMenu()->actions();
    QVERIFY(actions.size() > 5);
    QCOMPARE(actions.at(0)->objectName(), QStringLiteral("actionNewWorkspace"));
    QCOMPARE(actions.at(1)->objectName(), QStringLiteral("actionOpenWorkspace"));
    QCOMPARE(actions.at(2)->menu(), recentMenu(window));
    QCOMPARE(actions.at(3)->objectName(), QStringLiteral("actionSaveCopy"));
    QVERIFY(actions.at(4)->isSeparator());
    QCOMPARE(fileAction(window, "actionOpenWorkspace")->shortcut(),
             QKeySequence(QKeySequence::Open));
    // The workspace shown at start is the first recent one.
    QCOMPARE(WorkspaceWindows::recentWorkspaces(),
             QStringList {QFileInfo(m_first).canonicalFilePath()});
}

void TestWorkspaceFiles::openWorkspaceShowsItInAWindowOfItsOwn()
{
    MainWindow *window = showFirst();
    QVERIFY(window);
    answerNextFileDialog(m_second);
    // Ctrl+O, as a user would.
    QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier);
    QTRY_COMPARE(m_windows->windows().size(), 2);
    MainWindow *opened = m_windows->windows().last();
    QCOMPARE(opened->workspace()->path(), m_second);
    QCOMPARE(processNames(*opened->workspace()), QStringList {QStringLiteral("Gamma")});
    QVERIFY(opened->isVisible());
    QVERIFY(opened->windowTitle().contains(QLatin1String("second.stepwise")));
    QVERIFY(opened->testAttribute(Qt::WA_DeleteOnClose));
    // The first window keeps its own workspace.
    QCOMPARE(processNames(*window->workspace()),
             (QStringList {QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    QCOMPARE(WorkspaceWindows::recentWorkspaces(),
             (QStringList {QFileInfo(m_second).canonicalFilePath(),
                           QFileInfo(m_first).canonicalFilePath()}));
}

void TestWorkspaceFiles::openingAnOpenWorkspaceRaisesItsWindow()
{
    MainWindow *window = showFirst();
    QVERIFY(window);
    QVERIFY(m_windows->open(m_second, window));
    QCOMPARE(m_windows->windows().size(), 2);
    MainWindow *second = m_windows->windows().last();

    // Another spelling of the same file still finds its window.
    const QString otherSpelling = m_dir->path() + QStringLiteral("/./second.stepwise");
    answerNextFileDialog(otherSpelling);
    fileAction(window, "actionOpenWorkspace")->trigger();
    QCOMPARE(m_windows->windows().size(), 2);
    QCOMPARE(m_windows->windowFor(m_second), second);
    QTRY_COMPARE(QApplication::activeWindow(), second);
}

void TestWorkspaceFiles::anUntouchedDefaultWorkspaceGivesItsPlaceToTheOpenedOne()
{
    const QPointer<MainWindow> start = showDefault();
    QVERIFY(start);
    QVERIFY(start->isUntouched());
    start->setGeometry(120, 80, 1100, 760);
    const QRect place = start->geometry();
    answerNextFileDialog(m_second);
    QTest::keyClick(start, Qt::Key_O, Qt::ControlModifier);
    // One window: the opened workspace's, where the start window was; that one is gone.
    QTRY_VERIFY(!start);
    QCOMPARE(m_windows->windows().size(), 1);
    MainWindow *opened = m_windows->windows().first();
    QCOMPARE(opened->workspace()->path(), m_second);
    QVERIFY(opened->isVisible());
    QCOMPARE(opened->geometry(), place);
    QVERIFY(opened->statusBar()->currentMessage().contains(QLatin1String("Open Recent")));
    // The default workspace is a click away, as it was.
    QCOMPARE(WorkspaceWindows::recentWorkspaces(),
             (QStringList {QFileInfo(m_second).canonicalFilePath(),
                           QFileInfo(Workspace::defaultPath()).canonicalFilePath()}));
    Workspace reopened;
    QVERIFY(reopened.open(Workspace::defaultPath()));
    QCOMPARE(processNames(reopened), QStringList {QStringLiteral("Example")});
}

void TestWorkspaceFiles::aChangedDefaultWorkspaceKeepsItsWindow_data()
{
    QTest::addColumn<bool>("inWindow");
    QTest::newRow("an edit in the window, not saved yet") << true;
    QTest::newRow("a change by another program") << false;
}

void TestWorkspaceFiles::aChangedDefaultWorkspaceKeepsItsWindow()
{
    QFETCH(bool, inWindow);
    const QPointer<MainWindow> start = showDefault();
    QVERIFY(start);
    if (inWindow) {
        QVERIFY(start->document());
        QVERIFY(start->document()->setProcessValue(Property::Description,
                                                   QStringLiteral("What we do for a client")));
    } else {
        Workspace other;
        QVERIFY(other.open(Workspace::defaultPath()));
        QVERIFY(other.createProcess(QStringLiteral("Added elsewhere")));
    }
    QVERIFY(!start->isUntouched());
    answerNextFileDialog(m_second);
    QTest::keyClick(start, Qt::Key_O, Qt::ControlModifier);
    QTRY_COMPARE(m_windows->windows().size(), 2);
    QVERIFY(start);
    QVERIFY(start->isVisible());
    QCOMPARE(m_windows->windows().last()->workspace()->path(), m_second);
}

void TestWorkspaceFiles::corruptFileIsRefusedAndLeftAsItWas()
{
    MainWindow *window = showFirst();
    QVERIFY(window);
    const QString corrupt = path(QStringLiteral("corrupt.stepwise"));
    QByteArray bytes;
    for (int i = 0; i < 8192; ++i)
        bytes.append(char((i * 7919 + 13) % 251));
    {
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    const QByteArray before = fileHash(corrupt);

    QString message;
    answerNextMessageBox(&message);
    answerNextFileDialog(corrupt);
    fileAction(window, "actionOpenWorkspace")->trigger();
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY2(message.contains(QDir::toNativeSeparators(corrupt)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("not a Stepwise workspace")), qPrintable(message));
    QCOMPARE(fileHash(corrupt), before);
    QVERIFY(!QFileInfo::exists(corrupt + QStringLiteral("-wal")));
    // Nothing else changed: one window, its workspace as it was, the file not remembered.
    QCOMPARE(m_windows->windows().size(), 1);
    QVERIFY(window->workspace()->isOpen());
    QCOMPARE(processNames(*window->workspace()),
             (QStringList {QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    QCOMPARE(WorkspaceWindows::recentWorkspaces().size(), 1);
}

void TestWorkspaceFiles::openRecentOpensAndDropsAMissingFile()
{
    const QString missing = path(QStringLiteral("gone.stepwise"));
    QSettings().setValue(QStringLiteral("workspaces/recent"),
                         QStringList {QFileInfo(m_second).canonicalFilePath(), missing});
    MainWindow *window = showFirst();
    QVERIFY(window);
    QMenu *menu = recentMenu(window);
    QVERIFY(menu);
    emit menu->aboutToShow();
    QStringList listed;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String("actionRecentWorkspace"))
            listed.append(action->data().toString());
    }
    QCOMPARE(listed,
             (QStringList {QFileInfo(m_first).canonicalFilePath(),
                           QFileInfo(m_second).canonicalFilePath(), missing}));
    QCOMPARE(menu->actions().at(0)->text(), QStringLiteral("&1 first.stepwise"));

    // The missing file: a note, and it leaves the list; no window opens.
    QString message;
    answerNextMessageBox(&message);
    menu->actions().at(2)->trigger();
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY2(message.contains(QDir::toNativeSeparators(missing)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("removed")), qPrintable(message));
    QCOMPARE(m_windows->windows().size(), 1);
    QVERIFY(!WorkspaceWindows::recentWorkspaces().contains(missing));
    QVERIFY(!QFileInfo::exists(missing));

    // The one that is there opens.
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().at(1)->data().toString(), QFileInfo(m_second).canonicalFilePath());
    menu->actions().at(1)->trigger();
    QCOMPARE(m_windows->windows().size(), 2);
    QCOMPARE(m_windows->windows().last()->workspace()->path(),
             QFileInfo(m_second).canonicalFilePath());

    // Clear Menu empties it.
    emit menu->aboutToShow();
    auto *clear = menu->findChild<QAction *>(QStringLiteral("actionClearRecent"));
    QVERIFY(clear && clear->isEnabled());
    clear->trigger();
    QVERIFY(WorkspaceWindows::recentWorkspaces().isEmpty());
    emit menu->aboutToShow();
    for (QAction *action : menu->actions())
        QVERIFY(action->objectName() != QLatin1String("actionRecentWorkspace"));
}

void TestWorkspaceFiles::recentListKeepsTheLastEight()
{
    QStringList paths;
    for (int i = 1; i <= 10; ++i) {
        const QString file = path(QStringLiteral("w%1.stepwise").arg(i));
        QVERIFY(makeWorkspace(file, {}));
        paths.prepend(QFileInfo(file).canonicalFilePath());
        WorkspaceWindows::addRecentWorkspace(file);
    }
    QCOMPARE(WorkspaceWindows::recentWorkspaces(), paths.mid(0, 8)); // w10 .. w3
    // Opening one again moves it to the top without a duplicate.
    WorkspaceWindows::addRecentWorkspace(path(QStringLiteral("w5.stepwise")));
    const QStringList recent = WorkspaceWindows::recentWorkspaces();
    QCOMPARE(recent.size(), 8);
    QCOMPARE(recent.first(), QFileInfo(path(QStringLiteral("w5.stepwise"))).canonicalFilePath());
    QCOMPARE(recent.count(recent.first()), 1);
}

void TestWorkspaceFiles::saveCopyWritesAWorkspaceWithTheSameProcesses()
{
    MainWindow *window = showFirst();
    QVERIFY(window);
    const QString copy = path(QStringLiteral("copy")); // the suffix is added
    answerNextFileDialog(copy);
    fileAction(window, "actionSaveCopy")->trigger();
    const QString written = copy + QStringLiteral(".stepwise");
    QTRY_VERIFY(QFileInfo::exists(written));
    QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("copy.stepwise")),
             qPrintable(window->statusBar()->currentMessage()));
    // No window opens for the copy, and the window goes on with its own workspace.
    QCOMPARE(m_windows->windows().size(), 1);
    QCOMPARE(window->workspace()->path(), m_first);

    Workspace reopened;
    QVERIFY2(reopened.open(written), qPrintable(reopened.errorString()));
    QCOMPARE(processNames(reopened),
             (QStringList {QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    reopened.close();

    // The copy opens in a window of its own from the menu too.
    QVERIFY(m_windows->open(written, window));
    QCOMPARE(m_windows->windows().size(), 2);
}

void TestWorkspaceFiles::saveCopyOverTheOpenWorkspaceIsRefused()
{
    MainWindow *window = showFirst();
    QVERIFY(window);
    QVERIFY(m_windows->open(m_second, window));
    const QByteArray before = fileHash(m_second);

    // The file dialog asks before replacing a file; the user says yes, Stepwise still refuses.
    QString replace;
    QString message;
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(10);
    int step = 0;
    connect(timer.get(), &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal); dialog && step == 0) {
            ++step;
            typeFileName(dialog, m_second);
            // Queued: the question it asks runs a loop of its own, and this timer must answer it.
            QMetaObject::invokeMethod(static_cast<QDialog *>(dialog), &QDialog::accept,
                                      Qt::QueuedConnection);
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            if (box->button(QMessageBox::Yes)) {
                replace = box->text();
                box->button(QMessageBox::Yes)->click();
            } else {
                message = box->text();
                box->button(QMessageBox::Ok)->click();
                timer->stop();
            }
        }
    });
    timer->start();
    fileAction(window, "actionSaveCopy")->trigger();
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY2(message.contains(QLatin1String("open in another window")), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(m_second)), qPrintable(message));
    QCOMPARE(fileHash(m_second), before);
    QCOMPARE(processNames(*m_windows->windowFor(m_second)->workspace()),
             QStringList {QStringLiteral("Gamma")});
}

void TestWorkspaceFiles::newWorkspaceIsEmpty()
{
    MainWindow *window = showFirst();
    QVERIFY(window);
    const QString fresh = path(QStringLiteral("fresh.stepwise"));
    answerNextFileDialog(fresh);
    fileAction(window, "actionNewWorkspace")->trigger();
    QTRY_COMPARE(m_windows->windows().size(), 2);
    MainWindow *opened = m_windows->windows().last();
    QCOMPARE(QFileInfo(opened->workspace()->path()).canonicalFilePath(),
             QFileInfo(fresh).canonicalFilePath());
    QVERIFY(processNames(*opened->workspace()).isEmpty()); // no examples
    QVERIFY(!opened->workspace()->isReadOnly());
    QCOMPARE(WorkspaceWindows::recentWorkspaces().first(), QFileInfo(fresh).canonicalFilePath());
    // It is a workspace that takes work.
    QVERIFY(opened->workspace()->createProcess(QStringLiteral("First")));
    // Nothing but the new file and what it needs is left in the folder.
    const QStringList names = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names)
        QVERIFY2(!name.endsWith(QLatin1String(".tmp")), qPrintable(name));
}

void TestWorkspaceFiles::closingAWindowDeletesIt()
{
    MainWindow *window = showFirst();
    QVERIFY(window);
    MainWindow *second = m_windows->open(m_second, window);
    QVERIFY(second);
    QPointer<MainWindow> watched(second);
    QVERIFY(second->close());
    QTRY_VERIFY(!watched);
    QCOMPARE(m_windows->windows().size(), 1);
    QCOMPARE(m_windows->windowFor(m_second), nullptr);
    // The file was closed cleanly: no journal next to it.
    QVERIFY(!QFileInfo::exists(m_second + QStringLiteral("-wal")));
}

QTEST_MAIN(TestWorkspaceFiles)
#include "tst_workspacefiles.moc"
