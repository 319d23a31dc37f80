// Carries out accepted changes to the catalog: sections and features added, renamed, moved and removed.
#include "Applier.h"

#include <algorithm>

namespace rs {

void Applier::placeFeature(Feature feature, int position)
{
    // Features stay grouped by section in section order; position counts within the section.
    QHash<Id, int> order;
    for (int i = 0; i < m_ws.m_sections.size(); ++i)
        order.insert(m_ws.m_sections.at(i).id, i);
    const int target = order.value(feature.section);
    int before = 0; // features of earlier sections
    int inSection = 0;
    for (const Feature &f : m_ws.m_features) {
        const int o = order.value(f.section);
        before += o < target ? 1 : 0;
        inSection += o == target ? 1 : 0;
    }
    const int offset = position < 0 || position > inSection ? inSection : position;
    m_ws.m_features.insert(before + offset, feature);
}

void Applier::applyCatalog(Change &c)
{
    using K = Change::Kind;
    catalog();
    auto featureAt = [&](Id id) -> Feature & { return m_ws.m_features[m_ws.m_featureIndex.value(id)]; };
    auto followCatalog = [&](const Feature &f) {
        // Locked roles with stored grants keep to the rules as the catalog changes under them.
        for (const Role &r : m_ws.m_roles) {
            if (r.isLocked() && !r.grants.value(f.id).isNone() && !Rules::whyClosed(m_ws, r, f).isEmpty())
                setCell(r.id, f.id, Levels());
        }
    };
    switch (c.kind) {
    case K::AddSection: {
        c.section = newId(c.section);
        const Section s { c.section, Rules::normalizedName(c.text) };
        const int pos = c.position < 0 || c.position > m_ws.m_sections.size() ? m_ws.m_sections.size() : c.position;
        m_ws.m_sections.insert(pos, s);
        break;
    }
    case K::RenameSection:
        m_ws.m_sections[m_ws.m_sectionIndex.value(c.section)].name = Rules::normalizedName(c.text);
        break;
    case K::MoveSection: {
        const int from = m_ws.m_sectionIndex.value(c.section);
        const int to = std::clamp(c.position, 0, int(m_ws.m_sections.size()) - 1);
        m_ws.m_sections.move(from, to);
        m_ws.rebuildCatalogIndex();
        WorkspaceBuilder(m_ws).finish();
        break;
    }
    case K::RemoveSection:
        m_ws.m_sections.removeAt(m_ws.m_sectionIndex.value(c.section));
        break;
    case K::AddFeature: {
        c.feature = newId(c.feature);
        Feature f { c.feature, c.section, Rules::normalizedName(c.text), c.scope, c.categories, c.flag, c.note };
        m_ws.rebuildCatalogIndex();
        placeFeature(f, c.position);
        m_ws.rebuildCatalogIndex();
        // The production member sees every production feature.
        const Id member = m_ws.builtInRole(BuiltIn::ProductionMember);
        if (member && f.scope == Scope::Production && !f.ownerOnly && f.categories.isEmpty())
            setCell(member, f.id, Level::View);
        break;
    }
    case K::RenameFeature:
        featureAt(c.feature).name = Rules::normalizedName(c.text);
        break;
    case K::MoveFeature: {
        Feature f = featureAt(c.feature);
        m_ws.m_features.removeAt(m_ws.m_featureIndex.value(c.feature));
        f.section = c.section;
        m_ws.rebuildCatalogIndex();
        placeFeature(f, c.position);
        break;
    }
    case K::RemoveFeature: {
        for (const Role &r : m_ws.m_roles) {
            if (r.grants.contains(c.feature))
                setCell(r.id, c.feature, Levels());
        }
        m_ws.m_features.removeAt(m_ws.m_featureIndex.value(c.feature));
        break;
    }
    case K::SetFeatureScope:
        featureAt(c.feature).scope = c.scope;
        followCatalog(featureAt(c.feature));
        break;
    case K::SetFeatureCategories:
        featureAt(c.feature).categories = c.categories;
        followCatalog(featureAt(c.feature));
        break;
    case K::SetFeatureOwnerOnly:
        featureAt(c.feature).ownerOnly = c.flag;
        followCatalog(featureAt(c.feature));
        break;
    case K::SetFeatureRationale:
        featureAt(c.feature).rationale = c.text;
        break;
    case K::SetGrant:
    case K::CreateRole:
    case K::DeleteRole:
    case K::RenameRole:
    case K::SetGuardrails:
    case K::SetInvitedOnly:
    case K::SetDescription:
    case K::AddMember:
    case K::RemoveMember:
    case K::RenameMember:
    case K::SetAccountRole:
    case K::TransferOwnership:
    case K::CreateProduction:
    case K::RenameProduction:
    case K::DeleteProduction:
    case K::Invite:
    case K::Uninvite:
    case K::SetWorkspaceName:
    case K::SetSeatDates:
    case K::SetProductionEnd:
    case K::SetTimeZone:
        break;
    }
    m_ws.rebuildCatalogIndex();
}

} // namespace rs
