#include "validationpanel.h"

#include "process/processdocument.h"

#include <QApplication>
#include <QEvent>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace Stepwise {

namespace {

enum Role { ProblemIndexRole = Qt::UserRole + 1 };

/// How long a change waits before the map is checked: short enough to feel live, long enough
/// that a drag of 60 moves a second checks a handful of times.
constexpr int ValidationDelayMs = 150;

} // namespace

ValidationPanel::ValidationPanel(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    setAccessibleName(tr("Validation"));
    m_list->setObjectName(QStringLiteral("validationList"));
    m_list->setAccessibleName(tr("Problems of the map"));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);

    m_timer.setSingleShot(true);
    m_timer.setInterval(ValidationDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &ValidationPanel::validateNow);
    connect(m_list, &QListWidget::itemClicked, this, &ValidationPanel::activate);
    connect(m_list, &QListWidget::itemActivated, this, &ValidationPanel::activate);
    fillList();
}

void ValidationPanel::setDocument(ProcessDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        QObject::disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &ProcessDocument::changed, this, &ValidationPanel::scheduleValidation);
    validateNow();
    fillList(); // "No process open" and "No problems found" differ though both lists are empty
}

void ValidationPanel::scheduleValidation()
{
    // Not restarted: during a long drag the list still follows a few times a second.
    if (!m_timer.isActive())
        m_timer.start();
}

void ValidationPanel::validateNow()
{
    m_timer.stop();
    QVector<ValidationProblem> problems;
    if (m_document)
        problems = validate(m_document->process());
    const bool countChanged = problems.size() != m_problems.size();
    if (problems == m_problems)
        return;
    m_problems = problems;
    fillList();
    if (countChanged)
        emit problemCountChanged(int(m_problems.size()));
}

void ValidationPanel::fillList()
{
    // Keep the user's place when the list is rebuilt under the cursor.
    const int currentRow = m_list->currentRow();
    m_list->clear();
    if (m_problems.isEmpty()) {
        auto *item = new QListWidgetItem(
            style()->standardIcon(QStyle::SP_DialogApplyButton),
            m_document ? tr("No problems found") : tr("No process open"), m_list);
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < m_problems.size(); ++i) {
        const ValidationProblem &problem = m_problems.at(i);
        const bool isError = problem.severity() == ValidationProblem::Severity::Error;
        auto *item = new QListWidgetItem(isError ? error : warning, problem.message, m_list);
        item->setData(ProblemIndexRole, i);
        item->setToolTip(problem.message);
        item->setData(Qt::AccessibleTextRole,
                      (isError ? tr("Error: %1") : tr("Warning: %1")).arg(problem.message));
    }
    if (currentRow >= 0)
        m_list->setCurrentRow(std::min(currentRow, m_list->count() - 1),
                              QItemSelectionModel::NoUpdate);
}

void ValidationPanel::activate(QListWidgetItem *item)
{
    const QVariant index = item ? item->data(ProblemIndexRole) : QVariant();
    if (!index.isValid() || index.toInt() >= m_problems.size())
        return;
    const ValidationProblem &problem = m_problems.at(index.toInt());
    emit problemActivated(problem.objectType, problem.ids);
}

void ValidationPanel::changeEvent(QEvent *event)
{
    // The icons come from the style: follow a theme switch.
    if (event->type() == QEvent::StyleChange)
        fillList();
    QWidget::changeEvent(event);
}

} // namespace Stepwise
