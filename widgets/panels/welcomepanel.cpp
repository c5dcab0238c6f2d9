#include "welcomepanel.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Stepwise {

namespace {

constexpr int BadgeSize = 24;

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

WelcomePanel::WelcomePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePanel"));
    setAccessibleName(tr("Welcome"));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);

    auto *title = new QLabel(tr("Welcome to Stepwise"), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    m_intro = wrappedLabel(tr("Running a process well takes five things. The two example processes "
                              "show each of them: press a button to go there."),
                           content);
    layout->addWidget(m_intro);

    const QString saveKey = QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText);
    const struct
    {
        Diagnostic::Component component;
        QString text;
        struct
        {
            Destination destination;
            const char *name;
            QString text;
        } buttons[2];
    } steps[] = {
        {Diagnostic::Component::Design,
         tr("“Client onboarding” is drawn as a map: steps in the lanes of who does them, "
            "and the handoffs between them. The Validation panel lists what a map still lacks."),
         {{Destination::Map, "welcomeMapButton", tr("Open the Map")}, {}}},
        {Diagnostic::Component::Ownership,
         tr("Every lane names who owns its work, so no step is nobody's job. Select a lane to see "
            "its owner and kind in the Properties."),
         {{Destination::LaneOwner, "welcomeLaneButton", tr("Show a Lane's Owner")}, {}}},
        {Diagnostic::Component::Tracking,
         tr("\u201cSupport ticket\u201d comes with four months of runs. The Runs tab lists each "
            "one; the Dashboard shows cycle time, SLA compliance and where the time goes."),
         {{Destination::Runs, "welcomeRunsButton", tr("Show the Runs")},
          {Destination::Dashboard, "welcomeDashboardButton", tr("Open the Dashboard")}}},
        {Diagnostic::Component::Improvement,
         tr("Save a revision (%1) after each change. On the Improve tab, a checkpoint sets a "
            "target to review, and the revision compare shows whether a change held.")
             .arg(saveKey),
         {{Destination::Checkpoint, "welcomeCheckpointButton", tr("Open the Checkpoint")},
          {Destination::RevisionCompare, "welcomeCompareButton", tr("Compare Revisions")}}},
        {Diagnostic::Component::Automation,
         tr("The Improve tab lists the steps worth automating and the hours a month each would "
            "save; What if replays the runs as if a step were automated."),
         {{Destination::Candidates, "welcomeCandidatesButton", tr("See the Candidates")},
          {Destination::WhatIf, "welcomeWhatIfButton", tr("Try What If")}}},
    };

    // No mnemonics on the tour's buttons: Alt+R, Alt+D, ... belong to the menus and tabs.
    for (const auto &step : steps) {
        const int index = int(step.component);
        auto *card = new QFrame(content);
        card->setObjectName(QStringLiteral("welcomeCard"));
        m_cards[index] = card;
        auto *cardLayout = new QGridLayout(card);
        cardLayout->setContentsMargins(10, 10, 10, 10);
        cardLayout->setHorizontalSpacing(10);
        cardLayout->setVerticalSpacing(6);

        auto *number = new QLabel(QString::number(index + 1), card);
        number->setObjectName(QStringLiteral("welcomeNumber"));
        number->setFixedSize(BadgeSize, BadgeSize);
        number->setAlignment(Qt::AlignCenter);
        m_numbers[index] = number;
        cardLayout->addWidget(number, 0, 0, Qt::AlignTop);

        auto *heading = new QLabel(diagnosticTitle(step.component), card);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setMinimumHeight(BadgeSize);
        cardLayout->addWidget(heading, 0, 1);

        QLabel *text = wrappedLabel(step.text, card);
        text->setObjectName(QStringLiteral("welcomeText_") + diagnosticKey(step.component));
        m_texts[index] = text;
        cardLayout->addWidget(text, 1, 1);

        // One under the other: side by side, two long (German, French) labels would be wider
        // than the dock, and the scroll area cuts rather than scrolls sideways.
        auto *buttons = new QVBoxLayout;
        buttons->setSpacing(4);
        for (const auto &entry : step.buttons) {
            if (!entry.name)
                continue;
            auto *button = new QPushButton(entry.text, card);
            button->setObjectName(QLatin1String(entry.name));
            const Destination destination = entry.destination;
            connect(button, &QPushButton::clicked, this,
                    [this, destination] { emit destinationRequested(destination); });
            m_buttons[std::size_t(destination)] = button;
            buttons->addWidget(button, 0, Qt::AlignLeft);
        }
        cardLayout->addLayout(buttons, 2, 0, 1, 2); // under the number too: room in a narrow dock
        cardLayout->setColumnStretch(1, 1);
        card->setAccessibleName(diagnosticTitle(step.component));
        layout->addWidget(card);
    }

    auto *footer = new QHBoxLayout;
    auto *again = wrappedLabel(tr("Help > Welcome shows this again."), content);
    again->setForegroundRole(QPalette::PlaceholderText);
    footer->addWidget(again, 1);
    m_close = new QPushButton(tr("&Close"), content);
    m_close->setObjectName(QStringLiteral("welcomeCloseButton"));
    m_close->setToolTip(tr("Close the welcome; Help > Welcome shows it again"));
    connect(m_close, &QPushButton::clicked, this, &WelcomePanel::closeRequested);
    footer->addWidget(m_close);
    layout->addLayout(footer);
    layout->addStretch();

    // A narrow dock scrolls rather than squeezing the text.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("welcomeScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setBackgroundRole(QPalette::Window);
    content->setBackgroundRole(QPalette::Window);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setMinimumWidth(260);

    restyle();
}

QPushButton *WelcomePanel::button(Destination destination) const
{
    return m_buttons[std::size_t(destination)];
}

QLabel *WelcomePanel::textLabel(Diagnostic::Component component) const
{
    return m_texts[std::size_t(component)];
}

void WelcomePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_styling)
        restyle();
}

void WelcomePanel::restyle()
{
    // Cards on the base colour with a thin border and the step's number on the accent: both
    // follow the palette, so light and dark read alike.
    m_styling = true;
    const QPalette p = palette();
    const QString card
        = QStringLiteral("QFrame#welcomeCard { background: %1; border: 1px solid %2; "
                         "border-radius: 6px; }")
              .arg(p.color(QPalette::Base).name(), p.color(QPalette::Mid).name());
    for (QWidget *widget : m_cards)
        widget->setStyleSheet(card);
    const QString badge
        = QStringLiteral("QLabel { background: %1; color: %2; border-radius: %3px; "
                         "font-weight: bold; }")
              .arg(p.color(QPalette::Highlight).name(), p.color(QPalette::HighlightedText).name())
              .arg(BadgeSize / 2);
    for (QLabel *number : m_numbers)
        number->setStyleSheet(badge);
    m_styling = false;
}

} // namespace Stepwise
