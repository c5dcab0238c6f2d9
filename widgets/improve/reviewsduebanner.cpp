#include "reviewsduebanner.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace Stepwise {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

ReviewsDueBanner::ReviewsDueBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("reviewsDueBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("reviewsDueText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_review = new QPushButton(tr("&Review"), this);
    m_review->setObjectName(QStringLiteral("reviewsDueReview"));
    m_menu = new QMenu(this);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("reviewsDueClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Hide until the next start"));
    m_close->setAccessibleName(tr("Dismiss"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_review);
    layout->addWidget(m_close);

    connect(m_review, &QPushButton::clicked, this, [this] {
        // With a menu the button opens it instead (QPushButton's own behaviour).
        if (!m_due.isEmpty())
            emit reviewRequested(m_due.first().checkpoint.processId);
    });
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    updateColors();
    hide();
}

void ReviewsDueBanner::setDue(const QVector<DueCheckpoint> &due, const QDate &today)
{
    m_due = due;
    m_menu->clear();
    m_review->setMenu(nullptr);
    if (due.isEmpty()) {
        hide();
        return;
    }
    const auto whenDue = [&today](const QDate &date) {
        const qint64 days = date.daysTo(today);
        return days <= 0 ? tr("due today") : tr("%n day(s) overdue", nullptr, int(days));
    };
    if (due.size() == 1) {
        const DueCheckpoint &first = due.first();
        m_text->setText(tr("<b>A checkpoint review is due:</b> the %1 of \u201c%2\u201d (%3).")
                            .arg(checkpointMetricName(first.checkpoint.metric).toHtmlEscaped(),
                                 first.processName.toHtmlEscaped(),
                                 whenDue(first.checkpoint.reviewDate)));
    } else {
        QStringList names;
        for (const DueCheckpoint &entry : due)
            names << QStringLiteral("\u201c%1\u201d (%2)")
                         .arg(entry.processName.toHtmlEscaped(),
                              whenDue(entry.checkpoint.reviewDate));
        m_text->setText(tr("<b>%n checkpoint reviews are due:</b> %1.", nullptr, int(due.size()))
                            .arg(names.join(QStringLiteral(", "))));
        for (const DueCheckpoint &entry : due) {
            const ProcessId id = entry.checkpoint.processId;
            QAction *action = m_menu->addAction(
                tr("%1: %2").arg(entry.processName, checkpointMetricName(entry.checkpoint.metric)));
            connect(action, &QAction::triggered, this, [this, id] { emit reviewRequested(id); });
        }
        m_review->setMenu(m_menu);
    }
    show();
}

void ReviewsDueBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_updatingColors)
        updateColors();
    QFrame::changeEvent(event);
}

void ReviewsDueBanner::updateColors()
{
    // A tint of the highlight over the window: noticeable, readable in light and dark alike.
    // From the surroundings' palette: ours has the tint already.
    m_updatingColors = true;
    const QPalette base = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    QPalette palette = base;
    palette.setColor(QPalette::Window,
                     mix(base.color(QPalette::Window), base.color(QPalette::Highlight), 0.18));
    setPalette(palette);
    m_updatingColors = false;
}

} // namespace Stepwise
