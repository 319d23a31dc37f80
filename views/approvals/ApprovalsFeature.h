#pragma once

#include "Workbench.h"
#include "document/DocumentApprovals.h"

#include <QObject>
#include <QSet>

class QDialog;

namespace rs {

// Approval requests in the editor: View › Approvals…, Request Approval… in place of Apply in Review Changes when a
// staged change needs a second person, and a message when a request that waits for the acting member's approval
// comes in (another editor filed it; the store's change notices say so). Stands on the Workbench only.
class ApprovalsFeature : public QObject
{
    Q_OBJECT
public:
    static ApprovalsFeature *install(const Workbench &bench);
    // Called with the Review Changes dialog of the staged changes before it is shown: when the approval policy gates
    // one of them, Request Approval… takes the place of Apply and a line says which change needs approval.
    static void offerRequest(const Workbench &bench, QDialog *review);

    // Takes one step and waits for its answer, the window painting meanwhile.
    static ApprovalAnswer run(Document *document, const ApprovalAsk &ask);
    // Whether request `index` of the listing waits for the acting member: pending, theirs to approve (not their own
    // nor one that changes their access), and no vote of theirs on its current change set.
    static bool waitsFor(const ApprovalListing &listing, int index, const Workspace &ws);
    // The members the editor may act as on SQLite, with the one acting now first; empty on a server (the login acts).
    static QStringList actingChoices(const Workbench &bench);

private:
    explicit ApprovalsFeature(const Workbench &bench);
    // Asks for the reason (and, on SQLite, who asks) and files the staged changes; true once filed.
    bool requestApproval(QDialog *review);
    void read();
    void notice(quint64 ticket, const ApprovalListing &listing);

    Workbench m_bench;
    quint64 m_ticket = 0;
    bool m_primed = false; // the requests of the open workspace were read once
    QSet<Id> m_noticed; // requests already told about
    QSet<Id> m_waiting; // requests that wait for the acting member now
};

} // namespace rs
