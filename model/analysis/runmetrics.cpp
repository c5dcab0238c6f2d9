#include "runmetrics.h"

#include "process/process.h"
#include "statistics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <unordered_map>
#include <vector>

namespace Stepwise {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Stepwise::RunMetrics)
};

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// Where an execution begins and ends for waiting times: the complete stands in for an unknown
// start, and the start for an unknown complete (a start that was never closed).
inline qint64 beginOf(const Execution &e)
{
    return e.startMs != NoTime ? e.startMs : e.completeMs;
}

inline qint64 endOf(const Execution &e)
{
    return e.completeMs != NoTime ? e.completeMs : e.startMs;
}

// Run order (start, or complete where the start is unknown; then complete; then input order), as
// a function object so that std::is_sorted inlines it.
QString foldName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

// Count, median and mean of [begin, end) in milliseconds, reordering the range.
DurationSummary summarize(qint64 *begin, qint64 *end)
{
    DurationSummary summary;
    summary.count = qint64(end - begin);
    if (begin == end) {
        summary.p50 = summary.mean = NaN;
        return summary;
    }
    summary.mean = mean(begin, end) / 1000.0;
    summary.p50 = medianInPlace(begin, end) / 1000.0;
    return summary;
}

// Distinct sequences of activity ids, interned by hash: open addressing over one flat store, so
// that a hundred thousand variants cost no allocation each.
class VariantTable
{
public:
    VariantTable() : m_slots(1024, -1) { }

    void add(const std::vector<int> &sequence)
    {
        const quint64 hash = hashOf(sequence);
        const size_t mask = m_slots.size() - 1;
        for (size_t slot = size_t(hash) & mask;; slot = (slot + 1) & mask) {
            const int id = m_slots[slot];
            if (id < 0) {
                m_slots[slot] = int(m_runs.size());
                m_hashes.push_back(hash);
                m_first.push_back(int(m_data.size()));
                m_length.push_back(int(sequence.size()));
                m_data.resize(m_data.size() + qsizetype(sequence.size()));
                std::copy(sequence.begin(), sequence.end(),
                          m_data.end() - qsizetype(sequence.size()));
                m_runs.push_back(1);
                if (m_runs.size() * 2 > m_slots.size())
                    grow();
                return;
            }
            if (m_hashes[size_t(id)] == hash && equals(size_t(id), sequence)) {
                ++m_runs[size_t(id)];
                return;
            }
        }
    }

    size_t size() const { return m_runs.size(); }
    qint64 runs(size_t id) const { return m_runs[id]; }
    int first(size_t id) const { return m_first[id]; }
    int length(size_t id) const { return m_length[id]; }
    const QVector<int> &data() const { return m_data; }

private:
    static quint64 hashOf(const std::vector<int> &sequence)
    {
        quint64 h = 0xcbf29ce484222325ULL;
        for (int a : sequence)
            h = (h ^ quint64(quint32(a))) * 0x100000001b3ULL;
        h ^= quint64(sequence.size());
        // splitmix64's finalizer: spread the bits over the slot index.
        h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
        h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
        return h ^ (h >> 31);
    }

    bool equals(size_t id, const std::vector<int> &sequence) const
    {
        return size_t(m_length[id]) == sequence.size()
            && std::equal(sequence.begin(), sequence.end(), m_data.constData() + m_first[id]);
    }

    void grow()
    {
        std::vector<int> table(m_slots.size() * 2, -1);
        const size_t mask = table.size() - 1;
        for (size_t id = 0; id < m_runs.size(); ++id) {
            size_t slot = size_t(m_hashes[id]) & mask;
            while (table[slot] >= 0)
                slot = (slot + 1) & mask;
            table[slot] = int(id);
        }
        m_slots.swap(table);
    }

    std::vector<int> m_slots;
    std::vector<quint64> m_hashes;
    std::vector<int> m_first;
    std::vector<int> m_length;
    std::vector<qint64> m_runs;
    QVector<int> m_data;
};

// Transitions keyed by (from, to) activity ids: a dense matrix for the usual few activities, a
// hash beyond.
class TransitionIndex
{
public:
    explicit TransitionIndex(int activities) : m_activities(activities)
    {
        if (activities <= DenseLimit)
            m_dense.assign(size_t(activities) * size_t(activities), -1);
    }

    // The slot of (from, to), a new one (== count before the call) when first seen.
    int slot(int from, int to, int count)
    {
        if (m_activities <= DenseLimit) {
            int &cell = m_dense[size_t(from) * size_t(m_activities) + size_t(to)];
            if (cell < 0)
                cell = count;
            return cell;
        }
        const quint64 key = (quint64(quint32(from)) << 32) | quint32(to);
        return m_sparse.emplace(key, count).first->second;
    }

private:
    static constexpr int DenseLimit = 256;
    int m_activities;
    std::vector<int> m_dense;
    std::unordered_map<quint64, int> m_sparse;
};

QVector<QPair<QString, qint64>> countsByName(const std::vector<qint64> &counts,
                                             const QStringList &names)
{
    QVector<QPair<QString, qint64>> list;
    for (size_t a = 0; a < counts.size(); ++a) {
        if (counts[a] > 0)
            list.append({names.at(int(a)), counts[a]});
    }
    std::sort(list.begin(), list.end(), [](const auto &x, const auto &y) {
        return x.second != y.second ? x.second > y.second : x.first < y.first;
    });
    return list;
}

} // namespace

bool runInWindow(const Run &run, const StatsOptions &options)
{
    if (options.fromMs == NoTime && options.toMs == NoTime)
        return true;
    return run.firstMs != NoTime && (options.fromMs == NoTime || run.firstMs >= options.fromMs)
        && (options.toMs == NoTime || run.firstMs < options.toMs);
}

qint64 runCycleTimeMs(const Run &run, const StatsOptions &options)
{
    if (run.firstMs == NoTime || run.lastMs == NoTime)
        return NoTime;
    return options.duration ? options.duration(run.firstMs, run.lastMs) : run.lastMs - run.firstMs;
}

QVector<QPair<QString, QString>> handoffNames(const Process &process)
{
    QVector<QPair<QString, QString>> names;
    names.reserve(process.handoffs.size());
    for (const Handoff &handoff : process.handoffs) {
        const Step *from = process.step(handoff.fromStepId);
        const Step *to = process.step(handoff.toStepId);
        if (from && to)
            names.append({from->name, to->name});
    }
    return names;
}

QStringList finishingStepNames(const Process &process)
{
    QStringList names;
    QSet<ItemId> ends;
    for (const Step &step : process.steps) {
        if (step.kind == Step::Kind::End) {
            ends.insert(step.id);
            names.append(step.name);
        }
    }
    for (const Handoff &handoff : process.handoffs) {
        const Step *from = process.step(handoff.fromStepId);
        if (from && ends.contains(handoff.toStepId) && !names.contains(from->name))
            names.append(from->name);
    }
    return names;
}

double RunStats::reworkRate() const
{
    return runs > 0 ? double(reworkRuns) / double(runs) : NaN;
}

double RunStats::completionRate() const
{
    return runs > 0 && finishedRuns >= 0 ? double(finishedRuns) / double(runs) : NaN;
}

QVector<int> RunStats::variantActivities(int index) const
{
    const VariantStats &variant = variants.at(index);
    return variantSteps.mid(variant.first, variant.length);
}

QStringList RunStats::variantNames(int index) const
{
    const VariantStats &variant = variants.at(index);
    QStringList names;
    names.reserve(variant.length);
    for (int i = 0; i < variant.length; ++i)
        names.append(activityNames.at(variantSteps.at(variant.first + i)));
    return names;
}

// Memory is what costs here: fresh pages are slow to fault in, so every duration is stored once,
// in one array per measure that a first pass sizes exactly, grouped by activity (processing) or by
// transition (waiting); a step's waiting is the union of the transitions into it.
RunStats computeRunStats(const RunLog &log, const StatsOptions &options)
{
    const int activityCount = int(log.activities.size());
    const size_t activitySlots = size_t(activityCount);
    RunStats stats;
    stats.activityNames = log.activities;
    stats.slaTargetS = options.slaTargetS > 0 ? options.slaTargetS : 0;

    const auto &durationFn = options.duration;
    const bool calendar = !durationFn;
    auto span = [&](qint64 from, qint64 to) { return calendar ? to - from : durationFn(from, to); };
    auto wait = [&](qint64 from, qint64 to) -> qint64 {
        return to > from ? (calendar ? to - from : durationFn(from, to)) : 0;
    };
    const qint64 slaTargetMs = stats.slaTargetS * 1000;

    // Pass 1: counts, cycle times, start and end steps, variants, rework and finished runs.
    std::vector<qint64> executions(activitySlots, 0);
    std::vector<qint64> repeatRuns(activitySlots, 0);
    // Per activity, the last run (index + 1) that executed it and whether it repeated there.
    std::vector<qsizetype> seenInRun(activitySlots, 0);
    std::vector<qsizetype> repeatedInRun(activitySlots, 0);
    std::vector<char> finishes(activitySlots, 0);
    if (!options.finishingSteps.isEmpty()) {
        QSet<QString> finishing;
        for (const QString &name : options.finishingSteps)
            finishing.insert(foldName(name));
        for (int a = 0; a < activityCount; ++a)
            finishes[size_t(a)] = finishing.contains(foldName(log.activities.at(a))) ? 1 : 0;
        stats.finishedRuns = 0;
    }
    std::vector<qint64> processingCounts(activitySlots, 0);
    std::vector<qint64> startCounts(activitySlots, 0);
    std::vector<qint64> endCounts(activitySlots, 0);
    TransitionIndex transitionIndex(activityCount);
    std::vector<std::pair<int, int>> transitionKeys;
    std::vector<qint64> transitionCounts;
    std::vector<qint64> cycles;
    cycles.reserve(size_t(log.runs.size()));
    VariantTable variants;
    std::vector<int> sequence;
    // Runs whose executions were not in run order, ordered once here (a reader's job; rare).
    std::unordered_map<qsizetype, std::vector<Execution>> reordered;
    auto executionsOf = [&](qsizetype r) -> const Execution * {
        if (!reordered.empty()) {
            const auto found = reordered.find(r);
            if (found != reordered.end())
                return found->second.data();
        }
        return log.runs.at(r).executions.constData();
    };

    for (qsizetype r = 0; r < log.runs.size(); ++r) {
        const Run &run = log.runs.at(r);
        if (!runInWindow(run, options))
            continue;
        ++stats.runs;
        stats.events += run.events;
        if (run.firstMs != NoTime) {
            if (stats.firstMs == NoTime || run.firstMs < stats.firstMs)
                stats.firstMs = run.firstMs;
            if (run.lastMs > stats.lastMs)
                stats.lastMs = run.lastMs;
            const qint64 cycle = runCycleTimeMs(run, options);
            cycles.push_back(cycle);
            if (stats.slaTargetS > 0 && cycle <= slaTargetMs)
                ++stats.slaMet;
        }

        const Execution *first = run.executions.constData();
        const qsizetype n = run.executions.size();
        if (!std::is_sorted(first, first + n, RunOrderLess())) {
            std::vector<Execution> &copy = reordered[r];
            copy.assign(first, first + n);
            std::sort(copy.begin(), copy.end(), RunOrderLess());
            first = copy.data();
        }
        stats.executions += n;
        sequence.clear();
        bool rework = false;
        for (qsizetype i = 0; i < n; ++i) {
            const Execution &e = first[i];
            const int a = e.activity;
            sequence.push_back(a);
            ++executions[size_t(a)];
            if (seenInRun[size_t(a)] != r + 1) {
                seenInRun[size_t(a)] = r + 1;
            } else if (repeatedInRun[size_t(a)] != r + 1) {
                repeatedInRun[size_t(a)] = r + 1;
                ++repeatRuns[size_t(a)];
                rework = true;
            }
            if (e.startMs != NoTime && e.completeMs != NoTime)
                ++processingCounts[size_t(a)];
            if (i > 0) {
                const int slot
                    = transitionIndex.slot(first[i - 1].activity, a, int(transitionKeys.size()));
                if (size_t(slot) == transitionKeys.size()) {
                    transitionKeys.emplace_back(first[i - 1].activity, a);
                    transitionCounts.push_back(0);
                }
                ++transitionCounts[size_t(slot)];
            }
        }
        if (n > 0) {
            ++startCounts[size_t(first[0].activity)];
            ++endCounts[size_t(first[n - 1].activity)];
            if (finishes[size_t(first[n - 1].activity)])
                ++stats.finishedRuns;
        }
        if (rework)
            ++stats.reworkRuns;
        variants.add(sequence);
    }

    // Pass 2: the durations, each written once where its group's slice lies.
    const size_t transitionCount = transitionKeys.size();
    std::vector<size_t> processingAt(activitySlots + 1, 0);
    for (size_t a = 0; a < activitySlots; ++a)
        processingAt[a + 1] = processingAt[a] + size_t(processingCounts[a]);
    std::vector<size_t> waitingAt(transitionCount + 1, 0);
    for (size_t t = 0; t < transitionCount; ++t)
        waitingAt[t + 1] = waitingAt[t] + size_t(transitionCounts[t]);
    std::unique_ptr<qint64[]> processingValues(new qint64[processingAt.back()]);
    std::unique_ptr<qint64[]> waitingValues(new qint64[waitingAt.back()]);
    std::vector<size_t> processingNext(processingAt.begin(), processingAt.end() - 1);
    std::vector<size_t> waitingNext(waitingAt.begin(), waitingAt.end() - 1);
    for (qsizetype r = 0; r < log.runs.size(); ++r) {
        const Run &run = log.runs.at(r);
        if (!runInWindow(run, options))
            continue;
        const Execution *first = executionsOf(r);
        const qsizetype n = run.executions.size();
        for (qsizetype i = 0; i < n; ++i) {
            const Execution &e = first[i];
            const int a = e.activity;
            if (e.startMs != NoTime && e.completeMs != NoTime)
                processingValues[processingNext[size_t(a)]++] = span(e.startMs, e.completeMs);
            if (i > 0) {
                const Execution &previous = first[i - 1];
                const int slot = transitionIndex.slot(previous.activity, a, -1);
                waitingValues[waitingNext[size_t(slot)]++] = wait(endOf(previous), beginOf(e));
            }
        }
    }

    // Cycle time.
    stats.cycleTime.count = qint64(cycles.size());
    if (cycles.empty()) {
        stats.cycleTime.min = stats.cycleTime.p50 = stats.cycleTime.mean = stats.cycleTime.p90
            = stats.cycleTime.max = NaN;
    } else {
        qint64 *begin = cycles.data(), *end = cycles.data() + cycles.size();
        const auto [lo, hi] = std::minmax_element(begin, end);
        stats.cycleTime.min = double(*lo) / 1000.0;
        stats.cycleTime.max = double(*hi) / 1000.0;
        stats.cycleTime.mean = mean(begin, end) / 1000.0;
        stats.cycleTime.p50 = medianInPlace(begin, end) / 1000.0;
        stats.cycleTime.p90 = percentileInPlace(begin, end, 0.9) / 1000.0;
    }
    stats.slaCompliance
        = stats.slaTargetS > 0 && stats.runs > 0 ? double(stats.slaMet) / double(stats.runs) : NaN;

    // Transitions' durations; then each step's waiting, the union of the transitions into it (the
    // same figures when there is only one: most steps of most processes).
    std::vector<DurationSummary> transitionSummaries(transitionCount);
    for (size_t t = 0; t < transitionCount; ++t) {
        transitionSummaries[t]
            = summarize(waitingValues.get() + waitingAt[t], waitingValues.get() + waitingAt[t + 1]);
    }
    std::vector<std::vector<size_t>> incoming(activitySlots);
    for (size_t t = 0; t < transitionCount; ++t)
        incoming[size_t(transitionKeys[t].second)].push_back(t);
    std::vector<qint64> gathered;
    for (int a = 0; a < activityCount; ++a) {
        if (executions[size_t(a)] == 0)
            continue;
        StepStats step;
        step.activity = a;
        step.name = log.activities.at(a);
        step.executions = executions[size_t(a)];
        step.repeatRuns = repeatRuns[size_t(a)];
        step.processing = summarize(processingValues.get() + processingAt[size_t(a)],
                                    processingValues.get() + processingAt[size_t(a) + 1]);
        const std::vector<size_t> &into = incoming[size_t(a)];
        if (into.size() == 1) {
            step.waiting = transitionSummaries[into.front()];
        } else {
            gathered.clear();
            for (size_t t : into) {
                gathered.insert(gathered.end(), waitingValues.get() + waitingAt[t],
                                waitingValues.get() + waitingAt[t + 1]);
            }
            step.waiting = summarize(gathered.data(), gathered.data() + gathered.size());
        }
        stats.steps.append(step);
    }
    stats.activities = int(stats.steps.size());
    std::sort(stats.steps.begin(), stats.steps.end(), [](const StepStats &x, const StepStats &y) {
        return x.executions != y.executions ? x.executions > y.executions : x.name < y.name;
    });

    // Transitions.
    QSet<QPair<QString, QString>> designed;
    for (const auto &handoff : options.designedHandoffs)
        designed.insert({foldName(handoff.first), foldName(handoff.second)});
    QStringList folded;
    if (!designed.isEmpty()) {
        folded.reserve(activityCount);
        for (const QString &name : log.activities)
            folded.append(foldName(name));
    }
    stats.transitions.reserve(qsizetype(transitionCount));
    for (size_t t = 0; t < transitionCount; ++t) {
        TransitionStats transition;
        transition.fromActivity = transitionKeys[t].first;
        transition.toActivity = transitionKeys[t].second;
        transition.from = log.activities.at(transition.fromActivity);
        transition.to = log.activities.at(transition.toActivity);
        transition.duration
            = summarize(waitingValues.get() + waitingAt[t], waitingValues.get() + waitingAt[t + 1]);
        transition.count = transition.duration.count;
        transition.designed = !designed.isEmpty()
            && designed.contains(
                {folded.at(transition.fromActivity), folded.at(transition.toActivity)});
        stats.transitions.append(transition);
    }
    std::sort(stats.transitions.begin(), stats.transitions.end(),
              [](const TransitionStats &x, const TransitionStats &y) {
                  if (x.count != y.count)
                      return x.count > y.count;
                  if (x.from != y.from)
                      return x.from < y.from;
                  return x.to < y.to;
              });

    stats.startSteps = countsByName(startCounts, log.activities);
    stats.endSteps = countsByName(endCounts, log.activities);

    // Variants: ties by the sequence of names. Each activity gets its rank by name; the first
    // ranks of a sequence are packed into one integer (0 past its end, so a prefix comes first),
    // which decides nearly every comparison without looking at the sequences.
    std::vector<int> byName(activitySlots);
    for (int a = 0; a < activityCount; ++a)
        byName[size_t(a)] = a;
    std::sort(byName.begin(), byName.end(),
              [&](int x, int y) { return log.activities.at(x) < log.activities.at(y); });
    std::vector<quint32> rank(activitySlots);
    for (size_t r = 0; r < activitySlots; ++r)
        rank[size_t(byName[r])] = quint32(r) + 1;
    int bits = 1;
    while (bits < 32 && (quint64(1) << bits) <= quint64(activityCount))
        ++bits;
    const int packed = 64 / bits;
    const int *steps = variants.data().constData();
    struct Sortable
    {
        qint64 runs;
        quint64 key;
        int first;
        int length;
    };
    std::vector<Sortable> order(variants.size());
    for (size_t v = 0; v < order.size(); ++v) {
        Sortable &s = order[v];
        s.runs = variants.runs(v);
        s.first = variants.first(v);
        s.length = variants.length(v);
        s.key = 0;
        for (int i = 0; i < std::min(s.length, packed); ++i)
            s.key |= quint64(rank[size_t(steps[s.first + i])]) << (64 - bits * (i + 1));
    }
    std::sort(order.begin(), order.end(), [&](const Sortable &x, const Sortable &y) {
        if (x.runs != y.runs)
            return x.runs > y.runs;
        if (x.key != y.key)
            return x.key < y.key;
        return std::lexicographical_compare(
            steps + x.first + std::min(x.length, packed), steps + x.first + x.length,
            steps + y.first + std::min(y.length, packed), steps + y.first + y.length,
            [&](int a, int b) { return rank[size_t(a)] < rank[size_t(b)]; });
    });
    stats.variantSteps = variants.data();
    stats.variants.resize(qsizetype(order.size()));
    for (size_t v = 0; v < order.size(); ++v)
        stats.variants[qsizetype(v)] = {order[v].runs, order[v].first, order[v].length};
    return stats;
}

QString runStatsTimestamp(qint64 ms)
{
    if (ms == NoTime)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

namespace {

QJsonValue number(double value)
{
    return std::isnan(value) ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue timestamp(qint64 ms)
{
    return ms == NoTime ? QJsonValue(QJsonValue::Null) : QJsonValue(runStatsTimestamp(ms));
}

QJsonValue summaryJson(const DurationSummary &summary)
{
    if (summary.isEmpty())
        return QJsonValue::Null;
    return QJsonObject {{QStringLiteral("p50"), summary.p50},
                        {QStringLiteral("mean"), summary.mean}};
}

QJsonObject countsJson(const QVector<QPair<QString, qint64>> &counts)
{
    QJsonObject object;
    for (const auto &entry : counts)
        object.insert(entry.first, entry.second);
    return object;
}

} // namespace

QJsonObject runStatsToJson(const RunStats &stats, const QString &processName, int topVariants)
{
    QJsonObject json;
    json.insert(QStringLiteral("process"), processName);
    json.insert(QStringLiteral("runs"), stats.runs);
    json.insert(QStringLiteral("events"), stats.events);
    json.insert(QStringLiteral("executions"), stats.executions);
    json.insert(QStringLiteral("activities"), stats.activities);
    json.insert(QStringLiteral("period"),
                QJsonObject {{QStringLiteral("first"), timestamp(stats.firstMs)},
                             {QStringLiteral("last"), timestamp(stats.lastMs)}});
    const auto &cycle = stats.cycleTime;
    json.insert(QStringLiteral("cycle_time_s"),
                QJsonObject {{QStringLiteral("min"), number(cycle.min)},
                             {QStringLiteral("p50"), number(cycle.p50)},
                             {QStringLiteral("mean"), number(cycle.mean)},
                             {QStringLiteral("p90"), number(cycle.p90)},
                             {QStringLiteral("max"), number(cycle.max)}});
    json.insert(QStringLiteral("sla"),
                QJsonObject {{QStringLiteral("target_s"),
                              stats.slaTargetS > 0 ? QJsonValue(stats.slaTargetS)
                                                   : QJsonValue(QJsonValue::Null)},
                             {QStringLiteral("met"), stats.slaMet},
                             {QStringLiteral("compliance"), number(stats.slaCompliance)}});

    QJsonArray steps;
    for (const StepStats &step : stats.steps) {
        steps.append(QJsonObject {{QStringLiteral("name"), step.name},
                                  {QStringLiteral("executions"), step.executions},
                                  {QStringLiteral("processing_s"), summaryJson(step.processing)},
                                  {QStringLiteral("waiting_s"), summaryJson(step.waiting)}});
    }
    json.insert(QStringLiteral("steps"), steps);

    QJsonArray transitions;
    for (const TransitionStats &transition : stats.transitions) {
        transitions.append(
            QJsonObject {{QStringLiteral("from"), transition.from},
                         {QStringLiteral("to"), transition.to},
                         {QStringLiteral("count"), transition.count},
                         {QStringLiteral("designed"), transition.designed},
                         {QStringLiteral("duration_s"), summaryJson(transition.duration)}});
    }
    json.insert(QStringLiteral("transitions"), transitions);
    json.insert(QStringLiteral("start_steps"), countsJson(stats.startSteps));
    json.insert(QStringLiteral("end_steps"), countsJson(stats.endSteps));

    QJsonArray top;
    const qsizetype listed = std::min<qsizetype>(std::max(topVariants, 0), stats.variants.size());
    for (qsizetype v = 0; v < listed; ++v) {
        top.append(QJsonObject {
            {QStringLiteral("steps"), QJsonArray::fromStringList(stats.variantNames(int(v)))},
            {QStringLiteral("runs"), stats.variants.at(v).runs}});
    }
    json.insert(QStringLiteral("variants"),
                QJsonObject {{QStringLiteral("count"), qint64(stats.variants.size())},
                             {QStringLiteral("top"), top}});
    return json;
}

namespace {

// A plain table: columns separated by two spaces, numbers aligned right, text left.
class Table
{
public:
    explicit Table(const QStringList &header, const QVector<bool> &rightAligned)
        : m_right(rightAligned)
    {
        m_rows.append(header);
    }

    void add(const QStringList &row) { m_rows.append(row); }

    QString render(const QString &indent) const
    {
        QVector<qsizetype> widths(m_right.size(), 0);
        for (const QStringList &row : m_rows) {
            for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
                widths[c] = std::max(widths[c], row.at(c).size());
        }
        QString out;
        for (const QStringList &row : m_rows) {
            QString line = indent;
            for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c) {
                if (c > 0)
                    line += QStringLiteral("  ");
                const bool last = c + 1 == row.size();
                line += m_right.at(c) ? row.at(c).rightJustified(widths[c])
                                      : (last ? row.at(c) : row.at(c).leftJustified(widths[c]));
            }
            while (line.endsWith(QLatin1Char(' ')))
                line.chop(1);
            out += line + QLatin1Char('\n');
        }
        return out;
    }

private:
    QVector<bool> m_right;
    QVector<QStringList> m_rows;
};

QString shortTimestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QString runStatsToText(const RunStats &stats, const QString &processName, int topVariants)
{
    const QLocale locale;
    const QString dash = QStringLiteral("\u2013");
    QString out;
    out += Text::tr("Process: %1").arg(processName) + QLatin1Char('\n');
    out += Text::tr("Runs: %1   Events: %2   Executions: %3   Activities: %4")
               .arg(locale.toString(stats.runs), locale.toString(stats.events),
                    locale.toString(stats.executions), locale.toString(stats.activities))
        + QLatin1Char('\n');
    if (stats.firstMs != NoTime) {
        out += Text::tr("Period: %1 to %2 UTC")
                   .arg(shortTimestamp(stats.firstMs), shortTimestamp(stats.lastMs))
            + QLatin1Char('\n');
    }
    const auto &cycle = stats.cycleTime;
    if (cycle.count > 0) {
        out += Text::tr("Cycle time: min %1, median %2, mean %3, p90 %4, max %5")
                   .arg(humanDuration(cycle.min), humanDuration(cycle.p50),
                        humanDuration(cycle.mean), humanDuration(cycle.p90),
                        humanDuration(cycle.max))
            + QLatin1Char('\n');
    }
    if (stats.slaTargetS > 0) {
        const QString share = std::isnan(stats.slaCompliance)
            ? dash
            : locale.toString(stats.slaCompliance * 100.0, 'f', 1) + QStringLiteral(" %");
        out += Text::tr("SLA: target %1, met by %2 of %3 runs (%4)")
                   .arg(humanDuration(double(stats.slaTargetS)), locale.toString(stats.slaMet),
                        locale.toString(stats.runs), share)
            + QLatin1Char('\n');
    } else {
        out += Text::tr("SLA: no target") + QLatin1Char('\n');
    }

    const QString indent = QStringLiteral("  ");
    auto p50 = [&](const DurationSummary &s) { return s.isEmpty() ? dash : humanDuration(s.p50); };
    auto avg = [&](const DurationSummary &s) { return s.isEmpty() ? dash : humanDuration(s.mean); };

    if (!stats.steps.isEmpty()) {
        Table table({Text::tr("Step"), Text::tr("Executions"), Text::tr("Processing median"),
                     Text::tr("Processing mean"), Text::tr("Waiting median"),
                     Text::tr("Waiting mean")},
                    {false, true, true, true, true, true});
        for (const StepStats &step : stats.steps) {
            table.add({step.name, locale.toString(step.executions), p50(step.processing),
                       avg(step.processing), p50(step.waiting), avg(step.waiting)});
        }
        out += QLatin1Char('\n') + Text::tr("Steps") + QLatin1Char('\n') + table.render(indent);
    }
    if (!stats.transitions.isEmpty()) {
        Table table({Text::tr("From"), Text::tr("To"), Text::tr("Count"), Text::tr("Median"),
                     Text::tr("Mean"), Text::tr("In the map")},
                    {false, false, true, true, true, false});
        for (const TransitionStats &t : stats.transitions) {
            table.add({t.from, t.to, locale.toString(t.count), p50(t.duration), avg(t.duration),
                       t.designed ? Text::tr("yes") : Text::tr("no")});
        }
        out += QLatin1Char('\n') + Text::tr("Transitions") + QLatin1Char('\n')
            + table.render(indent);
    }
    auto counts = [&](const QString &title, const QVector<QPair<QString, qint64>> &list) {
        if (list.isEmpty())
            return;
        Table table({Text::tr("Step"), Text::tr("Runs")}, {false, true});
        for (const auto &entry : list)
            table.add({entry.first, locale.toString(entry.second)});
        out += QLatin1Char('\n') + title + QLatin1Char('\n') + table.render(indent);
    };
    counts(Text::tr("Start steps"), stats.startSteps);
    counts(Text::tr("End steps"), stats.endSteps);

    if (!stats.variants.isEmpty()) {
        Table table({Text::tr("Runs"), Text::tr("Steps")}, {true, false});
        const qsizetype listed
            = std::min<qsizetype>(std::max(topVariants, 0), stats.variants.size());
        for (qsizetype v = 0; v < listed; ++v) {
            table.add({locale.toString(stats.variants.at(v).runs),
                       stats.variantNames(int(v)).join(QStringLiteral(" \u2192 "))});
        }
        out += QLatin1Char('\n')
            + Text::tr("Variants: %1, the most frequent %2")
                  .arg(locale.toString(qint64(stats.variants.size())),
                       locale.toString(qint64(listed)))
            + QLatin1Char('\n') + table.render(indent);
    }
    return out;
}

} // namespace Stepwise
