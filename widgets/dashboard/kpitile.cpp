#include "kpitile.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Stepwise {

KpiTile::KpiTile(const QString &title, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_value(new QLabel(this)),
      m_note(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(title);
    m_title->setObjectName(QStringLiteral("title"));
    m_value->setObjectName(QStringLiteral("value"));
    m_note->setObjectName(QStringLiteral("note"));
    m_title->setForegroundRole(QPalette::PlaceholderText);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
    layout->addStretch(1);
    updateFonts();
    setValue(QStringLiteral("\u2013"));
}

void KpiTile::setValue(const QString &value, const QString &note)
{
    m_value->setText(value);
    m_note->setText(note);
    setAccessibleDescription(note.isEmpty() ? value : value + QStringLiteral(", ") + note);
}

QString KpiTile::title() const
{
    return m_title->text();
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::note() const
{
    return m_note->text();
}

void KpiTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateFonts();
    QFrame::changeEvent(event);
}

void KpiTile::updateFonts()
{
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    m_note->setFont(small);
    m_title->setFont(small);
}

} // namespace Stepwise
