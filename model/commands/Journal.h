#pragma once

#include "domain/Change.h"

#include <QList>
#include <QString>

namespace rs {

// The staged changes of one workspace file, kept on disk after every edit so that a crash or a kill loses nothing.
class Journal
{
public:
    // `workspaceLocation` names the workspace the changes belong to; each workspace has its own journal.
    explicit Journal(const QString &workspaceLocation);

    QString path() const { return m_path; }
    QString workspaceLocation() const { return m_location; }
    // Writes the whole list atomically; an empty list removes the journal.
    Status write(const QList<Change> &changes) const;
    // The changes left by an earlier session; an empty list when there are none.
    Result<QList<Change>> read() const;
    bool exists() const;
    void clear() const;

private:
    QString m_location;
    QString m_path;
};

} // namespace rs
