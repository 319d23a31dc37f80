#pragma once

#include <QColor>
#include <QMarginsF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <memory>

class QIODevice;

namespace rs::formats {

// A small PDF writer for pages of text lines, rules and shaded boxes, written to a device page by page: a page's
// content is compressed and written when the next one starts, so memory holds one page whatever the length.
//
// A line of text is one string in the page's content, not a drawing of its glyphs. Its characters are shown in
// fonts made of the glyphs the document uses, taken from the system's fonts (Type 3 fonts: each glyph's outline,
// its width, and a ToUnicode map so that the text can be searched and copied). Any font Qt can load serves, and a
// character the main font lacks comes from the font Qt falls back to for its script, so names in any language show
// as they are typed. Text that needs shaping (right-to-left scripts, joined or combining characters) is laid out by
// Qt and placed glyph by glyph, marked with its actual text.
//
// Lengths are points, from the top left corner of the area inside the margins; y of text is its baseline.
class PdfText
{
public:
    enum class Face { Regular, Bold };

    // A4 landscape when `landscape`, else portrait. Needs a QGuiApplication (fonts).
    PdfText(QIODevice &out, bool landscape, const QMarginsF &margins, const QString &title);
    ~PdfText();
    PdfText(const PdfText &) = delete;
    PdfText &operator=(const PdfText &) = delete;

    // The area inside the margins.
    qreal width() const;
    qreal height() const;

    qreal advance(const QString &text, Face face, qreal size);
    // The advance of each UTF-16 unit of `text` (the second of a pair has none) when it is plain text, which is
    // placed by its fonts' widths alone; false when it needs the layout.
    bool advances(const QString &text, Face face, qreal size, QVarLengthArray<qreal, 256> &each);
    qreal ascent(Face face, qreal size);
    // Ascent and descent: the distance between the baselines of two lines.
    qreal lineHeight(Face face, qreal size);

    // One line of text (no line breaks) with its baseline at `x`, `y`.
    void text(qreal x, qreal y, const QString &text, Face face, qreal size);
    // Lines of text, the first with its baseline at `x`, `y`, each next one `leading` lower.
    void lines(qreal x, qreal y, const QStringList &lines, Face face, qreal size, qreal leading);
    void line(qreal x1, qreal y1, qreal x2, qreal y2);
    void fill(const QRectF &rect, const QColor &colour);

    // What is drawn between beginRow(y) and endRow() is placed from y, so that the rows of a table repeat the same
    // operators, and the page's content compresses to little more than its text. Lengths stay from the page's top.
    void beginRow(qreal y);
    void endRow();

    // Text known only at the end, such as the number of pages: later() draws it with its baseline starting at `x`,
    // `y`, on as many pages as it is drawn on; setLater() gives it its text before finish(). It is one form in the
    // file, drawn where later() was called (plain text only: no shaping).
    void later(qreal x, qreal y);
    void setLater(const QString &text, Face face, qreal size);

    // Ends the page and starts the next; false when the device would not take it.
    bool newPage();
    // Ends the last page and writes the fonts and the document's index; false when the device would not take it.
    bool finish();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace rs::formats
