#include "PdfText.h"

#include <QFont>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QHash>
#include <QIODevice>
#include <QPainterPath>
#include <QRawFont>
#include <QTextLayout>
#include <QVarLengthArray>

#include <array>

namespace rs::formats {

namespace {

// Glyphs are measured and outlined at 1000 pixels to the em, which is the Type 3 fonts' own unit (FontMatrix 0.001):
// a width or a position in them times the font size over 1000 is points.
constexpr int kUnits = 1000;
// Codes 0 to 254 are glyphs; 255 is a blank glyph named "m", 0.6 em wide, drawn nowhere. Poppler (pdftotext, and the
// search of the viewers built on it) guesses the size of a Type 3 font's text from the width of its glyph named "m",
// taking 0.6 em as normal: without it, it takes the width of another glyph, and places lines of text at odd heights.
constexpr int kGlyphsPerFont = 255;
// A4, in points.
constexpr qreal kLongSide = 841.89;
constexpr qreal kShortSide = 595.28;

// `x` with at most two decimals, and a space.
void number(QByteArray &out, qreal x)
{
    qint64 v = qRound64(x * 100);
    if (v < 0) {
        out += '-';
        v = -v;
    }
    out += QByteArray::number(v / 100);
    if (const int cents = int(v % 100)) {
        out += '.';
        out += char('0' + cents / 10);
        if (cents % 10)
            out += char('0' + cents % 10);
    }
    out += ' ';
}

// A string of one-byte codes as a PDF literal string: parentheses and backslashes escaped, and line ends, which a
// reader would otherwise take as one.
void literal(QByteArray &out, const QByteArray &codes)
{
    out += '(';
    for (char c : codes) {
        if (c == '(' || c == ')' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    out += ')';
}

QByteArray utf16Hex(const QString &text, bool bom)
{
    QByteArray out = bom ? "FEFF" : "";
    for (QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out;
}

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

// A glyph as drawn: which Type 3 font, its one-byte code there, and its width in units. font < 0: the character
// needs the layout.
struct Glyph
{
    int font = -1;
    char code = 0;
    qreal advance = 0;
};

// One of the system's fonts the document takes glyphs from, and the code each glyph was given.
struct Source
{
    QRawFont raw;
    QHash<quint32, std::pair<int, char>> codes;
    int filling = -1; // the Type 3 font new glyphs go to
};

// A Type 3 font of the document: up to 255 glyphs of one source, each with the text it stands for, by code.
struct Type3
{
    int source = 0;
    int count = 0;
    std::array<quint32, kGlyphsPerFont> glyphs {};
    std::array<bool, kGlyphsPerFont> used {};
    std::array<QString, kGlyphsPerFont> texts {};

    // A free code for a glyph standing for `text`: a printable ASCII character its own, so that the page's strings
    // read as their text, compress as text does and need no escapes; any other the first free of the rest.
    int freeCode(const QString &text) const
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
};

struct FaceState
{
    QFont font;
    int primary = -1;
    QHash<int, int> fallback; // writing system → source, -1 for none
    std::array<Glyph, 128> ascii {};
    std::array<bool, 128> asciiKnown {};
    QHash<char32_t, Glyph> chars;
    qreal ascent = 0;
    qreal descent = 0;
};

// A laid-out text: its width and each glyph's place, in units from the start of its baseline (y down).
struct Shaped
{
    struct Placed
    {
        int font;
        char code;
        QPointF at;
    };
    qreal width = 0;
    QList<Placed> glyphs;
    bool complete = true; // every character has a glyph: none is drawn as a box
};

} // namespace

struct PdfText::Impl
{
    QIODevice &out;
    QSizeF page;
    QMarginsF margins;
    QString title;
    qint64 written = 0;
    bool ok = true;
    // Where each object is: its offset in the file, or the object stream holding it and its place there. Objects 1
    // to 4: the catalog, the page tree, the resources and the information.
    struct Entry
    {
        qint64 offset = 0;
        int stream = 0;
        int index = 0;
    };
    QList<Entry> entries { {}, {}, {}, {}, {} };
    // Pages not yet written: their objects go into object streams, a hundred at a time.
    QList<std::pair<int, QByteArray>> pendingPages;
    QList<int> pages;
    QByteArray content;
    // The page's text state so far: font, size and leading.
    int pageFont = -1;
    qreal pageFontSize = 0;
    qreal pageLeading = -1;
    // The row being drawn: its top, and the text state it started with.
    qreal rowY = 0;
    bool inRow = false;
    int rowFont = -1;
    qreal rowFontSize = 0;
    qreal rowLeading = -1;

    // PDF's y (upwards from the page's bottom edge) of `y` (downwards from the top margin), in the row's space.
    qreal yOf(qreal y) const { return page.height() - margins.top() - (y - rowY); }
    QList<Source> sources;
    QList<Type3> fonts;
    std::array<FaceState, 2> faces;

    Impl(QIODevice &device, QSizeF size, const QMarginsF &m, const QString &t)
        : out(device)
        , page(size)
        , margins(m)
        , title(t)
    {
    }

    void write(const QByteArray &data)
    {
        if (ok && out.write(data) != data.size())
            ok = false;
        written += data.size();
    }

    int newObject()
    {
        entries.append(Entry {});
        return int(entries.size() - 1);
    }

    void begin(int object)
    {
        entries[object].offset = written;
        write(QByteArray::number(object) + " 0 obj\n");
    }

    void object(int object, const QByteArray &body)
    {
        begin(object);
        write(body + "\nendobj\n");
    }

    void stream(int object, const QByteArray &data, const QByteArray &keys = {})
    {
        // qCompress gives a zlib stream after four bytes of length: what FlateDecode reads.
        const QByteArray packed = qCompress(data, 6).mid(4);
        begin(object);
        write("<< " + keys + "/Length " + QByteArray::number(packed.size()) + " /Filter /FlateDecode >>\nstream\n");
        write(packed);
        write("\nendstream\nendobj\n");
    }

    int sourceOf(const QRawFont &raw)
    {
        for (int i = 0; i < sources.size(); ++i) {
            if (sources.at(i).raw == raw)
                return i;
        }
        sources.append(Source { raw, {}, -1 });
        return int(sources.size() - 1);
    }

    std::pair<int, char> codeFor(int source, quint32 glyph, const QString &text)
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

    int fallbackFor(FaceState &face, char32_t c)
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

    Glyph lookUp(FaceState &face, char32_t c)
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

    Glyph glyphOf(FaceState &face, char32_t c)
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

    // The glyphs of `text` when every character is plain and has a glyph; false otherwise.
    bool plainGlyphs(FaceState &face, const QString &text, QVarLengthArray<Glyph, 128> &glyphs)
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

    Shaped shape(FaceState &face, const QString &text)
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

    void startPage()
    {
        pageFont = -1;
        pageLeading = -1;
        content.clear();
        content += "0.4 w\n";
    }

    void endPage()
    {
        const int contents = newObject();
        stream(contents, content);
        const int object = newObject();
        // The size and the resources are the page tree's, which every page inherits.
        pendingPages.append(
            { object, "<< /Type /Page /Parent 2 0 R /Contents " + QByteArray::number(contents) + " 0 R >>" });
        if (pendingPages.size() == 100)
            writePages();
        pages.append(object);
        content.clear();
    }

    // The pages' objects so far, in one compressed object stream: a page's object costs a few bytes.
    void writePages()
    {
        if (pendingPages.isEmpty())
            return;
        const int object = newObject();
        QByteArray offsets;
        QByteArray bodies;
        for (qsizetype i = 0; i < pendingPages.size(); ++i) {
            const auto &[number, body] = pendingPages.at(i);
            offsets += QByteArray::number(number) + ' ' + QByteArray::number(bodies.size()) + ' ';
            bodies += body + '\n';
            entries[number].stream = object;
            entries[number].index = int(i);
        }
        stream(object, offsets + bodies,
            "/Type /ObjStm /N " + QByteArray::number(pendingPages.size()) + " /First "
                + QByteArray::number(offsets.size()) + ' ');
        pendingPages.clear();
    }

    // The font's glyphs as procedures drawing their outlines, its widths, and what each code stands for.
    QByteArray type3(const Type3 &font)
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

    void shapedText(qreal left, qreal base, const QString &text, FaceState &f, qreal size)
    {
        QByteArray &c = content;
        // Laid out by Qt: each glyph where the layout put it. Left-to-right text is marked with the text it shows, as
        // its glyphs may stand in another order (a vowel sign before its consonant); right-to-left text is read from
        // its glyphs, right to left, as readers do. Characters no font has are drawn as boxes and read as nothing.
        const Shaped shaped = shape(f, text);
        const bool actual = !text.isRightToLeft() && shaped.complete;
        if (actual)
            c += "/Span << /ActualText <" + utf16Hex(text, true) + "> >> BDC ";
        c += "BT ";
        for (const Shaped::Placed &g : shaped.glyphs) {
            if (g.font != pageFont || size != pageFontSize) {
                c += "/F" + QByteArray::number(g.font) + ' ';
                number(c, size);
                c += "Tf ";
                pageFont = g.font;
                pageFontSize = size;
            }
            c += "1 0 0 1 ";
            number(c, left + g.at.x() * size / kUnits);
            number(c, base - g.at.y() * size / kUnits);
            c += "Tm ";
            literal(c, QByteArray(1, g.code));
            c += "Tj ";
        }
        c += actual ? "ET EMC\n" : "ET\n";
    }
};

PdfText::PdfText(QIODevice &out, bool landscape, const QMarginsF &margins, const QString &title)
    : d(std::make_unique<Impl>(
        out, landscape ? QSizeF(kLongSide, kShortSide) : QSizeF(kShortSide, kLongSide), margins, title))
{
    QFont regular;
    regular.setPixelSize(kUnits);
    regular.setKerning(false);
    QFont bold = regular;
    bold.setBold(true);
    d->faces[0].font = regular;
    d->faces[1].font = bold;
    for (FaceState &face : d->faces) {
        const QRawFont raw = QRawFont::fromFont(face.font);
        if (raw.isValid())
            face.primary = d->sourceOf(raw);
        face.ascent = raw.isValid() ? raw.ascent() : kUnits * 0.8;
        face.descent = raw.isValid() ? raw.descent() : kUnits * 0.2;
    }
    d->write("%PDF-1.5\n%\xE2\xE3\xCF\xD3\n");
    d->startPage();
}

PdfText::~PdfText() = default;

qreal PdfText::width() const
{
    return d->page.width() - d->margins.left() - d->margins.right();
}

qreal PdfText::height() const
{
    return d->page.height() - d->margins.top() - d->margins.bottom();
}

qreal PdfText::advance(const QString &text, Face face, qreal size)
{
    FaceState &f = d->faces[size_t(face)];
    QVarLengthArray<Glyph, 128> glyphs;
    qreal units = 0;
    if (d->plainGlyphs(f, text, glyphs)) {
        for (const Glyph &g : glyphs)
            units += g.advance;
    } else {
        units = d->shape(f, text).width;
    }
    return units * size / kUnits;
}

bool PdfText::advances(const QString &text, Face face, qreal size, QVarLengthArray<qreal, 256> &each)
{
    FaceState &f = d->faces[size_t(face)];
    each.resize(text.size());
    const qreal scale = size / kUnits;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        if (pair)
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
        const Glyph g = d->glyphOf(f, c);
        if (g.font < 0)
            return false;
        each[i] = g.advance * scale;
        if (pair)
            each[++i] = 0;
    }
    return true;
}

qreal PdfText::ascent(Face face, qreal size)
{
    return d->faces[size_t(face)].ascent * size / kUnits;
}

qreal PdfText::lineHeight(Face face, qreal size)
{
    const FaceState &f = d->faces[size_t(face)];
    return (f.ascent + f.descent) * size / kUnits;
}

void PdfText::text(qreal x, qreal y, const QString &text, Face face, qreal size)
{
    lines(x, y, QStringList { text }, face, size, 0);
}

void PdfText::lines(qreal x, qreal y, const QStringList &lines, Face face, qreal size, qreal leading)
{
    FaceState &f = d->faces[size_t(face)];
    QByteArray &c = d->content;
    const qreal left = d->margins.left() + x;
    const qreal top = d->yOf(y);
    // The font and size are the graphics state's, which text objects keep: set when they change on the page.
    const auto setFont = [&](int to) {
        if (to == d->pageFont && size == d->pageFontSize)
            return;
        c += "/F" + QByteArray::number(to) + ' ';
        number(c, size);
        c += "Tf ";
        d->pageFont = to;
        d->pageFontSize = size;
    };
    // Lines of plain text share one text object: each is one string per run of glyphs in one font (a line in one
    // font is one string), the next line reached by T*, a step of the leading.
    bool open = false;
    qsizetype at = -1; // the line the text position is at the start of
    QVarLengthArray<Glyph, 128> glyphs;
    QByteArray codes;
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QString &text = lines.at(l);
        if (text.isEmpty())
            continue;
        const qreal base = top - qreal(l) * leading;
        glyphs.clear();
        if (!d->plainGlyphs(f, text, glyphs)) {
            if (open) {
                c += "ET\n";
                open = false;
                at = -1;
            }
            d->shapedText(left, base, text, f, size);
            continue;
        }
        if (!open) {
            c += "BT ";
            if (leading > 0 && lines.size() > 1 && leading != d->pageLeading) {
                number(c, leading);
                c += "TL ";
                d->pageLeading = leading;
            }
            open = true;
        }
        if (at >= 0 && at == l - 1) {
            c += "T* ";
        } else if (at < 0 && l == 0) {
            // A new text object starts at the page's origin.
            number(c, left);
            number(c, base);
            c += "Td ";
        } else {
            c += "1 0 0 1 ";
            number(c, left);
            number(c, base);
            c += "Tm ";
        }
        at = l;
        codes.clear();
        for (const Glyph &g : glyphs) {
            if (g.font != d->pageFont || size != d->pageFontSize) {
                if (!codes.isEmpty()) {
                    literal(c, codes);
                    c += "Tj ";
                    codes.clear();
                }
                setFont(g.font);
            }
            codes += g.code;
        }
        literal(c, codes);
        c += "Tj ";
    }
    if (open)
        c += "ET\n";
}

void PdfText::line(qreal x1, qreal y1, qreal x2, qreal y2)
{
    QByteArray &c = d->content;
    number(c, d->margins.left() + x1);
    number(c, d->yOf(y1));
    c += "m ";
    number(c, d->margins.left() + x2);
    number(c, d->yOf(y2));
    c += "l S\n";
}

void PdfText::fill(const QRectF &rect, const QColor &colour)
{
    QByteArray &c = d->content;
    c += "q ";
    number(c, colour.redF());
    number(c, colour.greenF());
    number(c, colour.blueF());
    c += "rg ";
    number(c, d->margins.left() + rect.left());
    number(c, d->yOf(rect.bottom()));
    number(c, rect.width());
    number(c, rect.height());
    c += "re f Q\n";
}

void PdfText::beginRow(qreal y)
{
    if (d->inRow)
        endRow();
    d->content += "q 1 0 0 1 0 ";
    number(d->content, -y);
    d->content += "cm\n";
    d->inRow = true;
    d->rowY = y;
    d->rowFont = d->pageFont;
    d->rowFontSize = d->pageFontSize;
    d->rowLeading = d->pageLeading;
}

void PdfText::endRow()
{
    if (!d->inRow)
        return;
    // The graphics state, with the text state in it, is as it was when the row began.
    d->content += "Q\n";
    d->inRow = false;
    d->rowY = 0;
    d->pageFont = d->rowFont;
    d->pageFontSize = d->rowFontSize;
    d->pageLeading = d->rowLeading;
}

bool PdfText::newPage()
{
    endRow();
    d->endPage();
    d->startPage();
    return d->ok;
}

bool PdfText::finish()
{
    endRow();
    d->endPage();
    d->writePages();
    QByteArray fonts;
    for (int i = 0; i < d->fonts.size(); ++i)
        fonts += "/F" + QByteArray::number(i) + ' ' + d->type3(d->fonts.at(i)) + " 0 R ";
    d->object(3, "<< /Font << " + fonts + ">> /ProcSet [/PDF /Text] >>");
    QByteArray kids;
    for (int page : std::as_const(d->pages))
        kids += QByteArray::number(page) + " 0 R ";
    QByteArray box;
    number(box, d->page.width());
    number(box, d->page.height());
    d->object(2,
        "<< /Type /Pages /MediaBox [0 0 " + box + "] /Resources 3 0 R /Kids [" + kids + "] /Count "
            + QByteArray::number(d->pages.size()) + " >>");
    d->object(4, "<< /Title <" + utf16Hex(d->title, true) + "> /Creator (Rolesheet) /Producer (Rolesheet) >>");
    d->object(1, "<< /Type /Catalog /Pages 2 0 R >>");
    // The index, as a cross-reference stream: per object its kind (1 in the file, 2 in an object stream), then its
    // offset or its stream's number in four bytes, then 0 or its place in the stream in two.
    const int xref = d->newObject();
    d->entries[xref].offset = d->written;
    QByteArray index;
    const auto put = [&index](int kind, qint64 where, int which) {
        index += char(kind);
        for (int shift = 24; shift >= 0; shift -= 8)
            index += char((where >> shift) & 0xFF);
        index += char((which >> 8) & 0xFF);
        index += char(which & 0xFF);
    };
    put(0, 0, 0xFFFF);
    for (qsizetype i = 1; i < d->entries.size(); ++i) {
        const Impl::Entry &e = d->entries.at(i);
        if (e.stream)
            put(2, e.stream, e.index);
        else
            put(1, e.offset, 0);
    }
    const qint64 at = d->written;
    d->stream(xref, index,
        "/Type /XRef /Size " + QByteArray::number(d->entries.size()) + " /W [1 4 2] /Root 1 0 R /Info 4 0 R ");
    d->write("startxref\n" + QByteArray::number(at) + "\n%%EOF\n");
    return d->ok;
}

} // namespace rs::formats
