// Tests of the orthogonal router for handoffs: ports, obstacle avoidance, loops, the shape of
// the polyline, rounded corners, and (printed, not asserted) how long a route takes.

#include "process/orthogonalrouter.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Stepwise;

namespace {

// The boxes of a map, answered the way the scene's index would: only those in the area.
struct Map
{
    QVector<QRectF> boxes;
    QVector<QRectF> *queried = nullptr;

    QVector<QRectF> operator()(const QRectF &area) const
    {
        if (queried)
            queried->append(area);
        QVector<QRectF> out;
        for (const QRectF &b : boxes) {
            if (b.intersects(area))
                out.append(b);
        }
        return out;
    }
};

bool onBorder(const QPointF &p, const QRectF &r)
{
    const double e = 1e-6;
    const bool inX = p.x() >= r.left() - e && p.x() <= r.right() + e;
    const bool inY = p.y() >= r.top() - e && p.y() <= r.bottom() + e;
    return (inX && (qAbs(p.y() - r.top()) < e || qAbs(p.y() - r.bottom()) < e))
        || (inY && (qAbs(p.x() - r.left()) < e || qAbs(p.x() - r.right()) < e));
}

// Does the segment a-b pass through the open rectangle r?
bool crosses(const QPointF &a, const QPointF &b, const QRectF &r)
{
    return std::max(a.x(), b.x()) > r.left() && std::min(a.x(), b.x()) < r.right()
        && std::max(a.y(), b.y()) > r.top() && std::min(a.y(), b.y()) < r.bottom();
}

QString describe(const QPolygonF &route)
{
    QStringList points;
    for (const QPointF &p : route)
        points << QStringLiteral("(%1,%2)").arg(p.x()).arg(p.y());
    return points.join(QLatin1Char(' '));
}

// Everything every route must satisfy.
void checkShape(const QPolygonF &route, const QRectF &source, const QRectF &target)
{
    const QByteArray text = describe(route).toUtf8();
    QVERIFY2(route.size() >= 2, text);
    for (int i = 1; i < route.size(); ++i) {
        const QPointF a = route[i - 1], b = route[i];
        QVERIFY2((a.x() == b.x()) != (a.y() == b.y()), "not orthogonal or empty: " + text);
        if (i > 1) {
            const QPointF p = route[i - 2];
            const bool collinear
                = (p.x() == a.x() && a.x() == b.x()) || (p.y() == a.y() && a.y() == b.y());
            QVERIFY2(!collinear, "collinear points not merged: " + text);
        }
    }
    QVERIFY2(onBorder(route.first(), source), "first point off the source: " + text);
    QVERIFY2(onBorder(route.last(), target), "last point off the target: " + text);
    const QPointF beforeLast = route[route.size() - 2];
    QVERIFY2(QLineF(beforeLast, route.last()).length() >= 12 - 1e-9, "last segment short: " + text);
    QVERIFY2(!target.adjusted(1, 1, -1, -1).contains(beforeLast), "arrow not pointing in: " + text);
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private slots:
    void routes_data();
    void routes();
    void selfLoop();
    void withoutObstacleQuery();
    void roundedPath_data();
    void roundedPath();
    void roundedPathKeepsShortSegments();
    void speed();
};

void TestRouter::routes_data()
{
    QTest::addColumn<QRectF>("source");
    QTest::addColumn<QRectF>("target");
    QTest::addColumn<QVector<QRectF>>("obstacles");
    QTest::addColumn<int>("points"); // Expected count; 0: any; -1: any, and obstacles not checked.
    QTest::addColumn<QString>("sides"); // Source side and target side (R, L, T, B); empty: any.

    const QRectF task(0, 0, 120, 60);
    const auto at = [](const QRectF &r, double x, double y) { return r.translated(x, y); };
    const QRectF circle(0, 0, 40, 40), diamond(0, 0, 56, 56);

    QTest::newRow("a straight horizontal neighbour gives two points")
        << task << at(task, 300, 0) << QVector<QRectF> {} << 2 << "RL";
    QTest::newRow("a slightly misaligned neighbour is still straight")
        << task << at(task, 300, 3) << QVector<QRectF> {} << 2 << "RL";
    QTest::newRow("a circle to a diamond in the same lane gives two points")
        << at(circle, 0, 10) << at(diamond, 220, 2) << QVector<QRectF> {} << 2 << "RL";
    QTest::newRow("a target in the next lane down gives one bend pair")
        << task << at(task, 180, 100) << QVector<QRectF> {} << 4 << "RL";
    QTest::newRow("a target in the lane above gives one bend pair")
        << at(task, 0, 100) << at(task, 180, 0) << QVector<QRectF> {} << 4 << "RL";
    QTest::newRow("a target straight below goes from bottom to top")
        << task << at(task, 0, 100) << QVector<QRectF> {} << 2 << "BT";
    QTest::newRow("a target straight above goes from top to bottom")
        << at(task, 0, 200) << task << QVector<QRectF> {} << 2 << "TB";
    QTest::newRow("a box in the way is avoided")
        << task << at(task, 360, 0) << QVector<QRectF> {at(task, 180, 0)} << 0 << "";
    QTest::newRow("a row of boxes in the way is avoided")
        << task << at(task, 720, 0)
        << QVector<QRectF> {at(task, 180, 0), at(task, 360, 0), at(task, 540, 0)} << 0 << "";
    QTest::newRow("boxes in the way of a lane change are avoided")
        << task << at(task, 360, 100)
        << QVector<QRectF> {at(task, 180, 0), at(task, 180, 100), at(task, 0, 100),
                            at(task, 360, 0)}
        << 0 << "";
    QTest::newRow("a box in the middle of the gap is avoided")
        << task << at(task, 400, 200) << QVector<QRectF> {at(circle, 240, 100)} << 0 << "";
    QTest::newRow("a backward edge goes around, not through, source and target")
        << at(task, 360, 0) << task << QVector<QRectF> {} << 4 << "TT";
    QTest::newRow("a backward edge over a box goes around all three")
        << at(task, 360, 0) << task << QVector<QRectF> {at(task, 180, -10)} << 0 << "";
    QTest::newRow("a backward edge under a crowded lane goes below")
        << at(task, 360, 100) << at(task, 0, 100)
        << QVector<QRectF> {at(task, 0, 0), at(task, 180, 0), at(task, 360, 0), at(task, 180, 100)}
        << 0 << "";
    QTest::newRow("a backward edge into the lane below leaves from the bottom")
        << at(task, 360, 0) << at(task, 0, 100) << QVector<QRectF> {} << 4 << "BT";
    QTest::newRow("a backward edge into the lane above leaves from the top")
        << at(task, 360, 100) << at(task, 0, 0) << QVector<QRectF> {} << 4 << "TB";
    QTest::newRow("overlapping boxes still give a valid route")
        << task << at(task, 60, 20) << QVector<QRectF> {} << 0 << "";
    QTest::newRow("touching boxes still give a valid route")
        << task << at(task, 120, 0) << QVector<QRectF> {} << 0 << "";
    QTest::newRow("a source walled in on three sides leaves by the fourth")
        << at(task, 200, 200) << at(task, 600, 200)
        << QVector<QRectF> {QRectF(330, 150, 20, 160), QRectF(180, 150, 170, 20),
                            QRectF(180, 290, 170, 20)}
        << 0 << "";
    QTest::newRow("walls across the gap are passed over")
        << QRectF(0, 200, 120, 60) << QRectF(700, 200, 120, 60)
        << QVector<QRectF> {QRectF(200, 0, 40, 420), QRectF(400, 120, 40, 460),
                            QRectF(560, 0, 40, 420)}
        << 0 << "";
    // The source opens only downward onto a long ledge, the target only sideways under a roof:
    // no shape with four bends or fewer gets through.
    QTest::newRow("a route that needs six bends is found by the graph search")
        << task << at(task, 400, 300)
        << QVector<QRectF> {QRectF(-40, -40, 20, 120), QRectF(140, -40, 20, 120),
                            QRectF(-40, -40, 200, 20), QRectF(-80, 110, 1200, 20),
                            QRectF(360, 210, 20, 170), QRectF(540, 260, 20, 120),
                            QRectF(360, 380, 200, 20), QRectF(320, 210, 280, 20)}
        << 8 << "BT";
    QTest::newRow("a target walled in all round falls back to an elbow")
        << at(task, 0, 50) << at(task, 600, 50)
        << QVector<QRectF> {QRectF(480, -100, 400, 20), QRectF(480, 180, 400, 20),
                            QRectF(480, -100, 20, 300), QRectF(860, -100, 20, 300)}
        << -1 << "RL";
}

void TestRouter::routes()
{
    QFETCH(QRectF, source);
    QFETCH(QRectF, target);
    QFETCH(QVector<QRectF>, obstacles);
    QFETCH(int, points);
    QFETCH(QString, sides);

    QVector<QRectF> queried;
    Map map {obstacles + QVector<QRectF> {source, target}, &queried};
    const OrthogonalRouter router(map);
    const QPolygonF route = router.route(source, target);
    const QByteArray text = describe(route).toUtf8();
    checkShape(route, source, target);
    if (QTest::currentTestFailed())
        return;

    for (const QRectF &o : points < 0 ? QVector<QRectF>() : obstacles) {
        for (int i = 1; i < route.size(); ++i)
            QVERIFY2(!crosses(route[i - 1], route[i], o.adjusted(1, 1, -1, -1)),
                     "through an obstacle: " + text);
    }
    if (!source.intersects(target)) {
        for (int i = 1; i < route.size(); ++i) {
            QVERIFY2(!crosses(route[i - 1], route[i], source.adjusted(1, 1, -1, -1)),
                     "through the source: " + text);
            QVERIFY2(!crosses(route[i - 1], route[i], target.adjusted(1, 1, -1, -1)),
                     "through the target: " + text);
        }
    }
    if (points > 0)
        QVERIFY2(route.size() == points, text);
    if (!sides.isEmpty()) {
        const auto sideOf = [](const QPointF &p, const QRectF &r) {
            if (p.x() == r.right())
                return QLatin1Char('R');
            if (p.x() == r.left())
                return QLatin1Char('L');
            return p.y() == r.top() ? QLatin1Char('T') : QLatin1Char('B');
        };
        const QString actual
            = QString(sideOf(route.first(), source)) + sideOf(route.last(), target);
        QVERIFY2(actual == sides, qPrintable(actual + QLatin1String(": ") + describe(route)));
    }

    // Only the neighbourhood is asked about, never the whole map.
    const QRectF near = source.united(target).adjusted(-300, -300, 300, 300);
    for (const QRectF &area : queried)
        QVERIFY(near.contains(area));

    // Deterministic: the same again, and the same whatever order the index answers in.
    QCOMPARE(router.route(source, target), route);
    QVector<QRectF> reversed = map.boxes;
    std::reverse(reversed.begin(), reversed.end());
    const OrthogonalRouter other(Map {reversed});
    QCOMPARE(other.route(source, target), route);
}

void TestRouter::selfLoop()
{
    const QRectF box(100, 100, 120, 60);
    const OrthogonalRouter router(Map {{box}});
    const QPolygonF loop = router.route(box, box);
    checkShape(loop, box, box);
    QVERIFY(loop.size() >= 4);
    // Around the top-right corner: nothing to the left of the box's middle or below it.
    for (const QPointF &p : loop) {
        QVERIFY(p.x() >= box.center().x());
        QVERIFY(p.y() <= box.center().y());
    }
    for (int i = 1; i < loop.size(); ++i)
        QVERIFY(!crosses(loop[i - 1], loop[i], box.adjusted(1, 1, -1, -1)));
    QCOMPARE(router.route(box, box), loop);
}

void TestRouter::withoutObstacleQuery()
{
    const OrthogonalRouter router;
    const QRectF a(0, 0, 120, 60), b(300, 100, 120, 60);
    const QPolygonF route = router.route(a, b);
    checkShape(route, a, b);
    QCOMPARE(route.size(), 4);
}

void TestRouter::roundedPath_data()
{
    QTest::addColumn<QPolygonF>("points");
    QTest::newRow("a straight line stays straight") << QPolygonF {QPointF(0, 0), QPointF(100, 0)};
    QTest::newRow("a Z gets two rounded corners")
        << QPolygonF {QPointF(0, 0), QPointF(50, 0), QPointF(50, 80), QPointF(120, 80)};
    QTest::newRow("a U with a short middle segment gets smaller corners")
        << QPolygonF {QPointF(0, 0), QPointF(0, -20), QPointF(6, -20), QPointF(6, 0)};
}

void TestRouter::roundedPath()
{
    QFETCH(QPolygonF, points);
    const QPainterPath path = OrthogonalRouter::roundedPath(points, 8);
    QCOMPARE(path.pointAtPercent(0), points.first());
    QCOMPARE(path.currentPosition(), points.last());
    QCOMPARE(path.elementAt(0).x, points.first().x());
    QCOMPARE(path.elementAt(0).y, points.first().y());
    // The path never strays outside the polyline's bounding box.
    const QRectF bounds = points.boundingRect().adjusted(-1e-6, -1e-6, 1e-6, 1e-6);
    for (int i = 0; i <= 100; ++i)
        QVERIFY(bounds.contains(path.pointAtPercent(i / 100.0)));
    // Corners are cut: the polyline's corner points are not on the path (when it has corners).
    if (points.size() > 2)
        QVERIFY(path.length() < QPainterPath(points.first()).length() + [&] {
            double l = 0;
            for (int i = 1; i < points.size(); ++i)
                l += QLineF(points[i - 1], points[i]).length();
            return l;
        }());
}

void TestRouter::roundedPathKeepsShortSegments()
{
    QCOMPARE(OrthogonalRouter::roundedPath({}, 8).elementCount(), 0);
    const QPolygonF single {QPointF(3, 4)};
    QCOMPARE(OrthogonalRouter::roundedPath(single, 8).currentPosition(), QPointF(3, 4));
    // A short middle segment of 6: both corners shrink to 3, so they meet but do not overlap.
    const QPolygonF u {QPointF(0, 0), QPointF(0, -20), QPointF(6, -20), QPointF(6, 0)};
    const QPainterPath path = OrthogonalRouter::roundedPath(u, 8);
    QCOMPARE(path.elementAt(1).x, 0.0);
    QCOMPARE(path.elementAt(1).y, -17.0);
}

// A 2,000-step map (20 lanes of 125 columns, a fifth empty); prints typical and worst times,
// asserts nothing about them (see tests/bench/bench_router.cpp for more).
void TestRouter::speed()
{
    const int lanes = 20, columns = 125;
    const double dx = 180, dy = 100;
    QVector<QVector<QRectF>> byColumn(columns);
    QVector<QRectF> all;
    for (int c = 0; c < columns; ++c) {
        for (int l = 0; l < lanes; ++l) {
            // Not every cell holds a step; shapes vary like tasks, events and gateways.
            if ((c * 7 + l * 3) % 5 == 0)
                continue;
            const int kind = (c + l) % 3;
            const QSizeF size = kind == 0 ? QSizeF(120, 60)
                : kind == 1               ? QSizeF(40, 40)
                                          : QSizeF(56, 56);
            const QRectF r(QPointF(c * dx + 60 - size.width() / 2, l * dy + 50 - size.height() / 2),
                           size);
            byColumn[c].append(r);
            all.append(r);
        }
    }
    // A spatial index by column, as a stand-in for the scene's.
    const auto query = [&](const QRectF &area) {
        QVector<QRectF> out;
        const int c0 = std::max(0, int(std::floor((area.left() - 120) / dx)));
        const int c1 = std::min(columns - 1, int(std::floor(area.right() / dx)));
        for (int c = c0; c <= c1; ++c) {
            for (const QRectF &r : byColumn[c]) {
                if (r.intersects(area))
                    out.append(r);
            }
        }
        return out;
    };
    const OrthogonalRouter router(query);

    struct Kind
    {
        const char *name;
        int dc, dl;
    };
    const Kind kinds[]
        = {{"right neighbour", 1, 0},        {"next lane down", 1, 1}, {"two lanes up", 1, -2},
           {"backward, same lane", -2, 0},   {"straight below", 0, 1}, {"three columns on", 3, 0},
           {"far, 6 columns 5 lanes", 6, 5}, {"backward, far", -5, 3}};
    QElapsedTimer timer;
    double worstOverall = 0;
    for (const Kind &kind : kinds) {
        qint64 total = 0, worst = 0;
        int count = 0;
        for (int i = 0; i < all.size(); i += 7) {
            const QRectF &s = all[i];
            const int c = int(s.center().x() / dx), l = int(s.center().y() / dy);
            const int tc = c + kind.dc, tl = l + kind.dl;
            if (tc < 0 || tc >= columns || tl < 0 || tl >= lanes)
                continue;
            const auto it
                = std::find_if(byColumn[tc].begin(), byColumn[tc].end(),
                               [&](const QRectF &r) { return int(r.center().y() / dy) == tl; });
            if (it == byColumn[tc].end())
                continue;
            // The best of three, so that a busy machine disturbs the figures less.
            QPolygonF route;
            qint64 ns = std::numeric_limits<qint64>::max();
            for (int k = 0; k < 3; ++k) {
                timer.start();
                route = router.route(s, *it);
                ns = std::min(ns, timer.nsecsElapsed());
            }
            QVERIFY(route.size() >= 2);
            total += ns;
            worst = std::max(worst, ns);
            ++count;
        }
        QVERIFY(count > 0);
        qDebug("%-24s %4d routes: mean %6.1f us, worst %7.1f us", kind.name, count,
               total / 1000.0 / count, worst / 1000.0);
        worstOverall = std::max(worstOverall, worst / 1000.0);
    }
    qDebug("worst route: %.1f us", worstOverall);
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
