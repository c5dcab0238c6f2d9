#include "duration.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace Stepwise {

namespace {

qint64 unitSeconds(const QString &unit)
{
    static const struct
    {
        const char *names[4];
        qint64 seconds;
    } units[] = {
        {{"s", "sec", "second", "seconds"}, 1},       {{"m", "min", "minute", "minutes"}, 60},
        {{"h", "hr", "hour", "hours"}, 3600},         {{"d", "day", "days", nullptr}, 86400},
        {{"w", "week", "weeks", nullptr}, 7 * 86400},
    };
    const QString u = unit.toLower();
    for (const auto &entry : units) {
        for (const char *name : entry.names) {
            if (name && u == QLatin1String(name))
                return entry.seconds;
        }
    }
    // Plurals of the short forms people type: "mins", "hrs", "secs".
    if (u == QLatin1String("mins"))
        return 60;
    if (u == QLatin1String("hrs"))
        return 3600;
    if (u == QLatin1String("secs"))
        return 1;
    return 0;
}

} // namespace

QString formatDuration(qint64 seconds)
{
    if (seconds <= 0)
        return QStringLiteral("0s");
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    const qint64 secs = seconds % 60;
    QStringList parts;
    if (days)
        parts << QStringLiteral("%1d").arg(days);
    if (hours)
        parts << QStringLiteral("%1h").arg(hours);
    if (minutes)
        parts << QStringLiteral("%1min").arg(minutes);
    if (secs)
        parts << QStringLiteral("%1s").arg(secs);
    return parts.join(QLatin1Char(' '));
}

std::optional<qint64> parseDuration(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return qint64(0);

    // One or more "<number> <unit>" parts, optionally separated by spaces or commas.
    static const QRegularExpression part(
        QStringLiteral(R"(\G\s*,?\s*(\d+(?:[.,]\d+)?)\s*([A-Za-z]+))"));
    double total = 0;
    qsizetype consumed = 0;
    auto it = part.globalMatch(trimmed);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qint64 unit = unitSeconds(m.captured(2));
        if (unit == 0)
            return std::nullopt;
        QString number = m.captured(1);
        number.replace(QLatin1Char(','), QLatin1Char('.'));
        total += number.toDouble() * double(unit);
        consumed = m.capturedEnd(0);
    }
    if (consumed == 0 || consumed != trimmed.size())
        return std::nullopt;
    if (!std::isfinite(total) || total > 1e15)
        return std::nullopt;
    return qint64(std::llround(total));
}

} // namespace Stepwise
