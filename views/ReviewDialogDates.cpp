#include "ReviewDialogDates.h"

#include "ReviewDialog.h"

#include <QTreeWidget>

#include <algorithm>

namespace rs::reviewdates {

void showDates(QTreeWidgetItem *line, const DatedChange &dated)
{
    if (dated.before.isEmpty() && dated.after.isEmpty()) {
        line->setFirstColumnSpanned(true);
        return;
    }
    line->setText(1, dated.before);
    line->setText(2, dated.after);
    line->setToolTip(0, line->text(0));
}

void addTimedImpact(QTreeWidget *impact, QHash<Id, QTreeWidgetItem *> &byMember, const QList<TimedAccess> &timed,
    const Workspace &stored, const Workspace &working)
{
    for (const TimedAccess &t : timed) {
        QTreeWidgetItem *&member = byMember[t.member];
        if (!member) {
            const Member *m = working.member(t.member) ? working.member(t.member) : stored.member(t.member);
            member = new QTreeWidgetItem(impact, { m ? m->name : QString() });
        }
        const Production *p
            = working.production(t.production) ? working.production(t.production) : stored.production(t.production);
        const QString where = p ? p->name : ReviewDialog::tr("account-wide");
        auto *row = new QTreeWidgetItem(member, { t.text, t.before, t.after, where });
        row->setToolTip(0, t.text);
        member->setExpanded(true);
    }
    // A sentence that names the member, the production and the day: wide enough to be read whole.
    int wanted = 0;
    for (const TimedAccess &t : timed)
        wanted = std::max(wanted, impact->fontMetrics().horizontalAdvance(t.text) + 2 * impact->indentation() + 16);
    if (wanted > impact->columnWidth(0))
        impact->setColumnWidth(0, std::min(wanted, 560));
}

} // namespace rs::reviewdates
