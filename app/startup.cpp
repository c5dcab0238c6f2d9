#include "startup.h"

#include "panels/appsettings.h"

#include "workspace/exampleruns.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

namespace Stepwise {

EarlyArguments scanEarlyArguments(int argc, char **argv)
{
    // The window opens only for the GUI's own options; anything else (a command, --help, a
    // mistyped option) is handled on the terminal, without needing a display.
    EarlyArguments early;
    int positional = 0;
    bool workspaceFile = false;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        const bool lang = !std::strcmp(arg, "--lang") || !std::strcmp(arg, "-lang");
        const bool workspace = !std::strcmp(arg, "--workspace") || !std::strcmp(arg, "-w")
            || !std::strcmp(arg, "-workspace");
        if ((lang || workspace) && i + 1 < argc) {
            if (lang)
                early.language = QString::fromLocal8Bit(argv[i + 1]);
            ++i;
        } else if (!std::strncmp(arg, "--lang=", 7)) {
            early.language = QString::fromLocal8Bit(arg + 7);
        } else if (arg[0] != '-') {
            ++positional;
            const size_t length = std::strlen(arg);
            workspaceFile = length > 9 && !std::strcmp(arg + length - 9, ".stepwise");
        } else if (std::strncmp(arg, "--workspace=", 12)) {
            early.headless = true;
        }
    }
    // "stepwise FILE.stepwise" (a double-click in the file manager) opens the window too.
    if (positional > 1 || (positional == 1 && !workspaceFile))
        early.headless = true;
    return early;
}

QString startLanguage(const EarlyArguments &early)
{
    if (!early.language.isEmpty() || early.headless)
        return early.language;
    return AppSettings::load().language;
}

void installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    // A language without a translation (or the C locale of a script) gets English, which holds
    // the plural forms ("1 page", "2 pages") of the source texts.
    if (own->load(locale, QStringLiteral("stepwise"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/stepwise_en")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

bool openWorkspace(Workspace &workspace, const QString &path, bool mayCreate)
{
    const bool isDefault = path.isEmpty();
    const QString file = isDefault ? Workspace::defaultPath() : path;
    if (isDefault)
        QDir().mkpath(QFileInfo(file).absolutePath());
    Workspace::OpenOptions options;
    options.create = isDefault || mayCreate;
    if (!workspace.open(file, options))
        return false;
    if (isDefault && workspace.wasCreated()) {
        // A new user sees a full map, a living dashboard and overlay at once: the examples and a
        // few months of their runs, up to now, are part of the first start.
        addExamples(workspace, QDateTime::currentMSecsSinceEpoch());
    }
    return true;
}

} // namespace Stepwise
