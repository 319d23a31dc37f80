#include "RequestView.h"

#include "formats/RequestPdf.h"

#include "Prompts.h"
#include "ReviewDialog.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "formats/RequestPdf.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace rs {

namespace {

QString when(const QDateTime &at, const Workspace &ws)
{
    return QLocale().toString(at.toTimeZone(ws.timeZone()), QStringLiteral("yyyy-MM-dd HH:mm"));
}

constexpr int kStepBase = 10; // a dialog result of kStepBase + step

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

QStringList RequestView::appliedLines(const QJsonArray &impact, int shown)
{
    const QStringList all = formats::requestImpactLines(impact);
    if (all.isEmpty())
        return { tr("When it was applied, nobody gained or lost access.") };
    QStringList lines { tr("When it was applied:") };
    for (const QString &line : all.mid(0, shown))
        lines << QStringLiteral("  ") + line;
    if (const int more = int(all.size()) - shown; more > 0)
        lines << tr("…and %n more; the request's evidence (request export) lists every one.", nullptr, more);
    return lines;
}

std::optional<ApprovalStep> RequestView::open(const Workbench &bench, const approval::Request &request,
    approval::State state, const std::optional<QJsonArray> &applied, QWidget *parent)
{
    const Workspace &ws = bench.document->stored();
    // The change set staged on the workspace as stored: the same cells and member impact as Review Changes.
    EditSession staged;
    staged.load(ws);
    const Status fits = staged.stageAll(tr("Request %1").arg(request.id), request.current().changes);
    ReviewDialog dialog(&staged, parent);
    dialog.setWindowTitle(tr("Approval Request %1").arg(request.id));
    QStringList lines = facts(request, state, ws);
    if (state == approval::State::Applied && applied)
        lines << appliedLines(*applied, 12);
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
