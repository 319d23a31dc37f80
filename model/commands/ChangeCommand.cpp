#include "ChangeCommand.h"

#include "EditSession.h"

namespace rs {

ChangeCommand::ChangeCommand(
    EditSession *session, Change change, Touched touched, const QString &text, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_change(std::move(change))
    , m_touched(std::move(touched))
{
    setText(text);
}

void ChangeCommand::redo()
{
    if (m_done)
        return; // pushed after the first apply already succeeded
    Result<Touched> t = m_session->applyToWorking(m_change);
    if (t) {
        m_touched = std::move(t.value());
        m_done = true;
        m_session->announce(m_touched);
    }
}

void ChangeCommand::undo()
{
    if (!m_done)
        return;
    const Touched announced = m_session->restoreWorking(m_touched);
    m_done = false;
    m_session->announce(announced);
}

} // namespace rs
