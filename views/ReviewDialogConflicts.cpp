// The Review Changes dialog's section on duty rules: the conflicts the staged changes make, each with its member,
// rule and holdings, and whether it refuses Apply (a block rule no exception covers) or only warns.
#include "ReviewDialog.h"

#include "domain/Dates.h"
#include "domain/Duties.h"

#include <QColor>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rs {

namespace {

QString holdings(const Workspace &ws, const QList<duties::Holding> &list)
{
    QStringList parts;
    for (const duties::Holding &h : list)
        parts.append(duties::describeHolding(ws, h));
    return parts.join(QStringLiteral("; "));
}

} // namespace

void ReviewDialog::showConflicts(const duties::Book &book, const QDateTime &nowGiven)
{
    auto *splitter = findChild<QSplitter *>();
    if (m_conflicts || !splitter || book.rules.isEmpty())
        return;
    const QDateTime now = nowGiven.isValid() ? nowGiven : QDateTime::currentDateTimeUtc();
    const Workspace &stored = *m_stored;
    const Workspace &working = *m_working;
    // A conflict the stored workspace has already is not the staged changes' doing.
    const AccessIndex storedIndex(stored, now);
    QSet<QPair<Id, QString>> had;
    for (const duties::Conflict &c : duties::conflicts(stored, storedIndex, book, now, duties::When::From))
        had.insert({ c.member, c.rule.toCaseFolded() });
    const AccessIndex workingIndex(working, now);

    auto *section = new QWidget(splitter);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(section);
    title->setObjectName(QStringLiteral("reviewConflictsTitle"));
    title->setWordWrap(true);
    m_conflicts = new QTreeWidget(section);
    m_conflicts->setObjectName(QStringLiteral("reviewConflicts"));
    m_conflicts->setRootIsDecorated(false);
    m_conflicts->setHeaderLabels(
        { tr("Member and rule"), tr("One side through"), tr("Other side through"), tr("Outcome") });
    m_conflicts->header()->setStretchLastSection(true);
    m_conflicts->setColumnWidth(0, 230);
    m_conflicts->setColumnWidth(1, 220);
    m_conflicts->setColumnWidth(2, 220);
    layout->addWidget(title);
    layout->addWidget(m_conflicts);

    int refusing = 0;
    for (const duties::Conflict &c : duties::conflicts(working, workingIndex, book, now, duties::When::From)) {
        if (had.contains({ c.member, c.rule.toCaseFolded() }))
            continue;
        const Member *m = working.member(c.member);
        QString outcome;
        const bool refuses = c.severity == duties::Severity::Block && !c.exception;
        if (refuses)
            outcome = tr("Refuses Apply: a block rule, and no exception covers it");
        else if (c.exception)
            outcome = tr("Allowed by an exception until %1, granted by %2")
                          .arg(dates::date(c.exception->until, working.timeZone()), c.exception->grantedBy);
        else
            outcome = tr("Warns: applied, and reported");
        auto *row = new QTreeWidgetItem(m_conflicts,
            { tr("%1 \u2014 %2 (%3)").arg(m ? m->name : QString(), c.rule, duties::severityKey(c.severity)),
                holdings(working, c.left), holdings(working, c.right), outcome });
        for (int column = 0; column < 4; ++column)
            row->setToolTip(column, row->text(column));
        if (refuses) {
            ++refusing;
            QFont bold = row->font(3);
            bold.setBold(true);
            row->setFont(3, bold);
            row->setForeground(3, QColor(170, 20, 20));
        }
    }
    // Member, rule and holdings as wide as they need, within reason; the outcome takes the rest.
    for (int column = 0; column < 3; ++column) {
        m_conflicts->resizeColumnToContents(column);
        m_conflicts->setColumnWidth(column, std::clamp(m_conflicts->columnWidth(column), 160, 420));
    }
    const int total = m_conflicts->topLevelItemCount();
    if (total == 0) {
        auto *none = new QTreeWidgetItem(m_conflicts, { tr("No staged change makes a conflict with the duty rules.") });
        none->setFirstColumnSpanned(true);
    }
    QString heading = tr("<b>Duty conflicts</b> the staged changes make: %n; ", nullptr, total);
    heading += refusing > 0 ? tr("%n refuse(s) Apply until an exception covers it.", nullptr, refusing)
                            : tr("none refuses Apply.");
    title->setText(heading);
    if (QPushButton *apply = findChild<QPushButton *>(QStringLiteral("reviewApply")); apply && refusing > 0)
        apply->setToolTip(tr("A block duty rule refuses these changes: see Duty conflicts below."));
    splitter->setStretchFactor(2, 0);
    if (height() < 760)
        resize(width(), 760);
}

} // namespace rs
