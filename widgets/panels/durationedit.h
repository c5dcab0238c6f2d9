#pragma once

#include "process/duration.h"

#include <QLineEdit>

namespace Stepwise {

/// A line edit for a duration in seconds. Text that is not a duration is never passed on: the
/// frame turns red and the tooltip says what is expected; leaving the field restores the value.
/// An empty field means "none" (0).
class DurationEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DurationEdit(QWidget *parent = nullptr);

    qint64 seconds() const { return m_seconds; }
    /// Shows a value without emitting secondsEdited (keeps what the user is typing when it already
    /// means that value).
    void setSeconds(qint64 seconds);
    /// False while the text is not a duration.
    bool isValid() const { return m_valid; }

signals:
    /// The user typed a valid duration.
    void secondsEdited(qint64 seconds);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void setValid(bool valid);

    qint64 m_seconds = 0;
    bool m_valid = true;
    QString m_normalToolTip;
};

} // namespace Stepwise
