#include "PdfTextParts.h"

namespace rs::formats {

namespace pdftext {

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

} // namespace pdftext

void PdfText::Impl::endPage()
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

void PdfText::Impl::writePages()
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
        "/Type /ObjStm /N " + QByteArray::number(pendingPages.size()) + " /First " + QByteArray::number(offsets.size())
            + ' ');
    pendingPages.clear();
}

void PdfText::Impl::shapedText(qreal left, qreal base, const QString &text, FaceState &f, qreal size)
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

void PdfText::later(qreal x, qreal y)
{
    if (!d->laterObject)
        d->laterObject = d->newObject();
    QByteArray &c = d->content;
    c += "q 1 0 0 1 ";
    number(c, d->margins.left() + x);
    number(c, d->yOf(y));
    c += "cm /Later Do Q\n";
}

void PdfText::setLater(const QString &text, Face face, qreal size)
{
    FaceState &f = d->faces[size_t(face)];
    QVarLengthArray<Glyph, 128> glyphs;
    QByteArray &c = d->laterContent;
    c = "BT ";
    if (d->plainGlyphs(f, text, glyphs)) {
        int font = -1;
        QByteArray codes;
        for (const Glyph &g : glyphs) {
            if (g.font != font) {
                if (!codes.isEmpty()) {
                    literal(c, codes);
                    c += "Tj ";
                    codes.clear();
                }
                c += "/F" + QByteArray::number(g.font) + ' ';
                number(c, size);
                c += "Tf ";
                font = g.font;
            }
            codes += g.code;
            d->laterWidth += g.advance * size / kUnits;
        }
        if (!codes.isEmpty()) {
            literal(c, codes);
            c += "Tj ";
        }
    }
    c += "ET";
    d->laterSize = size;
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
    QByteArray forms;
    if (d->laterObject) {
        QByteArray box = "[";
        number(box, -1);
        number(box, -d->laterSize);
        number(box, d->laterWidth + 1);
        number(box, d->laterSize * 2);
        box += ']';
        d->stream(d->laterObject, d->laterContent,
            "/Type /XObject /Subtype /Form /BBox " + box + " /Resources 3 0 R ");
        forms = "/XObject << /Later " + QByteArray::number(d->laterObject) + " 0 R >> ";
    }
    d->object(3, "<< /Font << " + fonts + ">> " + forms + "/ProcSet [/PDF /Text] >>");
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
