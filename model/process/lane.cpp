#include "lane.h"

namespace Stepwise {

bool Lane::operator==(const Lane &other) const
{
    return id == other.id && name == other.name && kind == other.kind && color == other.color
        && height == other.height;
}

} // namespace Stepwise
