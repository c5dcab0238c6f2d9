#include "figurespages.h"

#include <QLabel>

namespace Stepwise {

namespace {

enum Page { MessagePage, FiguresPage };

} // namespace

FiguresPages::FiguresPages(QWidget *figures, const QString &messageName, QWidget *parent)
    : QStackedWidget(parent), m_message(new QLabel(this))
{
    m_message->setObjectName(messageName);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(40);
    m_message->setTextFormat(Qt::RichText);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    insertWidget(MessagePage, m_message);
    insertWidget(FiguresPage, figures);
}

void FiguresPages::showMessage(const QString &title, const QString &text)
{
    m_message->setText(QStringLiteral("<p style='font-size:large'><b>%1</b></p><p>%2</p>")
                           .arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
    setCurrentIndex(MessagePage);
}

void FiguresPages::showFigures()
{
    setCurrentIndex(FiguresPage);
}

bool FiguresPages::isShowingFigures() const
{
    return currentIndex() == FiguresPage;
}

} // namespace Stepwise
