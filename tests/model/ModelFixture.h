#pragma once

#include "domain/DefaultWorkspace.h"
#include "domain/Workspace.h"

#include <QMetaType>
#include <QTest>

#include <functional>

// A small studio with one of each kind of holder, and look-ups by name, shared by the model tests.
namespace fx {

using rs::Id;

// Prepares a workspace and returns the change under test.
using Op = std::function<rs::Change(rs::Workspace &)>;
// Checks the effect of an accepted change; an empty string when it is as expected.
using Effect = std::function<QString(const rs::Workspace &, const rs::Change &)>;

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

inline Id member(const rs::Workspace &ws, const char *name)
{
    const rs::Member *m = ws.findMember(s(name));
    return m ? m->id : 0;
}

inline Id accountRole(const rs::Workspace &ws, const char *name)
{
    const rs::Role *r = ws.findAccountRole(s(name));
    return r ? r->id : 0;
}

inline Id templ(const rs::Workspace &ws, const char *name)
{
    const rs::Role *r = ws.findTemplate(s(name));
    return r ? r->id : 0;
}

inline Id production(const rs::Workspace &ws, const char *name)
{
    const rs::Production *p = ws.findProduction(s(name));
    return p ? p->id : 0;
}

inline Id productionRole(const rs::Workspace &ws, const char *productionName, const char *name)
{
    const rs::Role *r = ws.findProductionRole(production(ws, productionName), s(name));
    return r ? r->id : 0;
}

inline Id feature(const rs::Workspace &ws, const char *name)
{
    const rs::Feature *f = ws.findFeature(s(name));
    return f ? f->id : 0;
}

inline Id builtIn(const rs::Workspace &ws, rs::BuiltIn which)
{
    return ws.builtInRole(which);
}

// Applies a change that must be accepted (a test's preparation); stops the test run loudly when it is not.
inline rs::Change must(rs::Workspace &ws, rs::Change change)
{
    const rs::Result<rs::Touched> done = ws.apply(change);
    if (!done.ok())
        qFatal("preparation refused: %s", qPrintable(done.error().message));
    return change;
}

inline rs::Levels levels(std::initializer_list<rs::Level> list)
{
    rs::Levels result;
    for (rs::Level l : list)
        result = result.with(l);
    return result;
}

// Owner Morgan Avery; Ann Lee Admin; Ben Cho Create productions; Cat Diaz and Hal Berg "Studio manager" (a fresh
// custom role); Eve Moss "Production lead" (from the Production template); Gus Ortiz "Location crew" (invited
// productions only, every guardrail); Dev Patel and Ivy Chen without an account role. "Spring Portraits 0042" made
// by the owner, with "Freelance subtitler" (no Job Settings, no Job Status) held by Cat and Ivy, and Dev and Gus as
// Production members; "Autumn Headshots 0007" made by Ben.
inline rs::Workspace studio()
{
    using namespace rs;
    Workspace ws = DefaultWorkspace::create(s("Morgan Avery"), s("Northlight Studio"));
    const Id manager = must(ws, Change::createRole(s("Studio manager"), Scope::Account)).role;
    const Id lead = must(ws, Change::createRole(s("Production lead"), Scope::Account, 0, templ(ws, "Production"))).role;
    const Id crew = must(ws, Change::createRole(s("Location crew"), Scope::Account)).role;
    must(ws, Change::setGuardrails(crew, Categories(Category::Financial).with(Category::Personnel)
                                             .with(Category::Marketing)));
    must(ws, Change::setInvitedOnly(crew, true));
    must(ws, Change::addMember(s("Ann Lee"), builtIn(ws, BuiltIn::Admin)));
    must(ws, Change::addMember(s("Ben Cho"), builtIn(ws, BuiltIn::CreateProductions)));
    must(ws, Change::addMember(s("Cat Diaz"), manager));
    must(ws, Change::addMember(s("Hal Berg"), manager));
    must(ws, Change::addMember(s("Eve Moss"), lead));
    must(ws, Change::addMember(s("Gus Ortiz"), crew));
    must(ws, Change::addMember(s("Dev Patel")));
    must(ws, Change::addMember(s("Ivy Chen")));
    const Id spring = must(ws, Change::createProduction(s("Spring Portraits 0042"), member(ws, "Morgan Avery"))).production;
    must(ws, Change::createProduction(s("Autumn Headshots 0007"), member(ws, "Ben Cho")));
    const Id subtitler = must(ws, Change::createRole(s("Freelance subtitler"), Scope::Production, spring)).role;
    must(ws, Change::setGrant(subtitler, feature(ws, "Job Settings"), Levels()));
    must(ws, Change::setGrant(subtitler, feature(ws, "Job Status"), Levels()));
    must(ws, Change::invite(spring, member(ws, "Cat Diaz"), subtitler));
    must(ws, Change::invite(spring, member(ws, "Ivy Chen"), subtitler));
    must(ws, Change::invite(spring, member(ws, "Dev Patel")));
    must(ws, Change::invite(spring, member(ws, "Gus Ortiz")));
    return ws;
}

} // namespace fx

Q_DECLARE_METATYPE(fx::Op)
Q_DECLARE_METATYPE(fx::Effect)
