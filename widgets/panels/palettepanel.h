#pragma once

#include "process/step.h"

#include <QListWidget>

namespace Stepwise {

/// The steps a map is built from (stepPresets()): drag one onto the map, or double-click it (or
/// press Enter on it) to insert it in the middle of the visible map.
class PalettePanel : public QListWidget
{
    Q_OBJECT

public:
    /// The MIME type of a dragged palette entry; the data is the preset id (UTF-8).
    static QString mimeType() { return QStringLiteral("application/x-stepwise-preset"); }

    explicit PalettePanel(QWidget *parent = nullptr);

    /// The icon of a step kind as the palette draws it (also for menus), in the palette's colours.
    static QIcon stepIcon(Step::Kind kind, Step::Automation automation, const QPalette &palette);

    QString presetId(int row) const;
    /// The row of a preset id, or -1.
    int rowOf(const QString &presetId) const;

signals:
    /// Double-click or Enter on an entry: insert that preset.
    void presetActivated(const QString &presetId);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    Qt::DropActions supportedDropActions() const override;
    void changeEvent(QEvent *event) override;

private:
    void fill();
};

} // namespace Stepwise
