#include "lifecycle.h"

#include <QLatin1String>

namespace Stepwise {

namespace {

template<typename Text>
RawEvent::Kind kindOf(Text text)
{
    if (text.isEmpty())
        return RawEvent::Kind::Complete;
    const auto is = [&](const char *name) {
        return text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    };
    if (is("complete"))
        return RawEvent::Kind::Complete;
    if (is("start"))
        return RawEvent::Kind::Start;
    for (const char *other : {"schedule", "assign", "reassign", "suspend", "resume", "ate_abort",
                              "pi_abort", "withdraw", "manualskip", "autoskip"}) {
        if (is(other))
            return RawEvent::Kind::Other;
    }
    return RawEvent::Kind::Complete;
}

} // namespace

RawEvent::Kind kindOfTransition(QStringView transition)
{
    return kindOf(transition.trimmed());
}

RawEvent::Kind kindOfTransition(const char *data, qsizetype size)
{
    return kindOf(QLatin1String(data, size).trimmed());
}

} // namespace Stepwise
