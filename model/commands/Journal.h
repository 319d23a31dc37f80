#pragma once

#include "domain/Change.h"
#include "domain/Workspace.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rs {

// The staged changes of one workspace, kept on disk after every edit so that a crash or a kill loses nothing. A
// journal belongs to one workspace, named by its location and its identity (Store::identity()), and records the
// workspace version its changes were staged on: a workspace later created or restored at the same location never
// gets another one's changes, whose ids mean other things there.
class Journal
{
public:
    // What a journal holds.
    struct Saved
    {
        QString workspaceId; // empty: a workspace that had no identity yet, or a journal written before they existed
        qint64 baseVersion = -1; // the workspace version the changes were staged on; -1 when not recorded
        QDateTime saved;
        QList<Change> changes;
    };

    // The largest id a journal may name: JSON numbers are exact integers up to 2^53 - 1.
    static constexpr qint64 kMaxId = (qint64(1) << 53) - 1;

    // `workspaceLocation` and `workspaceId` name the workspace the changes belong to; each has its own journal.
    Journal(const QString &workspaceLocation, const QString &workspaceId);

    QString path() const { return m_path; }
    QString workspaceLocation() const { return m_location; }
    QString workspaceId() const { return m_workspaceId; }
    // Writes the whole list atomically, staged on `baseVersion`; an empty list removes the journal.
    Status write(const QList<Change> &changes, qint64 baseVersion) const;
    // The changes left by an earlier session of this workspace; no changes when there are none. A journal that is
    // damaged, names an id out of range or belongs to another workspace is refused whole, with a message.
    Result<Saved> read() const;
    bool exists() const;
    void clear() const;

    // Reads a journal's text; refuses it whole when it is damaged, when any id is not an integer in 1..kMaxId, or
    // when it names another workspace than `workspaceId`.
    static Result<Saved> parse(const QByteArray &json, const QString &workspaceId);
    // What replaying `changes` on `ws` would do, one sentence a change, each named as it reads after the ones before.
    static QStringList summaries(const Workspace &ws, const QList<Change> &changes);

private:
    QString m_location;
    QString m_workspaceId;
    QString m_path;
};

} // namespace rs
