#pragma once

#include "domain/Workspace.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace rs {

// The editor's staged edits: the stored workspace, a working copy that every edit changes, and the undo stack of
// those edits. Item models read the working copy and listen to workingChanged(); views push edits through stage().
class EditSession : public QObject
{
    Q_OBJECT
public:
    explicit EditSession(QObject *parent = nullptr);
    ~EditSession() override;

    // Starts over from a stored workspace, which must outlive the session or the next load(); drops staged edits.
    void load(const Workspace &stored);
    bool isLoaded() const { return m_stored != nullptr; }

    const Workspace &stored() const { return *m_stored; }
    const Workspace &working() const { return m_working; }
    QUndoStack *undoStack() { return &m_stack; }

    // Applies a change to the working copy as one undoable step, or refuses it, says why and changes nothing.
    // `applied`, when given, receives the change as applied (with the ids of what it created).
    Status stage(Change change, Change *applied = nullptr);
    // stage() for callers that need no error value: a refusal is told through refused(). True when staged.
    bool submit(Change change, Change *applied = nullptr) { return stage(std::move(change), applied).ok(); }
    // Applies several changes as one undoable step: all of them, or none.
    Status stageAll(const QString &text, QList<Change> changes, QList<Change> *applied = nullptr);
    // The staged changes, in the order they were made; what Apply sends to the store.
    QList<Change> stagedChanges() const;
    bool hasStagedChanges() const { return m_stack.index() > 0; }
    int stagedCount() const;
    // Stages changes made on another copy of the workspace (a journal, or staged changes before a reload), each as its
    // own step. When an id a change created is taken meanwhile, the change creates under a new id and the later
    // changes follow it there. Returns how many were refused.
    int replay(const QList<Change> &changes);
    // replay() as one undoable step named `text`: one undo takes back every change it staged, one redo puts them all
    // back. Changes that no longer fit are left out, as with replay(); returns how many.
    int replayAsOneStep(const QString &text, const QList<Change> &changes);
    // Drops every staged change: the working copy is the stored workspace again.
    void discard();

    // For ChangeCommand only.
    Result<Touched> applyToWorking(Change &change);
    // Undoes a change; returns what to announce: the touched things with the state they had before the undo.
    Touched restoreWorking(const Touched &touched);
    void announce(const Touched &touched);

signals:
    // The working copy changed; `touched` holds what changed, with its state before.
    void workingChanged(const rs::Touched &touched);
    // The working copy was replaced wholesale (open, apply, discard).
    void reloaded();
    // A change was refused; the message says which rule refused it.
    void refused(const QString &message);
    // The list of staged changes changed (push, undo, redo, discard).
    void stagedChanged();

private:
    // Replays `changes` through `apply`, moving later changes to the ids earlier ones were given; returns how many
    // `apply` refused.
    int replayEach(const QList<Change> &changes, const std::function<bool(Change &)> &apply);

    const Workspace *m_stored = nullptr;
    Workspace m_working;
    QUndoStack m_stack;
};

} // namespace rs
