#include "PdfTextParts.h"

#include <QGlyphRun>
#include <QPainterPath>
#include <QTextLayout>

namespace rs::formats {

namespace pdftext {

namespace {

// Whether a character shows as its font's glyph for it, whatever is around it: not a combining mark, not of a
// right-to-left script, not of a script whose letters join or reorder. Text of such characters only is placed
// from the fonts' widths; any other is laid out by Qt.
bool plain(char32_t c)
{
    if (c < 0x80)
        return c >= 0x20 && c != 0x7F;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
        return false;
    default:
        break;
    }
    switch (QChar::direction(c)) {
    case QChar::DirR:
    case QChar::DirAL:
    case QChar::DirRLE:
    case QChar::DirRLO:
    case QChar::DirRLI:
        return false;
    default:
        break;
    }
    switch (QChar::script(c)) {
    case QChar::Script_Common:
    case QChar::Script_Latin:
    case QChar::Script_Greek:
    case QChar::Script_Cyrillic:
    case QChar::Script_Armenian:
    case QChar::Script_Georgian:
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
        return true;
    case QChar::Script_Hangul: // syllables; the conjoining letters are composed by the layout
        return !(c >= 0x1100 && c <= 0x11FF) && !(c >= 0xA960 && c <= 0xA97F) && !(c >= 0xD7B0 && c <= 0xD7FF);
    default:
        return false;
    }
}

// The writing system whose font Qt falls back to for a character the main font lacks.
QFontDatabase::WritingSystem writingSystemOf(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Latin:
        return QFontDatabase::Latin;
    case QChar::Script_Greek:
        return QFontDatabase::Greek;
    case QChar::Script_Cyrillic:
        return QFontDatabase::Cyrillic;
    case QChar::Script_Armenian:
        return QFontDatabase::Armenian;
    case QChar::Script_Georgian:
        return QFontDatabase::Georgian;
    case QChar::Script_Han:
        return QFontDatabase::SimplifiedChinese;
    case QChar::Script_Bopomofo:
        return QFontDatabase::TraditionalChinese;
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return QFontDatabase::Japanese;
    case QChar::Script_Hangul:
        return QFontDatabase::Korean;
    default:
        return QFontDatabase::Any;
    }
}

} // namespace

int Type3::freeCode(const QString &text) const
{
    if (text.size() == 1) {
        const char16_t c = text.at(0).unicode();
        if (c > 32 && c < 127 && c != '(' && c != ')' && c != '\\' && !used[c])
            return c;
        if (c == ' ' && !used[c])
            return c;
    }
    static const std::array<int, kGlyphsPerFont> order = [] {
        std::array<int, kGlyphsPerFont> o {};
        int n = 0;
        for (int c = 128; c < kGlyphsPerFont; ++c)
            o[size_t(n++)] = c;
        for (int c = 0; c < 32; ++c) {
            if (c != '\n' && c != '\r')
                o[size_t(n++)] = c;
        }
        for (int c : { int('\n'), int('\r'), int('('), int(')'), int('\\') })
            o[size_t(n++)] = c;
        for (int c = 32; c < 128; ++c) {
            if (c != '(' && c != ')' && c != '\\')
                o[size_t(n++)] = c;
        }
        return o;
    }();
    for (int c : order) {
        if (!used[size_t(c)])
            return c;
    }
    return -1;
}

} // namespace pdftext

int PdfText::Impl::sourceOf(const QRawFont &raw)
{
    for (int i = 0; i < sources.size(); ++i) {
        if (sources.at(i).raw == raw)
            return i;
    }
    sources.append(Source { raw, {}, -1 });
    return int(sources.size() - 1);
}

std::pair<int, char> PdfText::Impl::codeFor(int source, quint32 glyph, const QString &text)
{
    Source &s = sources[source];
    if (const auto it = s.codes.constFind(glyph); it != s.codes.cend()) {
        QString &known = fonts[it->first].texts[size_t(uchar(it->second))];
        if (known.isEmpty())
            known = text;
        return it.value();
    }
    if (s.filling < 0 || fonts.at(s.filling).count == kGlyphsPerFont) {
        fonts.append(Type3 {});
        fonts.last().source = source;
        s.filling = int(fonts.size() - 1);
    }
    Type3 &f = fonts[s.filling];
    const int free = f.freeCode(text);
    const std::pair<int, char> code { s.filling, char(free) };
    f.glyphs[size_t(free)] = glyph;
    f.used[size_t(free)] = true;
    f.texts[size_t(free)] = text;
    ++f.count;
    s.codes.insert(glyph, code);
    return code;
}

int PdfText::Impl::fallbackFor(FaceState &face, char32_t c)
{
    const QFontDatabase::WritingSystem system = writingSystemOf(c);
    if (system == QFontDatabase::Any)
        return -1;
    auto it = face.fallback.find(int(system));
    if (it == face.fallback.end()) {
        const QRawFont raw = QRawFont::fromFont(face.font, system);
        it = face.fallback.insert(int(system), raw.isValid() ? sourceOf(raw) : -1);
    }
    return it.value() >= 0 && sources.at(it.value()).raw.supportsCharacter(uint(c)) ? it.value() : -1;
}

Glyph PdfText::Impl::lookUp(FaceState &face, char32_t c)
{
    Glyph g;
    if (!plain(c))
        return g;
    int source = face.primary;
    if (source < 0 || !sources.at(source).raw.supportsCharacter(uint(c)))
        source = fallbackFor(face, c);
    if (source < 0)
        return g;
    const QRawFont &raw = sources.at(source).raw;
    const QString text = QString::fromUcs4(&c, 1);
    quint32 ids[2] = { 0, 0 };
    int count = 2;
    if (!raw.glyphIndexesForChars(text.constData(), int(text.size()), ids, &count) || count != 1 || ids[0] == 0)
        return g;
    QPointF advance;
    raw.advancesForGlyphIndexes(ids, &advance, 1, QRawFont::UseDesignMetrics);
    const auto [font, code] = codeFor(source, ids[0], text);
    return Glyph { font, code, advance.x() };
}

Glyph PdfText::Impl::glyphOf(FaceState &face, char32_t c)
{
    if (c < 128) {
        if (!face.asciiKnown[c]) {
            face.ascii[c] = lookUp(face, c);
            face.asciiKnown[c] = true;
        }
        return face.ascii[c];
    }
    const auto it = face.chars.constFind(c);
    if (it != face.chars.cend())
        return it.value();
    return face.chars.insert(c, lookUp(face, c)).value();
}

bool PdfText::Impl::plainGlyphs(FaceState &face, const QString &text, QVarLengthArray<Glyph, 128> &glyphs)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const Glyph g = glyphOf(face, c);
        if (g.font < 0)
            return false;
        glyphs.append(g);
    }
    return true;
}

Shaped PdfText::Impl::shape(FaceState &face, const QString &text)
{
    QTextLayout layout(text, face.font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(qreal(kUnits) * 10000);
    layout.endLayout();
    Shaped shaped;
    if (!line.isValid())
        return shaped;
    shaped.width = line.naturalTextWidth();
    const qreal baseline = line.y() + line.ascent();
    // The text each glyph stands for: the characters whose glyphs it is among (a ligature stands for all of its
    // characters).
    QHash<std::pair<int, quint32>, QString> texts;
    QHash<std::pair<int, quint32>, qsizetype> next; // where the characters a glyph stands for end
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        for (const QGlyphRun &run : layout.glyphRuns(int(i), int(n))) {
            const int source = sourceOf(run.rawFont());
            for (quint32 id : run.glyphIndexes()) {
                if (id == 0)
                    continue; // the box of a character no font has stands for none
                const std::pair<int, quint32> key { source, id };
                QString &stands = texts[key];
                if (stands.isEmpty() || next.value(key) == i)
                    stands += text.mid(i, n);
                next[key] = i + n;
            }
        }
        i += n - 1;
    }
    for (const QGlyphRun &run : layout.glyphRuns()) {
        const int source = sourceOf(run.rawFont());
        const QList<quint32> ids = run.glyphIndexes();
        const QList<QPointF> at = run.positions();
        for (qsizetype i = 0; i < ids.size() && i < at.size(); ++i) {
            shaped.complete = shaped.complete && ids.at(i) != 0;
            const auto [font, code] = codeFor(source, ids.at(i), texts.value({ source, ids.at(i) }));
            shaped.glyphs.append({ font, code, QPointF(at.at(i).x(), at.at(i).y() - baseline) });
        }
    }
    return shaped;
}

QByteArray PdfText::Impl::type3(const Type3 &font)
{
    const QRawFont &raw = sources.at(font.source).raw;
    const int count = kGlyphsPerFont;
    QList<QPointF> advances(count);
    raw.advancesForGlyphIndexes(font.glyphs.data(), advances.data(), count, QRawFont::UseDesignMetrics);
    QByteArray procs = "<< ";
    QByteArray names;
    QByteArray widths;
    QRectF box;
    for (int i = 0; i < count; ++i) {
        if (!font.used[size_t(i)]) {
            widths += "0 ";
            continue;
        }
        const QPainterPath path = raw.pathForGlyph(font.glyphs[size_t(i)]);
        const QRectF bounds = path.isEmpty() ? QRectF() : path.boundingRect();
        if (!path.isEmpty())
            box = box.united(bounds);
        QByteArray proc;
        number(proc, advances.at(i).x());
        proc += "0 ";
        number(proc, bounds.left());
        number(proc, -bounds.bottom());
        number(proc, bounds.right());
        number(proc, -bounds.top());
        proc += "d1\n";
        for (int e = 0; e < path.elementCount(); ++e) {
            const QPainterPath::Element el = path.elementAt(e);
            number(proc, el.x);
            number(proc, -el.y);
            if (el.type == QPainterPath::MoveToElement) {
                proc += "m\n";
            } else if (el.type == QPainterPath::LineToElement) {
                proc += "l\n";
            } else if (el.type == QPainterPath::CurveToElement && e + 2 < path.elementCount()) {
                for (int k = 1; k <= 2; ++k) {
                    number(proc, path.elementAt(e + k).x);
                    number(proc, -path.elementAt(e + k).y);
                }
                proc += "c\n";
                e += 2;
            } else {
                proc += "l\n";
            }
        }
        if (!path.isEmpty())
            proc += "f\n";
        const int object = newObject();
        stream(object, proc);
        const QByteArray name = "/g" + QByteArray::number(i);
        procs += name + ' ' + QByteArray::number(object) + " 0 R ";
        names += QByteArray::number(i) + ' ' + name + ' ';
        number(widths, advances.at(i).x());
    }
    const int blank = newObject();
    stream(blank, "600 0 0 0 0 0 d1\n");
    procs += "/m " + QByteArray::number(blank) + " 0 R >>";
    widths += "600";
    const int procsObject = newObject();
    object(procsObject, procs);
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n";
    QList<QByteArray> entries;
    for (int i = 0; i < count; ++i) {
        if (font.used[size_t(i)] && !font.texts[size_t(i)].isEmpty())
            entries.append('<' + QByteArray::number(i, 16).rightJustified(2, '0').toUpper() + "> <"
                + utf16Hex(font.texts[size_t(i)], false) + ">\n");
    }
    for (qsizetype i = 0; i < entries.size(); i += 100) {
        const qsizetype n = std::min<qsizetype>(100, entries.size() - i);
        cmap += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype k = i; k < i + n; ++k)
            cmap += entries.at(k);
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    const int cmapObject = newObject();
    stream(cmapObject, cmap);
    QByteArray dict = "<< /Type /Font /Subtype /Type3 /FontBBox [";
    number(dict, box.left());
    number(dict, -box.bottom());
    number(dict, box.right());
    number(dict, -box.top());
    dict += "] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs " + QByteArray::number(procsObject)
        + " 0 R /Encoding << /Type /Encoding /Differences [" + names + QByteArray::number(kGlyphsPerFont)
        + " /m] >> /FirstChar 0 /LastChar " + QByteArray::number(kGlyphsPerFont) + " /Widths [" + widths
        + "] /ToUnicode " + QByteArray::number(cmapObject) + " 0 R /Resources << >> >>";
    const int fontObject = newObject();
    object(fontObject, dict);
    return QByteArray::number(fontObject);
}

} // namespace rs::formats
