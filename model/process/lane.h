#pragma once

#include "ids.h"

#include <QColor>
#include <QString>

namespace Stepwise {

/// An owner of steps: a person, a role, a team or a system. Drawn as a horizontal swimlane;
/// lanes are ordered top to bottom by their position in Process::lanes.
struct Lane
{
    enum class Kind { Person, Role, Team, System };

    ItemId id = 0;
    QString name;
    Kind kind = Kind::Role;
    QColor color;
    double height = 160.0; ///< scene units

    bool operator==(const Lane &other) const;
    bool operator!=(const Lane &other) const { return !(*this == other); }
};

} // namespace Stepwise
