#include "durationedit.h"

#include <QToolTip>

namespace Stepwise {

DurationEdit::DurationEdit(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("none"));
    setClearButtonEnabled(true);
    m_normalToolTip = tr("A duration such as 4h, 2d, 90min or 1d 4h; empty for none.");
    setToolTip(m_normalToolTip);
    // The clear button emits textEdited too.
    connect(this, &QLineEdit::textEdited, this, &DurationEdit::onTextEdited);
}

void DurationEdit::setSeconds(qint64 seconds)
{
    const std::optional<qint64> shown = parseDuration(text());
    m_seconds = seconds;
    if (!(m_valid && shown && *shown == seconds))
        setText(seconds > 0 ? formatDuration(seconds) : QString());
    setValid(true);
}

void DurationEdit::focusOutEvent(QFocusEvent *event)
{
    if (!m_valid)
        setSeconds(m_seconds);
    QLineEdit::focusOutEvent(event);
}

void DurationEdit::onTextEdited(const QString &text)
{
    const std::optional<qint64> parsed = parseDuration(text);
    setValid(parsed.has_value());
    if (!parsed || *parsed == m_seconds)
        return;
    m_seconds = *parsed;
    emit secondsEdited(m_seconds);
}

void DurationEdit::setValid(bool valid)
{
    if (valid == m_valid)
        return;
    m_valid = valid;
    setProperty("invalid", !valid);
    if (valid) {
        setStyleSheet(QString());
        setToolTip(m_normalToolTip);
        QToolTip::hideText();
    } else {
        setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #d0312d; border-radius: 2px; "
                                     "background: #fff0f0; }"));
        setToolTip(tr("Not a duration. Use units such as 4h, 2d, 90min or 1d 4h."));
        // Say so at once, under the field, rather than waiting for a hover.
        if (isVisible() && hasFocus())
            QToolTip::showText(mapToGlobal(rect().bottomLeft()), toolTip(), this);
    }
}

} // namespace Stepwise
