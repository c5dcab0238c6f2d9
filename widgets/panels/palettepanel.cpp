#include "palettepanel.h"

#include "process/steppreset.h"

#include <QEvent>
#include <QGuiApplication>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>

namespace Stepwise {

namespace {

enum Role { PresetIdRole = Qt::UserRole + 1 };

constexpr int IconSize = 28;

void drawStepShape(QPainter &painter, const QRectF &box, Step::Kind kind,
                   Step::Automation automation, const QPalette &palette)
{
    const QColor line = palette.color(QPalette::Text);
    const QColor fill = palette.color(QPalette::Base);
    const QColor accent = palette.color(QPalette::Highlight);
    painter.setRenderHint(QPainter::Antialiasing);
    const double w = box.width();
    const QPointF c = box.center();
    switch (kind) {
    case Step::Kind::Start:
        painter.setPen(QPen(line, w * 0.05));
        painter.setBrush(fill);
        painter.drawEllipse(c, w * 0.36, w * 0.36);
        break;
    case Step::Kind::End:
        painter.setPen(QPen(line, w * 0.14));
        painter.setBrush(fill);
        painter.drawEllipse(c, w * 0.32, w * 0.32);
        break;
    case Step::Kind::Event:
        painter.setPen(QPen(line, w * 0.05));
        painter.setBrush(fill);
        painter.drawEllipse(c, w * 0.38, w * 0.38);
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(c, w * 0.28, w * 0.28);
        break;
    case Step::Kind::Decision: {
        QPainterPath diamond;
        const double r = w * 0.42;
        diamond.moveTo(c.x(), c.y() - r);
        diamond.lineTo(c.x() + r, c.y());
        diamond.lineTo(c.x(), c.y() + r);
        diamond.lineTo(c.x() - r, c.y());
        diamond.closeSubpath();
        painter.setPen(QPen(line, w * 0.05));
        painter.setBrush(fill);
        painter.drawPath(diamond);
        break;
    }
    case Step::Kind::Task: {
        const QRectF rect(box.left() + w * 0.08, box.top() + w * 0.22, w * 0.84, w * 0.56);
        painter.setPen(QPen(line, w * 0.05));
        // An automated task is filled with the accent colour, a candidate is outlined with it.
        painter.setBrush(automation == Step::Automation::Automated ? accent : fill);
        if (automation == Step::Automation::Candidate)
            painter.setPen(QPen(accent, w * 0.07));
        painter.drawRoundedRect(rect, w * 0.12, w * 0.12);
        break;
    }
    }
}

} // namespace

PalettePanel::PalettePanel(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("palettePanel"));
    setAccessibleName(tr("Palette"));
    setAccessibleDescription(
        tr("Steps to add to the map: drag one onto the map, or press Enter to insert it"));
    setIconSize(QSize(IconSize, IconSize));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setSpacing(1);
    setFrameShape(QFrame::NoFrame);
    fill();
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit presetActivated(item->data(PresetIdRole).toString());
    });
}

QIcon PalettePanel::stepIcon(Step::Kind kind, Step::Automation automation, const QPalette &palette)
{
    QIcon icon;
    // Drawn at the sizes a screen needs, so it stays crisp at 200%.
    for (const qreal dpr : {1.0, 2.0}) {
        QPixmap pixmap(QSize(IconSize, IconSize) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        drawStepShape(painter, QRectF(1, 1, IconSize - 2, IconSize - 2), kind, automation, palette);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString PalettePanel::presetId(int row) const
{
    const QListWidgetItem *entry = item(row);
    return entry ? entry->data(PresetIdRole).toString() : QString();
}

int PalettePanel::rowOf(const QString &presetId) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(PresetIdRole).toString() == presetId)
            return row;
    }
    return -1;
}

void PalettePanel::fill()
{
    const QString current = presetId(currentRow());
    clear();
    for (const StepPreset &preset : stepPresets()) {
        auto *entry = new QListWidgetItem(
            stepIcon(preset.prototype.kind, preset.prototype.automation, palette()), preset.label,
            this);
        entry->setData(PresetIdRole, preset.id);
        entry->setToolTip(preset.description);
        entry->setData(Qt::AccessibleTextRole, preset.label);
        entry->setData(Qt::AccessibleDescriptionRole, preset.description);
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    if (!current.isEmpty())
        setCurrentRow(rowOf(current));
}

QStringList PalettePanel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *PalettePanel::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), items.first()->data(PresetIdRole).toString().toUtf8());
    // Dropped anywhere else (a text field, a chat), it is just the step's name.
    data->setText(items.first()->text());
    return data;
}

Qt::DropActions PalettePanel::supportedDropActions() const
{
    return Qt::CopyAction;
}

void PalettePanel::changeEvent(QEvent *event)
{
    // The icons are drawn in the palette's colours: redraw them for a light or dark theme.
    if (event->type() == QEvent::PaletteChange)
        fill();
    QListWidget::changeEvent(event);
}

} // namespace Stepwise
