// The window's offer to restore staged changes an earlier session left in the journal.
#include "MainWindow.h"

#include "Prompts.h"
#include "ReviewDialog.h"
#include "commands/EditSession.h"
#include "commands/Journal.h"
#include "commands/StagedDiff.h"
#include "document/Document.h"

#include <QLocale>

namespace rs {

void MainWindow::offerJournal()
{
    if (!m_document->journalHeld() || !m_document->journal())
        return;
    m_document->holdJournal(false);
    Result<Journal::Saved> saved = m_document->journal()->read();
    if (!saved) {
        // A journal of another workspace is left as it is, for that workspace; a damaged one is named, not replayed.
        if (saved.error().code != Error::Code::NotFound)
            showMessage(saved.error().message);
        return;
    }
    if (saved->changes.isEmpty())
        return;
    if (saved->baseVersion > m_document->version()) {
        // The workspace went back to an older copy of itself: the ids the changes name may mean other things now.
        showMessage(
            tr("Staged changes saved on %1 were not restored: they were made on a later version of this "
               "workspace than the one now at %2, which was replaced by an older copy.")
                .arg(QLocale().toString(saved->saved.toLocalTime(), QLocale::ShortFormat), m_document->location()));
        return;
    }
    // What restoring would stage, listed as Review lists staged changes: replayed on a scratch copy first.
    EditSession preview;
    preview.load(m_session->stored());
    preview.replayAsOneStep(QString(), saved->changes);
    const QStringList lines = ReviewDialog::changeLines(
        diffStaged(preview.stored(), preview.working(), preview.stagedChanges()), preview.stored(), preview.working());
    constexpr int kShown = 12;
    QString text = tr("The last session left staged changes that were never applied (%n in all):", nullptr,
        int(saved->changes.size()));
    for (const QString &line : lines.mid(0, kShown))
        text += QStringLiteral("\n• ") + line;
    if (lines.size() > kShown)
        text += QStringLiteral("\n") + tr("… and %n more.", nullptr, int(lines.size()) - kShown);
    text += QStringLiteral("\n\n") + tr("Restore them? Edit › Undo takes them back in one step.");
    const auto answer = Prompts::question(
        this, tr("Restore staged changes"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        m_document->journal()->clear();
        m_document->writeJournal();
        return;
    }
    const int refused
        = m_document->restore(tr("Restore %n staged changes", nullptr, int(saved->changes.size())), saved->changes);
    if (refused)
        showMessage(tr("%n saved change(s) no longer fit the workspace and were left out.", nullptr, refused));
}

} // namespace rs
