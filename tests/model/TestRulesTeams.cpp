// SPEC §4's rules on production scope, invitations, deleting what is held, names and administrators: refused and
// allowed, as tables run by TestRules::run() (TestRules.cpp).
#include "TestRules.h"

using namespace rules;

void TestRules::rule6_productionScope_data()
{
    addColumns();
    refused("grant an account-wide feature to a production role",
        OP {
            return Change::setGrant(
                productionRole(ws, "Spring Portraits 0042", "Freelance subtitler"), feature(ws, "Jobs"), Level::View);
        },
        { s("Jobs"), s("production") });
    refused("make a feature account-wide while a production role grants it",
        OP { return Change::setFeatureScope(feature(ws, "Images"), Scope::Account); },
        { s("Images"), s("Freelance subtitler") });
    allowed(
        "a new production role holds every production level",
        OP { return Change::createRole(s("Colorist"), Scope::Production, production(ws, "Spring Portraits 0042")); },
        EFFECT {
            for (const Feature &f : ws.features()) {
                const Levels want = f.scope == Scope::Production ? Levels::all() : Levels();
                if (ws.grant(c.role, f.id) != want)
                    return s("unexpected levels on ") + f.name;
            }
            return {};
        });
    allowed(
        "a production role from the template keeps production features only",
        OP {
            return Change::createRole(
                s("Shoot lead"), Scope::Production, production(ws, "Spring Portraits 0042"), templ(ws, "Production"));
        },
        EFFECT {
            QString e = expect(ws.grant(c.role, feature(ws, "Jobs")).isNone(), "no Jobs");
            e += expect(ws.grant(c.role, feature(ws, "Job Settings")) == levels({ Level::Add, Level::Edit }),
                "Job Settings Add / Edit");
            return e;
        });
    allowed(
        "switch a production feature off a production role",
        OP {
            return Change::setGrant(
                productionRole(ws, "Spring Portraits 0042", "Freelance subtitler"), feature(ws, "Images"), Level::View);
        },
        EFFECT { return expect(ws.grant(c.role, c.feature) == Levels(Level::View), "View on Images"); });
    refused("seat someone with an account role",
        OP {
            return Change::invite(
                production(ws, "Autumn Headshots 0007"), member(ws, "Dev Patel"), accountRole(ws, "Studio manager"));
        },
        { s("Autumn Headshots 0007") });
    refused("seat someone with another production's role",
        OP {
            return Change::invite(production(ws, "Autumn Headshots 0007"), member(ws, "Dev Patel"),
                productionRole(ws, "Spring Portraits 0042", "Freelance subtitler"));
        },
        { s("Autumn Headshots 0007") });
    refused("give a production role as account role",
        OP { return Change::setAccountRole(member(ws, "Dev Patel"), builtIn(ws, BuiltIn::ProductionMember)); },
        { s("account role") });
}

void TestRules::rule7_inviteDefault_data()
{
    addColumns();
    allowed(
        "invite without a role",
        OP { return Change::invite(production(ws, "Autumn Headshots 0007"), member(ws, "Dev Patel")); },
        EFFECT {
            return expect(ws.seatRole(c.production, c.member) == builtIn(ws, BuiltIn::ProductionMember),
                "Dev is a Production member");
        });
    allowed(
        "invite as Production administrator",
        OP {
            return Change::invite(production(ws, "Autumn Headshots 0007"), member(ws, "Dev Patel"),
                builtIn(ws, BuiltIn::ProductionAdmin));
        },
        EFFECT {
            return expect(
                ws.seatRole(c.production, c.member) == builtIn(ws, BuiltIn::ProductionAdmin), "administrator");
        });
    allowed(
        "invite again without a role",
        OP { return Change::invite(production(ws, "Spring Portraits 0042"), member(ws, "Cat Diaz")); },
        EFFECT {
            return expect(ws.seatRole(c.production, c.member) == builtIn(ws, BuiltIn::ProductionMember),
                "Cat is now a Production member");
        });
    refused("invite someone who is not a member",
        OP { return Change::invite(production(ws, "Autumn Headshots 0007"), 424242); }, { s("member") });
    refused("invite to a production that does not exist",
        OP { return Change::invite(424242, member(ws, "Dev Patel")); }, { s("production") });
}

void TestRules::rule8_deleteHeld_data()
{
    addColumns();
    refused("delete an account role two members hold",
        OP { return Change::deleteRole(accountRole(ws, "Studio manager")); },
        { s("Studio manager"), s("Cat Diaz"), s("Hal Berg") });
    refused("delete a production role held on a team",
        OP { return Change::deleteRole(productionRole(ws, "Spring Portraits 0042", "Freelance subtitler")); },
        { s("Freelance subtitler"), s("Cat Diaz"), s("Ivy Chen") });
    refused("delete a role held by five",
        OP {
            const Id role = must(ws, Change::createRole(s("Retouchers"), Scope::Account)).role;
            for (const char *name : { "Amy Ash", "Bo Birch", "Cy Cedar", "Di Dogwood", "Ed Elm" })
                must(ws, Change::addMember(s(name), role));
            return Change::deleteRole(role);
        },
        { s("Amy Ash"), s("Cy Cedar"), s("2 more") });
    allowed(
        "delete a role after its holders moved",
        OP {
            const Id role = accountRole(ws, "Studio manager");
            must(ws, Change::setAccountRole(member(ws, "Cat Diaz"), 0));
            must(ws, Change::setAccountRole(member(ws, "Hal Berg"), accountRole(ws, "Production lead")));
            return Change::deleteRole(role);
        },
        EFFECT { return expect(!ws.role(c.role) && !accountRole(ws, "Studio manager"), "the role is gone"); });
    allowed(
        "delete the template nobody holds", OP { return Change::deleteRole(templ(ws, "Production")); },
        EFFECT {
            Q_UNUSED(c);
            return expect(ws.templates().isEmpty() && accountRole(ws, "Production lead"), "template gone, copies stay");
        });
    allowed(
        "delete a production with its roles and team",
        OP { return Change::deleteProduction(production(ws, "Spring Portraits 0042")); },
        EFFECT {
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
    refused("empty role name", OP { return Change::createRole(QString(), Scope::Account); }, { s("role"), s("name") });
    refused("blank role name", OP { return Change::createRole(s(" \t "), Scope::Account); }, { s("name") });
    refused("tab inside a role name", OP { return Change::createRole(s("Night\tshift"), Scope::Account); },
        { s("control characters") });
    refused("line break in a role name", OP { return Change::createRole(s("Night\nshift"), Scope::Account); },
        { s("control characters") });
    refused("bell character in a role name", OP { return Change::createRole(s("Night\x07shift"), Scope::Account); },
        { s("control characters") });
    refused("line separator in a role name",
        OP { return Change::createRole(s("Night") + QChar(0x2028) + s("shift"), Scope::Account); },
        { s("control characters") });
    refused("81 characters", [tooLong](Workspace &) { return Change::createRole(tooLong, Scope::Account); },
        { s("80"), s("81") });
    refused("10,000 characters", [huge](Workspace &) { return Change::createRole(huge, Scope::Account); },
        { s("80"), s("10000") });
    allowed(
        "80 characters", OP { return Change::createRole(QString(80, QLatin1Char('e')), Scope::Account); },
        EFFECT { return expect(roleOf(ws, c.role).name.size() == 80, "80 characters kept"); });
    allowed(
        "80 characters outside the BMP",
        OP {
            QString name;
            for (int i = 0; i < 80; ++i)
                name += QString::fromUcs4(U"\U0001F3AC");
            return Change::createRole(name, Scope::Account);
        },
        EFFECT { return expect(roleOf(ws, c.role).name.size() == 160, "80 clapperboards kept"); });
    refused("81 characters outside the BMP",
        OP {
            QString name;
            for (int i = 0; i < 81; ++i)
                name += QString::fromUcs4(U"\U0001F3AC");
            return Change::createRole(name, Scope::Account);
        },
        { s("80"), s("81") });
    allowed(
        "surrounding spaces are trimmed", OP { return Change::createRole(s("  Night shift \t"), Scope::Account); },
        EFFECT { return expect(roleOf(ws, c.role).name == s("Night shift"), "trimmed name"); });
    refused("duplicate account role", OP { return Change::createRole(s("Studio manager"), Scope::Account); },
        { s("Studio manager") });
    refused("duplicate after trimming", OP { return Change::createRole(s(" Studio manager  "), Scope::Account); },
        { s("Studio manager") });
    refused("duplicate of a built-in account role", OP { return Change::createRole(s("Admin"), Scope::Account); },
        { s("Admin") });
    refused("rename onto another role's name",
        OP { return Change::renameRole(accountRole(ws, "Production lead"), s("Studio manager")); },
        { s("Studio manager") });
    refused("duplicate template", OP { return Change::createRole(s("Production"), Scope::Account, 0, 0, true); },
        { s("Production") });
    allowed(
        "an account role may share a template's name",
        OP { return Change::createRole(s("Production"), Scope::Account); },
        EFFECT { return expect(roleOf(ws, c.role).isAccountRole(), "a new account role"); });
    allowed(
        "a production role may share an account role's name",
        OP {
            return Change::createRole(s("Studio manager"), Scope::Production, production(ws, "Spring Portraits 0042"));
        },
        EFFECT { return expect(roleOf(ws, c.role).isProductionRole(), "a new production role"); });
    allowed(
        "two productions may each have a role of the same name",
        OP {
            return Change::createRole(
                s("Freelance subtitler"), Scope::Production, production(ws, "Autumn Headshots 0007"));
        },
        EFFECT { return expect(roleOf(ws, c.role).production == c.production, "Autumn's own subtitler"); });
    refused("duplicate production role in one production",
        OP {
            return Change::createRole(
                s("Freelance subtitler"), Scope::Production, production(ws, "Spring Portraits 0042"));
        },
        { s("Freelance subtitler") });
    refused("production role named like a built-in one",
        OP {
            return Change::createRole(
                s("Production member"), Scope::Production, production(ws, "Autumn Headshots 0007"));
        },
        { s("Production member") });
    refused("duplicate member", OP { return Change::addMember(s("Ann Lee")); }, { s("Ann Lee") });
    refused("member with a tab", OP { return Change::addMember(s("Ann\tLee")); }, { s("control characters") });
    refused("member named with 10,000 characters", [huge](Workspace &) { return Change::addMember(huge); },
        { s("member"), s("80") });
    refused("rename a member onto another", OP { return Change::renameMember(member(ws, "Dev Patel"), s("Ivy Chen")); },
        { s("Ivy Chen") });
    allowed(
        "member name trimmed", OP { return Change::addMember(s("  Kim Novak ")); },
        EFFECT { return expect(ws.member(c.member)->name == s("Kim Novak"), "trimmed member name"); });
    refused("duplicate production",
        OP { return Change::createProduction(s("Spring Portraits 0042"), member(ws, "Morgan Avery")); },
        { s("Spring Portraits 0042") });
    refused("production name with a line break",
        OP { return Change::createProduction(s("Spring\nPortraits"), member(ws, "Morgan Avery")); },
        { s("control characters") });
    refused("feature name 81 characters",
        [tooLong](Workspace &ws) { return Change::addFeature(ws.sections().first().id, tooLong, Scope::Account); },
        { s("feature"), s("80") });
    refused("duplicate feature", OP { return Change::addFeature(ws.sections().first().id, s("Jobs"), Scope::Account); },
        { s("Jobs") });
    refused("duplicate section", OP { return Change::addSection(s("Capture")); }, { s("Capture") });
    refused("workspace name with control characters", OP { return Change::setWorkspaceName(s("North\x01light")); },
        { s("control characters") });
}

void TestRules::rule10_admins_data()
{
    addColumns();
    refused("seat an Admin as Production member",
        OP { return Change::invite(production(ws, "Spring Portraits 0042"), member(ws, "Ann Lee")); },
        { s("Ann Lee") });
    refused("seat an Admin with a custom production role",
        OP {
            return Change::invite(production(ws, "Spring Portraits 0042"), member(ws, "Ann Lee"),
                productionRole(ws, "Spring Portraits 0042", "Freelance subtitler"));
        },
        { s("Ann Lee") });
    refused("seat the owner as Production member",
        OP { return Change::invite(production(ws, "Spring Portraits 0042"), member(ws, "Morgan Avery")); },
        { s("Morgan Avery") });
    refused("take an Admin off a team",
        OP { return Change::uninvite(production(ws, "Spring Portraits 0042"), member(ws, "Ann Lee")); },
        { s("Ann Lee") });
    refused("take the owner off her production",
        OP { return Change::uninvite(production(ws, "Spring Portraits 0042"), member(ws, "Morgan Avery")); },
        { s("Morgan Avery") });
    allowed(
        "seat an Admin as Production administrator",
        OP {
            return Change::invite(
                production(ws, "Autumn Headshots 0007"), member(ws, "Ann Lee"), builtIn(ws, BuiltIn::ProductionAdmin));
        },
        EFFECT {
            return expect(ws.seats().value(SeatKey { c.production, c.member }) == builtIn(ws, BuiltIn::ProductionAdmin),
                "seated as administrator");
        });
    allowed(
        "making a member Admin upgrades their seats",
        OP { return Change::setAccountRole(member(ws, "Dev Patel"), builtIn(ws, BuiltIn::Admin)); },
        EFFECT {
            const Id spring = production(ws, "Spring Portraits 0042");
            return expect(ws.seats().value(SeatKey { spring, c.member }) == builtIn(ws, BuiltIn::ProductionAdmin),
                "Dev's seat in Spring became Production administrator");
        });
    allowed(
        "Admins administer a production they were never invited to",
        OP { return Change::createProduction(s("Summer Sports Teams 0003"), member(ws, "Ben Cho")); },
        EFFECT {
            const Id admin = builtIn(ws, BuiltIn::ProductionAdmin);
            QString e = expect(ws.seatRole(c.production, member(ws, "Ann Lee")) == admin, "Ann administers it");
            e += expect(ws.seatRole(c.production, member(ws, "Morgan Avery")) == admin, "the owner administers it");
            return e;
        });
}

void TestRules::productions_data()
{
    addColumns();
    allowed(
        "Create productions creates and administers",
        OP { return Change::createProduction(s("Winter Graduation 0101"), member(ws, "Ben Cho")); },
        EFFECT {
            return expect(ws.seats().value(SeatKey { c.production, c.member }) == builtIn(ws, BuiltIn::ProductionAdmin),
                "Ben administers his production");
        });
    refused("a custom role cannot create productions",
        OP { return Change::createProduction(s("Winter Graduation 0101"), member(ws, "Cat Diaz")); },
        { s("Cat Diaz") });
    refused("a member without a role cannot create productions",
        OP { return Change::createProduction(s("Winter Graduation 0101"), member(ws, "Dev Patel")); },
        { s("Dev Patel") });
    refused("take someone off a team they are not on",
        OP { return Change::uninvite(production(ws, "Autumn Headshots 0007"), member(ws, "Dev Patel")); },
        { s("Dev Patel"), s("Autumn Headshots 0007") });
    allowed(
        "take a member off a team",
        OP { return Change::uninvite(production(ws, "Spring Portraits 0042"), member(ws, "Dev Patel")); },
        EFFECT { return expect(ws.seatRole(c.production, c.member) == 0, "Dev is off the team"); });
}
