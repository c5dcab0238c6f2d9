#pragma once

// Running the stepwise program (or a tool such as pdftotext) from a test and keeping what it said.

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QtGlobal>

/// What a program did: its exit code (-1 when it crashed or did not finish in time) and what it
/// wrote to standard output and standard error.
struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs a program to its end, for at most \a timeoutMs.
inline ProgramRun runProgram(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &environment
                             = QProcessEnvironment::systemEnvironment(),
                             int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs))
        qWarning("%s did not finish: %s", qPrintable(program), qPrintable(arguments.join(u' ')));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/// The environment a test runs the stepwise program in: \a base with the machine's default
/// workspace and settings kept out (XDG_DATA_HOME and XDG_CONFIG_HOME under \a home) and English
/// messages.
inline QProcessEnvironment stepwiseEnvironment(const QString &home,
                                               QProcessEnvironment base
                                               = QProcessEnvironment::systemEnvironment())
{
    base.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
    base.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    base.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return base;
}
