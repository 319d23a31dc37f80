#include "Generate.h"

#include "domain/DefaultWorkspace.h"
#include "domain/Rules.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace rs {

namespace {

const char *const kFeatureWords[] = {
    "Retouch Queue", "Color Grading", "Proof Gallery", "Contact Sheets", "Lab Orders",   "Album Layouts",
    "Yearbook Pages", "Green Screen",  "Dailies",       "Subtitles",      "Conform",      "Sound Mix",
    "Deliverables",  "Call Sheets",   "Releases",      "Model Releases", "Usage Rights", "Invoices",
    "Crew Rates",    "Newsletters",   "Storyboards",   "Shot Lists",     "Archive",      "Watermarks",
};
constexpr int kFeatureWordCount = int(sizeof(kFeatureWords) / sizeof(kFeatureWords[0]));

const char *const kAccountRoleNames[] = {
    "Studio manager", "Bookkeeper", "Front desk", "Sales lead", "Lab liaison", "Marketing coordinator",
    "Senior photographer", "Producer", "Archivist", "Trainer",
};
constexpr int kAccountRoleNameCount = int(sizeof(kAccountRoleNames) / sizeof(kAccountRoleNames[0]));

const char *const kProductionRoleNames[] = {
    "Freelance subtitler", "Colorist", "Retoucher", "Second shooter", "Assistant photographer", "Editor",
    "Sound mixer", "Set designer", "Client reviewer", "Data wrangler", "Makeup artist", "Runner",
};
constexpr int kProductionRoleNameCount = int(sizeof(kProductionRoleNames) / sizeof(kProductionRoleNames[0]));

const char *const kSeasons[] = {"Spring", "Summer", "Autumn", "Winter"};
const char *const kJobKinds[] = {"Portraits", "Graduation", "Sports Teams", "Headshots", "Documentary", "Commercial",
                                 "Wedding Series", "Catalog Shoot"};

QString numbered(const char *word, int number, int width)
{
    return QStringLiteral("%1 %2").arg(QString::fromUtf8(word)).arg(number, width, 10, QLatin1Char('0'));
}

// Applies generated changes; a refusal is a bug in the generator, so it stops there.
class Generator
{
public:
    Generator(const GenerateSpec &spec, quint32 seed) : m_spec(spec), m_random(seed) { }

    Workspace run()
    {
        m_ws = DefaultWorkspace::create(QStringLiteral("Morgan Avery"), QStringLiteral("Northlight Studio"));
        addFeatures();
        addAccountRoles();
        addMembers();
        addProductions();
        addProductionRoles();
        addSeats();
        return std::move(m_ws);
    }

private:
    bool apply(Change change)
    {
        const Result<Touched> done = m_ws.apply(change);
        if (!done.ok()) {
            qWarning("generateWorkspace: a generated change was refused: %s", qPrintable(done.error().message));
            return false;
        }
        m_last = change;
        return true;
    }
    int below(int n) { return n <= 0 ? 0 : int(m_random.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }
    Levels randomLevels() { return Levels::fromBits(m_random.bounded(16u)); }

    void addFeatures()
    {
        int production = 0;
        for (const Feature &f : m_ws.features())
            production += f.scope == Scope::Production ? 1 : 0;
        const int extra = std::max(0, m_spec.features - int(m_ws.features().size()));
        int extraProduction = std::clamp(m_spec.productionFeatures - production, 0, extra);
        Id section = 0;
        for (int i = 0; i < extra; ++i) {
            if (i % 25 == 0 && apply(Change::addSection(numbered("Module", i / 25 + 1, 2))))
                section = m_last.section;
            // Spread production features evenly over the new ones.
            const bool isProduction = extraProduction > 0 && below(extra - i) < extraProduction;
            extraProduction -= isProduction ? 1 : 0;
            Categories categories;
            bool ownerOnly = false;
            if (!isProduction && i % 11 == 5)
                categories = Category::Financial;
            else if (!isProduction && i % 13 == 7)
                categories = Category::Marketing;
            else if (!isProduction && i % 17 == 3)
                categories = Category::Personnel;
            if (categories.has(Category::Financial) && i % 3 == 0)
                ownerOnly = true;
            const QString name = numbered(kFeatureWords[i % kFeatureWordCount], i + 1, 3);
            apply(Change::addFeature(section, name, isProduction ? Scope::Production : Scope::Account, categories,
                                     ownerOnly, QStringLiteral("Generated for scale: %1.").arg(name)));
        }
    }

    void addAccountRoles()
    {
        const Id templ = m_ws.findTemplate(QStringLiteral("Production"))->id;
        const int custom = std::max(0, m_spec.accountRoles - 3);
        for (int i = 0; i < custom; ++i) {
            QString name = QString::fromUtf8(kAccountRoleNames[i % kAccountRoleNameCount]);
            if (i >= kAccountRoleNameCount)
                name += QStringLiteral(" %1").arg(i / kAccountRoleNameCount + 1);
            const bool fromTemplate = i % 3 == 0;
            apply(Change::createRole(name, Scope::Account, 0, fromTemplate ? templ : 0));
            const Id role = m_last.role;
            m_accountRoles.append(role);
            if (!fromTemplate && chance(50)) {
                Categories guard = Category::Financial;
                if (chance(50))
                    guard = guard.with(Category::Personnel);
                apply(Change::setGuardrails(role, guard)); // clears the forbidden grants
            }
            if (i % 4 == 1)
                apply(Change::setInvitedOnly(role, true));
            // Random grants where the rules allow them; every role keeps some of its first grant.
            for (const Feature &f : m_ws.features()) {
                if (!chance(40))
                    continue;
                const Role *r = m_ws.role(role);
                const Levels levels = randomLevels().common(Rules::allowedLevels(m_ws, *r, f));
                apply(Change::setGrant(role, f.id, levels));
            }
        }
    }

    void addMembers()
    {
        const Id admin = m_ws.builtInRole(BuiltIn::Admin);
        const Id creator = m_ws.builtInRole(BuiltIn::CreateProductions);
        m_creators.append(m_ws.owner());
        for (int i = 1; i < m_spec.members; ++i) {
            Id role = 0;
            const int roll = below(100);
            if (roll < 2 || i == 1)
                role = admin;
            else if (roll < 8 || i == 2)
                role = creator;
            else if (roll < 95 && !m_accountRoles.isEmpty())
                role = m_accountRoles.at(below(int(m_accountRoles.size())));
            apply(Change::addMember(numbered("Member", i, m_spec.members >= 10000 ? 5 : 4), role));
            m_members.append(m_last.member);
            if (role == admin || role == creator)
                m_creators.append(m_last.member);
            if (role == admin)
                m_admins.insert(m_last.member);
        }
    }

    void addProductions()
    {
        const int kinds = int(sizeof(kJobKinds) / sizeof(kJobKinds[0]));
        for (int i = 0; i < m_spec.productions; ++i) {
            const QString name = QStringLiteral("%1 %2 %3")
                                     .arg(QString::fromUtf8(kSeasons[i % 4]), QString::fromUtf8(kJobKinds[(i / 4) % kinds]))
                                     .arg(i + 1, 4, 10, QLatin1Char('0'));
            const Id by = m_creators.at(below(int(m_creators.size())));
            apply(Change::createProduction(name, by));
            m_productions.append(m_last.production);
            m_seated.insert(SeatKey{m_last.production, by});
        }
    }

    void addProductionRoles()
    {
        const int custom = std::max(0, m_spec.productionRoles - 2);
        if (m_productions.isEmpty())
            return;
        QHash<Id, int> perProduction;
        for (int i = 0; i < custom; ++i) {
            const Id production = m_productions.at(i % m_productions.size());
            const int n = perProduction[production]++;
            QString name = QString::fromUtf8(kProductionRoleNames[n % kProductionRoleNameCount]);
            if (n >= kProductionRoleNameCount)
                name += QStringLiteral(" %1").arg(n / kProductionRoleNameCount + 1);
            // Created with every production level on, then a few switched off, as a manager would.
            apply(Change::createRole(name, Scope::Production, production));
            const Id role = m_last.role;
            m_productionRoles[production].append(role);
            for (int k = 0; k < 6; ++k) {
                const Feature &f = m_ws.features().at(below(int(m_ws.features().size())));
                if (f.scope == Scope::Production)
                    apply(Change::setGrant(role, f.id, randomLevels()));
            }
        }
    }

    void addSeats()
    {
        if (m_productions.isEmpty() || m_members.isEmpty())
            return;
        const qsizetype possible = qsizetype(m_productions.size()) * (m_members.size() + 1);
        const qsizetype target = std::min<qsizetype>(m_spec.seats, possible);
        const Id productionAdmin = m_ws.builtInRole(BuiltIn::ProductionAdmin);
        int attempts = 0;
        while (m_seated.size() < target && attempts++ < m_spec.seats * 20) {
            const Id production = m_productions.at(below(int(m_productions.size())));
            const Id member = m_members.at(below(int(m_members.size())));
            const SeatKey key{production, member};
            if (m_seated.contains(key))
                continue;
            Id role = 0; // the default: Production member
            const int roll = below(100);
            const QList<Id> own = m_productionRoles.value(production);
            if (m_admins.contains(member) || roll < 15)
                role = productionAdmin;
            else if (roll < 45 && !own.isEmpty())
                role = own.at(below(int(own.size())));
            apply(Change::invite(production, member, role));
            m_seated.insert(key);
        }
    }

    GenerateSpec m_spec;
    QRandomGenerator m_random;
    Workspace m_ws;
    Change m_last;
    QList<Id> m_accountRoles, m_members, m_creators, m_productions;
    QSet<Id> m_admins;
    QHash<Id, QList<Id>> m_productionRoles;
    QSet<SeatKey> m_seated;
};

} // namespace

GenerateSpec GenerateSpec::studio()
{
    return GenerateSpec{31, 14, 12, 18, 200, 500, 5000};
}

GenerateSpec GenerateSpec::stress()
{
    return GenerateSpec{500, 250, 20, 5000, 10000, 1000, 100000};
}

GenerateSpec GenerateSpec::small()
{
    return GenerateSpec{36, 17, 7, 8, 12, 4, 20};
}

Workspace generateWorkspace(const GenerateSpec &spec, quint32 seed)
{
    return Generator(spec, seed).run();
}

} // namespace rs
