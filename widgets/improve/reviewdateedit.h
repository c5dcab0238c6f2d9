#pragma once

#include "analysis/checkpoint.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace Stepwise {

/// When to review a checkpoint next: a date, or an interval from today ("in 30 days", "in 1
/// month", ...) that sets it (reviewDateAfter(): a month from 31 January is the end of February).
class ReviewDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewDateEdit(QWidget *parent = nullptr);

    /// The day the intervals count from.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    QDate date() const;
    void setDate(const QDate &date);
    /// Sets the date to \a interval from today.
    void setInterval(ReviewInterval interval);

    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *intervalCombo() const { return m_interval; }

signals:
    void dateEdited(const QDate &date);

private:
    QDate m_today;
    QDateEdit *m_date = nullptr;
    QComboBox *m_interval = nullptr;
};

} // namespace Stepwise
