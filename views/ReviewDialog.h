#pragma once

#include "domain/Levels.h"

#include <QDateTime>
#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QTreeWidget;

namespace rs {

class EditSession;
class Workspace;
struct StagedDiff;
struct WorkspaceDiff;
namespace duties {
struct Book;
}

// Shows what the staged changes alter, role by role and cell by cell, and who gains or loses which access.
class ReviewDialog : public QDialog
{
    Q_OBJECT
public:
    enum Outcome { CloseResult = QDialog::Rejected, ApplyResult = 2, DiscardResult = 3 };

    explicit ReviewDialog(EditSession *session, QWidget *parent = nullptr);
    // The review of a whole-workspace import before anything is replaced: what replacing `stored` by the imported
    // workspace changes (`diff`, which must outlive the dialog), and who gains or loses which access. `question`
    // heads the dialog; Replace accepts it, Cancel rejects it.
    ReviewDialog(
        const Workspace &stored, const WorkspaceDiff &diff, const QString &question, QWidget *parent = nullptr);

    QTreeWidget *changesTree() const { return m_changes; }

    // The rows of the "What changes" list as lines of text, each cell and note with its role: for questions that
    // name the changes without the dialog.
    static QStringList changeLines(const StagedDiff &diff, const Workspace &stored, const Workspace &working);
    QTreeWidget *impactTree() const { return m_impact; }
    // "gains View / Edit, loses Delete": an impact row's words.
    static QString gainsAndLosses(Levels before, Levels after);

    // Adds the conflicts with `book`'s duty rules that the staged changes make (ReviewDialogConflicts.cpp): who, which
    // rule, through which holdings, and whether it refuses Apply. `now`: the moment looked from (invalid: now).
    void showConflicts(const duties::Book &book, const QDateTime &now = {});
    QTreeWidget *conflictsTree() const { return m_conflicts; }

private:
    QDialogButtonBox *setUp(const StagedDiff &diff, const QString &changesTitle, const QString &question);
    void fill(const StagedDiff &diff);

    const Workspace *m_stored;
    const Workspace *m_working;
    bool m_import = false;
    QTreeWidget *m_changes;
    QTreeWidget *m_impact;
    QTreeWidget *m_conflicts = nullptr;
};

} // namespace rs
