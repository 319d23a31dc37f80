#include "ApprovalsFeature.h"

#include "ApprovalsDialog.h"
#include "Prompts.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "domain/ApprovalGate.h"
#include "location/Location.h"

#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>

namespace rs {

ApprovalsFeature::ApprovalsFeature(const Workbench &bench)
    : QObject(bench.window)
    , m_bench(bench)
{
    setObjectName(QStringLiteral("approvalsFeature"));
    connect(bench.document, &Document::opened, this, [this](const Status &status) {
        if (!status)
            return;
        m_primed = false;
        m_noticed.clear();
        m_waiting.clear();
        // Without a policy nothing waits for approval: the open costs no read of the requests (a new one still is).
        if (m_bench.document->stored().approvalPolicy().changes != ApprovalPolicy::Changes::None)
            read();
    });
    connect(bench.document, &Document::requestsChanged, this, &ApprovalsFeature::read);
    connect(bench.document, &Document::approvalsRead, this, &ApprovalsFeature::notice);
}

ApprovalsFeature *ApprovalsFeature::install(const Workbench &bench)
{
    if (auto *installed = bench.window->findChild<ApprovalsFeature *>())
        return installed;
    auto *feature = new ApprovalsFeature(bench);
    QAction *action = bench.registry->add(ActionId::Approvals, tr("A&pprovals…"));
    action->setToolTip(tr("Approval requests: those waiting for you, pending, approved and ready to apply, expired"));
    connect(action, &QAction::triggered, bench.window, [bench] {
        if (!bench.document->isOpen())
            return;
        ApprovalsDialog dialog(bench);
        Prompts::exec(&dialog);
    });
    if (QMenu *view = bench.registry->menu(MenuId::View))
        view->addAction(action);
    return feature;
}

ApprovalAnswer ApprovalsFeature::run(Document *document, const ApprovalAsk &ask)
{
    QEventLoop loop;
    ApprovalAnswer answer;
    quint64 ticket = 0;
    const QMetaObject::Connection done
        = connect(document, &Document::approvalStepped, &loop, [&](const ApprovalAnswer &a) {
              if (a.ticket != ticket)
                  return;
              answer = a;
              loop.quit();
          });
    ticket = document->approvalStep(ask);
    loop.exec();
    disconnect(done);
    return answer;
}

bool ApprovalsFeature::waitsFor(const ApprovalListing &listing, int index, const Workspace &ws)
{
    if (listing.me == 0 || listing.states.value(index) != approval::State::Pending)
        return false;
    const approval::Request &r = listing.requests.at(index);
    if (!approval::mayVote(r, ws, listing.me))
        return false;
    for (const approval::Vote &v : r.votes) {
        if (v.member == listing.me && v.hash == r.current().hash)
            return false;
    }
    return true;
}

QStringList ApprovalsFeature::actingChoices(const Workbench &bench)
{
    if (location::isServer(bench.document->location()))
        return {};
    QStringList names;
    for (const Member &m : bench.document->stored().members())
        names.append(m.name);
    // The member chosen before, else the one named as the system's user, comes first.
    QString first = bench.document->approvalActor();
    if (first.isEmpty()) {
        if (const Member *m = bench.document->stored().findMember(location::osUser()))
            first = m->name;
    }
    if (names.removeOne(first))
        names.prepend(first);
    return names;
}

void ApprovalsFeature::offerRequest(const Workbench &bench, QDialog *review)
{
    auto *feature = bench.window->findChild<ApprovalsFeature *>();
    const EditSession *session = bench.session;
    if (!feature || !session->hasStagedChanges())
        return;
    const QList<Change> staged = session->stagedChanges();
    const QList<int> gated = approval::gated(session->stored(), staged);
    auto *buttons = review->findChild<QDialogButtonBox *>();
    auto *apply = review->findChild<QPushButton *>(QStringLiteral("reviewApply"));
    if (gated.isEmpty() || !buttons || !apply)
        return;
    // Each change described on the workspace it is made on, as the store judges it.
    Workspace before = session->stored();
    QString first;
    for (int i = 0; i < staged.size() && first.isEmpty(); ++i) {
        Change c = staged.at(i);
        if (i == gated.first())
            first = c.describe(before);
        static_cast<void>(before.apply(c).ok());
    }
    const int count = int(gated.size());
    auto *why = new QLabel(tr("%n of the staged changes need a second person's approval under the workspace's "
                              "approval policy, such as: %1. File them as a request; they are applied once approved.",
                              nullptr, count)
                               .arg(first),
        review);
    why->setObjectName(QStringLiteral("reviewNeedsApproval"));
    why->setWordWrap(true);
    if (auto *box = qobject_cast<QBoxLayout *>(review->layout()))
        box->insertWidget(0, why);
    QPushButton *request = buttons->addButton(tr("Request &Approval…"), QDialogButtonBox::ActionRole);
    // Out of the box, not only hidden: the box shows its buttons again when it lays them out. (Taken out of the box,
    // a button has no parent: the dialog keeps it.)
    buttons->removeButton(apply);
    apply->setParent(review);
    apply->hide();
    request->setObjectName(QStringLiteral("reviewRequestApproval"));
    request->setDefault(true);
    connect(request, &QPushButton::clicked, review, [feature, review]() {
        if (feature->requestApproval(review))
            review->done(QDialog::Rejected);
    });
}

bool ApprovalsFeature::requestApproval(QDialog *review)
{
    QDialog ask(review);
    ask.setWindowTitle(tr("Request Approval"));
    auto *form = new QFormLayout(&ask);
    auto *reason = new QLineEdit(&ask);
    reason->setObjectName(QStringLiteral("requestReason"));
    reason->setPlaceholderText(tr("Why the change is needed (required)"));
    form->addRow(new QLabel(tr("The staged changes wait as one request until enough approvers approve it; then "
                               "anyone applies it from View › Approvals…"),
        &ask));
    form->addRow(tr("&Reason:"), reason);
    const QStringList choices = actingChoices(m_bench);
    QComboBox *as = nullptr;
    if (!choices.isEmpty()) {
        // On SQLite the program cannot tell who runs it: the person says who asks (README: what that proves).
        as = new QComboBox(&ask);
        as->setObjectName(QStringLiteral("requestAs"));
        as->addItems(choices);
        form->addRow(tr("Requested &by:"), as);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &ask);
    buttons->addButton(tr("&File Request"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("requestFile"));
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    form->addRow(buttons);
    ask.resize(560, ask.sizeHint().height());
    while (Prompts::exec(&ask) == QDialog::Accepted) {
        if (as)
            m_bench.document->setApprovalActor(as->currentText());
        ApprovalAsk submit;
        submit.step = ApprovalStep::Submit;
        submit.text = reason->text();
        submit.changes = m_bench.session->stagedChanges();
        const ApprovalAnswer answer = run(m_bench.document, submit);
        if (!answer.status) {
            // The reason is required, the rules are checked again: the store says why, and the person tries again.
            Prompts::warning(review, tr("Request Approval"), answer.status.error().message);
            continue;
        }
        if (m_bench.session->stagedChanges() == submit.changes)
            m_bench.steps->discardChanges();
        m_bench.steps->showMessage(tr("Request %1 waits for %n approval(s); View › Approvals… follows it.", nullptr,
            answer.needed)
                                       .arg(answer.request));
        return true;
    }
    return false;
}

void ApprovalsFeature::read()
{
    if (m_bench.document->isOpen())
        m_ticket = m_bench.document->readApprovals();
}

void ApprovalsFeature::notice(quint64 ticket, const ApprovalListing &listing)
{
    if (ticket != m_ticket || !listing.status || !m_bench.document->isOpen())
        return;
    const Workspace &ws = m_bench.document->stored();
    m_waiting.clear();
    QList<int> fresh;
    for (int i = 0; i < listing.requests.size(); ++i) {
        if (!waitsFor(listing, i, ws))
            continue;
        const Id id = listing.requests.at(i).id;
        m_waiting.insert(id);
        if (!m_noticed.contains(id)) {
            m_noticed.insert(id);
            fresh.append(i);
        }
    }
    const bool first = !m_primed;
    m_primed = true;
    // A message about a request decided meanwhile goes now, not at the next edit.
    if (auto *bar = m_bench.window->findChild<MessageBar *>())
        bar->recheck(false);
    if (fresh.isEmpty())
        return;
    MessageBar::Message message;
    message.cause = QStringLiteral("approvalWaiting");
    if (first || fresh.size() > 1) {
        const int waiting = int(m_waiting.size());
        message.text = tr("%n approval request(s) wait for your approval.", nullptr, waiting);
        message.resolved = [this]() { return m_waiting.isEmpty(); };
    } else {
        const approval::Request &r = listing.requests.at(fresh.first());
        const Id id = r.id;
        message.text = tr("%1 asks for your approval of request %2: %3").arg(r.requesterName).arg(id).arg(r.reason);
        message.resolved = [this, id]() { return !m_waiting.contains(id); };
    }
    if (QAction *open = m_bench.registry->action(ActionId::Approvals))
        message.actions = { open };
    m_bench.steps->showMessage(message);
}

} // namespace rs
