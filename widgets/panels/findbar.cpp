#include "findbar.h"

#include "process/processdocument.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace Stepwise {

FindBar::FindBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("findBar"));
    setAccessibleName(tr("Find step"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);

    auto *label = new QLabel(tr("F&ind step:"), this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setAccessibleName(tr("Find step by name"));
    m_edit->setPlaceholderText(tr("Part of a step name"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaximumWidth(320);
    m_edit->installEventFilter(this);
    label->setBuddy(m_edit);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("findCountLabel"));
    m_countLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000 of 000")));

    m_previousButton = new QToolButton(this);
    m_previousButton->setObjectName(QStringLiteral("findPreviousButton"));
    m_previousButton->setArrowType(Qt::UpArrow);
    m_previousButton->setAutoRaise(true);
    m_previousButton->setToolTip(tr("Previous match (Shift+F3)"));
    m_previousButton->setAccessibleName(tr("Previous match"));
    m_nextButton = new QToolButton(this);
    m_nextButton->setObjectName(QStringLiteral("findNextButton"));
    m_nextButton->setArrowType(Qt::DownArrow);
    m_nextButton->setAutoRaise(true);
    m_nextButton->setToolTip(tr("Next match (F3)"));
    m_nextButton->setAccessibleName(tr("Next match"));
    auto *closeButton = new QToolButton(this);
    closeButton->setObjectName(QStringLiteral("findCloseButton"));
    closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    closeButton->setAutoRaise(true);
    closeButton->setToolTip(tr("Close (Esc)"));
    closeButton->setAccessibleName(tr("Close find bar"));

    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_previousButton);
    layout->addWidget(m_nextButton);
    layout->addStretch(1);
    layout->addWidget(closeButton);

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_previousButton, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_nextButton, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    updateLabel();
}

void FindBar::setDocument(ProcessDocument *document)
{
    if (m_document)
        QObject::disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        // Renames and deletions change what matches; keep the position, do not jump.
        connect(document, &ProcessDocument::changed, this, [this] {
            if (!isVisible() || m_edit->text().isEmpty())
                return;
            const ItemId current = m_current >= 0 ? m_matches.value(m_current) : 0;
            m_matches = collectMatches();
            m_current = int(m_matches.indexOf(current));
            updateLabel();
        });
    }
    m_matches.clear();
    m_current = -1;
    if (isVisible())
        search();
    updateLabel();
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    if (!m_edit->text().isEmpty())
        search();
}

void FindBar::search()
{
    m_matches = collectMatches();
    m_current = -1;
    // Typing shows the first match at once, as in a browser.
    if (!m_matches.isEmpty())
        step(1);
    updateLabel();
}

ItemIds FindBar::collectMatches() const
{
    ItemIds found;
    const QString needle = m_edit->text().trimmed();
    if (!m_document || needle.isEmpty())
        return found;
    for (const Step &s : m_document->process().steps) {
        if (s.name.contains(needle, Qt::CaseInsensitive))
            found.append(s.id);
    }
    return found;
}

void FindBar::findNext()
{
    step(1);
}

void FindBar::findPrevious()
{
    step(-1);
}

void FindBar::step(int delta)
{
    if (m_matches.isEmpty())
        return;
    const int n = int(m_matches.size());
    m_current = m_current < 0 ? (delta > 0 ? 0 : n - 1) : ((m_current + delta) % n + n) % n;
    updateLabel();
    emit stepFound(m_matches.at(m_current));
}

void FindBar::updateLabel()
{
    const bool typed = !m_edit->text().trimmed().isEmpty();
    if (!typed)
        m_countLabel->clear();
    else if (m_matches.isEmpty())
        m_countLabel->setText(tr("No match"));
    else
        m_countLabel->setText(tr("%1 of %2").arg(std::max(m_current, 0) + 1).arg(m_matches.size()));
    m_countLabel->setAccessibleName(m_countLabel->text());
    m_previousButton->setEnabled(m_matches.size() > 1);
    m_nextButton->setEnabled(m_matches.size() > 1);
    // Nothing found shows in the field too, not only in the small label.
    QPalette palette = m_edit->palette();
    palette.setColor(QPalette::Base,
                     typed && m_matches.isEmpty() ? QColor(0xE5, 0x39, 0x35).lighter(180)
                                                  : this->palette().color(QPalette::Base));
    palette.setColor(QPalette::Text,
                     typed && m_matches.isEmpty() ? QColor(Qt::black)
                                                  : this->palette().color(QPalette::Text));
    m_edit->setPalette(palette);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool back = key->modifiers() & Qt::ShiftModifier;
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_F3:
            back ? findPrevious() : findNext();
            return true;
        case Qt::Key_Escape:
            hide();
            emit closed();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Stepwise
