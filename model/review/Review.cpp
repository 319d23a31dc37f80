#include "Review.h"
#include "domain/FieldHasher.h"
#include "domain/Quoted.h"

#include "domain/Dates.h"
#include "domain/Rules.h"

#include <QCoreApplication>

#include <algorithm>

namespace rs::review {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rs::review", text);
}

bool administersAll(const Workspace &ws, Id accountRole)
{
    return accountRole
        && (accountRole == ws.builtInRole(BuiltIn::Owner) || accountRole == ws.builtInRole(BuiltIn::Admin));
}

// Grants of roles, worked out once per role: many members hold the same few roles.
class GrantCache
{
public:
    explicit GrantCache(const Workspace &ws)
        : m_ws(ws)
    {
    }

    // The grants of an account role; `withAdministration` adds the production administration of the Admin & owner
    // and Admin.
    const QList<FeatureGrant> &account(Id role, bool withAdministration)
    {
        const QPair<Id, bool> key { role, withAdministration };
        auto it = m_account.find(key);
        if (it != m_account.end())
            return it.value();
        QList<FeatureGrant> grants;
        const Role *r = m_ws.role(role);
        const Role *admin = m_ws.role(m_ws.builtInRole(BuiltIn::ProductionAdmin));
        for (const Feature &f : m_ws.features()) {
            Levels l = r ? m_ws.grant(*r, f) : Levels();
            if (withAdministration && admin && f.scope == rs::Scope::Production)
                l = l.with(m_ws.grant(*admin, f));
            if (!l.isNone())
                grants.append({ f.id, f.name, l });
        }
        return m_account.insert(key, grants).value();
    }

    // The grants a production role gives on the production's features.
    const QList<FeatureGrant> &seat(Id role)
    {
        auto it = m_seat.find(role);
        if (it != m_seat.end())
            return it.value();
        QList<FeatureGrant> grants;
        if (const Role *r = m_ws.role(role)) {
            for (const Feature &f : m_ws.features()) {
                const Levels l = f.scope == rs::Scope::Production ? m_ws.grant(*r, f) : Levels();
                if (!l.isNone())
                    grants.append({ f.id, f.name, l });
            }
        }
        return m_seat.insert(role, grants).value();
    }

private:
    const Workspace &m_ws;
    QHash<QPair<Id, bool>, QList<FeatureGrant>> m_account;
    QHash<Id, QList<FeatureGrant>> m_seat;
};

Item accountItem(const Workspace &ws, GrantCache &cache, const Member &m)
{
    const Role *r = ws.role(m.accountRole);
    Item item;
    item.kind = Item::Kind::AccountRole;
    item.member = m.id;
    item.memberName = m.name;
    item.role = m.accountRole;
    item.roleName = r ? r->name : QString();
    const bool admin = administersAll(ws, m.accountRole);
    item.reachesAll = r && (admin || !r->invitedOnly);
    item.grants = cache.account(m.accountRole, admin);
    item.ends = dates::iso(m.accountRoleUntil);
    return item;
}

Item seatItem(const Workspace &ws, GrantCache &cache, const Member &m, const Production &p, Id storedRole)
{
    const Role *r = ws.role(storedRole);
    Item item;
    item.kind = Item::Kind::Seat;
    item.member = m.id;
    item.memberName = m.name;
    item.production = p.id;
    item.productionName = p.name;
    item.role = storedRole;
    item.roleName = r ? r->name : QString();
    // What the seat gives in effect: the Admin & owner and Admin administer every production whatever their seat.
    item.grants = cache.seat(ws.seatRole(p.id, m.id));
    // The dates that count: the seat's own, else the production's wrap date as its end.
    const SeatTerm term = ws.effectiveSeatTerm(SeatKey { p.id, m.id });
    item.starts = dates::iso(term.from);
    item.ends = dates::iso(term.until);
    return item;
}

// Whether an account role adds anything inside a production.
bool accountCountsIn(const Workspace &ws, const Item &account, Id production)
{
    if (!account.role)
        return false;
    const bool reaches = account.reachesAll || ws.seats().contains(SeatKey { production, account.member });
    if (!reaches)
        return false;
    for (const FeatureGrant &g : account.grants) {
        const Feature *f = ws.feature(g.feature);
        if (f && f->scope == rs::Scope::Production)
            return true;
    }
    return false;
}

} // namespace

Status checkCampaignName(const QString &name)
{
    return Rules::checkName(name, tr("campaign"));
}

QString Scope::key() const
{
    switch (kind) {
    case Kind::Studio:
        return QStringLiteral("studio");
    case Kind::Production:
        return QStringLiteral("production");
    case Kind::Role:
        return QStringLiteral("role");
    }
    return {};
}

std::optional<Scope::Kind> Scope::parseKey(const QString &key)
{
    if (key == QLatin1String("studio"))
        return Kind::Studio;
    if (key == QLatin1String("production"))
        return Kind::Production;
    if (key == QLatin1String("role"))
        return Kind::Role;
    return std::nullopt;
}

QString Scope::describe() const
{
    switch (kind) {
    case Kind::Studio:
        return tr("the whole studio");
    case Kind::Production:
        return tr("production %1").arg(quoted(targetName));
    case Kind::Role:
        return tr("holders of role %1").arg(quoted(targetName));
    }
    return {};
}

QString Item::kindKey() const
{
    return kind == Kind::AccountRole ? QStringLiteral("account") : QStringLiteral("seat");
}

QString Item::kindText() const
{
    return kind == Kind::AccountRole ? tr("Account role") : tr("Seat");
}

QString Item::grantsSummary() const
{
    if (grants.isEmpty())
        return tr("nothing");
    int counts[4] = { 0, 0, 0, 0 };
    for (const FeatureGrant &g : grants) {
        for (int l = 0; l < 4; ++l)
            counts[l] += g.levels.has(kAllLevels[l]) ? 1 : 0;
    }
    return QCoreApplication::translate(
        "rs::review", "%n features: view %1, add %2, edit %3, delete %4", nullptr, int(grants.size()))
        .arg(counts[0])
        .arg(counts[1])
        .arg(counts[2])
        .arg(counts[3]);
}

QString Item::grantsDetail() const
{
    if (grants.isEmpty())
        return tr("nothing");
    QStringList parts;
    for (const FeatureGrant &g : grants)
        parts.append(QStringLiteral("%1: %2").arg(g.featureName, g.levels.toText()));
    return parts.join(QStringLiteral("; "));
}

QString Item::provenance() const
{
    if (kind == Kind::Seat)
        return tr("seat in %1 as %2").arg(quoted(productionName), quoted(roleName));
    return reachesAll ? tr("account role %1, every production").arg(quoted(roleName))
                      : tr("account role %1, invited productions only").arg(quoted(roleName));
}

QString Item::grantsKey() const
{
    QString key;
    key.reserve(grants.size() * 6);
    for (const FeatureGrant &g : grants) {
        if (!key.isEmpty())
            key += QLatin1Char(';');
        key += QString::number(g.feature);
        key += QLatin1Char(':');
        key += QString::number(g.levels.bits());
    }
    return key;
}

QList<FeatureGrant> Item::parseGrantsKey(const QString &key, const Workspace *names)
{
    // "feature:levels" parts separated by ';', read in place: a campaign's items hold a million of them.
    QList<FeatureGrant> grants;
    grants.reserve(key.count(QLatin1Char(';')) + 1);
    for (const QStringView part : QStringView(key).tokenize(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        const Id feature = (colon < 0 ? part : part.left(colon)).toLongLong();
        QStringView bits = colon < 0 ? QStringView() : part.mid(colon + 1);
        if (const qsizetype next = bits.indexOf(QLatin1Char(':')); next >= 0)
            bits = bits.left(next);
        const Levels levels = Levels::fromBits(bits.toUInt());
        const Feature *f = names ? names->feature(feature) : nullptr;
        grants.append({ feature, f ? f->name : QString(), levels });
    }
    return grants;
}

QString Item::accessKey() const
{
    return QStringLiteral("%1:%2:%3").arg(kindKey()).arg(member).arg(production);
}

bool Item::sameAccess(const Item &other) const
{
    if (kind != other.kind || member != other.member || production != other.production || role != other.role
        || reachesAll != other.reachesAll || starts != other.starts || ends != other.ends
        || grants.size() != other.grants.size())
        return false;
    for (qsizetype i = 0; i < grants.size(); ++i) {
        if (grants.at(i).feature != other.grants.at(i).feature || grants.at(i).levels != other.grants.at(i).levels)
            return false;
    }
    return true;
}

QList<Item> freezeItems(const Workspace &ws, const Scope &scope)
{
    GrantCache cache(ws);
    QHash<Id, QList<QPair<Id, Id>>> seatsOf; // member -> (production, role)
    seatsOf.reserve(ws.members().size());
    for (auto it = ws.seats().cbegin(); it != ws.seats().cend(); ++it)
        seatsOf[it.key().member].append({ it.key().production, it.value() });
    QList<const Member *> members;
    members.reserve(ws.members().size());
    for (const Member &m : ws.members())
        members.append(&m);
    std::sort(members.begin(), members.end(),
        [](const Member *a, const Member *b) { return a->name == b->name ? a->id < b->id : a->name < b->name; });
    QList<Item> items;
    for (const Member *m : members) {
        if (m->accountRole) {
            Item account = accountItem(ws, cache, *m);
            const bool wanted = scope.kind == Scope::Kind::Studio
                || (scope.kind == Scope::Kind::Role && m->accountRole == scope.target)
                || (scope.kind == Scope::Kind::Production && accountCountsIn(ws, account, scope.target));
            if (wanted)
                items.append(std::move(account));
        }
        QList<QPair<Id, Id>> seats = seatsOf.value(m->id);
        std::sort(seats.begin(), seats.end(), [&ws](const QPair<Id, Id> &a, const QPair<Id, Id> &b) {
            const QString &an = ws.production(a.first)->name;
            const QString &bn = ws.production(b.first)->name;
            return an == bn ? a.first < b.first : an < bn;
        });
        for (const auto &[production, role] : seats) {
            const bool wanted = scope.kind == Scope::Kind::Studio
                || (scope.kind == Scope::Kind::Role && role == scope.target)
                || (scope.kind == Scope::Kind::Production && production == scope.target);
            if (wanted)
                items.append(seatItem(ws, cache, *m, *ws.production(production), role));
        }
    }
    for (qsizetype i = 0; i < items.size(); ++i)
        items[i].number = int(i + 1);
    return items;
}

QString itemsHash(const QList<Item> &items)
{
    // A grant set shared by many items is written out once.
    FieldHasher field(QByteArrayLiteral("rolesheet-review-items-1\n"));
    QHash<const FeatureGrant *, QByteArray> grantKeys;
    for (const Item &i : items) {
        field.number(i.number);
        field.bytes(i.kind == Item::Kind::AccountRole ? QByteArrayView("account") : QByteArrayView("seat"));
        field.number(i.member);
        field.text(i.memberName);
        field.number(i.production);
        field.text(i.productionName);
        field.number(i.role);
        field.text(i.roleName);
        field.bytes(i.reachesAll ? QByteArrayView("all") : QByteArrayView("invited"));
        field.text(i.starts);
        field.text(i.ends);
        auto key = grantKeys.find(i.grants.constData());
        if (key == grantKeys.end())
            key = grantKeys.insert(i.grants.constData(), i.grantsKey().toUtf8());
        field.bytes(*key);
    }
    return field.hex();
}

QList<Item> changedSince(const QList<Item> &current, const QList<Item> &previous)
{
    QHash<QString, const Item *> before;
    for (const Item &i : previous)
        before.insert(i.accessKey(), &i);
    QList<Item> result;
    for (const Item &i : current) {
        const Item *was = before.value(i.accessKey());
        if (!was || !was->sameAccess(i))
            result.append(i);
    }
    for (qsizetype n = 0; n < result.size(); ++n)
        result[n].number = int(n + 1);
    return result;
}

QString Decision::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Keep:
        return QStringLiteral("keep");
    case Kind::Revoke:
        return QStringLiteral("revoke");
    case Kind::EndOn:
        return QStringLiteral("end");
    }
    return {};
}

std::optional<Decision::Kind> Decision::parseKind(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("keep"))
        return Kind::Keep;
    if (k == QLatin1String("revoke"))
        return Kind::Revoke;
    if (k == QLatin1String("end"))
        return Kind::EndOn;
    return std::nullopt;
}

QString Decision::text() const
{
    switch (kind) {
    case Kind::None:
        return tr("Undecided");
    case Kind::Keep:
        return tr("Keep");
    case Kind::Revoke:
        return tr("Revoke");
    case Kind::EndOn:
        return tr("End on %1").arg(endDate.toString(Qt::ISODate));
    }
    return {};
}

Status checkComment(const QString &comment)
{
    if (comment.size() > kMaxCommentLength)
        return Error::badInput(tr("A comment has %1 characters at most.").arg(kMaxCommentLength));
    return Rules::checkText(comment, tr("comment"));
}

bool ItemFilter::matches(const Item &item, const Decision &decision) const
{
    if (undecidedOnly && decision.kind != Decision::Kind::None)
        return false;
    if (!production.isEmpty() && item.productionName != production)
        return false;
    if (!role.isEmpty() && item.roleName != role)
        return false;
    return member.isEmpty() || item.memberName.contains(member, Qt::CaseInsensitive);
}

Status checkDecision(Decision &decision, const QDate &today)
{
    if (decision.kind == Decision::Kind::None)
        return Error::badInput(tr("A decision is keep, revoke or end on a date."));
    if (decision.kind == Decision::Kind::EndOn) {
        if (!decision.endDate.isValid())
            return Error::badInput(tr("An end date is written as YYYY-MM-DD."));
        if (decision.endDate < today)
            return Error::badInput(tr("The end date %1 is in the past.").arg(decision.endDate.toString(Qt::ISODate)));
    } else {
        decision.endDate = QDate();
    }
    return checkComment(decision.comment);
}

std::optional<Item> currentAccess(const Workspace &ws, const Item &item)
{
    const Member *m = ws.member(item.member);
    if (!m)
        return std::nullopt;
    GrantCache cache(ws);
    Item now;
    if (item.kind == Item::Kind::AccountRole) {
        if (!m->accountRole)
            return std::nullopt;
        now = accountItem(ws, cache, *m);
    } else {
        const Production *p = ws.production(item.production);
        const Id role = p ? ws.seats().value(SeatKey { p->id, m->id }, 0) : 0;
        if (!role)
            return std::nullopt;
        now = seatItem(ws, cache, *m, *p, role);
    }
    now.number = item.number;
    return now;
}

Change revokeChange(const Item &item)
{
    if (item.kind == Item::Kind::AccountRole)
        return Change::setAccountRole(item.member, 0);
    return Change::uninvite(item.production, item.member);
}

Result<Change> endOnDateChange(const Workspace &ws, const Item &item, const QDate &date)
{
    // The access counts to the last instant of that day in the workspace's time zone, as an end typed anywhere else.
    const QDateTime until = dates::endOfDay(date, ws.timeZone());
    if (item.kind == Item::Kind::Seat) {
        // The seat keeps its start; only its end moves.
        const SeatTerm term = ws.seatTerm(SeatKey { item.production, item.member });
        return Change::setSeatDates(item.production, item.member, term.from, until);
    }
    return Change::setAccountRole(item.member, item.role, until);
}

} // namespace rs::review
