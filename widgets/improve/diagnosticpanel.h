#pragma once

#include "analysis/diagnostic.h"

#include <QWidget>

#include <array>

class QLabel;
class QPushButton;

namespace Stepwise {

/// The diagnostic of one process on the Improve tab: the five checks, each with its mark (ok or
/// not), what it found in one plain line and, where it is not ok, a button that goes to the fix.
/// Shows what it is given (setDiagnostic); whoever owns the process computes it (diagnosticFor,
/// off the GUI thread where runs are read) and acts on fixRequested.
class DiagnosticPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosticPanel(QWidget *parent = nullptr);

    void setDiagnostic(const Diagnostic &diagnostic);
    /// Shows nothing but a line saying why (no process, still computing, ...).
    void clear(const QString &message = QString());
    bool hasDiagnostic() const { return m_hasDiagnostic; }
    const Diagnostic &diagnostic() const { return m_diagnostic; }

    /// The fix button of a check (hidden while it is ok); for tests.
    QPushButton *fixButton(Diagnostic::Component component) const;
    /// The why of a check; for tests.
    QLabel *whyLabel(Diagnostic::Component component) const;

signals:
    /// A fix button was pressed: go where the check can be fixed.
    void fixRequested(Stepwise::DiagnosticFix fix);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QWidget *mark = nullptr;
        QLabel *title = nullptr;
        QLabel *why = nullptr;
        QPushButton *fix = nullptr;
    };

    void showDiagnostic();

    Diagnostic m_diagnostic;
    bool m_hasDiagnostic = false;
    QLabel *m_summary = nullptr;
    std::array<Row, Diagnostic::ComponentCount> m_rows;
};

} // namespace Stepwise
