#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace Stepwise {

/// Help > Keyboard Shortcuts: every action of a menu bar that has a shortcut, grouped by its menu
/// ("File", "File > Process"), read from the actions themselves when the dialog opens, so it
/// never goes stale. Typing in the search field keeps the actions whose name or shortcut
/// contains the text.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    /// Columns of the tree.
    enum Column { ActionColumn, ShortcutColumn };

    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    /// Groups (menus) at the top level, their actions below.
    QTreeWidget *tree() const { return m_tree; }
    /// The actions shown (not filtered out), as "Action\tShortcut", top to bottom.
    QStringList visibleEntries() const;

    /// Keeps the actions whose name or shortcut contains the text (case folded); empty: all.
    void setFilter(const QString &text);

private:
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace Stepwise
