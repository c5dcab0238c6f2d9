#include "exportfeedback.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QProgressDialog>
#include <QPushButton>
#include <QUrl>

namespace Stepwise {

QProgressDialog *exportProgress(const QString &label, const QString &title,
                                const QString &objectName, QWidget *parent)
{
    auto *progress = new QProgressDialog(
        label, QCoreApplication::translate("Stepwise::ExportFeedback", "Cancel"), 0, 0, parent);
    progress->setObjectName(objectName);
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    return progress;
}

void offerToOpen(QWidget *owner, QMessageBox::Icon icon, const QString &title, const QString &text,
                 const QString &path, const QString &objectName)
{
    QMessageBox question(icon, title, text, QMessageBox::NoButton, owner);
    if (!objectName.isEmpty())
        question.setObjectName(objectName);
    QPushButton *open
        = question.addButton(QCoreApplication::translate("Stepwise::ExportFeedback", "&Open It"),
                             QMessageBox::AcceptRole);
    question.addButton(QMessageBox::Close);
    question.setDefaultButton(open);
    question.exec();
    if (question.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace Stepwise
