// The dialog that starts an access review.
#include "ReviewStart.h"

#include "Prompts.h"
#include "ReviewsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace rs {

// The start of a campaign: name, scope, due date, reviewers and delta mode.
std::optional<CampaignStart> askReviewStart(QWidget *parent, const Workspace &ws)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(ReviewsDialog::tr("Start an Access Review"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setText(ReviewsDialog::tr("Review %1").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM"))));
    auto *scope = new QComboBox(&dialog);
    scope->addItem(ReviewsDialog::tr("The whole studio"));
    QList<review::Scope> scopes { review::Scope::studio() };
    for (const Production &p : ws.productions()) {
        scope->addItem(ReviewsDialog::tr("Production: %1").arg(p.name));
        scopes.append(review::Scope::production(p));
    }
    for (const Role *r : ws.accountRoles()) {
        scope->addItem(ReviewsDialog::tr("Holders of role: %1").arg(r->name));
        scopes.append(review::Scope::role(*r));
    }
    auto *due = new QDateEdit(QDate::currentDate().addDays(30), &dialog);
    due->setCalendarPopup(true);
    auto *reviewers = new QListWidget(&dialog);
    for (const Member &m : ws.members()) {
        auto *item = new QListWidgetItem(m.name, reviewers);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m.id == ws.owner() ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, m.id);
    }
    auto *delta = new QCheckBox(ReviewsDialog::tr("Only what changed since the last closed review of this scope"));
    form->addRow(ReviewsDialog::tr("&Name:"), name);
    form->addRow(ReviewsDialog::tr("&Scope:"), scope);
    form->addRow(ReviewsDialog::tr("&Due:"), due);
    form->addRow(ReviewsDialog::tr("&Reviewers:"), reviewers);
    form->addRow(delta);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(ReviewsDialog::tr("&Start"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (Prompts::exec(&dialog) != QDialog::Accepted)
        return std::nullopt;
    CampaignStart start;
    start.name = name->text();
    start.scope = scopes.value(scope->currentIndex());
    start.due = due->date();
    start.delta = delta->isChecked();
    for (int i = 0; i < reviewers->count(); ++i) {
        if (reviewers->item(i)->checkState() == Qt::Checked)
            start.reviewers.append(reviewers->item(i)->data(Qt::UserRole).toLongLong());
    }
    return start;
}

} // namespace rs
