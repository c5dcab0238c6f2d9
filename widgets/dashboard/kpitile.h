#pragma once

#include <QFrame>

class QLabel;

namespace Stepwise {

/// One key figure of the dashboard: a title, the value in large type and a note under it.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &note = {});
    QString title() const;
    QString value() const;
    QString note() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFonts();

    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace Stepwise
