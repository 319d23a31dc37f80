#include "DetailsPanel.h"

#include "domain/Dates.h"
#include "domain/DefaultWorkspace.h"

#include "Prompts.h"
#include "commands/EditSession.h"
#include "domain/Rules.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

#include <algorithm>

namespace rs {

namespace {

constexpr int kMaxHoldersListed = 200;

} // namespace

DetailsPanel::DetailsPanel(EditSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_name(new QLabel(this))
    , m_kind(new QLabel(this))
    , m_description(new QLabel(this))
    , m_invitedOnly(new QCheckBox(tr("Invited productions only"), this))
    , m_holdersTitle(new QLabel(this))
    , m_holders(new QListView(this))
    , m_holderNames(new QStringListModel(this))
{
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_name->setWordWrap(true);
    m_kind->setWordWrap(true);
    m_description->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("detailsName"));
    m_holders->setObjectName(QStringLiteral("holders"));
    m_holders->setModel(m_holderNames);
    m_holders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_holders->setUniformItemSizes(true);

    auto *guardBox = new QGroupBox(tr("Guardrails"), this);
    auto *guardLayout = new QVBoxLayout(guardBox);
    for (int i = 0; i < 3; ++i) {
        const Category c = kAllCategories[i];
        m_guardrails[i] = new QCheckBox(tr("No %1 features").arg(categoryName(c)), guardBox);
        m_guardrails[i]->setObjectName(QStringLiteral("guardrail-") + categoryKey(c));
        guardLayout->addWidget(m_guardrails[i]);
        connect(m_guardrails[i], &QCheckBox::toggled, this, [this, c](bool on) { guardrailToggled(c, on); });
    }
    m_invitedOnly->setToolTip(tr("The role reaches only the productions its holders were invited to."));
    connect(m_invitedOnly, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_refreshing)
            m_session->submit(Change::setInvitedOnly(m_role, on));
        refresh();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_name);
    layout->addWidget(m_kind);
    layout->addWidget(m_description);
    m_editDescription = new QPushButton(tr("Edit &description…"), this);
    m_editDescription->setObjectName(QStringLiteral("editDescription"));
    connect(m_editDescription, &QPushButton::clicked, this, [this]() {
        const Role *r = m_session->working().role(m_role);
        if (!r)
            return;
        bool ok = false;
        const QString text = Prompts::text(
            this, tr("Description"), tr("What %1 is for, in a sentence or two:").arg(r->name), r->description, &ok);
        if (ok && text != r->description)
            m_session->submit(Change::setDescription(m_role, text.trimmed()));
    });
    layout->addWidget(m_editDescription, 0, Qt::AlignLeft);
    layout->addWidget(guardBox);
    layout->addWidget(m_invitedOnly);
    layout->addWidget(m_holdersTitle);
    layout->addWidget(m_holders, 1);
    layout->addStretch(0); // keeps the fields together at the top when there is no list of holders

    connect(m_session, &EditSession::workingChanged, this, [this](const Touched &t) {
        if (!t.members.isEmpty() || !t.seats.isEmpty() || !t.roles.isEmpty())
            m_holderIndexValid = false;
        if (t.roles.contains(m_role) || !t.members.isEmpty() || !t.seats.isEmpty())
            refresh();
    });
    connect(m_session, &EditSession::reloaded, this, [this]() {
        m_holderIndexValid = false;
        refresh();
    });
    refresh();
}

QCheckBox *DetailsPanel::guardrailBox(Category category) const
{
    for (int i = 0; i < 3; ++i) {
        if (kAllCategories[i] == category)
            return m_guardrails[i];
    }
    return nullptr;
}

void DetailsPanel::showRole(Id role)
{
    m_role = role;
    refresh();
}

void DetailsPanel::guardrailToggled(Category category, bool on)
{
    if (m_refreshing)
        return;
    const Role *r = m_session->working().role(m_role);
    if (!r)
        return;
    const Categories wanted = on ? r->guardrails.with(category) : r->guardrails.without(category);
    QString reason;
    if (!on) {
        bool ok = false;
        reason = Prompts::text(this, tr("Remove a guardrail"),
            tr("Removing the %1 guardrail from %2 is recorded. Why does it come off?")
                .arg(categoryName(category), r->name),
            QString(), &ok);
        if (!ok) {
            refresh();
            return;
        }
    }
    m_session->submit(Change::setGuardrails(m_role, wanted, reason));
    refresh();
}

const QList<Id> &DetailsPanel::holdersOf(Id role)
{
    // One pass over members and seats serves every role shown until the next change: switching roles stays fast on a
    // workspace of a hundred thousand seats.
    if (!m_holderIndexValid) {
        m_holderIndex.clear();
        const Workspace &ws = m_session->working();
        for (const Member &m : ws.members()) {
            if (m.accountRole)
                m_holderIndex[m.accountRole].append(m.id);
        }
        for (auto it = ws.seats().cbegin(); it != ws.seats().cend(); ++it)
            m_holderIndex[it.value()].append(it.key().member);
        for (QList<Id> &members : m_holderIndex) {
            std::sort(members.begin(), members.end());
            members.erase(std::unique(members.begin(), members.end()), members.end());
        }
        m_holderIndexValid = true;
    }
    static const QList<Id> none;
    const auto it = m_holderIndex.constFind(role);
    return it == m_holderIndex.cend() ? none : *it;
}

void DetailsPanel::refresh()
{
    m_refreshing = true;
    const Workspace *ws = m_session->isLoaded() ? &m_session->working() : nullptr;
    const Role *r = ws ? ws->role(m_role) : nullptr;
    setEnabled(r != nullptr);
    if (!r) {
        m_name->setText(tr("No role selected"));
        m_kind->clear();
        m_description->clear();
        m_holdersTitle->clear();
        m_holderNames->setStringList({});
        m_refreshing = false;
        return;
    }
    m_name->setText(DefaultWorkspace::displayName(*r));
    QString kind;
    if (r->isTemplate)
        kind = tr("Template (%1 scope): roles are created from it; nobody holds it.")
                   .arg(r->scope == Scope::Account ? tr("account") : tr("production"));
    else if (r->scope == Scope::Account)
        kind = tr("Account role: applies across the whole workspace.");
    else if (r->production && ws->production(r->production))
        kind = tr("Production role of %1.").arg(ws->production(r->production)->name);
    else
        kind = tr("Production role, available in every production.");
    if (r->isLocked())
        kind += QLatin1Char(' ') + tr("Built in and locked.");
    m_kind->setText(kind);
    m_description->setText(DefaultWorkspace::displayDescription(*r));
    m_description->setVisible(!r->description.isEmpty());
    for (int i = 0; i < 3; ++i) {
        m_guardrails[i]->setChecked(r->guardrails.has(kAllCategories[i]));
        m_guardrails[i]->setEnabled(!r->isLocked());
    }
    m_invitedOnly->setChecked(r->invitedOnly || r->builtIn == BuiltIn::CreateProductions);
    m_invitedOnly->setVisible(r->isAccountRole());
    m_invitedOnly->setEnabled(!r->isLocked());
    m_editDescription->setVisible(!r->isLocked());
    const QList<Id> holders = r->isTemplate ? QList<Id>() : holdersOf(r->id);
    m_holdersTitle->setText(r->isTemplate ? tr("Templates are not held by anyone.")
            : holders.isEmpty()           ? tr("Nobody holds this role.")
                                          : tr("Members who hold it: %1").arg(holders.size()));
    m_holders->setVisible(!holders.isEmpty());
    QStringList names;
    const QTimeZone zone = ws->timeZone();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A holder whose hold on the role ends says when, or that it has ended.
    const auto ending = [&](const QString &where, const QDateTime &until) {
        const QString date = dates::date(until, zone);
        if (until < now)
            return where.isEmpty() ? tr("ended %1").arg(date) : tr("in %1 ended %2").arg(where, date);
        return where.isEmpty() ? tr("until %1").arg(date) : tr("in %1 until %2").arg(where, date);
    };
    for (int i = 0; i < holders.size() && i < kMaxHoldersListed; ++i) {
        const Member *m = ws->member(holders.at(i));
        if (!m)
            continue;
        QStringList ends;
        if (m->accountRole == r->id && m->accountRoleUntil.isValid())
            ends << ending({}, m->accountRoleUntil);
        if (r->isProductionRole()) {
            for (const Production &p : ws->productions()) {
                if (r->production && r->production != p.id)
                    continue; // a production's own role is held there only
                const SeatKey key { p.id, m->id };
                if (ws->seats().value(key) != r->id)
                    continue;
                const SeatTerm term = ws->effectiveSeatTerm(key);
                if (term.until.isValid())
                    ends << ending(p.name, term.until);
            }
        }
        names << (ends.isEmpty() ? m->name : QStringLiteral("%1 (%2)").arg(m->name, ends.join(QStringLiteral("; "))));
    }
    if (holders.size() > kMaxHoldersListed)
        names << tr("… and %1 more").arg(holders.size() - kMaxHoldersListed);
    m_holderNames->setStringList(names);
    m_refreshing = false;
}

} // namespace rs
