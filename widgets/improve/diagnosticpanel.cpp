#include "diagnosticpanel.h"

#include "diagnosticmarksdelegate.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Stepwise {

namespace {

/// One mark of the diagnostic, drawn as the process list draws it.
class MarkWidget : public QWidget
{
public:
    explicit MarkWidget(QWidget *parent) : QWidget(parent) { setLine(0, MarkSize); }

    /// Centres the mark on a line of text that starts \a top pixels down and is \a height tall.
    void setLine(int top, int height)
    {
        m_line = QRect(0, top, MarkSize, std::max(height, MarkSize));
        setFixedSize(MarkSize, m_line.bottom() + 1);
    }

    void setState(bool known, bool ok)
    {
        m_known = known;
        m_ok = ok;
        QWidget::update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (!m_known)
            return;
        QPainter painter(this);
        QRectF dot(0, 0, MarkSize - 2, MarkSize - 2);
        dot.moveCenter(QRectF(m_line).center());
        DiagnosticMarksDelegate::paintMark(&painter, dot, m_ok, palette());
    }

private:
    static constexpr int MarkSize = 14;
    QRect m_line;
    bool m_known = false;
    bool m_ok = false;
};

} // namespace

DiagnosticPanel::DiagnosticPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("diagnosticPanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("diagnosticSummary"));
    m_summary->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(2, 1);
    for (int i = 0; i < Diagnostic::ComponentCount; ++i) {
        const Diagnostic::Component component = diagnosticComponent(i);
        const QString key = diagnosticKey(component);
        Row &row = m_rows[size_t(i)];
        row.mark = new MarkWidget(this);
        row.title = new QLabel(QStringLiteral("<b>%1</b>").arg(diagnosticTitle(component)), this);
        row.why = new QLabel(this);
        row.why->setObjectName(QStringLiteral("diagnosticWhy_") + key);
        row.why->setWordWrap(true);
        row.why->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.fix = new QPushButton(this);
        row.fix->setObjectName(QStringLiteral("diagnosticFix_") + key);
        // Every row as tall as one with a button: the rows do not jump as checks pass.
        QSizePolicy policy = row.fix->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        row.fix->setSizePolicy(policy);
        row.fix->hide();
        connect(row.fix, &QPushButton::clicked, this,
                [this, component] { emit fixRequested(m_diagnostic.check(component).fix); });
        // The first line of text level with the button's.
        const int offset
            = std::max(0, (row.fix->sizeHint().height() - row.why->fontMetrics().height()) / 2);
        row.title->setContentsMargins(0, offset, 0, 0);
        row.why->setContentsMargins(0, offset, 0, 0);
        static_cast<MarkWidget *>(row.mark)->setLine(offset, row.why->fontMetrics().height());
        grid->addWidget(row.mark, i, 0, Qt::AlignTop | Qt::AlignHCenter);
        grid->addWidget(row.title, i, 1, Qt::AlignTop);
        grid->addWidget(row.why, i, 2, Qt::AlignTop);
        grid->addWidget(row.fix, i, 3, Qt::AlignTop | Qt::AlignRight);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(grid);
    layout->addStretch(1);
    clear();
}

void DiagnosticPanel::setDiagnostic(const Diagnostic &diagnostic)
{
    m_diagnostic = diagnostic;
    m_hasDiagnostic = true;
    showDiagnostic();
}

void DiagnosticPanel::clear(const QString &message)
{
    m_diagnostic = Diagnostic();
    m_hasDiagnostic = false;
    showDiagnostic();
    if (!message.isEmpty())
        m_summary->setText(message);
}

QPushButton *DiagnosticPanel::fixButton(Diagnostic::Component component) const
{
    return m_rows[size_t(component)].fix;
}

QLabel *DiagnosticPanel::whyLabel(Diagnostic::Component component) const
{
    return m_rows[size_t(component)].why;
}

void DiagnosticPanel::changeEvent(QEvent *event)
{
    // The marks follow a change between light and dark.
    if (event->type() == QEvent::PaletteChange)
        showDiagnostic();
    QWidget::changeEvent(event);
}

void DiagnosticPanel::showDiagnostic()
{
    const int ok = m_diagnostic.okCount();
    m_summary->setText(
        m_hasDiagnostic
            ? (ok == Diagnostic::ComponentCount
                   ? tr("<b>All five in place.</b> Design, ownership, tracking, improvement and "
                        "automation.")
                   : tr("<b>%1 of %2 in place.</b> Fix what is marked below, top to bottom.")
                         .arg(ok)
                         .arg(Diagnostic::ComponentCount))
            : QString());
    for (int i = 0; i < Diagnostic::ComponentCount; ++i) {
        const DiagnosticCheck &check = m_diagnostic.check(diagnosticComponent(i));
        Row &row = m_rows[size_t(i)];
        static_cast<MarkWidget *>(row.mark)->setState(m_hasDiagnostic, check.ok);
        row.mark->setToolTip(m_hasDiagnostic ? (check.ok ? tr("In place") : tr("Not in place"))
                                             : QString());
        row.why->setText(m_hasDiagnostic ? check.why : QString());
        row.fix->setText(diagnosticFixText(check.fix));
        row.fix->setVisible(m_hasDiagnostic && !check.ok);
    }
    QWidget::update();
}

} // namespace Stepwise
