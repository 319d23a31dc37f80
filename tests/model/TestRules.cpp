// Every rule of SPEC §4, refused and allowed: a refusal changes nothing and says which rule refused it in one
// sentence; an accepted change has the effect a studio manager expects.
#include "TestRules.h"

using namespace rules;

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
    refused("make a second owner",
        OP { return Change::setAccountRole(member(ws, "Ann Lee"), builtIn(ws, BuiltIn::Owner)); },
        { s("Admin & owner"), s("transfer") });
    refused("add a member as owner", OP { return Change::addMember(s("Kim Novak"), builtIn(ws, BuiltIn::Owner)); },
        { s("Admin & owner") });
    refused("remove the owner", OP { return Change::removeMember(member(ws, "Morgan Avery")); },
        { s("Morgan Avery"), s("transfer") });
    refused("demote the owner to Admin",
        OP { return Change::setAccountRole(member(ws, "Morgan Avery"), builtIn(ws, BuiltIn::Admin)); },
        { s("Morgan Avery") });
    refused("take the owner's account role away", OP { return Change::setAccountRole(member(ws, "Morgan Avery"), 0); },
        { s("Morgan Avery") });
    refused("transfer ownership to the owner", OP { return Change::transferOwnership(member(ws, "Morgan Avery")); },
        { s("Morgan Avery") });
    allowed(
        "remove an Admin", OP { return Change::removeMember(member(ws, "Ann Lee")); },
        EFFECT {
            Q_UNUSED(c);
            return expect(!member(ws, "Ann Lee") && ws.owner() == member(ws, "Morgan Avery"), "Ann gone, owner stays");
        });
    allowed(
        "removing a member empties their seats", OP { return Change::removeMember(member(ws, "Dev Patel")); },
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
    allowed(
        "transfer to an Admin", OP { return Change::transferOwnership(member(ws, "Ann Lee")); },
        EFFECT {
            Q_UNUSED(c);
            QString e = expect(ws.owner() == member(ws, "Ann Lee"), "Ann is the owner");
            e += expect(ws.member(member(ws, "Morgan Avery"))->accountRole == builtIn(ws, BuiltIn::Admin),
                "the old owner becomes Admin");
            return e;
        });
    allowed(
        "transfer to a member without a role", OP { return Change::transferOwnership(member(ws, "Dev Patel")); },
        EFFECT {
            const Id spring = production(ws, "Spring Portraits 0042");
            QString e = expect(ws.owner() == c.member, "Dev is the owner");
            e += expect(ws.member(member(ws, "Morgan Avery"))->accountRole == builtIn(ws, BuiltIn::Admin),
                "the old owner becomes Admin");
            e += expect(ws.seats().value(SeatKey { spring, c.member }) == builtIn(ws, BuiltIn::ProductionAdmin),
                "the new owner administers the production he was a member of");
            return e;
        });
    allowed(
        "transfer to a member holding a custom role", OP { return Change::transferOwnership(member(ws, "Cat Diaz")); },
        EFFECT {
            const Id spring = production(ws, "Spring Portraits 0042");
            QString e = expect(ws.owner() == c.member, "Cat is the owner");
            e += expect(
                ws.seatRole(spring, c.member) == builtIn(ws, BuiltIn::ProductionAdmin), "Cat administers Spring");
            return e;
        });
    refused(
        "transfer to someone who is not a member", OP { return Change::transferOwnership(424242); }, { s("member") });
}

void TestRules::rule3_locked_data()
{
    addColumns();
    refused("change Admin's grant",
        OP { return Change::setGrant(builtIn(ws, BuiltIn::Admin), feature(ws, "Jobs"), Levels()); },
        { s("Admin"), s("built-in") });
    refused("change Production member's grant",
        OP { return Change::setGrant(builtIn(ws, BuiltIn::ProductionMember), feature(ws, "Images"), Levels::all()); },
        { s("Production member") });
    refused("change Create productions' grant",
        OP { return Change::setGrant(builtIn(ws, BuiltIn::CreateProductions), feature(ws, "Jobs"), Levels::all()); },
        { s("Create productions") });
    refused("rename Create productions",
        OP { return Change::renameRole(builtIn(ws, BuiltIn::CreateProductions), s("Producers")); },
        { s("Create productions"), s("renamed") });
    refused("rename Admin & owner", OP { return Change::renameRole(builtIn(ws, BuiltIn::Owner), s("Boss")); },
        { s("Admin & owner") });
    refused("delete Production administrator", OP { return Change::deleteRole(builtIn(ws, BuiltIn::ProductionAdmin)); },
        { s("Production administrator"), s("deleted") });
    refused("delete Admin", OP { return Change::deleteRole(builtIn(ws, BuiltIn::Admin)); }, { s("Admin") });
    refused("guardrail on Admin",
        OP { return Change::setGuardrails(builtIn(ws, BuiltIn::Admin), Category::Financial); }, { s("Admin") });
    refused("open Create productions to every production",
        OP { return Change::setInvitedOnly(builtIn(ws, BuiltIn::CreateProductions), false); },
        { s("Create productions") });
    refused("describe Admin & owner", OP { return Change::setDescription(builtIn(ws, BuiltIn::Owner), s("Anything")); },
        { s("Admin & owner") });
    allowed(
        "duplicate Admin",
        OP { return Change::createRole(s("Admin copy"), Scope::Account, 0, builtIn(ws, BuiltIn::Admin)); },
        EFFECT {
            const Role &copy = roleOf(ws, c.role);
            if (copy.isLocked())
                return s("a duplicate is not locked");
            for (const Feature &f : ws.features()) {
                if (ws.grant(copy, f) != ws.grant(builtIn(ws, BuiltIn::Admin), f.id))
                    return s("the duplicate differs from Admin on ") + f.name;
            }
            return {};
        });
    allowed(
        "duplicate Production member",
        OP {
            return Change::createRole(s("Member copy"), Scope::Production, production(ws, "Spring Portraits 0042"),
                builtIn(ws, BuiltIn::ProductionMember));
        },
        EFFECT {
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
    refused("custom role on Payout Management",
        OP {
            return Change::setGrant(accountRole(ws, "Studio manager"), feature(ws, "Payout Management"), Level::View);
        },
        { s("Payout Management"), s("Admin & owner") });
    refused("template on Refund Management",
        OP { return Change::setGrant(templ(ws, "Production"), feature(ws, "Refund Management"), Level::Delete); },
        { s("Refund Management") });
    refused("make a granted feature owner-only",
        OP { return Change::setFeatureOwnerOnly(feature(ws, "Dashboard Order Metrics"), true); },
        { s("Dashboard Order Metrics"), s("Studio manager") });
    allowed(
        "make an ungranted feature owner-only",
        OP {
            for (const Role *r : ws.accountRoles()) {
                if (!r->isLocked())
                    must(ws, Change::setGrant(r->id, feature(ws, "Organizations"), Levels()));
            }
            return Change::setFeatureOwnerOnly(feature(ws, "Organizations"), true);
        },
        EFFECT {
            QString e = expect(ws.grant(builtIn(ws, BuiltIn::Admin), c.feature).isNone(), "Admin loses it");
            e += expect(ws.grant(builtIn(ws, BuiltIn::Owner), c.feature) == Levels::all(), "the owner keeps it");
            return e;
        });
    allowed(
        "a fresh role leaves billing off", OP { return Change::createRole(s("Bookkeeper"), Scope::Account); },
        EFFECT {
            QString e = expect(ws.grant(c.role, feature(ws, "Payout Management")).isNone(), "no payouts");
            e += expect(ws.grant(c.role, feature(ws, "Refund Management")).isNone(), "no refunds");
            e += expect(ws.grant(c.role, feature(ws, "Dashboard Order Metrics")) == Levels::all(), "metrics on");
            return e;
        });
    allowed(
        "the owner holds billing and Admin does not", OP { return Change::setWorkspaceName(s("Northlight")); },
        EFFECT {
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
    allowed(
        "adding a guardrail clears forbidden grants",
        OP { return Change::setGuardrails(accountRole(ws, "Studio manager"), Category::Financial); },
        EFFECT {
            QString e = expect(ws.grant(c.role, feature(ws, "Dashboard Order Metrics")).isNone(), "metrics cleared");
            e += expect(ws.grant(c.role, feature(ws, "User Management")) == Levels::all(), "personnel kept");
            e += expect(ws.grant(c.role, feature(ws, "Jobs")) == Levels::all(), "jobs kept");
            return e;
        });
    refused("removing a guardrail without a reason",
        OP {
            return Change::setGuardrails(
                accountRole(ws, "Production lead"), Categories(Category::Personnel).with(Category::Marketing));
        },
        { s("financial"), s("Production lead") });
    refused("removing a guardrail with a blank reason",
        OP { return Change::setGuardrails(accountRole(ws, "Production lead"), Categories(), s("   ")); },
        { s("Production lead") });
    allowed(
        "removing a guardrail with a reason",
        OP {
            return Change::setGuardrails(
                accountRole(ws, "Production lead"), Category::Personnel, s("Runs the books for the spring season"));
        },
        EFFECT {
            const Role &r = roleOf(ws, c.role);
            QString e = expect(r.guardrails == Categories(Category::Personnel), "only personnel is left");
            e += expect(ws.grant(c.role, feature(ws, "Dashboard Order Metrics")).isNone(), "nothing granted by itself");
            return e;
        });
    refused("grant a marketing feature past the guardrail",
        OP { return Change::setGrant(accountRole(ws, "Production lead"), feature(ws, "Marketing"), Level::View); },
        { s("Marketing"), s("guardrail") });
    refused("grant a personnel feature past the guardrail",
        OP {
            return Change::setGrant(accountRole(ws, "Production lead"), feature(ws, "User Management"), Level::View);
        },
        { s("User Management") });
    refused("grant a financial feature on the template",
        OP { return Change::setGrant(templ(ws, "Production"), feature(ws, "Dashboard Order Metrics"), Level::View); },
        { s("Dashboard Order Metrics") });
    allowed(
        "grant an ordinary feature under guardrails",
        OP { return Change::setGrant(accountRole(ws, "Production lead"), feature(ws, "Organizations"), Level::View); },
        EFFECT { return expect(ws.grant(c.role, c.feature) == Levels(Level::View), "View on Organizations"); });
    allowed(
        "grant Edit alone (a warning, not a refusal)",
        OP { return Change::setGrant(accountRole(ws, "Production lead"), feature(ws, "Organizations"), Level::Edit); },
        EFFECT { return expect(ws.grant(c.role, c.feature) == Levels(Level::Edit), "Edit alone is kept"); });
    refused("give a granted feature a guarded category",
        OP { return Change::setFeatureCategories(feature(ws, "Jobs"), Category::Financial); },
        { s("Jobs"), s("Production lead") });
    allowed(
        "a role from the template keeps its guardrails",
        OP { return Change::createRole(s("Second lead"), Scope::Account, 0, templ(ws, "Production")); },
        EFFECT {
            const Role &r = roleOf(ws, c.role);
            return expect(
                r.guardrails == Categories(Category::Financial).with(Category::Personnel).with(Category::Marketing),
                "all three guardrails");
        });
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
