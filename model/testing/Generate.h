#pragma once

#include "domain/Workspace.h"

namespace rs {

// The size of a generated workspace (SPEC §8). Role counts include the built-in roles of their scope; seats include
// the seats creators take in the productions they create.
struct GenerateSpec
{
    int features = 31;
    int productionFeatures = 14;
    int accountRoles = 3;
    int productionRoles = 2;
    int members = 1;
    int productions = 0;
    int seats = 0;

    // A busy studio: the default catalog, 30 roles, 200 members, 500 productions, 5,000 seats.
    static GenerateSpec studio();
    // The largest workspace the product is built for.
    static GenerateSpec stress();
    // A few of everything, for fast tests.
    static GenerateSpec small();
};

// Builds a workspace of the given size from the default workspace, every step through Workspace::apply(), so that it
// obeys every rule. The same spec and seed give an equal workspace.
Workspace generateWorkspace(const GenerateSpec &spec, quint32 seed);

} // namespace rs
