#pragma once
// The kinds of change, each a type whose code lives in kinds/<Name>.cpp, and the one dispatch from a change's kind to
// that code (Dispatch.cpp). Not part of the model's interface: Change, Rules and Workspace::apply() are.
#include "domain/Change.h"

namespace rs {

class Applier;

namespace kinds {

// What a kind says about itself, beyond its code.
struct Info
{
    const char *key; // its name in journals and the audit trail ("set-grant"); never changes once written
    Change::Area area; // what part of the workspace it works on
    Id Change::*creates; // the field that holds the id of what it creates; nullptr for kinds that create nothing
};

// Every kind declares the same members and defines them in its own file:
//   info      its key, area and what it creates;
//   check     every rule the change must pass before it is applied (after Rules::check() has checked its instants);
//   apply     carries it out through the Applier, which keeps the before-state of everything touched: that record
//             is the change's inverse (Workspace::restore());
//   describe  the sentence for undo menus and the audit trail.
// A kind listed in KindList.h without its file does not link.
#define RS_CHANGE_KIND(Name)                                                                                           \
    struct Name                                                                                                        \
    {                                                                                                                  \
        static const Info info;                                                                                        \
        static Status check(const Workspace &ws, const Change &c);                                                     \
        static void apply(Applier &a, Change &c);                                                                      \
        static QString describe(const Workspace &ws, const Change &c);                                                 \
    };
#include "KindList.h"
#undef RS_CHANGE_KIND

// The dispatch (Dispatch.cpp): from a change's kind to its type's code.
const Info &info(Change::Kind kind);
Status check(const Workspace &ws, const Change &c);
void apply(Applier &a, Change &c);
QString describe(const Workspace &ws, const Change &c);

// The number of kinds.
constexpr int kCount = 0
#define RS_CHANGE_KIND(Name) +1
#include "KindList.h"
#undef RS_CHANGE_KIND
    ;

} // namespace kinds
} // namespace rs
