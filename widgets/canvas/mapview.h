#pragma once

#include <QGraphicsView>

namespace Stepwise {

class ProcessDocument;
class ProcessScene;

/// The map of the open process: a view over its own ProcessScene. Ctrl+wheel zooms.
class MapView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);

    ProcessScene *processScene() const { return m_scene; }
    void setDocument(ProcessDocument *document);

    double zoom() const { return transform().m11(); }
    void setZoom(double zoom);
    /// Zooms so that the whole map fits (never above 100%).
    void fitMap();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    ProcessScene *m_scene = nullptr;
    bool m_autoFit = true; ///< until the user zooms, a newly opened map fits the view
};

} // namespace Stepwise
