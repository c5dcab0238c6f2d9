#pragma once

#include "analysis/dashboard.h"
#include "process/ids.h"

#include <QDialog>
#include <QPageSize>
#include <QPair>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace Stepwise {

struct Process;
class Workspace;

/// File > Export Report: where to write the process report, which runs its figures cover, and
/// on which paper.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    using Window = DateWindow;

    explicit ReportDialog(const QString &processName, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    Window window() const;
    void setWindow(Window window);
    /// The window in UTC milliseconds ([from, to), NoTime: open), the last N days ending with
    /// today (UTC) as of nowMs.
    QPair<qint64, qint64> windowMs(qint64 nowMs) const;
    QPageSize pageSize() const;

    QLineEdit *pathEdit() const { return m_pathEdit; }
    QComboBox *windowCombo() const { return m_windowCombo; }
    QComboBox *pageCombo() const { return m_pageCombo; }
    QDateEdit *fromEdit() const { return m_fromEdit; }
    QDateEdit *toEdit() const { return m_toEdit; }

    /// The whole of File > Export Report: asks with this dialog, writes the report on worker
    /// threads behind a progress dialog that can cancel it, then offers to open the PDF. map is
    /// the process as edited (unsaved changes included).
    static void exportReport(QWidget *parent, Workspace *workspace, const Process &map);

private:
    void browse();
    void updateState();

    QLineEdit *m_pathEdit = nullptr;
    QComboBox *m_windowCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QComboBox *m_pageCombo = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace Stepwise
