#pragma once

#include <QDialog>
#include <QFileDialog>
#include <QLineEdit>

namespace Stepwise {

/// Types a path into a file dialog's file name box, as a user would before pressing Open or
/// Save. QFileDialog::selectFile() does not: it leaves the box alone once the box has the focus,
/// which depends on when the dialog was activated, and accept() then finds no file and keeps the
/// dialog open (a test answering that way hung now and then).
inline void typeFileName(QFileDialog *dialog, const QString &path)
{
    if (auto *box = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
        box->setText(path);
    else
        dialog->selectFile(path); // a dialog without the widgets
}

/// Types a path into a file dialog and presses Open or Save.
inline void answerFileDialog(QFileDialog *dialog, const QString &path)
{
    typeFileName(dialog, path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own is protected
}

} // namespace Stepwise
