// Orthogonal routing of handoffs: a few cheap candidate shapes first (straight, L, Z/U, and the
// four-bend detours), then a small visibility-graph search, then a plain elbow.
//
// Every candidate is a polyline from a port (the middle of a side of the source) to a port of the
// target. Its cost is length + a price per bend + a price for ports that go against the flow
// (left to right, lanes stacked top to bottom). Candidates are priced before they are checked
// against the obstacles, so the usual case (a clear Z between neighbours) checks only a handful.

#include "orthogonalrouter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <queue>
#include <vector>

namespace Stepwise {

namespace {

constexpr double m = OrthogonalRouter::margin;
constexpr double arrowRoom = 12.0; // Shortest last segment: room for the arrowhead.
constexpr double stub = std::max(m, arrowRoom); // Shortest first and last segments.
constexpr double bendCost = 40.0;
constexpr double sidePenalty = 100.0; // A port across the flow costs this much more...
constexpr double againstPenalty = 300.0; // ...and one against it (leaving left, entering right).
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double nearArea = 4 * m; // How far around source and target the first try looks.
constexpr double farArea = 240.0; // ...and the second.
constexpr int nearestChannels = 4; // Channels tried next to a port by the four-bend detours.

enum Side { Right, Left, Bottom, Top };
constexpr Side sides[] = {Right, Left, Bottom, Top};

struct Port
{
    QPointF p;
    double dx = 0, dy = 0; // Outward direction.
    bool horizontal() const { return dx != 0; }
};

Port portOf(const QRectF &r, Side side)
{
    const QPointF c = r.center();
    switch (side) {
    case Right:
        return {QPointF(r.right(), c.y()), 1, 0};
    case Left:
        return {QPointF(r.left(), c.y()), -1, 0};
    case Bottom:
        return {QPointF(c.x(), r.bottom()), 0, 1};
    case Top:
        break;
    }
    return {QPointF(c.x(), r.top()), 0, -1};
}

// Coordinates along / across an axis, so that one template serves horizontal and vertical ports.
inline double along(const QPointF &p, bool h)
{
    return h ? p.x() : p.y();
}
inline double across(const QPointF &p, bool h)
{
    return h ? p.y() : p.x();
}
inline QPointF make(double a, double c, bool h)
{
    return h ? QPointF(a, c) : QPointF(c, a);
}
inline double dirAlong(const Port &p)
{
    return p.dx != 0 ? p.dx : p.dy;
}

// Does the segment a-b (horizontal or vertical) enter the open interior of r?
inline bool crosses(const QPointF &a, const QPointF &b, const QRectF &r)
{
    const double x0 = std::min(a.x(), b.x()), x1 = std::max(a.x(), b.x());
    const double y0 = std::min(a.y(), b.y()), y1 = std::max(a.y(), b.y());
    return x1 > r.left() && x0 < r.right() && y1 > r.top() && y0 < r.bottom();
}

bool same(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

QPolygonF simplified(const QPolygonF &in)
{
    QPolygonF out;
    out.reserve(in.size());
    for (const QPointF &p : in) {
        if (!out.isEmpty() && same(out.last().x(), p.x()) && same(out.last().y(), p.y()))
            continue;
        if (out.size() >= 2) {
            const QPointF &a = out[out.size() - 2];
            const QPointF &b = out.last();
            if ((same(a.x(), b.x()) && same(b.x(), p.x()))
                || (same(a.y(), b.y()) && same(b.y(), p.y()))) {
                out.last() = p;
                continue;
            }
        }
        out.append(p);
    }
    return out;
}

QPolygonF selfLoop(const QRectF &r)
{
    const double d = 2 * m;
    const QPointF start(r.right(), r.center().y());
    const QPointF end(r.center().x(), r.top());
    return {start, QPointF(r.right() + d, start.y()), QPointF(r.right() + d, r.top() - d),
            QPointF(end.x(), r.top() - d), end};
}

// The plain elbow used when nothing better is found: facing sides, no obstacle avoidance.
QPolygonF elbow(const QRectF &source, const QRectF &target)
{
    const QPointF sc = source.center();
    const QPointF tc = target.center();
    if (target.left() - source.right() >= 2 * stub) {
        const QPointF a(source.right(), sc.y());
        const QPointF b(target.left(), tc.y());
        const double mx = (a.x() + b.x()) / 2;
        return simplified({a, QPointF(mx, a.y()), QPointF(mx, b.y()), b});
    }
    if (target.top() - source.bottom() >= 2 * stub) {
        const QPointF a(sc.x(), source.bottom());
        const QPointF b(tc.x(), target.top());
        const double my = (a.y() + b.y()) / 2;
        return simplified({a, QPointF(a.x(), my), QPointF(b.x(), my), b});
    }
    if (source.top() - target.bottom() >= 2 * stub) {
        const QPointF a(sc.x(), source.top());
        const QPointF b(tc.x(), target.bottom());
        const double my = (a.y() + b.y()) / 2;
        return simplified({a, QPointF(a.x(), my), QPointF(b.x(), my), b});
    }
    const double top = std::min(source.top(), target.top()) - 2 * m;
    const QPointF a(sc.x(), source.top());
    const QPointF b(tc.x(), target.top());
    return simplified({a, QPointF(a.x(), top), QPointF(b.x(), top), b});
}

// A coordinate where a segment may run, and what running there costs on top of the length.
struct Channel
{
    double v;
    double cost;
};

// Channels next to a box cost a little, so that routes keep to the middle of a gap when they can.
constexpr double huggingCost = 3.0;

// Sorts the raw channels (cost huggingCost before a box's near edge, huggingCost + 1 after its far
// edge), adds the middle of each gap between a box's far edge and the next one's near edge, and
// merges coincident ones.
void finishChannels(std::vector<Channel> &v, double lo, double hi)
{
    std::sort(v.begin(), v.end(), [](const Channel &a, const Channel &b) {
        return a.v < b.v || (a.v == b.v && a.cost < b.cost);
    });
    const size_t raw = v.size();
    for (size_t i = 1; i < raw; ++i) {
        if (v[i - 1].cost == huggingCost + 1 && v[i].cost == huggingCost && v[i].v - v[i - 1].v > 1)
            v.push_back({(v[i - 1].v + v[i].v) / 2, 0});
    }
    for (Channel &c : v)
        c.cost = std::min(c.cost, huggingCost);
    std::sort(v.begin(), v.end(), [](const Channel &a, const Channel &b) {
        return a.v < b.v || (a.v == b.v && a.cost < b.cost);
    });
    std::vector<Channel> out;
    out.reserve(v.size());
    for (const Channel &c : v) {
        if (c.v < lo || c.v > hi)
            continue;
        if (!out.empty() && c.v - out.back().v < 0.5)
            out.back().cost = std::min(out.back().cost, c.cost);
        else
            out.push_back(c);
    }
    v.swap(out);
}

void sortUnique(std::vector<double> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end(), [](double a, double b) { return b - a < 0.5; }),
            v.end());
}

class Search
{
public:
    Search(const QRectF &source, const QRectF &target) : s(source), t(target)
    {
        // Ports that go with the flow cost nothing, the others sidePenalty each.
        const bool forward = t.left() - s.right() >= 2 * stub;
        const bool below = t.top() - s.bottom() >= 2 * stub;
        const bool above = s.top() - t.bottom() >= 2 * stub;
        for (Side side : sides) {
            double sp = sidePenalty, tp = sidePenalty;
            if (forward) {
                sp = side == Right ? 0 : sidePenalty;
                tp = side == Left ? 0 : sidePenalty;
            } else if (below) {
                sp = side == Bottom ? 0 : sidePenalty;
                tp = side == Top ? 0 : sidePenalty;
            } else if (above) {
                sp = side == Top ? 0 : sidePenalty;
                tp = side == Bottom ? 0 : sidePenalty;
            } else { // Backwards in the same lane, or overlapping: around above (or below).
                sp = side == Top ? 0 : side == Bottom ? 5 : sidePenalty;
                tp = side == Top ? 0 : side == Bottom ? 5 : sidePenalty;
            }
            // Back along the lane would run over the forward handoffs between the two.
            srcPenalty[side] = side == Left ? againstPenalty : sp;
            tgtPenalty[side] = side == Right ? againstPenalty : tp;
            srcPort[side] = portOf(s, side);
            tgtPort[side] = portOf(t, side);
        }
    }

    // Takes the obstacles of an area; routes stay far enough inside it that no box outside the
    // area can come closer than the margin.
    void setArea(const QRectF &area, const QVector<QRectF> &boxes)
    {
        bounds = area.adjusted(m, m, -m, -m);
        const double c = m - 0.5; // Clearance actually required (channels sit at exactly m).
        sInfl = s.adjusted(-c, -c, c, c);
        tInfl = t.adjusted(-c, -c, c, c);
        obstacles.clear();
        xs.clear();
        ys.clear();
        for (const QRectF &b : boxes) {
            if (b.intersects(s) || b.intersects(t) || b == s || b == t)
                continue; // Source, target, and boxes overlapping them (unavoidable anyway).
            obstacles.push_back(b.adjusted(-c, -c, c, c));
            addChannels(b);
        }
        addChannels(s);
        addChannels(t);
        // The middle of the gap between source and target, where a Z looks best.
        if (t.left() > s.right())
            xs.push_back({(s.right() + t.left()) / 2, 0});
        else if (s.left() > t.right())
            xs.push_back({(t.right() + s.left()) / 2, 0});
        if (t.top() > s.bottom())
            ys.push_back({(s.bottom() + t.top()) / 2, 0});
        else if (s.top() > t.bottom())
            ys.push_back({(t.bottom() + s.top()) / 2, 0});
        finishChannels(xs, bounds.left(), bounds.right());
        finishChannels(ys, bounds.top(), bounds.bottom());
    }

    void addChannels(const QRectF &b)
    {
        xs.push_back({b.left() - m, huggingCost});
        xs.push_back({b.right() + m, huggingCost + 1});
        ys.push_back({b.top() - m, huggingCost});
        ys.push_back({b.bottom() + m, huggingCost + 1});
    }

    // Straight, L, Z and U shapes, then the four-bend detours where they can still win.
    void tryCandidates()
    {
        for (Side a : sides) {
            for (Side b : sides) {
                const Port &ps = srcPort[a];
                const Port &pt = tgtPort[b];
                const double penalty = srcPenalty[a] + tgtPenalty[b];
                if (ps.horizontal() == pt.horizontal())
                    straightAndZ(ps, pt, penalty);
                else
                    ell(ps, pt, penalty);
            }
        }
        for (Side a : sides) {
            for (Side b : sides) {
                const Port &ps = srcPort[a];
                const Port &pt = tgtPort[b];
                const double penalty = srcPenalty[a] + tgtPenalty[b];
                const double manhattan
                    = std::abs(ps.p.x() - pt.p.x()) + std::abs(ps.p.y() - pt.p.y());
                if (ps.horizontal() == pt.horizontal()) {
                    if (manhattan + 4 * bendCost + penalty < best)
                        detour(ps, pt, penalty);
                } else if (manhattan + 3 * bendCost + penalty < best) {
                    ellDetour(ps, pt, penalty);
                }
            }
        }
    }

    void tryGraph();

    bool found() const { return best < inf; }
    QPolygonF result() const { return simplified(bestRoute); }

private:
    // Prices the polyline, and if it is the cheapest so far, checks it against the boxes.
    void consider(std::initializer_list<QPointF> pts, double extra)
    {
        const QPointF *p = pts.begin();
        const int n = int(pts.size());
        double cost = extra + bendCost * (n - 2);
        for (int i = 1; i < n; ++i)
            cost += std::abs(p[i].x() - p[i - 1].x()) + std::abs(p[i].y() - p[i - 1].y());
        if (cost >= best)
            return;
        for (int i = 1; i + 1 < n; ++i) { // The ports themselves lie on source or target.
            if (!bounds.contains(p[i]))
                return;
        }
        if (!clear(p, n))
            return;
        best = cost;
        bestRoute = QPolygonF(pts);
    }

    bool clear(const QPointF *p, int n) const
    {
        for (int i = 1; i < n; ++i) {
            const QPointF &a = p[i - 1];
            const QPointF &b = p[i];
            if (i > 1 && crosses(a, b, sInfl))
                return false;
            if (i < n - 1 && crosses(a, b, tInfl))
                return false;
            for (const QRectF &r : obstacles) {
                if (crosses(a, b, r))
                    return false;
            }
        }
        return true;
    }

    // Ports on the same axis: straight across when they face each other at the same height,
    // otherwise out, along a channel, and in (a Z between them or a U around both).
    void straightAndZ(const Port &ps, const Port &pt, double penalty)
    {
        const bool h = ps.horizontal();
        const double sd = dirAlong(ps), td = dirAlong(pt);
        const double sa = along(ps.p, h), ta = along(pt.p, h);
        const double sc = across(ps.p, h), tc = across(pt.p, h);
        if (sd == -td && (ta - sa) * sd >= arrowRoom) {
            // Facing: straight when the sides overlap around the centres (small misalignment).
            const double lo = std::max(across(s.topLeft(), h), across(t.topLeft(), h));
            const double hi = std::min(across(s.bottomRight(), h), across(t.bottomRight(), h));
            const double c = (sc + tc) / 2;
            if (std::abs(sc - tc) <= 8 && c > lo + 4 && c < hi - 4) {
                consider({make(sa, c, h), make(ta, c, h)}, penalty);
                if (same(sc, tc))
                    return;
            }
        }
        if (same(sc, tc) && sd == -td)
            return; // A channel would make a spike.
        const double mid = (sa + ta) / 2;
        for (const Channel &ch : h ? xs : ys) {
            const double c = ch.v;
            if ((c - sa) * sd < stub || (c - ta) * td < stub)
                continue;
            // A nudge toward the middle, so that a Z bends halfway between its boxes.
            consider({ps.p, make(c, sc, h), make(c, tc, h), pt.p},
                     penalty + ch.cost + 0.02 * std::abs(c - mid));
        }
    }

    // Ports on different axes: one bend where the corner lies outside both.
    void ell(const Port &ps, const Port &pt, double penalty)
    {
        const bool h = ps.horizontal();
        const QPointF corner = make(along(pt.p, h), across(ps.p, h), h);
        if ((along(corner, h) - along(ps.p, h)) * dirAlong(ps) >= stub
            && (across(corner, h) - across(pt.p, h)) * dirAlong(pt) >= stub)
            consider({ps.p, corner, pt.p}, penalty);
    }

    // The channels next to a port, on its outer side, nearest first.
    std::array<Channel, nearestChannels> nearChannels(const Port &p, int &count) const
    {
        std::array<Channel, nearestChannels> out {};
        const bool h = p.horizontal();
        const std::vector<Channel> &channels = h ? xs : ys;
        const double a = along(p.p, h), d = dirAlong(p);
        const auto below = [](const Channel &c, double x) { return c.v < x; };
        const auto above = [](double x, const Channel &c) { return x < c.v; };
        count = 0;
        if (d > 0) {
            for (auto it = std::lower_bound(channels.begin(), channels.end(), a + stub, below);
                 it != channels.end() && count < nearestChannels; ++it)
                out[count++] = *it;
        } else {
            for (auto it = std::upper_bound(channels.begin(), channels.end(), a - stub, above);
                 it != channels.begin() && count < nearestChannels;)
                out[count++] = *--it;
        }
        return out;
    }

    // Same axis, four bends: out, across to a channel, along it, back, in.
    void detour(const Port &ps, const Port &pt, double penalty)
    {
        const bool h = ps.horizontal();
        int ns = 0, nt = 0;
        const auto cs = nearChannels(ps, ns);
        const auto ct = nearChannels(pt, nt);
        const double sc = across(ps.p, h), tc = across(pt.p, h);
        for (const Channel &mc : h ? ys : xs) {
            for (int i = 0; i < ns; ++i) {
                for (int j = 0; j < nt; ++j) {
                    const double a = cs[i].v, b = ct[j].v;
                    if (same(a, b))
                        continue; // That is a Z, tried already.
                    consider({ps.p, make(a, sc, h), make(a, mc.v, h), make(b, mc.v, h),
                              make(b, tc, h), pt.p},
                             penalty + cs[i].cost + ct[j].cost + mc.cost);
                }
            }
        }
    }

    // Different axes, three bends: out to a channel, across, along to the target's channel, in.
    void ellDetour(const Port &ps, const Port &pt, double penalty)
    {
        const bool h = ps.horizontal();
        int ns = 0, nt = 0;
        const auto cs = nearChannels(ps, ns);
        const auto ct = nearChannels(pt, nt);
        for (int i = 0; i < ns; ++i) {
            for (int j = 0; j < nt; ++j) {
                // cs along ps's axis, ct along pt's axis (the other one).
                consider({ps.p, make(cs[i].v, across(ps.p, h), h), make(cs[i].v, ct[j].v, h),
                          make(along(pt.p, h), ct[j].v, h), pt.p},
                         penalty + cs[i].cost + ct[j].cost);
            }
        }
    }

    QRectF s, t, sInfl, tInfl, bounds;
    std::array<Port, 4> srcPort, tgtPort;
    std::array<double, 4> srcPenalty {}, tgtPenalty {};
    std::vector<QRectF> obstacles; // Inflated by the clearance.
    std::vector<Channel> xs, ys; // Where segments may run, sorted.
    double best = inf;
    QPolygonF bestRoute;
};

// A* over the grid of channels (an orthogonal visibility graph), with the direction in the state
// so that bends are priced. Used only when no candidate shape is clear.
void Search::tryGraph()
{
    std::vector<double> gx, gy;
    for (const Channel &c : xs)
        gx.push_back(c.v);
    for (const Channel &c : ys)
        gy.push_back(c.v);
    for (Side side : sides) {
        for (const Port &p : {srcPort[side], tgtPort[side]}) {
            gx.push_back(p.p.x() + p.dx * stub);
            gy.push_back(p.p.y() + p.dy * stub);
        }
    }
    sortUnique(gx);
    sortUnique(gy);
    const int nx = int(gx.size()), ny = int(gy.size());
    if (nx < 2 || ny < 2)
        return;
    const auto index = [](const std::vector<double> &v, double x) {
        const auto it = std::lower_bound(v.begin(), v.end(), x - 0.5);
        return it != v.end() && std::abs(*it - x) < 0.5 ? int(it - v.begin()) : -1;
    };

    // Edge (i,j)-(i+1,j) is blockedH[j*nx+i]; edge (i,j)-(i,j+1) is blockedV[j*nx+i].
    std::vector<char> blockedH(size_t(nx) * ny, 0), blockedV(size_t(nx) * ny, 0);
    std::vector<QRectF> all = obstacles;
    all.push_back(sInfl);
    all.push_back(tInfl);
    for (const QRectF &r : all) {
        const int i0 = int(std::upper_bound(gx.begin(), gx.end(), r.left()) - gx.begin());
        const int i1 = int(std::lower_bound(gx.begin(), gx.end(), r.right()) - gx.begin());
        const int j0 = int(std::upper_bound(gy.begin(), gy.end(), r.top()) - gy.begin());
        const int j1 = int(std::lower_bound(gy.begin(), gy.end(), r.bottom()) - gy.begin());
        // Horizontal edges on rows strictly inside, whose middle lies inside.
        for (int j = j0; j < j1; ++j) {
            for (int i = std::max(0, i0 - 1); i < std::min(nx - 1, i1); ++i) {
                const double mx = (gx[i] + gx[i + 1]) / 2;
                if (mx > r.left() && mx < r.right())
                    blockedH[size_t(j) * nx + i] = 1;
            }
        }
        for (int i = i0; i < i1; ++i) {
            for (int j = std::max(0, j0 - 1); j < std::min(ny - 1, j1); ++j) {
                const double my = (gy[j] + gy[j + 1]) / 2;
                if (my > r.top() && my < r.bottom())
                    blockedV[size_t(j) * nx + i] = 1;
            }
        }
    }

    // Directions: 0 +x, 1 -x, 2 +y, 3 -y.
    const int ddx[] = {1, -1, 0, 0}, ddy[] = {0, 0, 1, -1};
    const auto dirOf = [](const Port &p) { return p.dx > 0 ? 0 : p.dx < 0 ? 1 : p.dy > 0 ? 2 : 3; };
    const size_t nstates = size_t(nx) * ny * 4;
    std::vector<double> g(nstates, inf);
    std::vector<int> parent(nstates, -1);
    struct Goal
    {
        int node;
        int inward;
        double extra;
        Side side;
    };
    std::vector<Goal> goals;
    for (Side side : sides) {
        const Port &p = tgtPort[side];
        const int i = index(gx, p.p.x() + p.dx * stub), j = index(gy, p.p.y() + p.dy * stub);
        if (i < 0 || j < 0)
            continue;
        const QPointF st(gx[i], gy[j]);
        bool ok = bounds.contains(st) && !crosses(st, p.p, sInfl);
        for (const QRectF &r : obstacles)
            ok = ok && !crosses(st, p.p, r);
        if (ok)
            goals.push_back({j * nx + i, dirOf(p) ^ 1, stub + tgtPenalty[side], side});
    }
    if (goals.empty())
        return;
    const auto heuristic = [&](int node) {
        const double x = gx[node % nx], y = gy[node / nx];
        double h = inf;
        for (const Goal &goal : goals)
            h = std::min(h, std::abs(x - gx[goal.node % nx]) + std::abs(y - gy[goal.node / nx]));
        return h;
    };
    using Entry = std::pair<double, int>; // (f, state); ties by state: deterministic.
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> open;
    std::array<int, 4> startState {};
    startState.fill(-1);
    for (Side side : sides) {
        const Port &p = srcPort[side];
        const int i = index(gx, p.p.x() + p.dx * stub), j = index(gy, p.p.y() + p.dy * stub);
        if (i < 0 || j < 0)
            continue;
        const QPointF st(gx[i], gy[j]);
        bool ok = bounds.contains(st) && !crosses(p.p, st, tInfl);
        for (const QRectF &r : obstacles)
            ok = ok && !crosses(p.p, st, r);
        if (!ok)
            continue;
        const int state = (j * nx + i) * 4 + dirOf(p);
        const double cost = stub + srcPenalty[side];
        if (cost < g[state]) {
            g[state] = cost;
            startState[side] = state;
            open.push({cost + heuristic(j * nx + i), state});
        }
    }
    double bestCost = best;
    int bestState = -1;
    const Goal *bestGoal = nullptr;
    while (!open.empty()) {
        const auto [f, state] = open.top();
        open.pop();
        if (f >= bestCost)
            break;
        const int node = state / 4, dir = state % 4;
        if (f - heuristic(node) > g[state] + 1e-9)
            continue; // Stale entry.
        for (const Goal &goal : goals) {
            if (goal.node != node || dir == (goal.inward ^ 1))
                continue;
            const double total = g[state] + goal.extra + (dir != goal.inward ? bendCost : 0);
            if (total < bestCost) {
                bestCost = total;
                bestState = state;
                bestGoal = &goal;
            }
        }
        const int i = node % nx, j = node / nx;
        for (int d = 0; d < 4; ++d) {
            if (d == (dir ^ 1))
                continue;
            const int ni = i + ddx[d], nj = j + ddy[d];
            if (ni < 0 || nj < 0 || ni >= nx || nj >= ny)
                continue;
            const bool blocked = ddx[d] != 0 ? blockedH[size_t(j) * nx + std::min(i, ni)]
                                             : blockedV[size_t(std::min(j, nj)) * nx + i];
            if (blocked || !bounds.contains(QPointF(gx[ni], gy[nj])))
                continue;
            const int nnode = nj * nx + ni;
            const int nstate = nnode * 4 + d;
            const double cost = g[state] + std::abs(gx[ni] - gx[i]) + std::abs(gy[nj] - gy[j])
                + (d != dir ? bendCost : 0);
            if (cost < g[nstate]) {
                g[nstate] = cost;
                parent[nstate] = state;
                open.push({cost + heuristic(nnode), nstate});
            }
        }
    }
    if (bestState < 0)
        return;
    QPolygonF path;
    for (int st = bestState; st >= 0; st = parent[st])
        path.prepend(QPointF(gx[(st / 4) % nx], gy[(st / 4) / nx]));
    // Prepend the source port: the side whose stub is the first node, leaving in its direction.
    const int first = [&] {
        int st = bestState;
        while (parent[st] >= 0)
            st = parent[st];
        return st;
    }();
    for (Side side : sides) {
        if (startState[side] == first) {
            path.prepend(srcPort[side].p);
            break;
        }
    }
    path.append(tgtPort[bestGoal->side].p);
    best = bestCost;
    bestRoute = path;
}

} // namespace

OrthogonalRouter::OrthogonalRouter(ObstacleQuery obstacles) : m_obstacles(std::move(obstacles)) { }

QPolygonF OrthogonalRouter::route(const QRectF &source, const QRectF &target) const
{
    if (source == target)
        return selfLoop(source);
    if (source.isEmpty() || target.isEmpty())
        return elbow(source, target);
    Search search(source, target);
    const QRectF both = source.united(target);
    for (double d : {nearArea, farArea}) {
        const QRectF area = both.adjusted(-d, -d, d, d);
        search.setArea(area, m_obstacles ? m_obstacles(area) : QVector<QRectF>());
        search.tryCandidates();
        if (search.found())
            return search.result();
    }
    search.tryGraph();
    if (search.found())
        return search.result();
    return elbow(source, target);
}

QPainterPath OrthogonalRouter::roundedPath(const QPolygonF &points, double radius)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    for (int i = 1; i + 1 < points.size(); ++i) {
        const QPointF prev = points[i - 1];
        const QPointF corner = points[i];
        const QPointF next = points[i + 1];
        const double lin = QLineF(prev, corner).length();
        const double lout = QLineF(corner, next).length();
        // Half of each neighbouring segment at most, so two corners never overlap.
        const double r = std::min({radius, lin / 2, lout / 2});
        if (r <= 0.01) {
            path.lineTo(corner);
            continue;
        }
        path.lineTo(corner + (prev - corner) * (r / lin));
        path.quadTo(corner, corner + (next - corner) * (r / lout));
    }
    if (points.size() > 1)
        path.lineTo(points.last());
    return path;
}

} // namespace Stepwise
