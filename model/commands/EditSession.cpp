#include "EditSession.h"

#include "ChangeCommand.h"

#include <algorithm>
#include <memory>

namespace rs {

EditSession::EditSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_stack, &QUndoStack::indexChanged, this, &EditSession::stagedChanged);
}

EditSession::~EditSession()
{
    m_stack.clear();
}

void EditSession::load(const Workspace &stored)
{
    m_stack.clear();
    m_stored = &stored;
    m_working = stored;
    emit reloaded();
    emit stagedChanged();
}

Status EditSession::stage(Change change, Change *applied)
{
    if (!m_stored)
        return Error::badInput(tr("No workspace is open."));
    const QString text = change.describe(m_working);
    Result<Touched> t = m_working.apply(change);
    if (!t) {
        emit refused(t.error().message);
        return t.error();
    }
    if (applied)
        *applied = change;
    m_stack.push(new ChangeCommand(this, std::move(change), t.value(), text));
    announce(t.value());
    return {};
}

Status EditSession::stageAll(const QString &text, QList<Change> changes, QList<Change> *applied)
{
    if (!m_stored)
        return Error::badInput(tr("No workspace is open."));
    if (changes.isEmpty())
        return {};
    if (changes.size() == 1) {
        Change one;
        Status s = stage(changes.first(), &one);
        if (s && applied)
            *applied = { one };
        return s;
    }
    auto macro = std::make_unique<QUndoCommand>(text);
    QList<Touched> done;
    for (Change &change : changes) {
        const QString childText = change.describe(m_working);
        Result<Touched> t = m_working.apply(change);
        if (!t) {
            for (auto it = done.crbegin(); it != done.crend(); ++it)
                m_working.restore(*it);
            emit refused(t.error().message);
            return t.error();
        }
        done.append(t.value());
        new ChangeCommand(this, change, t.value(), childText, macro.get());
    }
    if (applied)
        *applied = changes;
    m_stack.push(macro.release());
    for (const Touched &t : std::as_const(done))
        announce(t);
    return {};
}

QList<Change> EditSession::stagedChanges() const
{
    QList<Change> result;
    for (int i = 0; i < m_stack.index(); ++i) {
        const QUndoCommand *command = m_stack.command(i);
        if (const auto *single = dynamic_cast<const ChangeCommand *>(command)) {
            result.append(single->change());
            continue;
        }
        for (int c = 0; c < command->childCount(); ++c) {
            if (const auto *child = dynamic_cast<const ChangeCommand *>(command->child(c)))
                result.append(child->change());
        }
    }
    return result;
}

int EditSession::replayEach(const QList<Change> &changes, const std::function<bool(Change &)> &apply)
{
    QHash<Id, Id> moved; // id asked for -> id given, where something else took the one asked for
    int left = 0;
    for (Change c : changes) {
        for (Id *id : { &c.role, &c.member, &c.production, &c.section, &c.feature, &c.source })
            *id = moved.value(*id, *id);
        const Id asked = c.created();
        if (!apply(c)) {
            ++left;
            continue;
        }
        if (asked && c.created() != asked)
            moved.insert(asked, c.created());
    }
    return left;
}

int EditSession::replay(const QList<Change> &changes)
{
    return replayEach(changes, [this](Change &c) { return submit(c, &c); });
}

int EditSession::replayAsOneStep(const QString &text, const QList<Change> &changes)
{
    if (!m_stored)
        return int(changes.size());
    auto macro = std::make_unique<QUndoCommand>(text);
    QList<Touched> done;
    const int left = replayEach(changes, [&](Change &c) {
        const QString childText = c.describe(m_working);
        Result<Touched> t = m_working.apply(c);
        if (!t) {
            emit refused(t.error().message);
            return false;
        }
        done.append(t.value());
        new ChangeCommand(this, c, t.value(), childText, macro.get());
        return true;
    });
    if (macro->childCount() == 0)
        return left;
    m_stack.push(macro.release());
    for (const Touched &t : std::as_const(done))
        announce(t);
    return left;
}

int EditSession::stagedCount() const
{
    int count = 0;
    for (int i = 0; i < m_stack.index(); ++i)
        count += std::max(1, m_stack.command(i)->childCount());
    return count;
}

void EditSession::discard()
{
    if (!m_stored)
        return;
    m_stack.clear();
    m_working = *m_stored;
    emit reloaded();
    emit stagedChanged();
}

Result<Touched> EditSession::applyToWorking(Change &change)
{
    return m_working.apply(change);
}

Touched EditSession::restoreWorking(const Touched &touched)
{
    // What listeners hear is the state before this restore: the cells as they are now.
    Touched announced = touched;
    for (auto it = announced.grants.begin(); it != announced.grants.end(); ++it) {
        const Role *r = m_working.role(it.key().first);
        it.value() = r ? r->grants.value(it.key().second) : Levels();
    }
    m_working.restore(touched);
    return announced;
}

void EditSession::announce(const Touched &touched)
{
    emit workingChanged(touched);
}

} // namespace rs
