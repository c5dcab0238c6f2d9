#include "revisionsdialog.h"

#include "canvas/mapview.h"
#include "improve/revisioncomparepanel.h"

#include "process/processdocument.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Stepwise {

namespace {
constexpr int RevisionIdRole = Qt::UserRole + 1;
}

RevisionsDialog::RevisionsDialog(Workspace *workspace, ProcessId processId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_processId(processId)
{
    setObjectName(QStringLiteral("revisionsDialog"));
    const std::optional<Process> current = workspace->loadProcess(processId);
    setWindowTitle(tr("Revisions of %1").arg(current ? current->name : QString()));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("revisionList"));
    m_list->setHeaderLabels({tr("Saved"), tr("Note")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    const QVector<RevisionInfo> revisions = workspace->revisions(processId);
    for (const RevisionInfo &revision : revisions) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QLocale().toString(revision.created.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, revision.note.isEmpty() ? tr("(no note)") : revision.note);
        item->setToolTip(1, revision.note);
        item->setData(0, RevisionIdRole, revision.id);
    }

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("revisionBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_mapView = new MapView(this);
    m_mapView->setObjectName(QStringLiteral("revisionMap"));

    auto *preview = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_banner);
    previewLayout->addWidget(m_mapView, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(preview);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({340, 760});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_compareButton = buttons->addButton(tr("&Compare..."), QDialogButtonBox::ActionRole);
    m_compareButton->setObjectName(QStringLiteral("compareRevisions"));
    m_compareButton->setToolTip(tr("What changed in the selected revision, drawn on the map, "
                                   "and whether the runs since show that the change held"));
    m_compareButton->setEnabled(!revisions.isEmpty());
    connect(m_compareButton, &QPushButton::clicked, this, [this] { openCompare(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1100, 650);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        showRevision(item ? item->data(0, RevisionIdRole).toLongLong() : 0);
    });
    if (revisions.isEmpty()) {
        m_banner->setText(tr("No revisions yet. File > Save Revision keeps a snapshot of the map "
                             "with a note, so you can look back at it after a change."));
        m_list->setEnabled(false);
    } else {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
}

RevisionsDialog::~RevisionsDialog()
{
    // The view must let go of the document before it is destroyed.
    m_mapView->setDocument(nullptr);
}

RevisionComparePanel *RevisionsDialog::openCompare()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    // The list is newest first: the one below the selected one is the revision before it.
    const int row = m_list->indexOfTopLevelItem(item);
    const qint64 selected = item->data(0, RevisionIdRole).toLongLong();
    const QTreeWidgetItem *previous = m_list->topLevelItem(row + 1);

    auto *window = new QDialog(this);
    window->setObjectName(QStringLiteral("revisionCompareDialog"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("Compare Revisions"));
    auto *panel = new RevisionComparePanel(window);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, window);
    connect(buttons, &QDialogButtonBox::rejected, window, &QDialog::reject);
    auto *layout = new QVBoxLayout(window);
    layout->addWidget(panel, 1);
    layout->addWidget(buttons);
    window->resize(1200, 800);

    const std::optional<Process> current = m_workspace->loadProcess(m_processId);
    panel->setSource(m_workspace, m_processId, current ? *current : Process());
    if (previous)
        panel->compare(previous->data(0, RevisionIdRole).toLongLong(), selected);
    else
        panel->compare(selected, 0);
    window->show();
    return panel;
}

void RevisionsDialog::showRevision(qint64 revisionId)
{
    m_mapView->setDocument(nullptr);
    m_document.reset();
    if (!revisionId)
        return;
    const std::optional<Process> revision = m_workspace->loadRevision(revisionId);
    if (!revision) {
        m_banner->setText(tr("This revision cannot be read: %1").arg(m_workspace->errorString()));
        return;
    }
    m_document = std::make_unique<ProcessDocument>(*revision);
    m_document->setReadOnly(true);
    m_mapView->setDocument(m_document.get());
    const QTreeWidgetItem *item = m_list->currentItem();
    m_banner->setText(tr("The map as it was saved on %1 (read-only).").arg(item->text(0)));
}

} // namespace Stepwise
