// The one place where a change's kind picks the code that handles it. The switch is made from KindList.h and has no
// default: a kind missing from it is a compile error (-Wswitch), and a listed kind without its file a link error.
#include "Kinds.h"

#include "domain/Applier.h"

#include <type_traits>

namespace rs::kinds {

namespace {

// Calls `f` with a value of the type of `kind`.
template <typename F> auto visit(Change::Kind kind, F &&f)
{
    switch (kind) {
#define RS_CHANGE_KIND(Name)                                                                                           \
    case Change::Kind::Name:                                                                                           \
        return f(Name {});
#include "KindList.h"
#undef RS_CHANGE_KIND
    }
    Q_UNREACHABLE(); // a Kind is only ever one of the listed values
    using R = decltype(f(SetGrant {}));
    if constexpr (!std::is_void_v<R>)
        return R {};
}

} // namespace

const Info &info(Change::Kind kind)
{
    return *visit(kind, [](auto k) { return &decltype(k)::info; });
}

Status check(const Workspace &ws, const Change &c)
{
    return visit(c.kind, [&](auto k) { return decltype(k)::check(ws, c); });
}

void apply(Applier &a, Change &c)
{
    visit(c.kind, [&](auto k) { decltype(k)::apply(a, c); });
}

QString describe(const Workspace &ws, const Change &c)
{
    return visit(c.kind, [&](auto k) { return decltype(k)::describe(ws, c); });
}

} // namespace rs::kinds
