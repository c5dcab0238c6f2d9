#pragma once

#include <QStackedWidget>

class QLabel;

namespace Stepwise {

/// A view's figures, or a message in their place ("No process open", "The runs could not be
/// read"): two pages of a stack.
class FiguresPages : public QStackedWidget
{
    Q_OBJECT

public:
    /// figures: the page of the figures (the stack takes it); messageName: the object name of
    /// the message's label.
    FiguresPages(QWidget *figures, const QString &messageName, QWidget *parent = nullptr);

    /// Shows a message, a title in large and a text below it, in place of the figures.
    void showMessage(const QString &title, const QString &text = {});
    void showFigures();
    bool isShowingFigures() const;

private:
    QLabel *m_message = nullptr;
};

} // namespace Stepwise
