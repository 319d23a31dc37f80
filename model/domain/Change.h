#pragma once

#include "Entities.h"

#include <QJsonObject>

namespace rs {

class Workspace;
struct ApprovalPolicy;

// One operation on a workspace, as a plain value: what the grid, the command line, an import or a staged edit asks
// for. Workspace::apply() checks it against the rules and carries it out; ids of new entities are written back into
// it so that replaying it recreates the same entities.
struct Change
{
    // The kinds, listed once in kinds/KindList.h; each has its code in kinds/<Name>.cpp.
    enum class Kind {
#define RS_CHANGE_KIND(Name) Name,
#include "kinds/KindList.h"
#undef RS_CHANGE_KIND
    };

    // What part of the workspace a kind of change works on; rules and their application are grouped by it.
    enum class Area { Role, Member, Production, Catalog, Workspace };

    Kind kind = Kind::SetGrant;
    Id role = 0;
    Id feature = 0;
    Id member = 0;
    Id production = 0;
    Id section = 0;
    Id source = 0; // CreateRole: the role or template to copy; 0 starts with every allowed level
    Levels levels;
    Categories categories;
    Scope scope = Scope::Account;
    bool flag = false; // CreateRole: a template; SetInvitedOnly; AddFeature/SetFeatureOwnerOnly: owner-only
    int position = -1; // -1: at the end
    QString text; // a name, a rationale or a description
    QString note; // why a guardrail was removed; a new feature's rationale
    QDateTime from; // Invite, SetSeatDates: the seat's first instant; invalid: open
    QDateTime until; // Invite, SetSeatDates, SetAccountRole, SetProductionEnd: the last instant; invalid: open

    static Change setGrant(Id role, Id feature, Levels levels);
    static Change createRole(
        const QString &name, Scope scope, Id production = 0, Id source = 0, bool isTemplate = false);
    static Change deleteRole(Id role);
    static Change renameRole(Id role, const QString &name);
    static Change setGuardrails(Id role, Categories guardrails, const QString &reason = {});
    static Change setInvitedOnly(Id role, bool invitedOnly);
    static Change setDescription(Id role, const QString &text);
    static Change addMember(const QString &name, Id accountRole = 0);
    static Change removeMember(Id member);
    static Change renameMember(Id member, const QString &name);
    static Change setAccountRole(Id member, Id role, const QDateTime &until = {});
    static Change transferOwnership(Id member);
    static Change createProduction(const QString &name, Id createdBy);
    static Change renameProduction(Id production, const QString &name);
    static Change deleteProduction(Id production);
    // Without dates, an existing seat keeps its own; with either, the seat takes both as given.
    static Change invite(
        Id production, Id member, Id role = 0, const QDateTime &from = {}, const QDateTime &until = {});
    static Change uninvite(Id production, Id member);
    static Change addSection(const QString &name, int position = -1);
    static Change renameSection(Id section, const QString &name);
    static Change moveSection(Id section, int position);
    static Change removeSection(Id section);
    static Change addFeature(Id section, const QString &name, Scope scope, Categories categories = {},
        bool ownerOnly = false, const QString &rationale = {}, int position = -1);
    static Change renameFeature(Id feature, const QString &name);
    static Change moveFeature(Id feature, Id section, int position);
    static Change removeFeature(Id feature);
    static Change setFeatureScope(Id feature, Scope scope);
    static Change setFeatureCategories(Id feature, Categories categories);
    static Change setFeatureOwnerOnly(Id feature, bool ownerOnly);
    static Change setFeatureRationale(Id feature, const QString &rationale);
    static Change setWorkspaceName(const QString &name);
    static Change setSeatDates(Id production, Id member, const QDateTime &from, const QDateTime &until);
    static Change setProductionEnd(Id production, const QDateTime &wrap);
    static Change setTimeZone(const QByteArray &ianaId); // empty: the system's
    // Links a role to a template (source), following it or pinned; its overrides are its cells that differ from the
    // template's. On a role already linked to that template, only the mode changes.
    static Change linkRole(Id role, Id templ, bool follow);
    static Change unlinkRole(Id role);
    // Brings a linked role in step with its template: the template's changes since, the role's overrides kept; a
    // conflict takes the template's levels when preferTemplate, else keeps the role's; a cell a rule forbids stays.
    static Change syncTemplate(Id role, bool preferTemplate);
    // The policy's levels, approvers and windows; the productions marked client-controlled stay as they are.
    static Change setApprovalPolicy(const ApprovalPolicy &policy);
    static Change setClientControlled(Id production, bool clientControlled);

    Area area() const;
    // The id of what the change creates, as asked for or as given; 0 for changes that create nothing.
    Id created() const;

    // A sentence saying what the change does, with the names it touches, for undo menus and the audit trail.
    QString describe(const Workspace &workspace) const;

    QJsonObject toJson() const;
    static Result<Change> fromJson(const QJsonObject &object);

    bool operator==(const Change &) const = default;
};

} // namespace rs
