#pragma once

#include "Result.h"

#include <QStringList>

#include <cstdint>

namespace rs {

// The four independent permission flags of a grant. They are not a ladder: Edit alone is a valid grant.
enum class Level : std::uint8_t { View = 1, Add = 2, Edit = 4, Delete = 8 };

// A set of levels held as a bit mask; the empty set reads "None".
class Levels
{
public:
    constexpr Levels() = default;
    constexpr Levels(Level level)
        : m_bits(static_cast<std::uint8_t>(level))
    {
    }
    static constexpr Levels fromBits(unsigned bits) { return Levels(static_cast<std::uint8_t>(bits & 15u)); }
    static constexpr Levels all() { return Levels(15); }

    constexpr std::uint8_t bits() const { return m_bits; }
    constexpr bool isNone() const { return m_bits == 0; }
    constexpr bool has(Level level) const { return (m_bits & static_cast<std::uint8_t>(level)) != 0; }
    constexpr Levels with(Levels other) const { return Levels(m_bits | other.m_bits); }
    constexpr Levels without(Levels other) const { return Levels(m_bits & ~other.m_bits & 15); }
    constexpr Levels common(Levels other) const { return Levels(m_bits & other.m_bits); }
    // Add, Edit or Delete without View: allowed, but shown as a warning.
    constexpr bool lacksView() const { return !isNone() && !has(Level::View); }
    constexpr bool operator==(const Levels &) const = default;

    // The source documents' notation: "Add / Edit", "View / Delete", "None".
    QString toText() const;
    // The command line's notation: "none" or "view,add".
    QString toArgument() const;
    // Reads "none" or a comma list of view, add, edit, delete (any case, spaces allowed).
    static Result<Levels> parseArgument(const QString &text);
    // Reads the source notation back ("Add / Edit", "None").
    static Result<Levels> parseText(const QString &text);

private:
    constexpr explicit Levels(std::uint8_t bits)
        : m_bits(bits)
    {
    }
    std::uint8_t m_bits = 0;
};

inline constexpr Level kAllLevels[] = { Level::View, Level::Add, Level::Edit, Level::Delete };

// The level's name as people read it ("View"), translated.
QString levelName(Level level);
// The level's stable key ("view"), used in files and on the command line.
QString levelKey(Level level);
Result<Level> parseLevel(const QString &text);

} // namespace rs
