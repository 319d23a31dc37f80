#include "RequestView.h"

#include "Prompts.h"
#include "ReviewDialog.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "domain/AccessImpact.h"
#include "domain/DefaultWorkspace.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>

namespace rs {

namespace {

QString when(const QDateTime &at, const Workspace &ws)
{
    return QLocale().toString(at.toTimeZone(ws.timeZone()), QStringLiteral("yyyy-MM-dd HH:mm"));
}

constexpr int kStepBase = 10; // a dialog result of kStepBase + step

// An applied request in Review's two lists: its changes as filed, and who gained or lost what as the apply's audit
// record kept it, member by member.
void showApplied(
    ReviewDialog &dialog, const Workspace &ws, const approval::Request &request, const std::optional<QJsonArray> &kept)
{
    QTreeWidget *changes = dialog.changesTree();
    changes->clear();
    Workspace walk = ws;
    for (Change c : request.current().changes) {
        new QTreeWidgetItem(changes, { c.describe(walk) });
        static_cast<void>(walk.apply(c).ok());
    }
    if (auto *title = changes->parentWidget()->findChild<QLabel *>())
        title->setText(RequestView::tr("<b>What it changed</b>, as filed:"));
    QTreeWidget *impact = dialog.impactTree();
    impact->clear();
    if (auto *title = dialog.findChild<QLabel *>(QStringLiteral("impactTitle")))
        title->setText(RequestView::tr("<b>Impact on members</b>: who gained or lost which access when it was "
                                       "applied, as its audit record keeps it."));
    if (!kept) {
        new QTreeWidgetItem(impact, { RequestView::tr("Applied before records kept who gained or lost what.") });
        return;
    }
    QHash<QString, QTreeWidgetItem *> byMember;
    for (const KeptAccessChange &a : keptImpact(*kept)) {
        QTreeWidgetItem *&member = byMember[a.member];
        if (!member)
            member = new QTreeWidgetItem(impact, { a.member });
        new QTreeWidgetItem(member,
            { DefaultWorkspace::displayName(a.feature) + QStringLiteral(": ")
                    + ReviewDialog::gainsAndLosses(a.before, a.after),
                a.before.toText(), a.after.toText(),
                a.productions.isEmpty() ? RequestView::tr("account-wide") : a.productions.join(QStringLiteral(", ")) });
    }
    for (QTreeWidgetItem *member : std::as_const(byMember))
        member->setText(1, RequestView::tr("Features: %1").arg(member->childCount()));
    if (byMember.isEmpty())
        new QTreeWidgetItem(impact, { RequestView::tr("Nobody gained or lost access.") });
    else if (byMember.size() <= 10)
        impact->expandAll();
}

} // namespace

QStringList RequestView::facts(const approval::Request &r, approval::State state, const Workspace &ws)
{
    QStringList lines;
    const QList<approval::Vote> counted = approval::counted(r, ws);
    const int needed = ws.approvalPolicy().approvals;
    lines << tr("Request %1 is %2: %3 of %4 approvals.")
                 .arg(r.id)
                 .arg(approval::stateName(state))
                 .arg(counted.size())
                 .arg(needed);
    if (r.breakGlass)
        lines << tr("Applied at once by breaking glass; listed for approval after the fact.");
    lines << tr("Filed by %1 on %2. Reason: %3").arg(r.requesterName, when(r.filedAt, ws), r.reason);
    lines << tr("Made on workspace version %1; SHA-256 %2").arg(r.current().baseVersion).arg(r.current().hash);
    for (const approval::Vote &v : r.votes) {
        bool counts = false;
        for (const approval::Vote &c : counted)
            counts = counts || c.seq == v.seq;
        QString line = v.approve ? tr("Approved by %1 on %2").arg(v.name, when(v.at, ws))
                                 : tr("Denied by %1 on %2").arg(v.name, when(v.at, ws));
        if (v.approve)
            line += QLatin1Char(' ') + (counts ? tr("(counts)") : tr("(does not count)"));
        if (!v.comment.isEmpty())
            line += QStringLiteral(": ") + v.comment;
        lines << line;
    }
    if (state == approval::State::Pending)
        lines << tr("Can be approved until %1.").arg(when(approval::windowEnd(r, ws), ws));
    else if (state == approval::State::Approved)
        lines << tr("Can be applied until %1.").arg(when(approval::windowEnd(r, ws), ws));
    else if (state == approval::State::Applied && r.appliedAt.isValid())
        lines << tr("Applied by %1 on %2 as workspace version %3.")
                     .arg(r.appliedBy, when(r.appliedAt, ws))
                     .arg(r.appliedVersion);
    return lines;
}

std::optional<ApprovalStep> RequestView::open(const Workbench &bench, const approval::Request &request,
    approval::State state, const std::optional<QJsonArray> &applied, QWidget *parent)
{
    const Workspace &ws = bench.document->stored();
    // The change set staged on the workspace as stored: the same cells and member impact as Review Changes.
    EditSession staged;
    staged.load(ws);
    // An applied request's changes are in the workspace: staged again they would show nothing, or nonsense.
    const Status fits = state == approval::State::Applied
        ? Status()
        : staged.stageAll(tr("Request %1").arg(request.id), request.current().changes);
    ReviewDialog dialog(&staged, parent);
    dialog.setWindowTitle(tr("Approval Request %1").arg(request.id));
    QStringList lines = facts(request, state, ws);
    if (state == approval::State::Applied)
        showApplied(dialog, ws, request, applied);
    else if (!fits)
        lines << tr("It no longer fits the workspace as it is now: %1").arg(fits.error().message);
    auto *label = new QLabel(lines.join(QLatin1Char('\n')), &dialog);
    label->setObjectName(QStringLiteral("requestFacts"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (auto *box = qobject_cast<QBoxLayout *>(dialog.layout()))
        box->insertWidget(0, label);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    for (const char *name : { "reviewApply", "reviewDiscard" }) {
        if (auto *b = dialog.findChild<QPushButton *>(QLatin1String(name))) {
            if (buttons)
                buttons->removeButton(b); // which leaves it without a parent
            b->setParent(&dialog);
            b->hide();
        }
    }
    const bool pending = state == approval::State::Pending;
    const bool approved = state == approval::State::Approved;
    const struct
    {
        ApprovalStep step;
        QString text;
        const char *name;
        bool shown;
    } steps[] = {
        { ApprovalStep::Approve, tr("A&pprove…"), "requestApprove",
            pending || (state == approval::State::Applied && request.breakGlass) },
        { ApprovalStep::Deny, tr("&Deny…"), "requestDeny", pending },
        { ApprovalStep::Apply, tr("&Apply"), "requestApply", approved },
        { ApprovalStep::Withdraw, tr("&Withdraw"), "requestWithdraw", pending || approved },
    };
    for (const auto &s : steps) {
        if (!s.shown || !buttons)
            continue;
        QPushButton *b = buttons->addButton(s.text, QDialogButtonBox::ActionRole);
        b->setObjectName(QLatin1String(s.name));
        const int code = kStepBase + int(s.step);
        QObject::connect(b, &QPushButton::clicked, &dialog, [&dialog, code]() { dialog.done(code); });
    }
    const int result = Prompts::exec(&dialog);
    if (result < kStepBase)
        return std::nullopt;
    return ApprovalStep(result - kStepBase);
}

} // namespace rs
