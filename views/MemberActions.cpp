#include "MemberActions.h"

#include "DateField.h"
#include "MemberDialogs.h"
#include "NavigatorPanel.h"
#include "Prompts.h"
#include "Workbench.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "domain/Dates.h"
#include "domain/DefaultWorkspace.h"
#include "domain/Rules.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rs {

namespace {

// A small form dialog: rows added by the caller, OK and Cancel below.
class FormDialog : public QDialog
{
public:
    FormDialog(const QString &title, QWidget *parent)
        : QDialog(parent)
        , m_form(new QFormLayout)
    {
        setWindowTitle(title);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(m_form);
        layout->addWidget(buttons);
        setMinimumWidth(420);
    }
    template <typename W> W *addRow(const QString &label, const QString &name)
    {
        return addRow(label, name, new W(this));
    }
    // Adds a field made by the caller; the first field added has the focus when the dialog opens, so what is typed
    // goes into it.
    template <typename W> W *addRow(const QString &label, const QString &name, W *w)
    {
        w->setObjectName(name);
        m_form->addRow(label, w);
        if (!m_first)
            m_first = w;
        return w;
    }

protected:
    void showEvent(QShowEvent *event) override
    {
        QDialog::showEvent(event);
        if (m_first)
            m_first->setFocus(Qt::PopupFocusReason);
    }

private:
    QFormLayout *m_form;
    QWidget *m_first = nullptr;
};

void fillRoles(QComboBox *combo, const QList<const Role *> &roles, Id current, bool withNone)
{
    if (withNone)
        combo->addItem(QCoreApplication::translate("rs::MemberActions", "(no account role)"), Id(0));
    for (const Role *r : roles) {
        if (r->builtIn == BuiltIn::Owner)
            continue; // ownership moves only by a transfer
        combo->addItem(DefaultWorkspace::displayName(*r), r->id);
    }
    const int at = combo->findData(current);
    if (at >= 0)
        combo->setCurrentIndex(at);
}

} // namespace

MemberActions::MemberActions(const Workbench &bench)
    : QObject(bench.window)
    , m_bench(bench)
{
    connect(add(ActionId::AddMember, tr("&Add Member…"), QKeySequence(tr("Ctrl+M"))), &QAction::triggered, this,
        &MemberActions::addMember);
    connect(add(ActionId::SetAccountRole, tr("Set &Account Role…"), QKeySequence(tr("Ctrl+Shift+A"))),
        &QAction::triggered, this, &MemberActions::setAccountRole);
    connect(add(ActionId::TransferOwnership, tr("&Transfer Ownership…"), QKeySequence(tr("Ctrl+Shift+O"))),
        &QAction::triggered, this, &MemberActions::transferOwnership);
    connect(add(ActionId::CreateProduction, tr("Create &Production…"), QKeySequence(tr("Ctrl+Shift+P"))),
        &QAction::triggered, this, &MemberActions::createProduction);
    connect(add(ActionId::Invite, tr("&Invite to Production…"), QKeySequence(tr("Ctrl+I"))), &QAction::triggered, this,
        &MemberActions::invite);
    connect(add(ActionId::CheckAccess, tr("&Check Access…"), QKeySequence(tr("Ctrl+K"))), &QAction::triggered, this,
        &MemberActions::checkAccess);
    connect(
        add(ActionId::RenameMemberOrProduction, tr("Re&name Member or Production…"), QKeySequence(tr("Ctrl+Shift+R"))),
        &QAction::triggered, this, &MemberActions::renameSelected);
    connect(add(ActionId::RemoveFromTeam, tr("Remove from &Team…"), QKeySequence(tr("Ctrl+Shift+U"))),
        &QAction::triggered, this, &MemberActions::removeFromTeam);
    connect(add(ActionId::RemoveMember, tr("&Remove Member…"), QKeySequence(tr("Ctrl+Shift+Del"))), &QAction::triggered,
        this, &MemberActions::removeMember);
    connect(add(ActionId::DeleteProduction, tr("&Delete Production…"), QKeySequence(tr("Ctrl+Alt+Del"))),
        &QAction::triggered, this, &MemberActions::deleteProduction);
}

QAction *MemberActions::add(ActionId id, const QString &text, const QKeySequence &shortcut)
{
    QAction *action = m_bench.registry->add(id, text, shortcut);
    m_actions.append(action);
    return action;
}

void MemberActions::updateActions()
{
    const bool open = m_bench.document->isOpen();
    for (QAction *a : m_actions)
        a->setEnabled(open);
    const Id member = m_bench.navigator->currentMember();
    const Id production = m_bench.navigator->currentProduction();
    m_bench.registry->action(ActionId::RemoveFromTeam)->setEnabled(open && member && production);
    m_bench.registry->action(ActionId::RenameMemberOrProduction)->setEnabled(open && (member || production));
    m_bench.registry->action(ActionId::RemoveMember)->setEnabled(open && member);
    m_bench.registry->action(ActionId::DeleteProduction)->setEnabled(open && production);
}

void MemberActions::renameSelected()
{
    EditSession *session = m_bench.session;
    const Workspace &ws = session->working();
    bool ok = false;
    if (const Member *m = ws.member(m_bench.navigator->currentMember())) {
        const QString name
            = Prompts::text(m_bench.window, tr("Rename member"), tr("New name for %1:").arg(m->name), m->name, &ok);
        if (ok && name != m->name)
            session->submit(Change::renameMember(m->id, name));
    } else if (const Production *p = ws.production(m_bench.navigator->currentProduction())) {
        const QString name
            = Prompts::text(m_bench.window, tr("Rename production"), tr("New name for %1:").arg(p->name), p->name, &ok);
        if (ok && name != p->name)
            session->submit(Change::renameProduction(p->id, name));
    }
}

void MemberActions::removeFromTeam()
{
    EditSession *session = m_bench.session;
    const Member *m = session->working().member(m_bench.navigator->currentMember());
    const Production *p = session->working().production(m_bench.navigator->currentProduction());
    if (!m || !p)
        return;
    if (Prompts::question(
            m_bench.window, tr("Remove from team"), tr("Take %1 off the team of %2?").arg(m->name, p->name))
        == QMessageBox::Yes)
        session->submit(Change::uninvite(p->id, m->id));
}

void MemberActions::removeMember()
{
    EditSession *session = m_bench.session;
    const Member *m = session->working().member(m_bench.navigator->currentMember());
    if (!m)
        return;
    if (Prompts::question(m_bench.window, tr("Remove member"),
            tr("Remove %1 from the workspace, with every team seat they hold?").arg(m->name))
        == QMessageBox::Yes)
        session->submit(Change::removeMember(m->id));
}

void MemberActions::deleteProduction()
{
    EditSession *session = m_bench.session;
    const Production *p = session->working().production(m_bench.navigator->currentProduction());
    if (!p)
        return;
    if (Prompts::question(m_bench.window, tr("Delete production"),
            tr("Delete %1 with its team and its own roles? Members stay in the workspace.").arg(p->name))
        == QMessageBox::Yes)
        session->submit(Change::deleteProduction(p->id));
}

void MemberActions::addMember()
{
    EditSession *session = m_bench.session;
    const Workspace &ws = session->working();
    FormDialog dialog(tr("Add member"), m_bench.window);
    auto *name = dialog.addRow<QLineEdit>(tr("&Name:"), QStringLiteral("memberName"));
    auto *role = dialog.addRow<QComboBox>(tr("&Account role:"), QStringLiteral("memberRole"));
    fillRoles(role, ws.accountRoles(), 0, true);
    if (Prompts::exec(&dialog) != QDialog::Accepted)
        return;
    Change applied;
    if (session->submit(Change::addMember(name->text(), role->currentData().value<Id>()), &applied))
        m_bench.navigator->selectMember(applied.member);
}

void MemberActions::setAccountRole()
{
    EditSession *session = m_bench.session;
    const Workspace &ws = session->working();
    FormDialog dialog(tr("Set account role"), m_bench.window);
    auto *member = dialog.addRow<QComboBox>(tr("&Member:"), QStringLiteral("member"));
    fillMembers(member, ws);
    const Id current = m_bench.navigator->currentMember();
    if (current)
        member->setCurrentIndex(std::max(0, member->findData(current)));
    auto *role = dialog.addRow<QComboBox>(tr("&Account role:"), QStringLiteral("accountRole"));
    const Member *m = ws.member(member->currentData().value<Id>());
    fillRoles(role, ws.accountRoles(), m ? m->accountRole : 0, true);
    const QTimeZone zone = ws.timeZone();
    auto *until = dialog.addRow(tr("&Until (last day):"), QStringLiteral("accountRoleUntil"),
        new DateField(DateField::Mode::LastDay, zone, &dialog));
    until->allowOpen(tr("No end"));
    until->setToolTip(tr("The account role ends after this day in %1; tick \"No end\" for one that does not end.")
                          .arg(QString::fromUtf8(zone.id())));
    const auto showUntil = [&]() {
        const Member *chosen = ws.member(member->currentData().value<Id>());
        until->setValue(chosen ? chosen->accountRoleUntil : QDateTime());
    };
    QObject::connect(member, &QComboBox::currentIndexChanged, &dialog, showUntil);
    showUntil();
    Result<QDateTime> end = QDateTime();
    while (true) {
        if (Prompts::exec(&dialog) != QDialog::Accepted)
            return;
        if ((end = until->value()))
            break;
        Prompts::warning(m_bench.window, tr("Set account role"), end.error().message);
    }
    const Id chosenRole = role->currentData().value<Id>();
    session->submit(
        Change::setAccountRole(member->currentData().value<Id>(), chosenRole, chosenRole ? *end : QDateTime()));
}

void MemberActions::transferOwnership()
{
    EditSession *session = m_bench.session;
    TransferOwnershipDialog dialog(session->working(), m_bench.window);
    if (Prompts::exec(&dialog) != QDialog::Accepted || !dialog.newOwner())
        return;
    session->submit(Change::transferOwnership(dialog.newOwner()));
}

void MemberActions::createProduction()
{
    EditSession *session = m_bench.session;
    const Workspace &ws = session->working();
    FormDialog dialog(tr("Create production"), m_bench.window);
    auto *name = dialog.addRow<QLineEdit>(tr("&Name:"), QStringLiteral("productionName"));
    auto *by = dialog.addRow<QComboBox>(tr("Created &by:"), QStringLiteral("createdBy"));
    fillMembers(by, ws);
    by->setCurrentIndex(std::max(0, by->findData(ws.owner())));
    if (Prompts::exec(&dialog) != QDialog::Accepted)
        return;
    Change applied;
    if (session->submit(Change::createProduction(name->text(), by->currentData().value<Id>()), &applied))
        m_bench.navigator->selectProduction(applied.production);
}

void MemberActions::invite()
{
    EditSession *session = m_bench.session;
    const Workspace &ws = session->working();
    if (ws.productions().isEmpty()) {
        m_bench.steps->showNeedsProduction(tr("There is no production to invite anyone to: create one first."));
        return;
    }
    FormDialog dialog(tr("Invite to production"), m_bench.window);
    auto *member = dialog.addRow<QComboBox>(tr("&Member:"), QStringLiteral("member"));
    fillMembers(member, ws);
    if (const Id current = m_bench.navigator->currentMember())
        member->setCurrentIndex(std::max(0, member->findData(current)));
    auto *production = dialog.addRow<QComboBox>(tr("&Production:"), QStringLiteral("production"));
    for (const Production &p : ws.productions())
        production->addItem(p.name, p.id);
    if (const Id current = m_bench.navigator->currentProduction())
        production->setCurrentIndex(std::max(0, production->findData(current)));
    auto *role = dialog.addRow<QComboBox>(tr("&Role there:"), QStringLiteral("productionRole"));
    auto fill = [&]() {
        role->clear();
        fillRoles(role, ws.productionRoles(production->currentData().value<Id>()),
            ws.builtInRole(BuiltIn::ProductionMember), false);
    };
    QObject::connect(production, &QComboBox::currentIndexChanged, &dialog, fill);
    fill();
    // Freelancers' seats start and end by themselves: first and last days count whole, in the workspace's time zone.
    const QTimeZone zone = ws.timeZone();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    auto *from = dialog.addRow(
        tr("&From (first day):"), QStringLiteral("seatFrom"), new DateField(DateField::Mode::FirstDay, zone, &dialog));
    from->allowOpen(tr("From now"));
    from->setToolTip(tr("The seat counts from the start of this day in %1; tick \"From now\" for a seat that counts "
                        "at once.")
                         .arg(QString::fromUtf8(zone.id())));
    auto *until = dialog.addRow(
        tr("&Until (last day):"), QStringLiteral("seatUntil"), new DateField(DateField::Mode::LastDay, zone, &dialog));
    until->allowOpen(tr("No end"));
    until->setToolTip(tr("The seat ends after this day in %1; tick \"No end\" for a seat that does not end.")
                          .arg(QString::fromUtf8(zone.id())));
    Result<QDateTime> start = QDateTime();
    Result<QDateTime> end = QDateTime();
    while (true) {
        if (Prompts::exec(&dialog) != QDialog::Accepted)
            return;
        start = from->value();
        end = until->value();
        if (start && end)
            break;
        Prompts::warning(m_bench.window, tr("Invite to production"), (start ? end : start).error().message);
    }
    if (end->isValid() && end->toTimeZone(zone).date() < today
        && Prompts::question(m_bench.window, tr("Invite to production"),
               tr("The seat would end on %1, which has passed: it is given as already ended. Invite anyway?")
                   .arg(dates::date(*end, zone)))
            != QMessageBox::Yes)
        return;
    session->submit(Change::invite(production->currentData().value<Id>(), member->currentData().value<Id>(),
        role->currentData().value<Id>(), *start, *end));
}

void MemberActions::checkAccess()
{
    const Workspace &ws = m_bench.session->working();
    Id member = m_bench.navigator->currentMember();
    if (!member)
        member = ws.owner();
    CheckAccessDialog dialog(ws, member, m_bench.navigator->currentProduction(), m_bench.window);
    Prompts::exec(&dialog);
}

} // namespace rs
