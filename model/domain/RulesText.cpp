// Rule 9 and the longer texts: what a name or a description may hold, character by character.
#include "Rules.h"

#include <QCoreApplication>

#include <algorithm>

namespace rs {

namespace {

// "U+200B": how a refusal names a character it cannot show.
QString codePoint(char32_t c)
{
    return QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

// Characters that print as nothing or turn the text around them: two names that differ only in them look alike,
// and a direction override makes the rest of a line read backwards.
bool isHidden(char32_t c)
{
    // Every format character (Unicode's Cf: the soft hyphen, word joiners, tag characters…) prints as nothing.
    if (QChar::category(c) == QChar::Other_Format)
        return true;
    return c == 0x061C || c == 0x180E || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x206F) || c == 0xFEFF;
}

// What is wrong with a text, found in one pass over its code points: the first lone UTF-16 surrogate, control
// character or hidden character.
struct TextScan
{
    enum Problem { None, Broken, Control, Hidden } problem = None;
    char32_t character = 0;
};

TextScan scan(QStringView text, bool multiline)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar unit = text[i];
        char32_t c = unit.unicode();
        if (unit.isSurrogate()) {
            if (!unit.isHighSurrogate() || i + 1 == size || !text[i + 1].isLowSurrogate())
                return { TextScan::Broken, c };
            c = QChar::surrogateToUcs4(unit, text[++i]);
        }
        const bool lineBreakOrTab = c == u'\n' || c == u'\r' || c == u'\t';
        if (QChar::category(c) == QChar::Other_Control ? !(multiline && lineBreakOrTab)
                                                       : !multiline && (c == 0x2028 || c == 0x2029))
            return { TextScan::Control, c };
        if (isHidden(c))
            return { TextScan::Hidden, c };
    }
    return {};
}

} // namespace

Status Rules::checkLineCharacters(const QString &text, const QString &what)
{
    const TextScan found = scan(text, false);
    switch (found.problem) {
    case TextScan::Broken:
        return Error::badInput(
            QCoreApplication::translate("rs::Rules", "A %1 name contains a broken character: %2 without its pair.")
                .arg(what, codePoint(found.character)));
    case TextScan::Control:
        return Error::badInput(QCoreApplication::translate(
            "rs::Rules", "A %1 name cannot contain control characters such as tabs or line breaks; this one has %2.")
                                   .arg(what, codePoint(found.character)));
    case TextScan::Hidden:
        return Error::badInput(QCoreApplication::translate(
            "rs::Rules", "A %1 name cannot contain the invisible or direction-changing character %2.")
                                   .arg(what, codePoint(found.character)));
    case TextScan::None:
        break;
    }
    return {};
}

Status Rules::checkName(const QString &name, const QString &what)
{
    const QString trimmed = normalizedName(name);
    if (trimmed.isEmpty())
        return Error::badInput(QCoreApplication::translate("rs::Rules", "A %1 needs a name.").arg(what));
    // Well-formed first: a lone surrogate would count as nothing here and become another character in storage.
    if (scan(trimmed, false).problem == TextScan::Broken)
        return checkLineCharacters(trimmed, what);
    // Characters as people count them (code points): an emoji outside the Basic Multilingual Plane is one, not two,
    // and in well-formed text every high surrogate starts such a pair.
    const qsizetype length
        = trimmed.size() - std::count_if(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isHighSurrogate(); });
    if (length > kMaxNameLength)
        return Error::badInput(
            QCoreApplication::translate("rs::Rules", "A %1 name can be at most %2 characters long; this one has %3.")
                .arg(what, QString::number(kMaxNameLength), QString::number(length)));
    return checkLineCharacters(trimmed, what);
}

Status Rules::checkText(const QString &text, const QString &what)
{
    const TextScan found = scan(text, true);
    switch (found.problem) {
    case TextScan::Broken:
        return Error::badInput(
            QCoreApplication::translate("rs::Rules", "The %1 contains a broken character: %2 without its pair.")
                .arg(what, codePoint(found.character)));
    case TextScan::Control:
        return Error::badInput(QCoreApplication::translate(
            "rs::Rules", "The %1 contains the control character %2; only line breaks and tabs are allowed.")
                                   .arg(what, codePoint(found.character)));
    case TextScan::Hidden:
        return Error::badInput(QCoreApplication::translate(
            "rs::Rules", "The %1 contains the invisible or direction-changing character %2.")
                                   .arg(what, codePoint(found.character)));
    case TextScan::None:
        break;
    }
    return {};
}

} // namespace rs
