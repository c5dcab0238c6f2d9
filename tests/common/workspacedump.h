#pragma once

// What the tests compare to say "the workspace is left exactly as it was".

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

/// Every row of every table of a workspace file, in a stable order, with the schema: two files
/// with the same dump hold the same workspace even where SQLite rewrote bookkeeping bytes in its
/// header on opening. Empty when the file cannot be opened.
inline QString workspaceDump(const QString &path)
{
    const QString connection = QStringLiteral("workspaceDump");
    QString text;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return {};
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_master ORDER BY name"));
        QStringList names;
        while (tables.next()) {
            text += tables.value(1).toString() + QLatin1Char('\n');
            if (tables.value(1).toString().startsWith(QLatin1String("CREATE TABLE")))
                names << tables.value(0).toString();
        }
        for (const QString &name : std::as_const(names)) {
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(name));
            while (rows.next()) {
                for (int i = 0; i < rows.record().count(); ++i)
                    text += rows.value(i).toString() + QLatin1Char('|');
                text += QLatin1Char('\n');
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return text;
}
