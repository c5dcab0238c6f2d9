#pragma once

#include "analysis/diagnostic.h"

#include <QStyledItemDelegate>

namespace Stepwise {

/// Draws a process's diagnostic as five small marks in a row (design, ownership, tracking,
/// improvement, automation): a filled dot where the check is ok, a hollow ring where it is not.
/// Shape says it before colour does; the colours are chosen for the palette's base (light or
/// dark). The index's DiagnosticRole (a Diagnostic in a QVariant) says what to draw; nothing is
/// drawn while it is null (still being computed).
class DiagnosticMarksDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DiagnosticMarksDelegate(int diagnosticRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The colour of an ok mark and of a not-ok one on a palette.
    static QColor okColor(const QPalette &palette);
    static QColor notOkColor(const QPalette &palette);
    /// One mark, centred in \a rect; in \a color when valid (on a selection's highlight, say),
    /// else in okColor() or notOkColor().
    static void paintMark(QPainter *painter, const QRectF &rect, bool ok, const QPalette &palette,
                          const QColor &color = QColor());
    /// The five marks, left to right, centred vertically in \a rect.
    static void paintMarks(QPainter *painter, const QRect &rect, const Diagnostic &diagnostic,
                           const QPalette &palette, const QColor &color = QColor());
    /// The size the five marks need.
    static QSize marksSize();
    /// Five lines, one per check: its title, ok or not, and its why (rich text for a tooltip).
    static QString toolTip(const Diagnostic &diagnostic);

private:
    int m_role;
};

} // namespace Stepwise
