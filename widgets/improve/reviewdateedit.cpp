#include "reviewdateedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace Stepwise {

ReviewDateEdit::ReviewDateEdit(QWidget *parent) : QWidget(parent)
{
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("reviewDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_interval = new QComboBox(this);
    m_interval->setObjectName(QStringLiteral("reviewInterval"));
    m_interval->setToolTip(tr("Set the date from today"));
    m_interval->addItem(tr("Set from today\u2026"));
    for (ReviewInterval interval :
         {ReviewInterval::TwoWeeks, ReviewInterval::ThirtyDays, ReviewInterval::OneMonth,
          ReviewInterval::ThreeMonths, ReviewInterval::SixMonths})
        m_interval->addItem(reviewIntervalName(interval), int(interval));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_date);
    layout->addWidget(m_interval);
    layout->addStretch(1);
    setFocusProxy(m_date);

    connect(m_date, &QDateEdit::userDateChanged, this, [this](const QDate &date) {
        // Typing a date by hand leaves the interval's choice behind.
        if (m_interval->currentIndex() > 0
            && date
                != reviewDateAfter(m_today, ReviewInterval(m_interval->currentData().toInt()))) {
            const QSignalBlocker blocker(m_interval);
            m_interval->setCurrentIndex(0);
        }
        emit dateEdited(date);
    });
    connect(m_interval, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            setInterval(ReviewInterval(m_interval->itemData(index).toInt()));
    });
    setToday(QDate::currentDate());
}

void ReviewDateEdit::setToday(const QDate &today)
{
    m_today = today;
}

QDate ReviewDateEdit::date() const
{
    return m_date->date();
}

void ReviewDateEdit::setDate(const QDate &date)
{
    const QSignalBlocker blocker(m_date);
    m_date->setDate(date);
    const QSignalBlocker intervalBlocker(m_interval);
    m_interval->setCurrentIndex(0);
}

void ReviewDateEdit::setInterval(ReviewInterval interval)
{
    const QDate date = reviewDateAfter(m_today, interval);
    {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(date);
    }
    const QSignalBlocker blocker(m_interval);
    m_interval->setCurrentIndex(m_interval->findData(int(interval)));
    emit dateEdited(date);
}

} // namespace Stepwise
