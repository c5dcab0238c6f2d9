#include "report.h"

#include "mappainter.h"

#include "dashboard/dashboardcharts.h"

#include "analysis/businesscalendar.h"
#include "analysis/impact.h"
#include "analysis/statistics.h"
#include "process/duration.h"
#include "process/layout.h"

#include <QApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QTextLayout>
#include <QThread>

#include <qcustomplot.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>

namespace Stepwise {

namespace {

// Page geometry in millimetres.
constexpr double SideMarginMm = 18;
constexpr double TopMarginMm = 16;
constexpr double BottomMarginMm = 20; ///< the footer sits inside it
constexpr double FooterMm = 10; ///< from the bottom edge to the footer's baseline
constexpr double CellPaddingMm = 1.2;
constexpr double TablePoints = 8;
constexpr double TableHeaderPoints = 7.5;

int layoutDpi()
{
    return mapLayoutDpi();
}

double mm(double millimetres)
{
    return millimetres * layoutDpi() / 25.4;
}

/// The page's full rectangle in layout units (the margins are ours).
QRectF pageRect(const QPageSize &size, QPageLayout::Orientation orientation)
{
    return QPageLayout(size, orientation, QMarginsF()).fullRectPixels(layoutDpi());
}

QRectF contentRect(const QPageSize &size, QPageLayout::Orientation orientation)
{
    return pageRect(size, orientation)
        .adjusted(mm(SideMarginMm), mm(TopMarginMm), -mm(SideMarginMm), -mm(BottomMarginMm));
}

// --- colours on paper

const QColor Ink(0x1f, 0x23, 0x28);
const QColor Subtle(0x5f, 0x66, 0x6d);
const QColor Rule(0xc8, 0xcd, 0xd2);
const QColor Zebra(0xf3, 0xf5, 0xf7);
const QColor HeaderFill(0xe4, 0xe8, 0xec);
const QColor Accent(0x1f, 0x6f, 0xd1);
const QColor Good(0x22, 0x8b, 0x55);
const QColor Bad(0xd0, 0x32, 0x32);

QFont reportFont(double points, bool bold = false)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(points);
    font.setBold(bold);
    // Outlines as designed: text measures the same at every size and on every device.
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "ff" and "fi" stay two letters in the PDF's text, as readers search for them.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QTextLayout::FormatRange formatRange(int start, int length, const QColor &color, double points = 0,
                                     bool bold = false)
{
    QTextLayout::FormatRange range;
    range.start = start;
    range.length = length;
    range.format.setForeground(color);
    if (points > 0)
        range.format.setFontPointSize(points);
    if (bold)
        range.format.setFontWeight(QFont::Bold);
    return range;
}

/// Text laid out to a width, wrapped at word boundaries (or anywhere in a word wider than the
/// width): drawn whole, or a range of its lines at a time when it goes on over a page break.
class TextBlock
{
public:
    TextBlock() = default;
    TextBlock(QString text, const QFont &font, double width, QPaintDevice *device,
              const QColor &color = Ink, const QVector<QTextLayout::FormatRange> &formats = {},
              Qt::Alignment alignment = Qt::AlignLeft)
        : m_color(color)
    {
        text.replace(QLatin1Char('\n'), QChar::LineSeparator);
        m_layout = std::make_shared<QTextLayout>(text, font, device);
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout->setTextOption(option);
        m_layout->setFormats(formats);
        m_layout->beginLayout();
        double y = 0;
        for (QTextLine line = m_layout->createLine(); line.isValid();
             line = m_layout->createLine()) {
            line.setLeadingIncluded(true);
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        m_layout->endLayout();
    }

    int lineCount() const { return m_layout ? m_layout->lineCount() : 0; }
    double height() const { return heightOf(0, lineCount()); }
    /// The height of lines [first, last).
    double heightOf(int first, int last) const
    {
        if (first >= last)
            return 0;
        const QTextLine a = m_layout->lineAt(first), b = m_layout->lineAt(last - 1);
        return b.y() + b.height() - a.y();
    }
    /// How many lines from first fit in a height.
    int linesFitting(int first, double height) const
    {
        int last = first;
        while (last < lineCount() && heightOf(first, last + 1) <= height + 0.01)
            ++last;
        return last - first;
    }
    /// The widest line's natural width.
    double naturalWidth() const
    {
        double width = 0;
        for (int i = 0; i < lineCount(); ++i)
            width = std::max(width, m_layout->lineAt(i).naturalTextWidth());
        return width;
    }
    /// Draws lines [first, last) with the first one's top at topLeft.
    void draw(QPainter *painter, const QPointF &topLeft, int first, int last) const
    {
        if (first >= last)
            return;
        painter->setPen(m_color);
        const QPointF offset = topLeft - QPointF(0, m_layout->lineAt(first).y());
        for (int i = first; i < last; ++i)
            m_layout->lineAt(i).draw(painter, offset);
    }
    void draw(QPainter *painter, const QPointF &topLeft) const
    {
        draw(painter, topLeft, 0, lineCount());
    }

private:
    std::shared_ptr<QTextLayout> m_layout;
    QColor m_color = Ink;
};

/// A cell of a table: its text and how parts of it look.
struct Cell
{
    QString text;
    QVector<QTextLayout::FormatRange> formats;
    QColor color = Ink;
};

/// A cell with a main text and, on lines of their own below it, smaller grey details.
Cell cellWithDetails(const QString &main, const QStringList &details, bool bold = false)
{
    Cell cell;
    cell.text = main;
    if (bold)
        cell.formats.append(formatRange(0, int(main.size()), Ink, 0, true));
    for (const QString &detail : details) {
        if (detail.isEmpty())
            continue;
        cell.text += QChar::LineSeparator;
        cell.formats.append(formatRange(int(cell.text.size()), int(detail.size()), Subtle, 7));
        cell.text += detail;
    }
    return cell;
}

QString dash()
{
    return QStringLiteral("\u2013");
}

/// The steps in the order a reader follows the flow: by their rank in a layered layout of the
/// map (sources first, along the handoffs), then lane by lane, then as drawn.
QVector<const Step *> stepsAlongTheFlow(const Process &process)
{
    const QVector<StepPlacement> placements = layeredLayout(process);
    QHash<ItemId, double> rank;
    for (const StepPlacement &placement : placements)
        rank.insert(placement.stepId, placement.pos.x());
    QVector<const Step *> steps;
    for (const Step &step : process.steps)
        steps.append(&step);
    std::stable_sort(steps.begin(), steps.end(), [&](const Step *a, const Step *b) {
        const double ra = rank.value(a->id), rb = rank.value(b->id);
        if (ra != rb)
            return ra < rb;
        const int la = process.laneIndex(a->laneId), lb = process.laneIndex(b->laneId);
        if (la != lb)
            return la < lb;
        if (a->pos.y() != b->pos.y())
            return a->pos.y() < b->pos.y();
        return a->pos.x() < b->pos.x();
    });
    return steps;
}

/// Lays out the report's pages, then paints them one at a time: the page count is known before
/// the first footer is drawn.
class ReportComposer
{
    Q_DECLARE_TR_FUNCTIONS(Stepwise::Report)

public:
    ReportComposer(const ReportInput &input, QPaintDevice *device)
        : m_input(input), m_device(device)
    { }

    void compose()
    {
        titlePage();
        mapSection();
        stepsSection();
        performanceSection();
        if (m_input.diagnostic)
            drawDiagnostic(*m_input.diagnostic);
        if (m_input.improvement)
            improveSection(*m_input.improvement);
    }

    int pageCount() const { return int(m_pages.size()); }
    QPageLayout::Orientation orientation(int page) const { return m_pages.at(page).orientation; }

    void paintPage(int index, QPainter *painter) const
    {
        const Page &page = m_pages.at(index);
        for (const Op &op : page.ops) {
            painter->save();
            op(painter);
            painter->restore();
        }
        paintFooter(index, painter);
    }

    static QString automationText(Step::Automation automation)
    {
        switch (automation) {
        case Step::Automation::Manual:
            return tr("Manual");
        case Step::Automation::Candidate:
            return tr("Candidate for automation");
        case Step::Automation::Planned:
            return tr("Automation planned");
        case Step::Automation::Automated:
            return tr("Automated");
        case Step::Automation::Rejected:
            return tr("Not to be automated");
        }
        return {};
    }

    static QString kindText(const Step &step)
    {
        switch (step.kind) {
        case Step::Kind::Start:
            return tr("Start");
        case Step::Kind::Task:
            return tr("Task");
        case Step::Kind::Decision:
            return tr("Decision");
        case Step::Kind::Event:
            switch (step.trigger) {
            case Step::Trigger::Wait:
                return tr("Event: a wait");
            case Step::Trigger::Timer:
                return tr("Event: a timer");
            case Step::Trigger::Message:
                return tr("Event: a message");
            case Step::Trigger::None:
                break;
            }
            return tr("Event");
        case Step::Kind::End:
            return tr("End");
        }
        return {};
    }

    /// "26 Oct 2023 to 23 Jan 2024 (UTC)", open sides named.
    static QString windowText(qint64 fromMs, qint64 toMs)
    {
        const QString from
            = fromMs == NoTime ? tr("the first run") : DashboardCharts::dayText(fromMs);
        const QString to = toMs == NoTime ? tr("the last run") : DashboardCharts::dayText(toMs - 1);
        return tr("%1 to %2 (UTC)").arg(from, to);
    }

private:
    using Op = std::function<void(QPainter *)>;
    struct Page
    {
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        QVector<Op> ops;
    };
    enum class Section { Map, Steps, Performance, Diagnostic, Improve };

    // --- pages and the cursor

    void newPage(QPageLayout::Orientation orientation = QPageLayout::Portrait)
    {
        m_pages.append(Page {orientation, {}});
        m_content = contentRect(m_input.pageSize, orientation);
        m_y = m_content.top();
    }
    double room() const { return m_content.bottom() - m_y; }
    bool atTop() const { return m_y <= m_content.top() + 0.5; }
    /// A new page unless height fits below the cursor (or the page is still empty).
    void ensure(double height)
    {
        if (height > room() && !atTop())
            newPage();
    }
    void add(Op op) { m_pages.last().ops.append(std::move(op)); }
    void startSection(Section section, const QString &title)
    {
        m_sectionPages.insert(int(section), int(m_pages.size()) - 1);
        heading(title);
    }

    /// A section that follows another on its page when at least a third of the page is left,
    /// a little apart from it, and starts a new page otherwise.
    void startSectionWithRoom(Section section, const QString &title)
    {
        if (room() < m_content.height() * 0.3)
            newPage();
        else if (!atTop())
            m_y += mm(6);
        startSection(section, title);
    }

    // --- blocks

    void heading(const QString &text, double points = 15)
    {
        const TextBlock block(text, reportFont(points, true), m_content.width(), m_device, Ink);
        // A heading never ends a page: some of what it introduces goes with it.
        ensure(block.height() + mm(30));
        const QPointF at(m_content.left(), m_y);
        add([block, at](QPainter *p) { block.draw(p, at); });
        m_y += block.height() + mm(points > 12 ? 4 : 2);
    }

    void paragraph(const QString &text, const QFont &font, const QColor &color = Ink,
                   double spaceAfter = mm(3), const QVector<QTextLayout::FormatRange> &formats = {})
    {
        const TextBlock block(text, font, m_content.width(), m_device, color, formats);
        int first = 0;
        while (first < block.lineCount()) {
            int count = block.linesFitting(first, room());
            if (count == 0 && !atTop()) {
                newPage();
                continue;
            }
            count = std::max(count, 1);
            const QPointF at(m_content.left(), m_y);
            add([block, at, first, count](QPainter *p) {
                block.draw(p, at, first, first + count);
            });
            m_y += block.heightOf(first, first + count);
            first += count;
        }
        m_y += spaceAfter;
    }

    /// Rows of a label and its value, the labels in a column of their own.
    void fields(const QVector<QPair<QString, QString>> &rows)
    {
        const double labelWidth = mm(38);
        const double valueWidth = m_content.width() - labelWidth;
        for (const auto &[label, value] : rows) {
            const TextBlock l(label, reportFont(9.5, true), labelWidth - mm(3), m_device, Subtle);
            const TextBlock v(value, reportFont(10), valueWidth, m_device, Ink);
            const double height = std::max(l.height(), v.height());
            ensure(height);
            const QPointF at(m_content.left(), m_y);
            add([l, v, at, labelWidth](QPainter *p) {
                l.draw(p, at);
                v.draw(p, at + QPointF(labelWidth, 0));
            });
            m_y += height + mm(2.2);
        }
    }

    /// Column widths over the content width as the weights share it, but each at least as wide
    /// as the longest word in it: words break only when one is wider than the page allows.
    QVector<double> columnWidths(const QStringList &headers, const QVector<double> &weights,
                                 const QVector<QVector<Cell>> &rows, double pad) const
    {
        const QFontMetricsF header(reportFont(TableHeaderPoints, true), m_device);
        const QFontMetricsF cell(reportFont(TablePoints), m_device);
        const QFontMetricsF boldCell(reportFont(TablePoints, true), m_device);
        const int count = int(weights.size());
        QVector<double> least(count, 0);
        const auto widen = [&](int column, const QString &text, const QFontMetricsF &metrics) {
            static const QRegularExpression space(QStringLiteral("[\\s\\x{2028}]+"));
            for (const QString &word : text.split(space, Qt::SkipEmptyParts))
                least[column] = std::max(least.at(column), metrics.horizontalAdvance(word));
        };
        for (int c = 0; c < count && c < headers.size(); ++c)
            widen(c, headers.at(c), header);
        for (const QVector<Cell> &row : rows) {
            for (int c = 0; c < count && c < row.size(); ++c) {
                const QVector<QTextLayout::FormatRange> &formats = row.at(c).formats;
                const bool bold
                    = std::any_of(formats.cbegin(), formats.cend(), [](const auto &range) {
                          return range.format.fontWeight() >= QFont::Bold;
                      });
                widen(c, row.at(c).text, bold ? boldCell : cell);
            }
        }
        double total = 0;
        for (double weight : weights)
            total += weight;
        QVector<double> widths;
        for (int c = 0; c < count; ++c) {
            least[c] += 2 * pad + 0.5;
            widths << m_content.width() * weights.at(c) / total;
        }
        // Columns narrower than their longest word take what they lack from the others' slack.
        for (int round = 0; round < count; ++round) {
            double lacking = 0, slack = 0;
            for (int c = 0; c < count; ++c) {
                lacking += std::max(0.0, least.at(c) - widths.at(c));
                slack += std::max(0.0, widths.at(c) - least.at(c));
            }
            if (lacking <= 0.01 || slack <= 0.01)
                break;
            const double share = std::min(1.0, lacking / slack);
            for (int c = 0; c < count; ++c) {
                if (widths.at(c) < least.at(c))
                    widths[c] = least.at(c);
                else
                    widths[c] -= (widths.at(c) - least.at(c)) * share;
            }
        }
        // What is still too wide (words longer than a page allows) shrinks to the page.
        double sum = 0;
        for (double width : widths)
            sum += width;
        for (double &width : widths)
            width *= m_content.width() / sum;
        return widths;
    }

    /// A table over the content width, columns as wide as their weights, every cell's text
    /// wrapped and whole: a row that does not fit goes on over the next page, under the header
    /// repeated there.
    void table(const QStringList &headers, const QVector<double> &weights,
               const QVector<QVector<Cell>> &rows)
    {
        const double pad = mm(CellPaddingMm);
        const QVector<double> widths = columnWidths(headers, weights, rows, pad);
        QVector<double> lefts;
        double x = m_content.left();
        for (double width : widths) {
            lefts << x;
            x += width;
        }
        const auto layOut = [&](const Cell &cell, int column, const QFont &font) {
            return TextBlock(cell.text, font, widths.at(column) - 2 * pad, m_device, cell.color,
                             cell.formats);
        };

        QVector<TextBlock> header;
        double headerHeight = 0;
        for (int c = 0; c < headers.size(); ++c) {
            header << layOut({headers.at(c), {}, Ink}, c, reportFont(TableHeaderPoints, true));
            headerHeight = std::max(headerHeight, header.last().height());
        }
        headerHeight += 2 * pad;
        const QRectF contentRow(m_content.left(), 0, m_content.width(), 0);
        const auto drawHeader = [&] {
            const double top = m_y;
            add([header, lefts, top, headerHeight, contentRow, pad](QPainter *p) {
                p->fillRect(QRectF(contentRow.left(), top, contentRow.width(), headerHeight),
                            HeaderFill);
                for (int c = 0; c < header.size(); ++c)
                    header.at(c).draw(p, QPointF(lefts.at(c) + pad, top + pad));
            });
            m_y += headerHeight;
        };

        const QFont font = reportFont(TablePoints);
        // Room for the header and a line or two of the first row: otherwise start on a new page.
        const double someLines = QFontMetricsF(font, m_device).lineSpacing() * 2 + 2 * pad;
        ensure(headerHeight + someLines);
        drawHeader();
        for (int r = 0; r < rows.size(); ++r) {
            QVector<TextBlock> cells;
            double height = 0;
            for (int c = 0; c < rows.at(r).size(); ++c) {
                cells << layOut(rows.at(r).at(c), c, font);
                height = std::max(height, cells.last().height());
            }
            const double pageRoom = m_content.height() - headerHeight;
            // A row that fits on a page is never split; a taller one goes on where it is.
            if (height + 2 * pad > room() && height + 2 * pad <= pageRoom) {
                newPage();
                drawHeader();
            }
            QVector<int> next(cells.size(), 0);
            const bool zebra = r % 2 == 1;
            for (;;) {
                // The lines of each cell that fit on this page.
                QVector<int> counts(cells.size(), 0);
                double part = 0;
                bool any = false, rest = false;
                for (int c = 0; c < cells.size(); ++c) {
                    counts[c] = cells.at(c).linesFitting(next.at(c), room() - 2 * pad);
                    part = std::max(part,
                                    cells.at(c).heightOf(next.at(c), next.at(c) + counts.at(c)));
                    any = any || counts.at(c) > 0;
                    rest = rest || next.at(c) + counts.at(c) < cells.at(c).lineCount();
                }
                const bool empty
                    = std::all_of(cells.cbegin(), cells.cend(),
                                  [](const TextBlock &b) { return b.lineCount() == 0; });
                if (!any && !empty) {
                    newPage();
                    drawHeader();
                    continue;
                }
                const double top = m_y, rowHeight = part + 2 * pad;
                add([cells, next, counts, lefts, top, rowHeight, contentRow, pad, zebra,
                     last = !rest](QPainter *p) {
                    const QRectF band(contentRow.left(), top, contentRow.width(), rowHeight);
                    if (zebra)
                        p->fillRect(band, Zebra);
                    for (int c = 0; c < cells.size(); ++c) {
                        cells.at(c).draw(p, QPointF(lefts.at(c) + pad, top + pad), next.at(c),
                                         next.at(c) + counts.at(c));
                    }
                    if (last) {
                        p->setPen(QPen(Rule, 0.6));
                        p->drawLine(band.bottomLeft(), band.bottomRight());
                    }
                });
                m_y += rowHeight;
                for (int c = 0; c < cells.size(); ++c)
                    next[c] += counts.at(c);
                if (!rest)
                    break;
                newPage();
                drawHeader();
            }
        }
        m_y += mm(4);
    }

    // --- the title page

    void titlePage()
    {
        const Process &process = m_input.process;
        newPage();
        paragraph(tr("PROCESS REPORT"), reportFont(9, true), Accent, mm(2));
        paragraph(process.name, reportFont(24, true), Ink, mm(5));
        if (!process.description.trimmed().isEmpty())
            paragraph(process.description.trimmed(), reportFont(10.5), Ink, mm(6));
        else
            paragraph(tr("No description yet."), reportFont(10.5), Subtle, mm(6));
        const double ruleY = m_y;
        const double left = m_content.left(), right = m_content.right();
        add([ruleY, left, right](QPainter *p) {
            p->setPen(QPen(Rule, 0.8));
            p->drawLine(QPointF(left, ruleY), QPointF(right, ruleY));
        });
        m_y += mm(5);

        const QLocale locale;
        QVector<QPair<QString, QString>> rows;
        rows.append({tr("Owner"), process.owner.isEmpty() ? tr("not set") : process.owner});
        rows.append({tr("SLA target"),
                     process.slaTargetS > 0 ? tr("%1 from the start of a run to its end")
                                                  .arg(formatDuration(process.slaTargetS))
                                            : tr("none set")});
        if (process.slaClock == Process::SlaClock::BusinessHours) {
            const std::optional<BusinessCalendar> calendar = processCalendar(process);
            rows.append({tr("SLA clock"),
                         tr("business hours: %1")
                             .arg(calendar ? calendar->description() : process.workingHours)});
        } else {
            rows.append({tr("SLA clock"), tr("calendar time (every hour counts)")});
        }
        rows.append({tr("Map"),
                     tr("%1, %2 and %3")
                         .arg(tr("%n step(s)", nullptr, int(process.steps.size())),
                              tr("%n lane(s)", nullptr, int(process.lanes.size())),
                              tr("%n handoff(s)", nullptr, int(process.handoffs.size())))});
        if (m_input.latestRevision) {
            const RevisionInfo &revision = *m_input.latestRevision;
            const QString day = DashboardCharts::dayText(revision.created.toMSecsSinceEpoch());
            rows.append({tr("Latest revision"),
                         revision.note.trimmed().isEmpty()
                             ? day
                             : tr("%1: %2").arg(day, revision.note.trimmed())});
        } else {
            rows.append({tr("Latest revision"), tr("not saved as a revision yet")});
        }
        rows.append(
            {tr("Figures"),
             tr("runs that started from %1").arg(windowText(m_input.fromMs, m_input.toMs))});
        rows.append({tr("Report date"),
                     locale.toString(m_input.created.toLocalTime().date(), QLocale::LongFormat)});
        fields(rows);

        // The contents, with page numbers known once every page is laid out.
        m_y += mm(6);
        paragraph(tr("Contents"), reportFont(11, true), Ink, mm(2));
        QVector<QPair<Section, QString>> sections = {{Section::Map, tr("The map")},
                                                     {Section::Steps, tr("The steps")},
                                                     {Section::Performance, tr("Performance")}};
        if (m_input.diagnostic)
            sections.append({Section::Diagnostic, tr("Diagnostic")});
        if (m_input.improvement)
            sections.append({Section::Improve, tr("What to fix first")});
        const QFont font = reportFont(10);
        const double lineHeight = QFontMetricsF(font, m_device).lineSpacing() * 1.35;
        for (const auto &[section, title] : sections) {
            const QRectF line(m_content.left(), m_y, m_content.width(), lineHeight);
            add([this, section, title, line, font](QPainter *p) {
                p->setFont(font);
                p->setPen(Ink);
                p->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, title);
                const int page = m_sectionPages.value(int(section), -1);
                if (page >= 0)
                    p->drawText(line, Qt::AlignRight | Qt::AlignVCenter, QString::number(page + 1));
            });
            m_y += lineHeight;
        }
    }

    // --- the map

    void mapSection()
    {
        const Process &process = m_input.process;
        if (process.steps.isEmpty()) {
            newPage();
            startSection(Section::Map, tr("The map"));
            paragraph(tr("The map has no steps yet."), reportFont(10), Subtle);
            return;
        }
        m_map = std::make_shared<MapPainter>(process);
        const QRectF scene = m_map->sceneRect();
        // The orientation that shows the map larger.
        const auto scaleIn = [&](QPageLayout::Orientation orientation) {
            const QRectF area = contentRect(m_input.pageSize, orientation);
            const double height = area.height() - mm(40); // heading and legend
            return std::min(area.width() / scene.width(), height / scene.height());
        };
        const QPageLayout::Orientation orientation
            = scaleIn(QPageLayout::Landscape) > scaleIn(QPageLayout::Portrait) * 1.05
            ? QPageLayout::Landscape
            : QPageLayout::Portrait;
        newPage(orientation);
        startSection(Section::Map, tr("The map"));

        // The legend of lanes: a swatch and the name of each, in rows.
        const QFont font = reportFont(8.5);
        const QFontMetricsF metrics(font, m_device);
        const double swatch = metrics.height() * 0.9;
        struct Entry
        {
            QPointF at;
            QColor color;
            TextBlock name;
        };
        QVector<Entry> entries;
        const TextBlock title(tr("Lanes:"), reportFont(8.5, true), m_content.width(), m_device);
        double x = title.naturalWidth() + mm(3), y = 0, rowHeight = metrics.lineSpacing();
        for (const Lane &lane : process.lanes) {
            const double maxWidth = m_content.width() - swatch - mm(1.5);
            const TextBlock name(lane.name, font, maxWidth, m_device);
            const double width = swatch + mm(1.5) + name.naturalWidth();
            if (x > 0 && x + width > m_content.width()) {
                x = 0;
                y += rowHeight + mm(1);
                rowHeight = metrics.lineSpacing();
            }
            entries.append({QPointF(x, y),
                            lane.color.isValid() ? lane.color : QColor(0x90, 0xa4, 0xae), name});
            rowHeight = std::max(rowHeight, name.height());
            x += width + mm(5);
        }
        const double legendHeight = process.lanes.isEmpty() ? 0 : y + rowHeight;

        const double gap = mm(4);
        const QRectF area(m_content.left(), m_y, m_content.width(),
                          m_content.bottom() - m_y - legendHeight - gap);
        // Never larger than on the canvas at 100%: a small map stays readable, not blown up.
        const double scale
            = std::min({1.0, area.width() / scene.width(), area.height() / scene.height()});
        const QSizeF size = scene.size() * scale;
        const QRectF target(area.left() + (area.width() - size.width()) / 2, area.top(),
                            size.width(), size.height());
        std::shared_ptr<const MapPainter> map = m_map;
        add([map, target](QPainter *p) {
            map->paint(p, target);
            p->setPen(QPen(Rule, 0.6));
            p->setBrush(Qt::NoBrush);
            p->drawRect(target);
        });
        m_y = target.bottom() + gap;
        if (process.lanes.isEmpty())
            return;
        const QPointF origin(m_content.left(), m_y);
        add([entries, title, origin, swatch](QPainter *p) {
            title.draw(p, origin);
            for (const Entry &entry : entries) {
                const QPointF at = origin + entry.at;
                p->setPen(QPen(entry.color.darker(130), 0.8));
                p->setBrush(entry.color);
                p->drawRoundedRect(QRectF(at.x(), at.y() + swatch * 0.12, swatch, swatch), 2, 2);
                entry.name.draw(p, at + QPointF(swatch + mm(1.5), 0));
            }
        });
        m_y += legendHeight;
    }

    // --- the steps

    void stepsSection()
    {
        const Process &process = m_input.process;
        newPage();
        startSection(Section::Steps, tr("The steps"));
        if (process.steps.isEmpty()) {
            paragraph(tr("The map has no steps yet."), reportFont(10), Subtle);
            return;
        }
        paragraph(tr("Every step of the map in the order of the flow: who does it, when it is "
                     "done, what it needs and makes, how long it should take, and how far it is "
                     "automated."),
                  reportFont(9.5), Subtle, mm(4));
        const QStringList headers = {tr("Step"),      tr("Owner"),   tr("Definition of done"),
                                     tr("Inputs"),    tr("Outputs"), tr("Expected duration"),
                                     tr("Automation")};
        const QVector<double> weights = {17, 11, 26, 13, 13, 9, 11};
        QVector<QVector<Cell>> rows;
        for (const Step *step : stepsAlongTheFlow(process)) {
            const Lane *lane = process.lane(step->laneId);
            const bool task = step->kind == Step::Kind::Task;
            const auto orDash = [](const QString &text) {
                return text.trimmed().isEmpty() ? dash() : text.trimmed();
            };
            QVector<Cell> row;
            row << cellWithDetails(orDash(step->name), {kindText(*step)}, true);
            row << Cell {lane ? orDash(lane->name) : dash(), {}, Ink};
            row << Cell {orDash(step->definitionOfDone), {}, Ink};
            row << Cell {orDash(step->inputs.join(QLatin1Char('\n'))), {}, Ink};
            row << Cell {orDash(step->outputs.join(QLatin1Char('\n'))), {}, Ink};
            row << cellWithDetails(
                step->expectedDurationS > 0 ? formatDuration(step->expectedDurationS) : dash(),
                {step->slaS > 0 ? tr("SLA %1").arg(formatDuration(step->slaS)) : QString()});
            row << (task ? cellWithDetails(automationText(step->automation),
                                           {step->systems.join(QStringLiteral(", "))})
                         : Cell {dash(), {}, Subtle});
            rows.append(row);
        }
        table(headers, weights, rows);
    }

    // --- the figures

    void performanceSection()
    {
        const Dashboard &d = m_input.dashboard;
        // After a table that ends high on its page, the figures follow on the same page.
        if (room() < m_content.height() * 0.6)
            newPage();
        else
            m_y += mm(6);
        startSection(Section::Performance, tr("Performance"));
        paragraph(tr("Runs that started from %1, measured on the process's SLA clock.")
                      .arg(windowText(m_input.fromMs, m_input.toMs)),
                  reportFont(9.5), Subtle, mm(4));
        if (d.stats.runs == 0) {
            const QString text = m_input.processRuns == 0
                ? tr("No runs have been logged for this process yet, so there are no figures to "
                     "show. Once its runs are logged by hand or imported from an event log, this "
                     "part shows its cycle time, SLA compliance and where the time goes.")
                : tr("No runs of this process started in this window: the %Ln run(s) it has "
                     "started at other times. Choose a longer window to see their figures.",
                     nullptr, int(std::min<qint64>(m_input.processRuns, INT_MAX)));
            paragraph(text, reportFont(10.5), Ink);
            return;
        }
        kpiTiles();
        for (const ReportChart &chart : m_input.charts)
            chartBlock(chart);
    }

    void kpiTiles()
    {
        const Dashboard &d = m_input.dashboard;
        const int count = DashboardCharts::KpiCount;
        const double gap = mm(3), pad = mm(2.5);
        const double width = (m_content.width() - gap * (count - 1)) / count;
        struct Tile
        {
            TextBlock title, value, note;
        };
        QVector<Tile> tiles;
        double height = 0;
        for (int i = 0; i < count; ++i) {
            const auto kpi = DashboardCharts::Kpi(i);
            const DashboardCharts::KpiText text = DashboardCharts::kpiText(kpi, d);
            const double inner = width - 2 * pad;
            Tile tile {TextBlock(DashboardCharts::kpiTitle(kpi), reportFont(7.5, true), inner,
                                 m_device, Subtle),
                       TextBlock(text.value, reportFont(15, true), inner, m_device, Ink),
                       TextBlock(text.note, reportFont(7.5), inner, m_device, Subtle)};
            height = std::max(height,
                              tile.title.height() + mm(1) + tile.value.height() + mm(0.5)
                                  + tile.note.height());
            tiles.append(tile);
        }
        height += 2 * pad;
        ensure(height);
        const QPointF at(m_content.left(), m_y);
        add([tiles, at, width, gap, pad, height](QPainter *p) {
            for (int i = 0; i < tiles.size(); ++i) {
                const QRectF box(at.x() + i * (width + gap), at.y(), width, height);
                p->setPen(QPen(Rule, 0.8));
                p->setBrush(Zebra);
                p->drawRoundedRect(box, 4, 4);
                const Tile &tile = tiles.at(i);
                QPointF y = box.topLeft() + QPointF(pad, pad);
                tile.title.draw(p, y);
                y.ry() += tile.title.height() + mm(1);
                tile.value.draw(p, y);
                y.ry() += tile.value.height() + mm(0.5);
                tile.note.draw(p, y);
            }
        });
        m_y += height + mm(6);
    }

    void chartBlock(const ReportChart &chart)
    {
        QString text = chart.title;
        QVector<QTextLayout::FormatRange> formats
            = {formatRange(0, int(text.size()), Ink, 0, true)};
        if (!chart.note.isEmpty()) {
            text += QStringLiteral("   ");
            formats.append(formatRange(int(text.size()), int(chart.note.size()), Subtle, 8));
            text += chart.note;
        }
        const TextBlock title(text, reportFont(10), m_content.width(), m_device, Ink, formats);
        // The picture replays scaled from its resolution to ours.
        const double scale = double(layoutDpi()) / chart.picture.logicalDpiX();
        const QRectF bounds = chart.picture.boundingRect();
        const double height = title.height() + mm(1.5) + bounds.bottom() * scale;
        ensure(height);
        const QPointF at(m_content.left(), m_y);
        const QPicture picture = chart.picture;
        const double below = title.height() + mm(1.5);
        add([title, picture, at, below](QPainter *p) {
            title.draw(p, at);
            p->drawPicture(at + QPointF(0, below), picture);
        });
        m_y += height + mm(7);
    }

    // --- the diagnostic

    /// The diagnostic's section: one row per component, in place or not, and why.
    void drawDiagnostic(const Diagnostic &diagnostic)
    {
        startSectionWithRoom(Section::Diagnostic, tr("Diagnostic"));
        paragraph(tr("The five components of business process operations at a glance: %n of 5 in "
                     "place.",
                     nullptr, diagnostic.okCount()),
                  reportFont(9.5), Subtle, mm(4));
        QVector<QVector<Cell>> rows;
        for (int i = 0; i < Diagnostic::ComponentCount; ++i) {
            const Diagnostic::Component component = diagnosticComponent(i);
            const DiagnosticCheck &check = diagnostic.check(component);
            rows.append(
                {cellWithDetails(diagnosticTitle(component), {}, true),
                 Cell {check.ok ? tr("In place") : tr("Missing"), {}, check.ok ? Good : Bad},
                 Cell {check.why.isEmpty() ? dash() : check.why, {}, Ink}});
        }
        table({tr("Component"), tr("State"), tr("What the check found")}, {20, 12, 68}, rows);
    }

    /// What the Improve tab says: what to fix first in plain sentences, then the automation
    /// candidates with the rules that found them, what to fix first, what each would save and the
    /// decision taken.
    void improveSection(const Improvement &improvement)
    {
        startSectionWithRoom(Section::Improve, tr("What to fix first"));
        const QStringList sentences = improvementSummary(improvement);
        for (const QString &sentence : sentences)
            paragraph(QStringLiteral("\u2022 ") + sentence, reportFont(9.5), Ink, mm(1.5));
        m_y += mm(3);
        const CandidateAnalysis &analysis = improvement.candidates;
        if (analysis.candidates.isEmpty()) {
            paragraph(tr("None of the rules finds a task worth automating."), reportFont(9.5),
                      Subtle);
            return;
        }
        paragraph(
            tr("Automation candidates. \"Saves a month\" is what automating one at %1\u00a0% would "
               "save: its work and the wait before it, as the runs are replayed.")
                .arg(QLocale().toString(analysis.percent, 'f', 0)),
            reportFont(8.5), Subtle, mm(2));
        QVector<QVector<Cell>> rows;
        for (const AutomationCandidate &c : analysis.candidates) {
            QStringList why;
            for (const FixFirstReason &reason : c.fixFirst)
                why.append(tr("Fix first: %1").arg(reason.text));
            for (const CandidateReason &reason : c.reasons)
                why.append(reason.text);
            const QString saved = std::isnan(c.savedHoursPerMonth)
                ? dash()
                : hoursPerMonthText(c.savedHoursPerMonth);
            rows.append({cellWithDetails(c.name, {}, true),
                         Cell {why.join(QLatin1Char('\n')), {}, c.isFixFirst() ? Bad : Ink},
                         Cell {saved, {}, Ink},
                         Cell {c.state == Step::Automation::Manual
                                   ? automationText(Step::Automation::Candidate)
                                   : automationText(c.state),
                               {},
                               Ink}});
        }
        table({tr("Task"), tr("Why automate it"), tr("Saves a month"), tr("Decision")},
              {22, 48, 13, 17}, rows);
    }

    // --- the footer

    void paintFooter(int index, QPainter *painter) const
    {
        const Page &page = m_pages.at(index);
        const QRectF full = pageRect(m_input.pageSize, page.orientation);
        const QRectF content = contentRect(m_input.pageSize, page.orientation);
        const double baseline = full.bottom() - mm(FooterMm);
        const QFont font = reportFont(7.5);
        const QFontMetricsF metrics(font, painter->device());
        painter->save();
        painter->setPen(QPen(Rule, 0.6));
        painter->drawLine(QPointF(content.left(), baseline - metrics.ascent() - mm(2)),
                          QPointF(content.right(), baseline - metrics.ascent() - mm(2)));
        painter->setFont(font);
        painter->setPen(Subtle);
        const QString number = tr("Page %1 of %2").arg(index + 1).arg(m_pages.size());
        const double numberWidth = metrics.horizontalAdvance(number);
        painter->drawText(QPointF(content.right() - numberWidth, baseline), number);
        // The name on one line: elided only here, it stands whole on the title page.
        const QString name = metrics.elidedText(m_input.process.name, Qt::ElideRight,
                                                content.width() - numberWidth - mm(10));
        painter->drawText(QPointF(content.left(), baseline), name);
        painter->restore();
    }

    const ReportInput &m_input;
    QPaintDevice *m_device;
    QVector<Page> m_pages;
    QRectF m_content;
    double m_y = 0;
    QHash<int, int> m_sectionPages; ///< Section to page index
    std::shared_ptr<const MapPainter> m_map;
};

QString fileError(const QString &path, const QString &reason)
{
    return ReportComposer::tr("The report could not be written to %1: %2")
        .arg(QDir::toNativeSeparators(path), reason);
}

bool onGuiThread()
{
    return qobject_cast<QApplication *>(QCoreApplication::instance())
        && QThread::currentThread() == QCoreApplication::instance()->thread();
}

} // namespace

QPair<qint64, qint64> defaultReportWindow(qint64 nowMs)
{
    return lastDaysWindow(nowMs, 90);
}

std::optional<ReportInput> loadReportInput(Workspace &workspace, ProcessId processId, qint64 fromMs,
                                           qint64 toMs, QString *error, const Process *map)
{
    const auto failed = [&]() -> std::optional<ReportInput> {
        if (error)
            *error = workspace.errorString();
        return std::nullopt;
    };
    ReportInput input;
    if (map) {
        input.process = *map;
    } else {
        std::optional<Process> process = workspace.loadProcess(processId);
        if (!process)
            return failed();
        input.process = std::move(*process);
    }
    const QVector<RevisionInfo> revisions = workspace.revisions(processId);
    if (workspace.errorKind() != Workspace::ErrorKind::None)
        return failed();
    if (!revisions.isEmpty())
        input.latestRevision = revisions.first();
    input.processRuns = workspace.runCount(processId);
    if (input.processRuns < 0)
        return failed();
    const std::optional<RunLog> log = workspace.loadRuns(processId, fromMs, toMs);
    if (!log)
        return failed();
    input.fromMs = fromMs;
    input.toMs = toMs;
    StatsOptions options = dashboardStatsOptions(input.process);
    options.fromMs = fromMs;
    options.toMs = toMs;
    input.dashboard = computeDashboard(*log, options, &input.process);
    // The Improve tab's figures, over all the runs and on the process's clock, as the tab has them.
    const std::optional<RunLog> all = workspace.loadRuns(processId);
    if (!all)
        return failed();
    input.improvement
        = analyzeImprovement(input.process, *all, dashboardStatsOptions(input.process));
    input.diagnostic = diagnosticFor(workspace, processId, QDateTime::currentDateTime());
    if (workspace.errorKind() != Workspace::ErrorKind::None)
        return failed();
    return input;
}

void drawReportCharts(ReportInput &input)
{
    input.charts.clear();
    const Dashboard &d = input.dashboard;
    if (d.stats.runs == 0)
        return;
    // Charts on paper: dark ink on white, at the size they have on the page.
    QPalette paper;
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, Ink);
    QFont font = reportFont(7.5);
    const double pictureDpi = QPicture().logicalDpiX();
    const double toPicture = pictureDpi / layoutDpi();
    const int width
        = qRound(contentRect(input.pageSize, QPageLayout::Portrait).width() * toPicture);
    for (int i = 0; i < DashboardCharts::ChartCount; ++i) {
        const auto which = DashboardCharts::Chart(i);
        QCustomPlot plot;
        DashboardCharts::setUp(&plot, which);
        DashboardCharts::style(&plot, paper, font);
        ReportChart chart;
        chart.title = DashboardCharts::chartTitle(which);
        chart.note = DashboardCharts::fill(&plot, which, d, paper);
        // The screen's pixels of the chart: the weekly ones a little taller (the page is narrower
        // than a screen), the bars a little closer, so that steps and handoffs share a page.
        const bool bars
            = which == DashboardCharts::Chart::Steps || which == DashboardCharts::Chart::Handoffs;
        const int height = qRound(DashboardCharts::minimumHeight(which, d) * (bars ? 0.85 : 1.1)
                                  * pictureDpi / 96);
        QCPPainter painter(&chart.picture);
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        painter.setMode(QCPPainter::pmNonCosmetic);
        plot.toPainter(&painter, width, height);
        painter.end();
        input.charts.append(chart);
    }
}

bool writeReport(const ReportInput &input, const QString &path, QString *error,
                 const ReportProgress &progress)
{
    const ReportInput *source = &input;
    ReportInput withCharts;
    if (input.charts.isEmpty() && input.dashboard.stats.runs > 0) {
        if (onGuiThread()) {
            withCharts = input;
            drawReportCharts(withCharts);
            source = &withCharts;
        } else {
            qWarning("writeReport: the charts were not drawn (drawReportCharts on the GUI thread)");
        }
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = fileError(path, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setResolution(layoutDpi());
    writer.setCreator(QStringLiteral("Stepwise"));
    writer.setTitle(ReportComposer::tr("Process report: %1").arg(source->process.name));
    writer.setPageLayout(QPageLayout(source->pageSize, QPageLayout::Portrait, QMarginsF()));

    ReportComposer composer(*source, &writer);
    composer.compose();
    const int pages = composer.pageCount();
    const auto cancelled = [&] {
        file.cancelWriting();
        if (error)
            *error = ReportComposer::tr("The report was cancelled.");
        return false;
    };
    if (progress && !progress(0, pages))
        return cancelled();

    QPainter painter;
    for (int i = 0; i < pages; ++i) {
        writer.setPageOrientation(composer.orientation(i));
        if (i == 0 ? !painter.begin(&writer) : !writer.newPage()) {
            if (painter.isActive())
                painter.end();
            file.cancelWriting();
            if (error)
                *error = fileError(path, file.errorString());
            return false;
        }
        composer.paintPage(i, &painter);
        if (progress && !progress(i + 1, pages)) {
            painter.end();
            return cancelled();
        }
    }
    painter.end();
    if (!file.commit()) {
        if (error)
            *error = fileError(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Stepwise
