#pragma once

#include "domain/Workspace.h"

#include <QUndoCommand>

namespace rs {

class EditSession;

// One staged edit: the change and what it touched in the working copy. redo() applies it, undo() restores.
class ChangeCommand : public QUndoCommand
{
public:
    // `touched` is what the first apply returned: the command starts as done.
    ChangeCommand(
        EditSession *session, Change change, Touched touched, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const Change &change() const { return m_change; }

private:
    EditSession *m_session;
    Change m_change;
    Touched m_touched;
    bool m_done = true;
};

} // namespace rs
