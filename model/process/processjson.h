#pragma once

#include "lane.h"
#include "process.h"
#include "step.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Stepwise {

/// The JSON form of a process and its map: complete and lossless (processFromJson of
/// processToJson compares equal), used for revisions in the workspace and for the clipboard.
/// Enums are lower-case words ("task", "person", "candidate"), colours "#rrggbb" ("#aarrggbb"
/// when not opaque), dates "yyyy-MM-dd".
QJsonObject processToJson(const Process &process);

/// Reads what processToJson() writes. Missing keys take the defaults of Process, Lane, Step and
/// Handoff; an unknown enum word, a malformed colour or date, or another format's object is
/// refused with nullopt and a message in \a error.
std::optional<Process> processFromJson(const QJsonObject &json, QString *error = nullptr);

/// processToJson() as compact UTF-8 JSON text.
QByteArray processToJsonData(const Process &process);
/// processFromJson() from JSON text; a parse error is reported in \a error.
std::optional<Process> processFromJsonData(const QByteArray &data, QString *error = nullptr);

/// The lower-case words of the enums, shared by the JSON form and the workspace columns.
QString laneKindWord(Lane::Kind kind);
std::optional<Lane::Kind> laneKindFromWord(const QString &word);
QString stepKindWord(Step::Kind kind);
std::optional<Step::Kind> stepKindFromWord(const QString &word);
QString triggerWord(Step::Trigger trigger);
std::optional<Step::Trigger> triggerFromWord(const QString &word);
QString automationWord(Step::Automation automation);
std::optional<Step::Automation> automationFromWord(const QString &word);
/// "calendar", "business-hours".
QString slaClockWord(Process::SlaClock clock);
std::optional<Process::SlaClock> slaClockFromWord(const QString &word);

/// "#rrggbb", "#aarrggbb" when not opaque, empty for an invalid colour.
QString colorToString(const QColor &color);
/// The inverse of colorToString(): empty gives an invalid colour; nullopt when malformed.
std::optional<QColor> colorFromString(const QString &text);

} // namespace Stepwise
