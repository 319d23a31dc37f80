#pragma once

// The workspace the export harnesses build from their input: one name a line (UTF-8, or UTF-16LE when the line starts
// with byte 0x01), applied through changes wherever a name goes, so that the rules hold.
#include "FuzzSupport.h"

#include "domain/DefaultWorkspace.h"

#include <QDate>

namespace fz {

inline const QDate kDate(2026, 1, 15);
inline constexpr int kMaxNames = 40;
// DefaultWorkspace::create(), made once by the harness's LLVMFuzzerInitialize.
inline const rs::Workspace *g_default = nullptr;

inline QStringList namesOf(const QByteArray &input)
{
    QStringList names;
    for (const QByteArray &line : input.split('\n')) {
        if (names.size() == kMaxNames)
            break;
        if (line.startsWith('\x01')) {
            const QByteArray raw = line.mid(1);
            QString text(raw.size() / 2, Qt::Uninitialized);
            for (qsizetype i = 0; i < text.size(); ++i)
                text[i] = QChar(char16_t(quint8(raw.at(2 * i)) | (quint8(raw.at(2 * i + 1)) << 8)));
            names << text;
        } else {
            names << QString::fromUtf8(line);
        }
    }
    return names;
}

// A workspace with the given names wherever a name goes; refused changes are skipped.
inline rs::Workspace workspaceNamed(const QStringList &names)
{
    using namespace rs;
    Workspace ws = *g_default;
    auto apply = [&ws](Change change) { return ws.apply(change).ok() ? change : Change {}; };
    auto name = [&names](int i) { return i < names.size() ? names.at(i) : QString(); };
    apply(Change::setWorkspaceName(name(0)));
    Id section = apply(Change::addSection(name(1))).section;
    if (!section)
        section = ws.sections().first().id;
    apply(Change::addFeature(section, name(2), Scope::Production, {}, false, name(3)));
    const Id role = apply(Change::createRole(name(4), Scope::Account)).role;
    apply(Change::createRole(name(5), Scope::Account, 0, 0, true));
    const Id production = apply(Change::createProduction(name(6), ws.owner())).production;
    if (production)
        apply(Change::createRole(name(7), Scope::Production, production));
    apply(Change::addMember(name(8), role));
    if (role)
        apply(Change::setDescription(role, name(9)));
    apply(Change::renameSection(ws.sections().first().id, name(10)));
    apply(Change::renameFeature(ws.features().first().id, name(11)));
    for (int i = 12; i < names.size(); ++i) {
        switch (i % 4) {
        case 0:
            apply(Change::createRole(names.at(i), Scope::Account));
            break;
        case 1:
            apply(Change::addFeature(section, names.at(i), Scope::Account, {}, false, names.at(i)));
            break;
        case 2:
            apply(Change::addMember(names.at(i)));
            break;
        default:
            apply(Change::createRole(names.at(i), Scope::Production, production));
            break;
        }
    }
    return ws;
}

} // namespace fz
