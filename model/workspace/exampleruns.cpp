#include "exampleruns.h"

#include "examples.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <random>

namespace Stepwise {

namespace {

constexpr qint64 MsPerMinute = 60 * 1000;
constexpr qint64 MsPerHour = 60 * MsPerMinute;
constexpr qint64 MsPerDay = 24 * MsPerHour;
constexpr double Minutes = 60;
constexpr double Hours = 60 * Minutes;
constexpr double Days = 24 * Hours;
constexpr double TwoPi = 6.283185307179586;

// The team's working day in UTC (09:00-18:00 in Central Europe in winter).
constexpr qint64 WorkStartMs = 8 * MsPerHour;
constexpr qint64 WorkEndMs = 17 * MsPerHour;

// A run is cut off after this many executions (loops are capped long before).
constexpr int MaxExecutions = 60;
// A step is not entered again by a loop once it ran this often in a run.
constexpr int MaxVisits = 3;

/// The examples' names as exampleProcesses() makes them, in the same translation context, so
/// the runs name the steps of the map in any language.
QString ex(const char *source)
{
    return QCoreApplication::translate("Stepwise::Examples", source);
}

/// Uniform, normal, log-normal and Poisson draws on the standard's exactly specified 64-bit
/// Mersenne Twister; the distributions are written here because the standard library's differ
/// between implementations.
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) { }

    /// In [0, 1), 53 random bits.
    double uniform() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }

    /// Standard normal (Box-Muller).
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]: the logarithm stays finite
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(TwoPi * u2);
    }

    /// Log-normal with this median; the tails are cut at three sigmas (no ticket takes a year).
    double logNormal(double median, double sigma)
    {
        if (median <= 0)
            return 0;
        return median * std::exp(sigma * std::clamp(normal(), -3.0, 3.0));
    }

    /// Poisson (Knuth's multiplication method: fine for the few arrivals of a day).
    int poisson(double lambda)
    {
        if (lambda <= 0)
            return 0;
        const double limit = std::exp(-lambda);
        int k = 0;
        double p = uniform();
        while (p > limit) {
            ++k;
            p *= uniform();
        }
        return k;
    }

    /// In [0, n).
    int index(int n) { return std::min(n - 1, int(uniform() * n)); }

private:
    std::mt19937_64 m_engine;
};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

bool isWorkday(qint64 day)
{
    // Day 0 (1970-01-01) was a Thursday; 0 is Monday here.
    const qint64 weekday = ((day + 3) % 7 + 7) % 7;
    return weekday < 5;
}

/// t, or the next moment the team works.
qint64 nextWorkingTime(qint64 t)
{
    for (;;) {
        const qint64 day = floorDiv(t, MsPerDay);
        const qint64 dayStart = day * MsPerDay;
        if (isWorkday(day) && t < dayStart + WorkEndMs)
            return std::max(t, dayStart + WorkStartMs);
        t = dayStart + MsPerDay;
    }
}

/// t plus a duration of working time.
qint64 addWorkingTime(qint64 t, qint64 durationMs)
{
    t = nextWorkingTime(t);
    for (;;) {
        const qint64 dayEnd = floorDiv(t, MsPerDay) * MsPerDay + WorkEndMs;
        if (durationMs <= dayEnd - t)
            return t + durationMs;
        durationMs -= dayEnd - t;
        t = nextWorkingTime(dayEnd);
    }
}

enum class Clock {
    Working, ///< people: only their working hours count
    Calendar, ///< systems: any time
    CalendarIntoHours ///< a wait for someone outside: calendar time, ending in working hours
};

/// How one step behaves in the runs: the queue before it and its own duration (medians of
/// log-normal draws, in seconds).
struct Behaviour
{
    bool instant = false; ///< start and end events: a moment, no wait
    double waitS = 0;
    double waitSigma = 0.9;
    Clock waitClock = Clock::Working;
    double workS = 0;
    double workSigma = 0.45;
    Clock workClock = Clock::Working;
};

/// Overrides of the default behaviour for a step, by name; -1 keeps the default.
struct Timing
{
    double waitS = -1;
    double workS = -1;
};

using Weights = QVector<QPair<QString, double>>;

/// What a process's runs look like beyond its map.
struct Profile
{
    double weekdayArrivals = 2; ///< mean runs starting per working day
    double weekendArrivals = 0.2;
    QString casePrefix = QStringLiteral("R-");
    int firstCase = 1;
    int caseDigits = 4;
    QHash<QString, Timing> timings; ///< by step name
    QHash<QString, Weights> branches; ///< decision name -> weights of the targets, by name
    /// Step name -> transitions the map lacks that some runs take after it: (target, odds).
    QHash<QString, Weights> detours;
    QHash<QString, QStringList> people; ///< by lane name; a lane without people is the resource
};

Profile supportProfile()
{
    Profile p;
    p.weekdayArrivals = 3.0;
    p.weekendArrivals = 0.4;
    p.casePrefix = QStringLiteral("T-");
    p.firstCase = 24001;
    p.caseDigits = 5;
    p.timings = {
        {ex("Triage and prioritise"), {40 * Minutes, -1}},
        {ex("Work on ticket"), {2 * Hours, -1}}, // the technicians' queue
        {ex("Order replacement part"), {1.5 * Hours, -1}},
        {ex("Replace hardware on site"), {4 * Hours, -1}}, // a visit is arranged
        {ex("Wait for client confirmation"), {-1, 6 * Hours}},
        {ex("Document solution and close ticket"), {2 * Hours, -1}},
    };
    p.branches = {
        {ex("Hardware or software?"),
         {{ex("Work on ticket"), 0.78}, {ex("Order replacement part"), 0.22}}},
        {ex("Client confirms fix?"),
         {{ex("Document solution and close ticket"), 0.86}, {ex("Work on ticket"), 0.14}}},
    };
    p.detours = {
        // An urgent call goes straight to a technician, without triage.
        {ex("Log ticket"), {{ex("Work on ticket"), 0.05}}},
        // The technician finds the fault is hardware after all; or closes at once, without
        // waiting for the client to confirm.
        {ex("Work on ticket"),
         {{ex("Order replacement part"), 0.05}, {ex("Document solution and close ticket"), 0.09}}},
    };
    p.people = {
        {ex("Service desk"), {QStringLiteral("Anna"), QStringLiteral("Ben")}},
        {ex("Technician"),
         {QStringLiteral("Chris"), QStringLiteral("Dana"), QStringLiteral("Eli"),
          QStringLiteral("Farah")}},
    };
    return p;
}

Profile onboardingProfile()
{
    Profile p;
    p.weekdayArrivals = 1.6;
    p.weekendArrivals = 0;
    p.casePrefix = QStringLiteral("ON-");
    p.firstCase = 301;
    p.caseDigits = 4;
    p.timings = {
        {ex("Send contract and questionnaire"), {3 * Hours, -1}},
        {ex("Wait for client signature"), {-1, 2.5 * Days}},
        {ex("Chase the signature"), {4 * Hours, -1}},
        {ex("Hold kick-off call"), {12 * Hours, -1}}, // a date that suits the client
        {ex("Audit IT environment"), {8 * Hours, -1}},
        {ex("Set up Microsoft 365 accounts"), {3 * Hours, -1}},
        {ex("Order and install hardware"), {20 * Hours, -1}}, // ordered, delivered, then installed
        {ex("Set up recurring billing"), {10 * Hours, -1}}, // billing works in batches
    };
    p.branches = {
        {ex("Contract signed?"),
         {{ex("Create client record"), 0.75}, {ex("Chase the signature"), 0.25}}},
        {ex("New hardware needed?"),
         {{ex("Order and install hardware"), 0.4}, {ex("Set up recurring billing"), 0.6}}},
    };
    p.detours = {
        // Small clients: the audit is skipped and accounts are set up right after the kick-off.
        {ex("Hold kick-off call"), {{ex("Set up Microsoft 365 accounts"), 0.08}}},
    };
    p.people = {
        {ex("Account manager"), {QStringLiteral("Mara")}},
        {ex("Technician"),
         {QStringLiteral("Chris"), QStringLiteral("Dana"), QStringLiteral("Eli"),
          QStringLiteral("Farah")}},
        {ex("Billing"), {QStringLiteral("Greta"), QStringLiteral("Hugo")}},
    };
    return p;
}

Profile profileFor(const Process &process)
{
    if (process.name == ex("Support ticket"))
        return supportProfile();
    if (process.name == ex("Client onboarding"))
        return onboardingProfile();
    return {};
}

Behaviour behaviourOf(const Process &process, const Step &step, const Profile &profile)
{
    Behaviour b;
    const Lane *lane = process.lane(step.laneId);
    const double expected = double(step.expectedDurationS);
    switch (step.kind) {
    case Step::Kind::Start:
    case Step::Kind::End:
        b.instant = true;
        return b;
    case Step::Kind::Event:
        // Waiting for the client or a delivery: it starts at once and ends in office hours.
        b.waitS = 0;
        b.workS = expected > 0 ? expected : Days;
        b.workSigma = 0.7;
        b.workClock = Clock::CalendarIntoHours;
        break;
    case Step::Kind::Decision:
        b.waitS = 4 * Minutes;
        b.waitSigma = 0.8;
        b.workS = 2 * Minutes;
        b.workSigma = 0.5;
        break;
    case Step::Kind::Task:
        if (step.automation == Step::Automation::Automated
            || (lane && lane->kind == Lane::Kind::System)) {
            b.waitS = 20;
            b.waitSigma = 0.8;
            b.waitClock = Clock::Calendar;
            b.workS = expected > 0 ? expected : Minutes;
            b.workSigma = 0.5;
            b.workClock = Clock::Calendar;
        } else {
            b.waitS = 2 * Hours;
            b.workS = 0.9 * (expected > 0 ? expected : 30 * Minutes);
        }
        break;
    }
    const Timing timing = profile.timings.value(step.name);
    if (timing.waitS >= 0)
        b.waitS = timing.waitS;
    if (timing.workS >= 0)
        b.workS = timing.workS;
    return b;
}

/// Interns names into a RunLog's list.
class Names
{
public:
    explicit Names(QStringList *list) : m_list(list) { }

    int index(const QString &name)
    {
        auto it = m_index.constFind(name);
        if (it == m_index.cend()) {
            it = m_index.insert(name, int(m_list->size()));
            m_list->append(name);
        }
        return it.value();
    }

private:
    QStringList *m_list;
    QHash<QString, int> m_index;
};

class Generator
{
public:
    Generator(const Process &process, quint64 seed, qint64 endMs, RunLog *log)
        : m_process(process), m_profile(profileFor(process)), m_random(seed), m_endMs(endMs),
          m_startMs(endMs - qint64(ExampleRunsDays) * MsPerDay), m_log(log),
          m_activities(&log->activities), m_resources(&log->resources)
    {
        for (const Step &step : process.steps) {
            m_behaviours.insert(step.id, behaviourOf(process, step, m_profile));
            m_byName.insert(step.name, step.id);
        }
        for (const Handoff &handoff : process.handoffs)
            m_outgoing[handoff.fromStepId].append(&handoff);
    }

    void run()
    {
        const Step *start = nullptr;
        for (const Step &step : m_process.steps) {
            if (step.kind == Step::Kind::Start) {
                start = &step;
                break;
            }
        }
        if (!start && !m_process.steps.isEmpty())
            start = &m_process.steps.first();
        if (!start)
            return;
        int caseNumber = m_profile.firstCase;
        QVector<qint64> arrivals;
        for (qint64 day = floorDiv(m_startMs, MsPerDay); day * MsPerDay < m_endMs; ++day) {
            const bool workday = isWorkday(day);
            const int count
                = m_random.poisson(workday ? m_profile.weekdayArrivals : m_profile.weekendArrivals);
            arrivals.clear();
            for (int i = 0; i < count; ++i) {
                // Mostly in office hours on working days, by email or phone; at weekends spread
                // over the day.
                const double hour
                    = workday ? 7.5 + 10 * m_random.uniform() : 8 + 12 * m_random.uniform();
                arrivals.append(day * MsPerDay + qint64(hour * double(MsPerHour)));
            }
            std::sort(arrivals.begin(), arrivals.end());
            for (qint64 arrival : std::as_const(arrivals)) {
                if (arrival < m_startMs || arrival >= m_endMs)
                    continue;
                const QString caseId = m_profile.casePrefix
                    + QStringLiteral("%1").arg(caseNumber++, m_profile.caseDigits, 10,
                                               QLatin1Char('0'));
                m_log->runs.append(walk(caseId, start->id, arrival));
            }
        }
    }

private:
    qint64 draw(double medianS, double sigma)
    {
        return qint64(std::llround(m_random.logNormal(medianS, sigma) * 1000.0));
    }

    Run walk(const QString &caseId, ItemId startId, qint64 arrival)
    {
        Run run;
        run.caseId = caseId;
        // Later runs wait less: the team improved over the months (a trend for the dashboard).
        const double progress = double(arrival - m_startMs) / double(m_endMs - m_startMs);
        const double trend = 1.25 - 0.4 * progress;
        QHash<ItemId, int> visits;
        QHash<ItemId, QString> assigned; // lane -> the person who does its steps in this run
        bool detoured = false;
        qint64 t = arrival;
        ItemId current = startId;
        for (int n = 0; n < MaxExecutions && current; ++n) {
            const Step *step = m_process.step(current);
            const Behaviour &b = m_behaviours[current];
            qint64 begin = t;
            qint64 finish = t;
            if (!b.instant) {
                const qint64 wait
                    = draw(b.waitS * (b.waitClock == Clock::Working ? trend : 1.0), b.waitSigma);
                begin = b.waitClock == Clock::Working ? addWorkingTime(t, wait) : t + wait;
                const qint64 work = draw(b.workS, b.workSigma);
                switch (b.workClock) {
                case Clock::Working:
                    begin = nextWorkingTime(begin);
                    // Nobody starts two hours of work half an hour before closing time: what
                    // fits in a day starts the next morning when it no longer fits today.
                    if (work <= WorkEndMs - WorkStartMs
                        && begin + work > floorDiv(begin, MsPerDay) * MsPerDay + WorkEndMs)
                        begin = nextWorkingTime(floorDiv(begin, MsPerDay) * MsPerDay + MsPerDay);
                    finish = addWorkingTime(begin, work);
                    break;
                case Clock::Calendar:
                    finish = begin + work;
                    break;
                case Clock::CalendarIntoHours:
                    finish = nextWorkingTime(begin + work);
                    break;
                }
            }
            // What is not finished by the end is not in the log yet (the workspace keeps finished
            // executions only): the run is in progress.
            if (finish >= m_endMs)
                break;
            Execution e;
            e.activity = m_activities.index(step->name);
            e.resource = m_resources.index(resourceFor(*step, &assigned));
            e.startMs = begin;
            e.completeMs = finish;
            e.order = int(run.executions.size());
            run.executions.append(e);
            run.events += 2;
            if (run.firstMs == NoTime)
                run.firstMs = begin;
            run.lastMs = finish;
            ++visits[current];
            t = finish;
            current = next(*step, visits, &detoured);
        }
        return run;
    }

    QString resourceFor(const Step &step, QHash<ItemId, QString> *assigned)
    {
        const Lane *lane = m_process.lane(step.laneId);
        if (!lane)
            return {};
        auto it = assigned->constFind(lane->id);
        if (it == assigned->cend()) {
            const QStringList people = m_profile.people.value(lane->name);
            it = assigned->insert(lane->id,
                                  people.isEmpty() ? lane->name
                                                   : people.at(m_random.index(int(people.size()))));
        }
        return it.value();
    }

    ItemId next(const Step &step, const QHash<ItemId, int> &visits, bool *detoured)
    {
        const QVector<const Handoff *> out = m_outgoing.value(step.id);
        if (out.isEmpty())
            return 0;
        // At most one transition the map lacks per run: a habit, not chaos.
        const Weights detours = m_profile.detours.value(step.name);
        for (const auto &detour : detours) {
            const double u = m_random.uniform();
            const ItemId target = m_byName.value(detour.first);
            if (!*detoured && target && u < detour.second) {
                *detoured = true;
                return target;
            }
        }
        if (out.size() == 1)
            return out.first()->toStepId;
        const Weights branches = m_profile.branches.value(step.name);
        QVector<double> weights;
        double total = 0;
        for (const Handoff *handoff : out) {
            const Step *target = m_process.step(handoff->toStepId);
            double weight = 1.0;
            for (const auto &branch : branches) {
                if (target && branch.first == target->name)
                    weight = branch.second;
            }
            if (visits.value(handoff->toStepId) >= MaxVisits)
                weight = 0; // enough rounds of that loop
            weights.append(weight);
            total += weight;
        }
        if (total <= 0)
            return out.first()->toStepId;
        double u = m_random.uniform() * total;
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (u < weights.at(i))
                return out.at(i)->toStepId;
            u -= weights.at(i);
        }
        return out.last()->toStepId;
    }

    const Process &m_process;
    const Profile m_profile;
    Random m_random;
    const qint64 m_endMs;
    const qint64 m_startMs;
    RunLog *m_log;
    Names m_activities;
    Names m_resources;
    QHash<ItemId, Behaviour> m_behaviours;
    QHash<QString, ItemId> m_byName;
    QHash<ItemId, QVector<const Handoff *>> m_outgoing;
};

} // namespace

RunLog exampleRuns(const Process &process, quint64 seed, qint64 endMs)
{
    RunLog log;
    Generator(process, seed, endMs, &log).run();
    return log;
}

bool addExamples(Workspace &workspace, qint64 endMs)
{
    const QVector<Process> examples = exampleProcesses();
    for (qsizetype i = 0; i < examples.size(); ++i) {
        const ProcessId id = workspace.saveProcess(examples.at(i));
        if (!id
            || !workspace.saveRuns(
                id, exampleRuns(examples.at(i), ExampleRunsSeed + quint64(i), endMs)))
            return false;
    }
    return true;
}

} // namespace Stepwise
