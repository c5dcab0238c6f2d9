#include "examples.h"

#include <QColor>
#include <QCoreApplication>

namespace Stepwise {

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

/// Layout of the examples: one column per flow position, steps centred in their lane.
constexpr double FirstColumnX = 120;
constexpr double ColumnSpacing = 180;

/// Lane colours, one pastel per owner; the same owner has the same colour in both examples.
constexpr QRgb ClientColor = 0xF9D5E5; // rose
constexpr QRgb AccountManagerColor = 0xD3E4F8; // sky
constexpr QRgb TechnicianColor = 0xD6F0D2; // mint
constexpr QRgb BillingColor = 0xFCE6C8; // peach
constexpr QRgb ServiceDeskColor = 0xFFF4C2; // butter
constexpr QRgb SystemColor = 0xE4DAF5; // lavender

/// Edits one step of the process being built; chain the setters after ExampleBuilder::task().
class StepEditor
{
public:
    StepEditor(Process &process, int index) : m_process(process), m_index(index) { }

    StepEditor &done(const QString &definition)
    {
        step().definitionOfDone = definition;
        return *this;
    }
    StepEditor &inputs(const QStringList &inputs)
    {
        step().inputs = inputs;
        return *this;
    }
    StepEditor &outputs(const QStringList &outputs)
    {
        step().outputs = outputs;
        return *this;
    }
    StepEditor &takes(qint64 seconds)
    {
        step().expectedDurationS = seconds;
        return *this;
    }
    StepEditor &sla(qint64 seconds)
    {
        step().slaS = seconds;
        return *this;
    }
    StepEditor &systems(const QStringList &systems)
    {
        step().systems = systems;
        return *this;
    }
    /// A candidate for automation, with the estimated hours to automate it.
    StepEditor &candidate(double effortH)
    {
        step().automation = Step::Automation::Candidate;
        step().automationEffortH = effortH;
        return *this;
    }
    StepEditor &automated()
    {
        step().automation = Step::Automation::Automated;
        return *this;
    }
    StepEditor &trigger(Step::Trigger trigger)
    {
        step().trigger = trigger;
        return *this;
    }

    operator ItemId() const { return m_process.steps.at(m_index).id; }

private:
    Step &step() { return m_process.steps[m_index]; }

    Process &m_process;
    int m_index;
};

/// Builds the example maps; its tr() translates in the "Stepwise::Examples" context.
class ExampleBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Stepwise::Examples)

public:
    static Process clientOnboarding()
    {
        ExampleBuilder b(tr("Client onboarding"), tr("Account manager"),
                         tr("From the signed deal to a client whose people, devices and billing "
                            "are fully set up, so the first support ticket finds everything in "
                            "place."),
                         14 * Day); // ten business days

        const QString psa = tr("PSA");
        const QString email = tr("Email");
        const QString m365 = tr("Microsoft 365");
        const QString rmm = tr("RMM");
        const QString accounting = tr("Accounting");

        const ItemId client = b.lane(tr("Client"), Lane::Kind::Role, ClientColor);
        const ItemId manager
            = b.lane(tr("Account manager"), Lane::Kind::Person, AccountManagerColor);
        const ItemId technician = b.lane(tr("Technician"), Lane::Kind::Role, TechnicianColor);
        const ItemId billing = b.lane(tr("Billing"), Lane::Kind::Team, BillingColor);
        const ItemId system = b.lane(tr("PSA / ticket system"), Lane::Kind::System, SystemColor);

        const ItemId won = b.start(tr("Deal won"), manager, 0);
        const ItemId sendContract
            = b.task(tr("Send contract and questionnaire"), manager, 1)
                  .done(tr("Contract, price sheet and onboarding questionnaire sent from the PSA "
                           "template; the sending is logged on the opportunity."))
                  .inputs({tr("Accepted quote"), tr("Contract template")})
                  .outputs({tr("Contract sent for signature"), tr("Onboarding questionnaire")})
                  .takes(30 * Minute)
                  .sla(Day)
                  .systems({psa, email})
                  .candidate(6);
        const ItemId waitSignature
            = b.event(tr("Wait for client signature"), client, 2, Step::Trigger::Message, 3 * Day);
        const ItemId isSigned = b.decision(tr("Contract signed?"), manager, 3);
        const ItemId chase
            = b.task(tr("Chase the signature"), manager, 4)
                  .done(tr("Client called and reminded; open questions about the contract "
                           "answered and noted on the opportunity."))
                  .inputs({tr("Contract sent for signature")})
                  .outputs({tr("Call note"), tr("New signature deadline")})
                  .takes(15 * Minute)
                  .systems({psa});
        const ItemId createRecord
            = b.task(tr("Create client record"), system, 4)
                  .done(tr("Signed contract stored in the client folder; client record created in "
                           "the PSA with billing contact and service agreement."))
                  .inputs({tr("Signed contract"), tr("Completed questionnaire")})
                  .outputs({tr("Client record"), tr("Service agreement in the PSA")})
                  .takes(2 * Minute)
                  .systems({psa})
                  .automated();
        const ItemId kickOff
            = b.task(tr("Hold kick-off call"), manager, 5)
                  .done(tr("Kick-off held with the client's contact person; key users, sites and "
                           "go-live date agreed and recorded on the client record."))
                  .inputs({tr("Client record"), tr("Completed questionnaire")})
                  .outputs({tr("Kick-off minutes"), tr("Agreed go-live date")})
                  .takes(Hour)
                  .sla(3 * Day)
                  .systems({psa, m365});
        const ItemId audit
            = b.task(tr("Audit IT environment"), technician, 6)
                  .done(tr("Every device enrolled in the RMM, admin credentials in the password "
                           "vault, and findings written to the client documentation."))
                  .inputs({tr("Kick-off minutes"), tr("Admin credentials")})
                  .outputs({tr("Device inventory"), tr("Audit findings")})
                  .takes(4 * Hour)
                  .sla(3 * Day)
                  .systems({rmm, psa});
        const ItemId setUpAccounts
            = b.task(tr("Set up Microsoft 365 accounts"), technician, 7)
                  .done(tr("A licensed account with multi-factor authentication for every key "
                           "user; shared mailboxes and groups created as agreed at kick-off."))
                  .inputs({tr("User list"), tr("Kick-off minutes")})
                  .outputs({tr("User accounts"), tr("Welcome credentials")})
                  .takes(3 * Hour)
                  .systems({m365, psa})
                  .candidate(12);
        const ItemId hardwareNeeded = b.decision(tr("New hardware needed?"), technician, 8);
        const ItemId installHardware
            = b.task(tr("Order and install hardware"), technician, 9)
                  .done(tr("Ordered devices delivered, set up from the standard image and "
                           "enrolled in the RMM; the client has signed the delivery note."))
                  .inputs({tr("Audit findings"), tr("Approved hardware quote")})
                  .outputs({tr("Installed devices"), tr("Signed delivery note")})
                  .takes(5 * Hour)
                  .systems({rmm, psa});
        const ItemId setUpBilling
            = b.task(tr("Set up recurring billing"), billing, 10)
                  .done(tr("Recurring invoice for the agreed services created in accounting with "
                           "the right start date; the first invoice checked against the "
                           "contract."))
                  .inputs({tr("Signed contract"), tr("Service agreement in the PSA")})
                  .outputs({tr("Recurring invoice"), tr("First invoice")})
                  .takes(45 * Minute)
                  .sla(2 * Day)
                  .systems({accounting, psa})
                  .candidate(8);
        const ItemId welcome
            = b.task(tr("Send welcome pack"), manager, 11)
                  .done(tr("Welcome email with portal access, support hours and how to open a "
                           "ticket sent to every key user."))
                  .inputs({tr("User accounts"), tr("Welcome email template")})
                  .outputs({tr("Welcome email")})
                  .takes(5 * Minute)
                  .systems({psa, email})
                  .automated();
        const ItemId live = b.end(tr("Client live"), client, 12);

        b.handoff(won, sendContract);
        b.handoff(sendContract, waitSignature);
        b.handoff(waitSignature, isSigned);
        b.handoff(isSigned, createRecord, tr("Yes"));
        b.handoff(isSigned, chase, tr("No"));
        b.handoff(chase, waitSignature);
        b.handoff(createRecord, kickOff);
        b.handoff(kickOff, audit);
        b.handoff(audit, setUpAccounts);
        b.handoff(setUpAccounts, hardwareNeeded);
        b.handoff(hardwareNeeded, installHardware, tr("Yes"));
        b.handoff(hardwareNeeded, setUpBilling, tr("No"));
        b.handoff(installHardware, setUpBilling);
        b.handoff(setUpBilling, welcome);
        b.handoff(welcome, live);
        return b.m_process;
    }

    static Process supportTicket()
    {
        ExampleBuilder b(tr("Support ticket"), tr("Service desk lead"),
                         tr("From the client's call or email to a confirmed fix, a documented "
                            "solution and a closed ticket."),
                         2 * Day);

        const QString psa = tr("PSA");
        const QString email = tr("Email");
        const QString rmm = tr("RMM");
        const QString distributorPortal = tr("Distributor portal");

        const ItemId client = b.lane(tr("Client"), Lane::Kind::Role, ClientColor);
        const ItemId desk = b.lane(tr("Service desk"), Lane::Kind::Team, ServiceDeskColor);
        const ItemId technician = b.lane(tr("Technician"), Lane::Kind::Role, TechnicianColor);
        const ItemId system = b.lane(tr("PSA / ticket system"), Lane::Kind::System, SystemColor);

        const ItemId reported = b.start(tr("Client reports a problem"), client, 0);
        const ItemId logTicket
            = b.task(tr("Log ticket"), system, 1)
                  .done(tr("Ticket created in the PSA with client, contact, contract and the "
                           "original message attached; acknowledgement sent to the client."))
                  .inputs({tr("Client email or call")})
                  .outputs({tr("Ticket"), tr("Acknowledgement email")})
                  .takes(Minute)
                  .systems({psa, email})
                  .automated();
        const ItemId triage
            = b.task(tr("Triage and prioritise"), desk, 2)
                  .done(tr("Priority, category and affected device set on the ticket; the client "
                           "knows who works on it and by when."))
                  .inputs({tr("Ticket"), tr("Service agreement")})
                  .outputs({tr("Prioritised ticket")})
                  .takes(10 * Minute)
                  .sla(Hour)
                  .systems({psa})
                  .candidate(16);
        const ItemId hardwareOrSoftware = b.decision(tr("Hardware or software?"), desk, 3);
        const ItemId work
            = b.task(tr("Work on ticket"), technician, 4)
                  .done(tr("Cause found and fixed, remotely where possible; every action and the "
                           "time spent logged on the ticket."))
                  .inputs({tr("Prioritised ticket"), tr("Client documentation")})
                  .outputs({tr("Fix applied"), tr("Time entries")})
                  .takes(90 * Minute)
                  .sla(8 * Hour)
                  .systems({rmm, psa});
        const ItemId orderPart
            = b.task(tr("Order replacement part"), desk, 4)
                  .done(tr("Replacement ordered from the distributor under the client's warranty "
                           "or an approved quote; order number noted on the ticket."))
                  .inputs({tr("Prioritised ticket"), tr("Device warranty status")})
                  .outputs({tr("Purchase order"), tr("Expected delivery date")})
                  .takes(20 * Minute)
                  .systems({distributorPortal, psa})
                  .candidate(6);
        const ItemId waitPart
            = b.event(tr("Wait for part delivery"), desk, 5, Step::Trigger::Message, 2 * Day);
        const ItemId replace
            = b.task(tr("Replace hardware on site"), technician, 6)
                  .done(tr("Faulty part replaced and tested with the user; the old part returned "
                           "or disposed of with a note on the ticket."))
                  .inputs({tr("Replacement part"), tr("Prioritised ticket")})
                  .outputs({tr("Working device"), tr("Time entries")})
                  .takes(2 * Hour)
                  .systems({rmm, psa});
        const ItemId waitConfirmation
            = b.event(tr("Wait for client confirmation"), client, 7, Step::Trigger::Wait, Day);
        const ItemId confirmed = b.decision(tr("Client confirms fix?"), client, 8);
        const ItemId document
            = b.task(tr("Document solution and close ticket"), technician, 9)
                  .done(tr("Solution written to the ticket and, when it may recur, to the "
                           "knowledge base; ticket closed with all time entries approved."))
                  .inputs({tr("Fix applied"), tr("Client confirmation")})
                  .outputs({tr("Closed ticket"), tr("Knowledge base article")})
                  .takes(15 * Minute)
                  .systems({psa})
                  .candidate(4);
        const ItemId survey
            = b.task(tr("Send satisfaction survey"), system, 10)
                  .done(tr("One-question survey emailed to the contact when the ticket closes; "
                           "the answer is stored on the ticket."))
                  .inputs({tr("Closed ticket")})
                  .outputs({tr("Survey email")})
                  .takes(Minute)
                  .systems({psa, email})
                  .automated();
        const ItemId closed = b.end(tr("Ticket closed"), desk, 11);

        b.handoff(reported, logTicket);
        b.handoff(logTicket, triage);
        b.handoff(triage, hardwareOrSoftware);
        b.handoff(hardwareOrSoftware, work, tr("Software"));
        b.handoff(hardwareOrSoftware, orderPart, tr("Hardware"));
        b.handoff(orderPart, waitPart);
        b.handoff(waitPart, replace);
        b.handoff(work, waitConfirmation);
        b.handoff(replace, waitConfirmation);
        b.handoff(waitConfirmation, confirmed);
        b.handoff(confirmed, document, tr("Yes"));
        b.handoff(confirmed, work, tr("No"));
        b.handoff(document, survey);
        b.handoff(survey, closed);
        return b.m_process;
    }

private:
    ExampleBuilder(const QString &name, const QString &owner, const QString &description,
                   qint64 slaTargetS)
    {
        m_process.name = name;
        m_process.owner = owner;
        m_process.description = description;
        m_process.slaTargetS = slaTargetS;
        // reviewDate stays null: the examples must not depend on the current date.
    }

    ItemId lane(const QString &name, Lane::Kind kind, QRgb color)
    {
        Lane lane;
        lane.id = m_process.nextItemId++;
        lane.name = name;
        lane.kind = kind;
        lane.color = QColor(color);
        m_process.lanes.append(lane);
        return lane.id;
    }

    StepEditor step(Step::Kind kind, const QString &name, ItemId laneId, int column)
    {
        const Lane *lane = m_process.lane(laneId);
        Q_ASSERT(lane);
        Step step;
        step.id = m_process.nextItemId++;
        step.kind = kind;
        step.name = name;
        step.laneId = laneId;
        step.pos = QPointF(FirstColumnX + column * ColumnSpacing, lane->height / 2);
        m_process.steps.append(step);
        return StepEditor(m_process, m_process.steps.size() - 1);
    }

    ItemId start(const QString &name, ItemId laneId, int column)
    {
        return step(Step::Kind::Start, name, laneId, column);
    }
    ItemId end(const QString &name, ItemId laneId, int column)
    {
        return step(Step::Kind::End, name, laneId, column);
    }
    ItemId decision(const QString &name, ItemId laneId, int column)
    {
        return step(Step::Kind::Decision, name, laneId, column);
    }
    ItemId event(const QString &name, ItemId laneId, int column, Step::Trigger trigger,
                 qint64 expectedWaitS)
    {
        return step(Step::Kind::Event, name, laneId, column).trigger(trigger).takes(expectedWaitS);
    }
    StepEditor task(const QString &name, ItemId laneId, int column)
    {
        return step(Step::Kind::Task, name, laneId, column);
    }

    void handoff(ItemId from, ItemId to, const QString &label = QString())
    {
        Handoff handoff;
        handoff.id = m_process.nextItemId++;
        handoff.fromStepId = from;
        handoff.toStepId = to;
        handoff.label = label;
        m_process.handoffs.append(handoff);
    }

    Process m_process;
};

} // namespace

QVector<Process> exampleProcesses()
{
    return {ExampleBuilder::clientOnboarding(), ExampleBuilder::supportTicket()};
}

} // namespace Stepwise
