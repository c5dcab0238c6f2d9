#pragma once

#include <QMessageBox>
#include <QString>

class QProgressDialog;
class QWidget;

namespace Stepwise {

/// The window-modal progress of an export running on a worker thread: shown after 400 ms, with a
/// Cancel button, kept open until the caller deletes it.
QProgressDialog *exportProgress(const QString &label, const QString &title,
                                const QString &objectName, QWidget *parent);

/// Says where an export was written, offering to open the file; \a objectName names the message
/// box (for tests).
void offerToOpen(QWidget *owner, QMessageBox::Icon icon, const QString &title, const QString &text,
                 const QString &path, const QString &objectName = {});

} // namespace Stepwise
