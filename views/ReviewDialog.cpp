#include "ReviewDialog.h"
#include "ReviewDialogDates.h"

#include "commands/EditSession.h"
#include "commands/StagedDiff.h"
#include "commands/WorkspaceDiff.h"
#include "domain/DefaultWorkspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rs {

namespace {

QString featureName(const Workspace &working, const Workspace &stored, Id id)
{
    const Feature *f = working.feature(id);
    if (!f)
        f = stored.feature(id);
    return f ? DefaultWorkspace::displayName(f->name) : QString();
}

// The first column of a role's row: the role, marked when it is new or deleted.
QString roleHeading(const RoleChange &rc)
{
    switch (rc.kind) {
    case RoleChange::Kind::Added:
        return ReviewDialog::tr("New: %1").arg(rc.label);
    case RoleChange::Kind::Removed:
        return ReviewDialog::tr("Deleted: %1").arg(rc.label);
    case RoleChange::Kind::Changed:
        break;
    }
    return rc.label;
}

} // namespace

QStringList ReviewDialog::changeLines(const StagedDiff &diff, const Workspace &stored, const Workspace &working)
{
    QStringList lines;
    for (const RoleChange &rc : diff.roles) {
        const QString heading = roleHeading(rc);
        if (rc.notes.isEmpty() && rc.cells.isEmpty())
            lines << heading;
        for (const QString &note : rc.notes)
            lines << tr("%1 \u2014 %2").arg(heading, note);
        for (const CellChange &c : rc.cells)
            lines << tr("%1 \u2014 %2: %3 \u2192 %4")
                         .arg(heading, featureName(working, stored, c.feature), c.before.toText(), c.after.toText());
    }
    lines << diff.others;
    return lines;
}

ReviewDialog::ReviewDialog(EditSession *session, QWidget *parent)
    : QDialog(parent)
    , m_stored(&session->stored())
    , m_working(&session->working())
    , m_changes(new QTreeWidget(this))
    , m_impact(new QTreeWidget(this))
{
    setWindowTitle(tr("Review changes"));
    QDialogButtonBox *buttons = setUp(diffStaged(session->stored(), session->working(), session->stagedChanges()),
        tr("<b>What changes</b>, against the workspace as stored:"), QString());
    QPushButton *apply = buttons->addButton(tr("&Apply All"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("reviewApply"));
    QPushButton *discard = buttons->addButton(tr("&Discard All"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("reviewDiscard"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(apply, &QPushButton::clicked, this, [this]() { done(ApplyResult); });
    connect(discard, &QPushButton::clicked, this, [this]() { done(DiscardResult); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReviewDialog::ReviewDialog(const Workspace &stored, const WorkspaceDiff &diff, const QString &question, QWidget *parent)
    : QDialog(parent)
    , m_stored(&stored)
    , m_working(&diff.aligned)
    , m_import(true)
    , m_changes(new QTreeWidget(this))
    , m_impact(new QTreeWidget(this))
{
    setWindowTitle(tr("Import workspace"));
    // The imported workspace carries the stored one's ids wherever the two hold the same thing (matched by name), so
    // the staged-changes diff shows it cell by cell; members, productions and seats are listed by name.
    StagedDiff review = diffStaged(stored, diff.aligned, {});
    review.others = diff.otherLines();
    QDialogButtonBox *buttons
        = setUp(review, tr("<b>What changes</b> when the workspace is replaced by the imported one:"), question);
    QPushButton *replace = buttons->addButton(tr("&Replace Workspace"), QDialogButtonBox::AcceptRole);
    replace->setObjectName(QStringLiteral("reviewReplace"));
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("reviewCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(920, 720);
}

QDialogButtonBox *ReviewDialog::setUp(const StagedDiff &diff, const QString &changesTitle, const QString &question)
{
    m_changes->setObjectName(QStringLiteral("reviewChanges"));
    m_impact->setObjectName(QStringLiteral("reviewImpact"));
    m_changes->setHeaderLabels({ tr("Change"), tr("Before"), tr("After") });
    m_impact->setHeaderLabels({ tr("Member and feature"), tr("Before"), tr("After"), tr("Where") });
    for (QTreeWidget *tree : { m_changes, m_impact }) {
        tree->setUniformRowHeights(true);
        tree->header()->setStretchLastSection(true);
        tree->setColumnWidth(0, 320);
        tree->setColumnWidth(1, 170);
        tree->setColumnWidth(2, 170);
    }

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(changesTitle, top));
    topLayout->addWidget(m_changes);
    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *impactTitle = new QLabel(bottom);
    impactTitle->setObjectName(QStringLiteral("impactTitle"));
    bottomLayout->addWidget(impactTitle);
    bottomLayout->addWidget(m_impact);

    auto *buttons = new QDialogButtonBox(this);
    auto *layout = new QVBoxLayout(this);
    if (!question.isEmpty()) {
        auto *label = new QLabel(question, this);
        label->setObjectName(QStringLiteral("reviewQuestion"));
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(860, 640);
    fill(diff);
    impactTitle->setText(diff.membersAffected > diff.membersShown
            ? tr("<b>Impact on members</b>: %n members may be affected; the first %1 are shown.", nullptr,
                int(diff.membersAffected))
                  .arg(diff.membersShown)
            : tr("<b>Impact on members</b>: who gains or loses which access."));
    return buttons;
}

QString ReviewDialog::gainsAndLosses(Levels before, Levels after)
{
    QStringList parts;
    const Levels gained = after.without(before);
    const Levels lost = before.without(after);
    if (!gained.isNone())
        parts << tr("gains %1").arg(gained.toText());
    if (!lost.isNone())
        parts << tr("loses %1").arg(lost.toText());
    return parts.join(QStringLiteral(", "));
}

void ReviewDialog::fill(const StagedDiff &diff)
{
    const Workspace &stored = *m_stored;
    const Workspace &working = *m_working;
    for (const RoleChange &rc : diff.roles) {
        auto *role = new QTreeWidgetItem(m_changes);
        role->setText(0, roleHeading(rc));
        role->setText(2, tr("Cells that differ: %1").arg(rc.cells.size()));
        for (const QString &note : rc.notes)
            new QTreeWidgetItem(role, { note });
        for (const CellChange &c : rc.cells)
            new QTreeWidgetItem(role, { featureName(working, stored, c.feature), c.before.toText(), c.after.toText() });
        // An import lists what it adds or removes first, then roles; a whole new or deleted role stays closed there.
        role->setExpanded(rc.cells.size() <= 40 && (!m_import || rc.kind == RoleChange::Kind::Changed));
    }
    if (!diff.others.isEmpty()) {
        auto *others = new QTreeWidgetItem({ tr("Members, productions and catalog") });
        m_changes->insertTopLevelItem(m_import ? 0 : m_changes->topLevelItemCount(), others);
        for (const QString &text : diff.others)
            new QTreeWidgetItem(others, { text });
        others->setExpanded(true);
        // A line in words has no before and after columns: it takes the whole row rather than being cut short. A
        // line that sets dates shows them before and after.
        for (int i = 0; i < others->childCount(); ++i)
            reviewdates::showDates(others->child(i), diff.dates.value(i));
    }

    QHash<Id, QTreeWidgetItem *> byMember;
    for (const AccessChange &a : diff.access) {
        QTreeWidgetItem *&member = byMember[a.member];
        if (!member) {
            const Member *m = working.member(a.member) ? working.member(a.member) : stored.member(a.member);
            member = new QTreeWidgetItem(m_impact, { m ? m->name : QString() });
        }
        QString where = tr("account-wide");
        if (!a.productions.isEmpty()) {
            QStringList names;
            for (int i = 0; i < a.productions.size() && i < 3; ++i) {
                const Production *p = working.production(a.productions.at(i));
                if (!p)
                    p = stored.production(a.productions.at(i));
                names << (p ? p->name : QString());
            }
            where = a.productions.size() > 3
                ? tr("%1 and %2 more").arg(names.join(QStringLiteral(", ")), QString::number(a.productions.size() - 3))
                : names.join(QStringLiteral(", "));
        }
        auto *row = new QTreeWidgetItem(member,
            { featureName(working, stored, a.feature) + QStringLiteral(": ") + gainsAndLosses(a.before, a.after),
                a.before.toText(), a.after.toText(), where });
        row->setToolTip(3, where);
    }
    for (QTreeWidgetItem *member : std::as_const(byMember))
        member->setText(1, tr("Features: %1").arg(member->childCount()));
    reviewdates::addTimedImpact(m_impact, byMember, diff.timed, stored, working);
    if (diff.access.isEmpty() && diff.timed.isEmpty())
        new QTreeWidgetItem(m_impact, { tr("Nobody gains or loses access.") });
    if (byMember.size() <= 10)
        m_impact->expandAll();
    // Before and After wide enough for a date range ("7. Dez. 2026 – 20. Dez. 2026"), never wider than a third.
    for (QTreeWidget *tree : { m_changes, m_impact }) {
        for (int column : { 1, 2 }) {
            tree->resizeColumnToContents(column);
            tree->setColumnWidth(column, std::clamp(tree->columnWidth(column), 170, 300));
        }
    }
}

} // namespace rs
