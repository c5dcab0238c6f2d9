#include "diagnosticmarksdelegate.h"

#include <QApplication>
#include <QPainter>

namespace Stepwise {

namespace {

constexpr int MarkSize = 9;
constexpr int MarkGap = 3;
constexpr int Margin = 4;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

DiagnosticMarksDelegate::DiagnosticMarksDelegate(int diagnosticRole, QObject *parent)
    : QStyledItemDelegate(parent), m_role(diagnosticRole)
{ }

void DiagnosticMarksDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    // The row's background, selection and focus as the style draws them; then the marks.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariant value = index.data(m_role);
    if (!value.canConvert<Diagnostic>())
        return;
    // On a selection's highlight the marks take its text colour: the shapes still tell them apart.
    const QColor color = option.state & QStyle::State_Selected
        ? option.palette.color(QPalette::HighlightedText)
        : QColor();
    paintMarks(painter, option.rect.adjusted(Margin, 0, -Margin, 0), value.value<Diagnostic>(),
               option.palette, color);
}

QSize DiagnosticMarksDelegate::sizeHint(const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {marksSize().width() + 2 * Margin, std::max(base.height(), marksSize().height())};
}

QColor DiagnosticMarksDelegate::okColor(const QPalette &palette)
{
    // Green with at least 4.5:1 contrast to the base it sits on.
    return isDark(palette) ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
}

QColor DiagnosticMarksDelegate::notOkColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xb7, 0x4d) : QColor(0xc6, 0x28, 0x28);
}

void DiagnosticMarksDelegate::paintMark(QPainter *painter, const QRectF &rect, bool ok,
                                        const QPalette &palette, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal side = std::min(rect.width(), rect.height());
    QRectF dot(0, 0, side, side);
    dot.moveCenter(rect.center());
    if (ok) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color.isValid() ? color : okColor(palette));
        painter->drawEllipse(dot);
    } else {
        const qreal width = std::max<qreal>(1.5, side / 6.0);
        painter->setPen(QPen(color.isValid() ? color : notOkColor(palette), width));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(dot.adjusted(width / 2, width / 2, -width / 2, -width / 2));
    }
    painter->restore();
}

void DiagnosticMarksDelegate::paintMarks(QPainter *painter, const QRect &rect,
                                         const Diagnostic &diagnostic, const QPalette &palette,
                                         const QColor &color)
{
    const int top = rect.top() + (rect.height() - MarkSize) / 2;
    for (int i = 0; i < Diagnostic::ComponentCount; ++i) {
        const QRectF mark(rect.left() + i * (MarkSize + MarkGap), top, MarkSize, MarkSize);
        paintMark(painter, mark, diagnostic.check(diagnosticComponent(i)).ok, palette, color);
    }
}

QSize DiagnosticMarksDelegate::marksSize()
{
    return {Diagnostic::ComponentCount * MarkSize + (Diagnostic::ComponentCount - 1) * MarkGap,
            MarkSize};
}

QString DiagnosticMarksDelegate::toolTip(const Diagnostic &diagnostic)
{
    QString tip = QStringLiteral("<table>");
    for (int i = 0; i < Diagnostic::ComponentCount; ++i) {
        const Diagnostic::Component component = diagnosticComponent(i);
        const DiagnosticCheck &check = diagnostic.check(component);
        tip += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td></tr>")
                   .arg(check.ok ? QStringLiteral("\u25cf") : QStringLiteral("\u25cb"),
                        diagnosticTitle(component).toHtmlEscaped(), check.why.toHtmlEscaped());
    }
    return tip + QStringLiteral("</table>");
}

} // namespace Stepwise
