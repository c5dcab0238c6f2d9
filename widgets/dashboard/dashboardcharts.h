#pragma once

#include "analysis/dashboard.h"

#include <QCoreApplication>
#include <QString>

class QCustomPlot;
class QFont;
class QPalette;

namespace Stepwise {

/// The dashboard's key figures and charts, made from a Dashboard: the Dashboard tab shows them and
/// the process report prints them, both from here. A chart is a QCustomPlot, set up once
/// (setUp(), style()) and filled with every new Dashboard (fill()); the colours come from a
/// palette, so one code draws the light and dark themes and paper.
class DashboardCharts
{
    // The strings were the Dashboard tab's first: they keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(Stepwise::DashboardView)

public:
    enum class Chart { CycleTime, Histogram, Sla, Throughput, Steps, Handoffs };
    static constexpr int ChartCount = 6;
    /// The steps and handoffs charts show at most this many bars.
    static constexpr int MaxSteps = 15;
    static constexpr int MaxHandoffs = 12;

    /// The key figures, in the order the tiles show them.
    enum class Kpi { Runs, MedianCycleTime, P90CycleTime, SlaCompliance, InProgress };
    static constexpr int KpiCount = 5;

    /// A key figure as a tile shows it: the value in large type and a note under it.
    struct KpiText
    {
        QString value;
        QString note;
    };

    static QString kpiTitle(Kpi kpi);
    /// What the figure means, for a tooltip; empty where the title says it all.
    static QString kpiToolTip(Kpi kpi);
    static KpiText kpiText(Kpi kpi, const Dashboard &dashboard);

    static QString chartTitle(Chart chart);
    /// Axes, tickers and legend that do not change with the figures; once per plot.
    static void setUp(QCustomPlot *plot, Chart chart);
    /// Colours of the palette (Base behind, Text in front) and the font of axes and legends.
    static void style(QCustomPlot *plot, const QPalette &palette, const QFont &font);
    /// Replaces what the plot shows by the chart of these figures (not replotted); returns the
    /// note that goes beside its title ("bars of 1 h"), empty for none.
    static QString fill(QCustomPlot *plot, Chart chart, const Dashboard &dashboard,
                        const QPalette &palette);
    /// The height (pixels) the chart needs to show its bars readably.
    static int minimumHeight(Chart chart, const Dashboard &dashboard);

    /// The names of the steps chart's bars, top to bottom.
    static QStringList stepNames(const Dashboard &dashboard);
    /// "66.7 %" in the user's locale; an en dash for NaN.
    static QString percent(double share);
    /// A UTC day as the dashboard writes it: "26 Oct 2023".
    static QString dayText(qint64 ms);
    /// The x of a week on the weekly charts: seconds since the epoch, mid-week.
    static double weekKey(const WeekFigures &week);
};

} // namespace Stepwise
