// The name check on raw UTF-16 (the input, two bytes a code unit, little-endian): a name it accepts, as stored
// (trimmed), is well-formed UTF-16, holds no control, invisible or bidirectional formatting character, has 1 to 80
// code points and comes back unchanged from UTF-8.
#include "FuzzSupport.h"

#include "domain/Rules.h"

using namespace rs;

namespace {

bool wellFormed(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 == text.size() || !text.at(i + 1).isLowSurrogate())
                return false;
            ++i;
        } else if (c.isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

// Characters that do not show, or that reorder or hide what a person reads: Cc, Cf (bidirectional marks and
// overrides, zero-width spaces and joiners, the byte-order mark, …), line and paragraph separators.
bool invisible(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fz::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString name(qsizetype(size / 2), Qt::Uninitialized);
    for (qsizetype i = 0; i < name.size(); ++i)
        name[i] = QChar(char16_t(data[2 * i] | (data[2 * i + 1] << 8)));
    if (!Rules::checkName(name, QStringLiteral("role")).ok())
        return 0;
    const QString stored = Rules::normalizedName(name);
    FUZZ_CHECK(wellFormed(stored), "an accepted name is well-formed UTF-16");
    const QList<uint> points = stored.toUcs4();
    FUZZ_CHECK(!points.isEmpty() && points.size() <= Rules::kMaxNameLength, "an accepted name has 1 to 80 characters");
    for (const uint c : points)
        FUZZ_CHECK(!invisible(c), "an accepted name holds no control, invisible or bidirectional character");
    FUZZ_CHECK(QString::fromUtf8(stored.toUtf8()) == stored, "an accepted name survives a UTF-8 round trip");
    return 0;
}
