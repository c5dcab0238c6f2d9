#pragma once

#include "process.h"
#include "processdocument.h"
#include "property.h"

#include <QUndoCommand>

namespace Stepwise {

/// Ids of the commands that merge (QUndoCommand::id()).
enum CommandId {
    MoveStepsCommandId = 1,
    ChangeValueCommandId,
};

/// Adds or removes items of one type, remembering their positions in the map so that undo puts
/// them back where they were. Adding also moves the document's next free id, and undo restores it.
template<typename T>
class AddRemoveCommand : public QUndoCommand
{
public:
    using Indexed = QVector<QPair<int, T>>;

    void redo() override { m_adding ? add() : remove(); }
    void undo() override { m_adding ? remove() : add(); }

protected:
    AddRemoveCommand(ProcessDocument *document, bool adding, const Indexed &items,
                     ItemId nextIdBefore, ItemId nextIdAfter, QUndoCommand *parent)
        : QUndoCommand(parent), m_document(document), m_adding(adding), m_items(items),
          m_nextIdBefore(nextIdBefore), m_nextIdAfter(nextIdAfter)
    { }

    virtual void insert(const Indexed &items) = 0;
    virtual void take(const ItemIds &ids) = 0;
    virtual void setNextId(ItemId next) = 0;

    ProcessDocument *m_document;

private:
    void add()
    {
        insert(m_items);
        if (m_adding)
            setNextId(m_nextIdAfter);
    }
    void remove()
    {
        ItemIds ids;
        for (const auto &item : m_items)
            ids.append(item.second.id);
        take(ids);
        if (m_adding)
            setNextId(m_nextIdBefore);
    }

    bool m_adding;
    Indexed m_items; // ascending index order
    ItemId m_nextIdBefore;
    ItemId m_nextIdAfter;
};

class AddRemoveLanesCommand : public AddRemoveCommand<Lane>
{
public:
    AddRemoveLanesCommand(ProcessDocument *document, bool adding, const Indexed &lanes,
                          ItemId nextIdBefore = 0, ItemId nextIdAfter = 0,
                          QUndoCommand *parent = nullptr);

protected:
    void insert(const Indexed &items) override { m_document->insertLanes(items); }
    void take(const ItemIds &ids) override { m_document->takeLanes(ids); }
    void setNextId(ItemId next) override { m_document->setNextItemId(next); }
};

class AddRemoveStepsCommand : public AddRemoveCommand<Step>
{
public:
    AddRemoveStepsCommand(ProcessDocument *document, bool adding, const Indexed &steps,
                          ItemId nextIdBefore = 0, ItemId nextIdAfter = 0,
                          QUndoCommand *parent = nullptr);

protected:
    void insert(const Indexed &items) override { m_document->insertSteps(items); }
    void take(const ItemIds &ids) override { m_document->takeSteps(ids); }
    void setNextId(ItemId next) override { m_document->setNextItemId(next); }
};

class AddRemoveHandoffsCommand : public AddRemoveCommand<Handoff>
{
public:
    AddRemoveHandoffsCommand(ProcessDocument *document, bool adding, const Indexed &handoffs,
                             ItemId nextIdBefore = 0, ItemId nextIdAfter = 0,
                             QUndoCommand *parent = nullptr);

protected:
    void insert(const Indexed &items) override { m_document->insertHandoffs(items); }
    void take(const ItemIds &ids) override { m_document->takeHandoffs(ids); }
    void setNextId(ItemId next) override { m_document->setNextItemId(next); }
};

/// Moves steps to new lanes and positions. Successive moves of the same steps in one merge chain
/// (one drag, one run of arrow keys) are one undo step; a move that nets nothing disappears.
class MoveStepsCommand : public QUndoCommand
{
public:
    /// mergeChain < 0: never merges (a move inside a macro).
    MoveStepsCommand(ProcessDocument *document, const QVector<StepPlacement> &before,
                     const QVector<StepPlacement> &after, int mergeChain,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return MoveStepsCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProcessDocument *m_document;
    QVector<StepPlacement> m_before;
    QVector<StepPlacement> m_after;
    int m_mergeChain;
};

/// Moves a lane (and so its steps) to another position in the stack of lanes.
class MoveLaneCommand : public QUndoCommand
{
public:
    MoveLaneCommand(ProcessDocument *document, int from, int to, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ProcessDocument *m_document;
    int m_from;
    int m_to;
};

/// Sets one property of several objects of one type to one value. Edits of the same objects and
/// property in one merge chain (typing in a field) merge; when they net nothing the command is
/// obsolete and leaves the stack.
class ChangeValueCommand : public QUndoCommand
{
public:
    ChangeValueCommand(ProcessDocument *document, ObjectType type, const ItemIds &ids,
                       Property property, const QVector<QVariant> &before, const QVariant &after,
                       int mergeChain, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return ChangeValueCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

    /// The name of a property as the user reads it in the undo history ("Change owner").
    static QString propertyName(Property property);

private:
    ProcessDocument *m_document;
    ObjectType m_type;
    ItemIds m_ids;
    Property m_property;
    QVector<QVariant> m_before;
    QVariant m_after;
    int m_mergeChain;
};

} // namespace Stepwise
