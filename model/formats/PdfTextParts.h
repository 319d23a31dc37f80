#pragma once

// The parts of PdfText shared by its two files: PdfText.cpp writes the document, PdfFonts.cpp makes its fonts.
#include "PdfText.h"

#include <QFont>
#include <QFontDatabase>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QRawFont>
#include <QVarLengthArray>

#include <array>
#include <utility>

namespace rs::formats {

namespace pdftext {

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
    int freeCode(const QString &text) const;
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

void number(QByteArray &out, qreal x);
void literal(QByteArray &out, const QByteArray &codes);
QByteArray utf16Hex(const QString &text, bool bom);

} // namespace pdftext

using namespace pdftext;

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
    // The form later() draws (0: none yet), its content and the width of its bounding box.
    int laterObject = 0;
    QByteArray laterContent;
    qreal laterWidth = 0;
    qreal laterSize = 0;
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

    int sourceOf(const QRawFont &raw);

    std::pair<int, char> codeFor(int source, quint32 glyph, const QString &text);

    int fallbackFor(FaceState &face, char32_t c);

    Glyph lookUp(FaceState &face, char32_t c);

    Glyph glyphOf(FaceState &face, char32_t c);

    // The glyphs of `text` when every character is plain and has a glyph; false otherwise.
    bool plainGlyphs(FaceState &face, const QString &text, QVarLengthArray<Glyph, 128> &glyphs);

    Shaped shape(FaceState &face, const QString &text);

    void startPage()
    {
        pageFont = -1;
        pageLeading = -1;
        content.clear();
        content += "0.4 w\n";
    }

    void endPage();

    // The pages' objects so far, in one compressed object stream: a page's object costs a few bytes.
    void writePages();

    // The font's glyphs as procedures drawing their outlines, its widths, and what each code stands for.
    QByteArray type3(const Type3 &font);

    void shapedText(qreal left, qreal base, const QString &text, FaceState &f, qreal size);
};

} // namespace rs::formats
