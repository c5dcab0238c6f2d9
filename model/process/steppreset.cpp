#include "steppreset.h"

#include <QCoreApplication>

namespace Stepwise {

namespace {

struct Presets
{
    Q_DECLARE_TR_FUNCTIONS(Stepwise::StepPreset)

public:
    static StepPreset make(const char *id, const QString &label, const QString &description,
                           Step::Kind kind, const QString &name,
                           Step::Automation automation = Step::Automation::Manual,
                           Step::Trigger trigger = Step::Trigger::None)
    {
        StepPreset preset;
        preset.id = QString::fromLatin1(id);
        preset.label = label;
        preset.description = description;
        preset.prototype.kind = kind;
        preset.prototype.name = name;
        preset.prototype.automation = automation;
        preset.prototype.trigger = trigger;
        return preset;
    }

    static QVector<StepPreset> all()
    {
        using K = Step::Kind;
        using A = Step::Automation;
        return {
            make("start", tr("Start"), tr("Where the process begins: a request, a date, a signal"),
                 K::Start, tr("Start")),
            make("task", tr("Task"), tr("A piece of work someone does"), K::Task, tr("New task")),
            make("decision", tr("Decision"), tr("A question whose answer picks the way on"),
                 K::Decision, tr("Decision?")),
            make("event", tr("Wait / event"),
                 tr("Waiting for something: a reply, a date, a delivery"), K::Event, tr("Wait"),
                 A::Manual, Step::Trigger::Wait),
            make("end", tr("End"), tr("Where the process is done"), K::End, tr("Done")),
            make("approval", tr("Approval"), tr("Someone approves or rejects"), K::Task,
                 tr("Approve")),
            make("notification", tr("Notification"), tr("Tell someone by email, chat or SMS"),
                 K::Task, tr("Notify")),
            make("data-entry", tr("Data entry"), tr("Type data into a system"), K::Task,
                 tr("Enter data")),
            make("client-call", tr("Client call"), tr("Call the client"), K::Task,
                 tr("Call the client")),
            make("automated", tr("Automated step"), tr("A step a system does on its own"), K::Task,
                 tr("Automated step"), A::Automated),
        };
    }
};

} // namespace

QVector<StepPreset> stepPresets()
{
    return Presets::all();
}

std::optional<StepPreset> stepPreset(const QString &id)
{
    for (const StepPreset &preset : Presets::all()) {
        if (preset.id == id)
            return preset;
    }
    return std::nullopt;
}

} // namespace Stepwise
