// Every rule of SPEC §4, refused and allowed: a refusal changes nothing and says which rule refused it in one
// sentence; an accepted change has the effect a studio manager expects.
#include "ModelFixture.h"

#include "domain/Rules.h"

#include <QTest>

using namespace rs;
using namespace fx;

namespace {

#define OP []([[maybe_unused]] Workspace &ws) -> Change
#define EFFECT []([[maybe_unused]] const Workspace &ws, [[maybe_unused]] const Change &c) -> QString

void refused(const char *name, Op op, const QStringList &mentions)
{
    QTest::newRow(name) << op << false << mentions << Effect();
}

void allowed(const char *name, Op op, Effect effect)
{
    QTest::newRow(name) << op << true << QStringList() << effect;
}

QString expect(bool condition, const char *what)
{
    return condition ? QString() : s(what);
}

const Role &roleOf(const Workspace &ws, Id id)
{
    static const Role none;
    const Role *r = ws.role(id);
    return r ? *r : none;
}

} // namespace

// The SPEC §4 rules as tables of operations.
class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void rule1_oneOwner_data();
    void rule1_oneOwner() { run(); }
    void rule2_transfer_data();
    void rule2_transfer() { run(); }
    void rule3_locked_data();
    void rule3_locked() { run(); }
    void rule4_ownerOnly_data();
    void rule4_ownerOnly() { run(); }
    void rule5_guardrails_data();
    void rule5_guardrails() { run(); }
    void rule6_productionScope_data();
    void rule6_productionScope() { run(); }
    void rule7_inviteDefault_data();
    void rule7_inviteDefault() { run(); }
    void rule8_deleteHeld_data();
    void rule8_deleteHeld() { run(); }
    void rule9_names_data();
    void rule9_names() { run(); }
    void rule10_admins_data();
    void rule10_admins() { run(); }
    void productions_data();
    void productions() { run(); }

    void defaultWorkspaceObeysEveryRule();
    void whyClosedExplainsClosedCells();

private:
    void addColumns();
    void run();
};

void TestRules::addColumns()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<Effect>("effect");
}

void TestRules::run()
{
    QFETCH(Op, op);
    QFETCH(bool, accepted);
    QFETCH(QStringList, mentions);
    QFETCH(Effect, effect);
    Workspace ws = studio();
    Change change = op(ws);
    const Workspace before = ws;
    const Id nextIdBefore = ws.nextId();
    const Result<Touched> result = ws.apply(change);
    if (!accepted) {
        QVERIFY2(!result.ok(), "the change was accepted but a rule should refuse it");
        QVERIFY2(ws == before, "a refused change altered the workspace");
        QCOMPARE(ws.nextId(), nextIdBefore);
        const QString message = result.error().message;
        QVERIFY2(!message.isEmpty(), "a refusal says why");
        QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String(". ")), qPrintable(QStringLiteral("one sentence: ") + message));
        QVERIFY2(message.size() < 300, qPrintable(message.left(300)));
        for (const QString &word : mentions)
            QVERIFY2(message.contains(word), qPrintable(QStringLiteral("“%1” not named in: %2").arg(word, message)));
    } else {
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QVERIFY2(!(ws == before) || change.kind == Change::Kind::SetAccountRole, "an accepted change had no effect");
        const Status valid = ws.verify();
        QVERIFY2(valid.ok(), qPrintable(valid.error().message));
        const QString problem = effect(ws, change);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestRules::rule1_oneOwner_data()
{
    addColumns();
    refused("make a second owner", OP {
        return Change::setAccountRole(member(ws, "Ann Lee"), builtIn(ws, BuiltIn::Owner));
    }, {s("Admin & owner"), s("transfer")});
    refused("add a member as owner", OP {
        return Change::addMember(s("Kim Novak"), builtIn(ws, BuiltIn::Owner));
    }, {s("Admin & owner")});
    refused("remove the owner", OP { return Change::removeMember(member(ws, "Morgan Avery")); },
            {s("Morgan Avery"), s("transfer")});
    refused("demote the owner to Admin", OP {
        return Change::setAccountRole(member(ws, "Morgan Avery"), builtIn(ws, BuiltIn::Admin));
    }, {s("Morgan Avery")});
    refused("take the owner's account role away", OP {
        return Change::setAccountRole(member(ws, "Morgan Avery"), 0);
    }, {s("Morgan Avery")});
    refused("transfer ownership to the owner", OP { return Change::transferOwnership(member(ws, "Morgan Avery")); },
            {s("Morgan Avery")});
    allowed("remove an Admin", OP { return Change::removeMember(member(ws, "Ann Lee")); }, EFFECT {
        Q_UNUSED(c);
        return expect(!member(ws, "Ann Lee") && ws.owner() == member(ws, "Morgan Avery"), "Ann gone, owner stays");
    });
    allowed("removing a member empties their seats", OP { return Change::removeMember(member(ws, "Dev Patel")); },
            EFFECT {
        for (auto it = ws.seats().cbegin(); it != ws.seats().cend(); ++it) {
            if (it.key().member == c.member)
                return s("a removed member still holds a seat");
        }
        return {};
    });
}

void TestRules::rule2_transfer_data()
{
    addColumns();
    allowed("transfer to an Admin", OP { return Change::transferOwnership(member(ws, "Ann Lee")); }, EFFECT {
        Q_UNUSED(c);
        QString e = expect(ws.owner() == member(ws, "Ann Lee"), "Ann is the owner");
        e += expect(ws.member(member(ws, "Morgan Avery"))->accountRole == builtIn(ws, BuiltIn::Admin),
                    "the old owner becomes Admin");
        return e;
    });
    allowed("transfer to a member without a role", OP { return Change::transferOwnership(member(ws, "Dev Patel")); },
            EFFECT {
        const Id spring = production(ws, "Spring Portraits 0042");
        QString e = expect(ws.owner() == c.member, "Dev is the owner");
        e += expect(ws.member(member(ws, "Morgan Avery"))->accountRole == builtIn(ws, BuiltIn::Admin),
                    "the old owner becomes Admin");
        e += expect(ws.seats().value(SeatKey{spring, c.member}) == builtIn(ws, BuiltIn::ProductionAdmin),
                    "the new owner administers the production he was a member of");
        return e;
    });
    allowed("transfer to a member holding a custom role", OP {
        return Change::transferOwnership(member(ws, "Cat Diaz"));
    }, EFFECT {
        const Id spring = production(ws, "Spring Portraits 0042");
        QString e = expect(ws.owner() == c.member, "Cat is the owner");
        e += expect(ws.seatRole(spring, c.member) == builtIn(ws, BuiltIn::ProductionAdmin), "Cat administers Spring");
        return e;
    });
    refused("transfer to someone who is not a member", OP { return Change::transferOwnership(424242); },
            {s("member")});
}

void TestRules::rule3_locked_data()
{
    addColumns();
    refused("change Admin's grant", OP {
        return Change::setGrant(builtIn(ws, BuiltIn::Admin), feature(ws, "Jobs"), Levels());
    }, {s("Admin"), s("built-in")});
    refused("change Production member's grant", OP {
        return Change::setGrant(builtIn(ws, BuiltIn::ProductionMember), feature(ws, "Images"), Levels::all());
    }, {s("Production member")});
    refused("change Create productions' grant", OP {
        return Change::setGrant(builtIn(ws, BuiltIn::CreateProductions), feature(ws, "Jobs"), Levels::all());
    }, {s("Create productions")});
    refused("rename Create productions", OP {
        return Change::renameRole(builtIn(ws, BuiltIn::CreateProductions), s("Producers"));
    }, {s("Create productions"), s("renamed")});
    refused("rename Admin & owner", OP {
        return Change::renameRole(builtIn(ws, BuiltIn::Owner), s("Boss"));
    }, {s("Admin & owner")});
    refused("delete Production administrator", OP {
        return Change::deleteRole(builtIn(ws, BuiltIn::ProductionAdmin));
    }, {s("Production administrator"), s("deleted")});
    refused("delete Admin", OP { return Change::deleteRole(builtIn(ws, BuiltIn::Admin)); }, {s("Admin")});
    refused("guardrail on Admin", OP {
        return Change::setGuardrails(builtIn(ws, BuiltIn::Admin), Category::Financial);
    }, {s("Admin")});
    refused("open Create productions to every production", OP {
        return Change::setInvitedOnly(builtIn(ws, BuiltIn::CreateProductions), false);
    }, {s("Create productions")});
    refused("describe Admin & owner", OP {
        return Change::setDescription(builtIn(ws, BuiltIn::Owner), s("Anything"));
    }, {s("Admin & owner")});
    allowed("duplicate Admin", OP {
        return Change::createRole(s("Admin copy"), Scope::Account, 0, builtIn(ws, BuiltIn::Admin));
    }, EFFECT {
        const Role &copy = roleOf(ws, c.role);
        if (copy.isLocked())
            return s("a duplicate is not locked");
        for (const Feature &f : ws.features()) {
            if (ws.grant(copy, f) != ws.grant(builtIn(ws, BuiltIn::Admin), f.id))
                return s("the duplicate differs from Admin on ") + f.name;
        }
        return {};
    });
    allowed("duplicate Production member", OP {
        return Change::createRole(s("Member copy"), Scope::Production, production(ws, "Spring Portraits 0042"),
                                  builtIn(ws, BuiltIn::ProductionMember));
    }, EFFECT {
        const Role &copy = roleOf(ws, c.role);
        for (const Feature &f : ws.features()) {
            if (ws.grant(copy, f) != ws.grant(builtIn(ws, BuiltIn::ProductionMember), f.id))
                return s("the duplicate differs on ") + f.name;
        }
        return expect(!copy.isLocked() && copy.production == c.production, "an editable role of Spring");
    });
}

void TestRules::rule4_ownerOnly_data()
{
    addColumns();
    refused("custom role on Payout Management", OP {
        return Change::setGrant(accountRole(ws, "Studio manager"), feature(ws, "Payout Management"), Level::View);
    }, {s("Payout Management"), s("Admin & owner")});
    refused("template on Refund Management", OP {
        return Change::setGrant(templ(ws, "Production"), feature(ws, "Refund Management"), Level::Delete);
    }, {s("Refund Management")});
    refused("make a granted feature owner-only", OP {
        return Change::setFeatureOwnerOnly(feature(ws, "Dashboard Order Metrics"), true);
    }, {s("Dashboard Order Metrics"), s("Studio manager")});
    allowed("make an ungranted feature owner-only", OP {
        for (const Role *r : ws.accountRoles()) {
            if (!r->isLocked())
                must(ws, Change::setGrant(r->id, feature(ws, "Organizations"), Levels()));
        }
        return Change::setFeatureOwnerOnly(feature(ws, "Organizations"), true);
    }, EFFECT {
        QString e = expect(ws.grant(builtIn(ws, BuiltIn::Admin), c.feature).isNone(), "Admin loses it");
        e += expect(ws.grant(builtIn(ws, BuiltIn::Owner), c.feature) == Levels::all(), "the owner keeps it");
        return e;
    });
    allowed("a fresh role leaves billing off", OP { return Change::createRole(s("Bookkeeper"), Scope::Account); },
            EFFECT {
        QString e = expect(ws.grant(c.role, feature(ws, "Payout Management")).isNone(), "no payouts");
        e += expect(ws.grant(c.role, feature(ws, "Refund Management")).isNone(), "no refunds");
        e += expect(ws.grant(c.role, feature(ws, "Dashboard Order Metrics")) == Levels::all(), "metrics on");
        return e;
    });
    allowed("the owner holds billing and Admin does not", OP {
        return Change::setWorkspaceName(s("Northlight"));
    }, EFFECT {
        Q_UNUSED(c);
        QString e = expect(ws.grant(builtIn(ws, BuiltIn::Owner), feature(ws, "Payout Management")) == Levels::all(),
                           "owner holds payouts");
        e += expect(ws.grant(builtIn(ws, BuiltIn::Admin), feature(ws, "Payout Management")).isNone(),
                    "Admin holds no payouts");
        return e;
    });
}

void TestRules::rule5_guardrails_data()
{
    addColumns();
    allowed("adding a guardrail clears forbidden grants", OP {
        return Change::setGuardrails(accountRole(ws, "Studio manager"), Category::Financial);
    }, EFFECT {
        QString e = expect(ws.grant(c.role, feature(ws, "Dashboard Order Metrics")).isNone(), "metrics cleared");
        e += expect(ws.grant(c.role, feature(ws, "User Management")) == Levels::all(), "personnel kept");
        e += expect(ws.grant(c.role, feature(ws, "Jobs")) == Levels::all(), "jobs kept");
        return e;
    });
    refused("removing a guardrail without a reason", OP {
        return Change::setGuardrails(accountRole(ws, "Production lead"),
                                     Categories(Category::Personnel).with(Category::Marketing));
    }, {s("financial"), s("Production lead")});
    refused("removing a guardrail with a blank reason", OP {
        return Change::setGuardrails(accountRole(ws, "Production lead"), Categories(), s("   "));
    }, {s("Production lead")});
    allowed("removing a guardrail with a reason", OP {
        return Change::setGuardrails(accountRole(ws, "Production lead"), Category::Personnel,
                                     s("Runs the books for the spring season"));
    }, EFFECT {
        const Role &r = roleOf(ws, c.role);
        QString e = expect(r.guardrails == Categories(Category::Personnel), "only personnel is left");
        e += expect(ws.grant(c.role, feature(ws, "Dashboard Order Metrics")).isNone(), "nothing granted by itself");
        return e;
    });
    refused("grant a marketing feature past the guardrail", OP {
        return Change::setGrant(accountRole(ws, "Production lead"), feature(ws, "Marketing"), Level::View);
    }, {s("Marketing"), s("guardrail")});
    refused("grant a personnel feature past the guardrail", OP {
        return Change::setGrant(accountRole(ws, "Production lead"), feature(ws, "User Management"), Level::View);
    }, {s("User Management")});
    refused("grant a financial feature on the template", OP {
        return Change::setGrant(templ(ws, "Production"), feature(ws, "Dashboard Order Metrics"), Level::View);
    }, {s("Dashboard Order Metrics")});
    allowed("grant an ordinary feature under guardrails", OP {
        return Change::setGrant(accountRole(ws, "Production lead"), feature(ws, "Organizations"), Level::View);
    }, EFFECT { return expect(ws.grant(c.role, c.feature) == Levels(Level::View), "View on Organizations"); });
    allowed("grant Edit alone (a warning, not a refusal)", OP {
        return Change::setGrant(accountRole(ws, "Production lead"), feature(ws, "Organizations"), Level::Edit);
    }, EFFECT { return expect(ws.grant(c.role, c.feature) == Levels(Level::Edit), "Edit alone is kept"); });
    refused("give a granted feature a guarded category", OP {
        return Change::setFeatureCategories(feature(ws, "Jobs"), Category::Financial);
    }, {s("Jobs"), s("Production lead")});
    allowed("a role from the template keeps its guardrails", OP {
        return Change::createRole(s("Second lead"), Scope::Account, 0, templ(ws, "Production"));
    }, EFFECT {
        const Role &r = roleOf(ws, c.role);
        return expect(r.guardrails == Categories(Category::Financial).with(Category::Personnel).with(Category::Marketing),
                      "all three guardrails");
    });
}

void TestRules::rule6_productionScope_data()
{
    addColumns();
    refused("grant an account-wide feature to a production role", OP {
        return Change::setGrant(productionRole(ws, "Spring Portraits 0042", "Freelance subtitler"),
                                feature(ws, "Jobs"), Level::View);
    }, {s("Jobs"), s("production")});
    refused("make a feature account-wide while a production role grants it", OP {
        return Change::setFeatureScope(feature(ws, "Images"), Scope::Account);
    }, {s("Images"), s("Freelance subtitler")});
    allowed("a new production role holds every production level", OP {
        return Change::createRole(s("Colorist"), Scope::Production, production(ws, "Spring Portraits 0042"));
    }, EFFECT {
        for (const Feature &f : ws.features()) {
            const Levels want = f.scope == Scope::Production ? Levels::all() : Levels();
            if (ws.grant(c.role, f.id) != want)
                return s("unexpected levels on ") + f.name;
        }
        return {};
    });
    allowed("a production role from the template keeps production features only", OP {
        return Change::createRole(s("Shoot lead"), Scope::Production, production(ws, "Spring Portraits 0042"),
                                  templ(ws, "Production"));
    }, EFFECT {
        QString e = expect(ws.grant(c.role, feature(ws, "Jobs")).isNone(), "no Jobs");
        e += expect(ws.grant(c.role, feature(ws, "Job Settings")) == levels({Level::Add, Level::Edit}),
                    "Job Settings Add / Edit");
        return e;
    });
    allowed("switch a production feature off a production role", OP {
        return Change::setGrant(productionRole(ws, "Spring Portraits 0042", "Freelance subtitler"),
                                feature(ws, "Images"), Level::View);
    }, EFFECT { return expect(ws.grant(c.role, c.feature) == Levels(Level::View), "View on Images"); });
    refused("seat someone with an account role", OP {
        return Change::invite(production(ws, "Autumn Headshots 0007"), member(ws, "Dev Patel"),
                              accountRole(ws, "Studio manager"));
    }, {s("Autumn Headshots 0007")});
    refused("seat someone with another production's role", OP {
        return Change::invite(production(ws, "Autumn Headshots 0007"), member(ws, "Dev Patel"),
                              productionRole(ws, "Spring Portraits 0042", "Freelance subtitler"));
    }, {s("Autumn Headshots 0007")});
    refused("give a production role as account role", OP {
        return Change::setAccountRole(member(ws, "Dev Patel"), builtIn(ws, BuiltIn::ProductionMember));
    }, {s("account role")});
}

void TestRules::rule7_inviteDefault_data()
{
    addColumns();
    allowed("invite without a role", OP {
        return Change::invite(production(ws, "Autumn Headshots 0007"), member(ws, "Dev Patel"));
    }, EFFECT {
        return expect(ws.seatRole(c.production, c.member) == builtIn(ws, BuiltIn::ProductionMember),
                      "Dev is a Production member");
    });
    allowed("invite as Production administrator", OP {
        return Change::invite(production(ws, "Autumn Headshots 0007"), member(ws, "Dev Patel"),
                              builtIn(ws, BuiltIn::ProductionAdmin));
    }, EFFECT {
        return expect(ws.seatRole(c.production, c.member) == builtIn(ws, BuiltIn::ProductionAdmin), "administrator");
    });
    allowed("invite again without a role", OP {
        return Change::invite(production(ws, "Spring Portraits 0042"), member(ws, "Cat Diaz"));
    }, EFFECT {
        return expect(ws.seatRole(c.production, c.member) == builtIn(ws, BuiltIn::ProductionMember),
                      "Cat is now a Production member");
    });
    refused("invite someone who is not a member", OP {
        return Change::invite(production(ws, "Autumn Headshots 0007"), 424242);
    }, {s("member")});
    refused("invite to a production that does not exist", OP { return Change::invite(424242, member(ws, "Dev Patel")); },
            {s("production")});
}

void TestRules::rule8_deleteHeld_data()
{
    addColumns();
    refused("delete an account role two members hold", OP {
        return Change::deleteRole(accountRole(ws, "Studio manager"));
    }, {s("Studio manager"), s("Cat Diaz"), s("Hal Berg")});
    refused("delete a production role held on a team", OP {
        return Change::deleteRole(productionRole(ws, "Spring Portraits 0042", "Freelance subtitler"));
    }, {s("Freelance subtitler"), s("Cat Diaz"), s("Ivy Chen")});
    refused("delete a role held by five", OP {
        const Id role = must(ws, Change::createRole(s("Retouchers"), Scope::Account)).role;
        for (const char *name : {"Amy Ash", "Bo Birch", "Cy Cedar", "Di Dogwood", "Ed Elm"})
            must(ws, Change::addMember(s(name), role));
        return Change::deleteRole(role);
    }, {s("Amy Ash"), s("Cy Cedar"), s("2 more")});
    allowed("delete a role after its holders moved", OP {
        const Id role = accountRole(ws, "Studio manager");
        must(ws, Change::setAccountRole(member(ws, "Cat Diaz"), 0));
        must(ws, Change::setAccountRole(member(ws, "Hal Berg"), accountRole(ws, "Production lead")));
        return Change::deleteRole(role);
    }, EFFECT { return expect(!ws.role(c.role) && !accountRole(ws, "Studio manager"), "the role is gone"); });
    allowed("delete the template nobody holds", OP { return Change::deleteRole(templ(ws, "Production")); }, EFFECT {
        Q_UNUSED(c);
        return expect(ws.templates().isEmpty() && accountRole(ws, "Production lead"), "template gone, copies stay");
    });
    allowed("delete a production with its roles and team", OP {
        return Change::deleteProduction(production(ws, "Spring Portraits 0042"));
    }, EFFECT {
        for (const Role &r : ws.roles()) {
            if (r.production == c.production)
                return s("a role of the deleted production is left");
        }
        for (auto it = ws.seats().cbegin(); it != ws.seats().cend(); ++it) {
            if (it.key().production == c.production)
                return s("a seat of the deleted production is left");
        }
        return {};
    });
}

void TestRules::rule9_names_data()
{
    addColumns();
    const QString tooLong = QString(81, QLatin1Char('r'));
    const QString huge = QString(10000, QLatin1Char('n'));
    refused("empty role name", OP { return Change::createRole(QString(), Scope::Account); }, {s("role"), s("name")});
    refused("blank role name", OP { return Change::createRole(s(" \t "), Scope::Account); }, {s("name")});
    refused("tab inside a role name", OP { return Change::createRole(s("Night\tshift"), Scope::Account); },
            {s("control characters")});
    refused("line break in a role name", OP { return Change::createRole(s("Night\nshift"), Scope::Account); },
            {s("control characters")});
    refused("bell character in a role name", OP { return Change::createRole(s("Night\x07shift"), Scope::Account); },
            {s("control characters")});
    refused("line separator in a role name", OP {
        return Change::createRole(s("Night") + QChar(0x2028) + s("shift"), Scope::Account);
    }, {s("control characters")});
    refused("81 characters", [tooLong](Workspace &) { return Change::createRole(tooLong, Scope::Account); },
            {s("80"), s("81")});
    refused("10,000 characters", [huge](Workspace &) { return Change::createRole(huge, Scope::Account); },
            {s("80"), s("10000")});
    allowed("80 characters", OP { return Change::createRole(QString(80, QLatin1Char('e')), Scope::Account); }, EFFECT {
        return expect(roleOf(ws, c.role).name.size() == 80, "80 characters kept");
    });
    allowed("80 characters outside the BMP", OP {
        QString name;
        for (int i = 0; i < 80; ++i)
            name += QString::fromUcs4(U"\U0001F3AC");
        return Change::createRole(name, Scope::Account);
    }, EFFECT { return expect(roleOf(ws, c.role).name.size() == 160, "80 clapperboards kept"); });
    refused("81 characters outside the BMP", OP {
        QString name;
        for (int i = 0; i < 81; ++i)
            name += QString::fromUcs4(U"\U0001F3AC");
        return Change::createRole(name, Scope::Account);
    }, {s("80"), s("81")});
    allowed("surrounding spaces are trimmed", OP { return Change::createRole(s("  Night shift \t"), Scope::Account); },
            EFFECT { return expect(roleOf(ws, c.role).name == s("Night shift"), "trimmed name"); });
    refused("duplicate account role", OP { return Change::createRole(s("Studio manager"), Scope::Account); },
            {s("Studio manager")});
    refused("duplicate after trimming", OP { return Change::createRole(s(" Studio manager  "), Scope::Account); },
            {s("Studio manager")});
    refused("duplicate of a built-in account role", OP { return Change::createRole(s("Admin"), Scope::Account); },
            {s("Admin")});
    refused("rename onto another role's name", OP {
        return Change::renameRole(accountRole(ws, "Production lead"), s("Studio manager"));
    }, {s("Studio manager")});
    refused("duplicate template", OP { return Change::createRole(s("Production"), Scope::Account, 0, 0, true); },
            {s("Production")});
    allowed("an account role may share a template's name", OP {
        return Change::createRole(s("Production"), Scope::Account);
    }, EFFECT { return expect(roleOf(ws, c.role).isAccountRole(), "a new account role"); });
    allowed("a production role may share an account role's name", OP {
        return Change::createRole(s("Studio manager"), Scope::Production, production(ws, "Spring Portraits 0042"));
    }, EFFECT { return expect(roleOf(ws, c.role).isProductionRole(), "a new production role"); });
    allowed("two productions may each have a role of the same name", OP {
        return Change::createRole(s("Freelance subtitler"), Scope::Production, production(ws, "Autumn Headshots 0007"));
    }, EFFECT { return expect(roleOf(ws, c.role).production == c.production, "Autumn's own subtitler"); });
    refused("duplicate production role in one production", OP {
        return Change::createRole(s("Freelance subtitler"), Scope::Production, production(ws, "Spring Portraits 0042"));
    }, {s("Freelance subtitler")});
    refused("production role named like a built-in one", OP {
        return Change::createRole(s("Production member"), Scope::Production, production(ws, "Autumn Headshots 0007"));
    }, {s("Production member")});
    refused("duplicate member", OP { return Change::addMember(s("Ann Lee")); }, {s("Ann Lee")});
    refused("member with a tab", OP { return Change::addMember(s("Ann\tLee")); }, {s("control characters")});
    refused("member named with 10,000 characters", [huge](Workspace &) { return Change::addMember(huge); },
            {s("member"), s("80")});
    refused("rename a member onto another", OP { return Change::renameMember(member(ws, "Dev Patel"), s("Ivy Chen")); },
            {s("Ivy Chen")});
    allowed("member name trimmed", OP { return Change::addMember(s("  Kim Novak ")); }, EFFECT {
        return expect(ws.member(c.member)->name == s("Kim Novak"), "trimmed member name");
    });
    refused("duplicate production", OP {
        return Change::createProduction(s("Spring Portraits 0042"), member(ws, "Morgan Avery"));
    }, {s("Spring Portraits 0042")});
    refused("production name with a line break", OP {
        return Change::createProduction(s("Spring\nPortraits"), member(ws, "Morgan Avery"));
    }, {s("control characters")});
    refused("feature name 81 characters", [tooLong](Workspace &ws) {
        return Change::addFeature(ws.sections().first().id, tooLong, Scope::Account);
    }, {s("feature"), s("80")});
    refused("duplicate feature", OP { return Change::addFeature(ws.sections().first().id, s("Jobs"), Scope::Account); },
            {s("Jobs")});
    refused("duplicate section", OP { return Change::addSection(s("Capture")); }, {s("Capture")});
    refused("workspace name with control characters", OP { return Change::setWorkspaceName(s("North\x01light")); },
            {s("control characters")});
}

void TestRules::rule10_admins_data()
{
    addColumns();
    refused("seat an Admin as Production member", OP {
        return Change::invite(production(ws, "Spring Portraits 0042"), member(ws, "Ann Lee"));
    }, {s("Ann Lee")});
    refused("seat an Admin with a custom production role", OP {
        return Change::invite(production(ws, "Spring Portraits 0042"), member(ws, "Ann Lee"),
                              productionRole(ws, "Spring Portraits 0042", "Freelance subtitler"));
    }, {s("Ann Lee")});
    refused("seat the owner as Production member", OP {
        return Change::invite(production(ws, "Spring Portraits 0042"), member(ws, "Morgan Avery"));
    }, {s("Morgan Avery")});
    refused("take an Admin off a team", OP {
        return Change::uninvite(production(ws, "Spring Portraits 0042"), member(ws, "Ann Lee"));
    }, {s("Ann Lee")});
    refused("take the owner off her production", OP {
        return Change::uninvite(production(ws, "Spring Portraits 0042"), member(ws, "Morgan Avery"));
    }, {s("Morgan Avery")});
    allowed("seat an Admin as Production administrator", OP {
        return Change::invite(production(ws, "Autumn Headshots 0007"), member(ws, "Ann Lee"),
                              builtIn(ws, BuiltIn::ProductionAdmin));
    }, EFFECT {
        return expect(ws.seats().value(SeatKey{c.production, c.member}) == builtIn(ws, BuiltIn::ProductionAdmin),
                      "seated as administrator");
    });
    allowed("making a member Admin upgrades their seats", OP {
        return Change::setAccountRole(member(ws, "Dev Patel"), builtIn(ws, BuiltIn::Admin));
    }, EFFECT {
        const Id spring = production(ws, "Spring Portraits 0042");
        return expect(ws.seats().value(SeatKey{spring, c.member}) == builtIn(ws, BuiltIn::ProductionAdmin),
                      "Dev's seat in Spring became Production administrator");
    });
    allowed("Admins administer a production they were never invited to", OP {
        return Change::createProduction(s("Summer Sports Teams 0003"), member(ws, "Ben Cho"));
    }, EFFECT {
        const Id admin = builtIn(ws, BuiltIn::ProductionAdmin);
        QString e = expect(ws.seatRole(c.production, member(ws, "Ann Lee")) == admin, "Ann administers it");
        e += expect(ws.seatRole(c.production, member(ws, "Morgan Avery")) == admin, "the owner administers it");
        return e;
    });
}

void TestRules::productions_data()
{
    addColumns();
    allowed("Create productions creates and administers", OP {
        return Change::createProduction(s("Winter Graduation 0101"), member(ws, "Ben Cho"));
    }, EFFECT {
        return expect(ws.seats().value(SeatKey{c.production, c.member}) == builtIn(ws, BuiltIn::ProductionAdmin),
                      "Ben administers his production");
    });
    refused("a custom role cannot create productions", OP {
        return Change::createProduction(s("Winter Graduation 0101"), member(ws, "Cat Diaz"));
    }, {s("Cat Diaz")});
    refused("a member without a role cannot create productions", OP {
        return Change::createProduction(s("Winter Graduation 0101"), member(ws, "Dev Patel"));
    }, {s("Dev Patel")});
    refused("take someone off a team they are not on", OP {
        return Change::uninvite(production(ws, "Autumn Headshots 0007"), member(ws, "Dev Patel"));
    }, {s("Dev Patel"), s("Autumn Headshots 0007")});
    allowed("take a member off a team", OP {
        return Change::uninvite(production(ws, "Spring Portraits 0042"), member(ws, "Dev Patel"));
    }, EFFECT { return expect(ws.seatRole(c.production, c.member) == 0, "Dev is off the team"); });
}

void TestRules::defaultWorkspaceObeysEveryRule()
{
    const Workspace ws = DefaultWorkspace::create();
    QVERIFY(ws.verify().ok());
    QVERIFY(studio().verify().ok());
    QCOMPARE(ws.members().size(), 1);
    QCOMPARE(ws.roles().size(), 6);
    QCOMPARE(ws.features().size(), 31);
    QCOMPARE(ws.member(ws.owner())->accountRole, ws.builtInRole(BuiltIn::Owner));
}

void TestRules::whyClosedExplainsClosedCells()
{
    const Workspace ws = studio();
    const Role &lead = roleOf(ws, accountRole(ws, "Production lead"));
    const Role &subtitler = roleOf(ws, productionRole(ws, "Spring Portraits 0042", "Freelance subtitler"));
    QVERIFY(Rules::whyClosed(ws, lead, *ws.feature(feature(ws, "Payout Management"))).contains(s("owner")));
    QVERIFY(Rules::whyClosed(ws, lead, *ws.feature(feature(ws, "Marketing"))).contains(s("guardrail")));
    QVERIFY(Rules::whyClosed(ws, subtitler, *ws.feature(feature(ws, "Jobs"))).contains(s("account-wide")));
    QVERIFY(Rules::whyClosed(ws, lead, *ws.feature(feature(ws, "Jobs"))).isEmpty());
    QCOMPARE(Rules::allowedLevels(ws, lead, *ws.feature(feature(ws, "Marketing"))), Levels());
}

QTEST_GUILESS_MAIN(TestRules)
#include "TestRules.moc"
