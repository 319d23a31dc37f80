#pragma once

#include <QDialog>

class QTreeWidget;

namespace rs {

class EditSession;
struct StagedDiff;

// Shows what the staged changes alter, role by role and cell by cell, and who gains or loses which access.
class ReviewDialog : public QDialog
{
    Q_OBJECT
public:
    enum Outcome { CloseResult = QDialog::Rejected, ApplyResult = 2, DiscardResult = 3 };

    explicit ReviewDialog(EditSession *session, QWidget *parent = nullptr);

    QTreeWidget *changesTree() const { return m_changes; }
    QTreeWidget *impactTree() const { return m_impact; }

private:
    void fill(const StagedDiff &diff);

    EditSession *m_session;
    QTreeWidget *m_changes;
    QTreeWidget *m_impact;
};

} // namespace rs
