#pragma once

#include <QString>

#include <optional>

namespace Stepwise {

/// "1d 4h", "90min", "30s": the largest units first, zero parts left out; "0s" for zero.
QString formatDuration(qint64 seconds);
/// Reads "4h", "2d", "90min", "1d 4h", "1.5h", "2 days 3 hours" (units s, min, h, d, w and their
/// long forms). Empty text is zero (no duration). Anything else, a bare number or a negative
/// value included, gives nothing.
std::optional<qint64> parseDuration(const QString &text);

} // namespace Stepwise
