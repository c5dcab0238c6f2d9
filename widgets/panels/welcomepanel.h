#pragma once

#include "analysis/diagnostic.h"

#include <QWidget>

#include <array>

class QLabel;
class QPushButton;

namespace Stepwise {

/// The first-run tour: the five components of business process operations (design, ownership,
/// tracking, improvement, automation), each with one or two plain sentences on what to look at in
/// the example processes and buttons that go there. It only asks (destinationRequested); the
/// main window opens the process, switches the tab and selects the section.
class WelcomePanel : public QWidget
{
    Q_OBJECT

public:
    /// Where a button of the tour goes.
    enum class Destination {
        Map, ///< the map of Client onboarding
        LaneOwner, ///< a lane of Client onboarding and its owner in the properties
        Runs, ///< the Runs tab of Support ticket
        Dashboard, ///< the Dashboard of Support ticket
        Checkpoint, ///< the Improve tab's checkpoint of Support ticket
        RevisionCompare, ///< the Improve tab's revision compare of Support ticket
        Candidates, ///< the Improve tab's automation candidates of Support ticket
        WhatIf, ///< the Improve tab's what-if of Support ticket
    };
    Q_ENUM(Destination)
    static constexpr int DestinationCount = 8;

    explicit WelcomePanel(QWidget *parent = nullptr);

    /// The button that goes to a destination.
    QPushButton *button(Destination destination) const;
    /// The text of a component's step of the tour.
    QLabel *textLabel(Diagnostic::Component component) const;
    QPushButton *closeButton() const { return m_close; }

signals:
    /// A button of the tour was pressed: show the user that place.
    void destinationRequested(Stepwise::WelcomePanel::Destination destination);
    /// Close was pressed.
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    std::array<QPushButton *, DestinationCount> m_buttons {};
    std::array<QLabel *, Diagnostic::ComponentCount> m_texts {};
    std::array<QWidget *, Diagnostic::ComponentCount> m_cards {};
    std::array<QLabel *, Diagnostic::ComponentCount> m_numbers {};
    QLabel *m_intro = nullptr;
    QPushButton *m_close = nullptr;
    bool m_styling = false;
};

} // namespace Stepwise
