#include "SheetPdf.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace rs::formats {

namespace {

// One unbreakable piece of a sheet: a title, a line of facts, a heading, a table row or a bullet.
struct Block
{
    enum Kind { Title, Fact, Paragraph, Heading, TableHeader, Row, Bullet, SignOff };
    Kind kind = Paragraph;
    QStringList cells;
    qreal height = 0;
    int keepWithNext = 0; // how many following blocks must start on the same page
};

// Fonts, column widths and spacing for one device, in its pixels.
class Layout
{
public:
    Layout(QPaintDevice &device)
        : m_device(device)
        , m_width(device.width())
    {
        m_body.setPointSizeF(9);
        m_bold = m_body;
        m_bold.setBold(true);
        m_heading = m_bold;
        m_heading.setPointSizeF(12);
        m_title = m_bold;
        m_title.setPointSizeF(18);
        m_small = m_body;
        m_small.setPointSizeF(8);
        m_pad = QFontMetricsF(m_body, &m_device).height() * 0.3;
    }

    qreal width() const { return m_width; }
    qreal pad() const { return m_pad; }
    const QFont &font(Block::Kind kind) const
    {
        switch (kind) {
        case Block::Title:
            return m_title;
        case Block::Heading:
            return m_heading;
        case Block::TableHeader:
            return m_bold;
        default:
            return m_body;
        }
    }
    const QFont &small() const { return m_small; }

    // Column rectangles of a table row: feature, permission level, why this matters.
    QList<QRectF> columns(qreal y, qreal height) const
    {
        const qreal a = m_width * 0.28, b = m_width * 0.22;
        return { QRectF(0, y, a, height), QRectF(a, y, b, height), QRectF(a + b, y, m_width - a - b, height) };
    }
    // Where the text of each cell or line goes, relative to the block's top.
    QList<QRectF> textRects(const Block &block, qreal height) const
    {
        if (block.kind == Block::SignOff)
            return {}; // painted as lines to write on
        if (block.kind == Block::Row || block.kind == Block::TableHeader) {
            QList<QRectF> rects = columns(0, height);
            for (QRectF &r : rects)
                r.adjust(m_pad, m_pad, -m_pad, -m_pad);
            return rects;
        }
        const qreal indent = block.kind == Block::Bullet ? m_pad * 4 : 0;
        return { QRectF(indent, 0, m_width - indent, height) };
    }
    qreal measure(Block &block) const
    {
        const QFontMetricsF fm(font(block.kind), &m_device);
        qreal height = 0;
        const QList<QRectF> rects = textRects(block, 1e9);
        for (int i = 0; i < block.cells.size() && i < rects.size(); ++i)
            height = std::max(height, fm.boundingRect(rects.at(i), Qt::TextWordWrap, block.cells.at(i)).height());
        const bool table = block.kind == Block::Row || block.kind == Block::TableHeader;
        height += table ? 2 * m_pad : 0;
        if (block.kind == Block::SignOff)
            height = fm.height() * 9; // three lines to write on: name, signature, date
        if (block.kind == Block::Title || block.kind == Block::Heading)
            height += fm.height() * 0.6;
        if (block.kind == Block::Paragraph || block.kind == Block::Bullet)
            height += m_pad;
        block.height = height;
        return height;
    }

private:
    QPaintDevice &m_device;
    qreal m_width;
    qreal m_pad = 0;
    QFont m_body, m_bold, m_heading, m_title, m_small;
};

QList<Block> blocksOf(const RoleSheet &sheet)
{
    QList<Block> blocks;
    blocks.append({ Block::Title, { sheet.role }, 0, 0 });
    const QList<QPair<QString, QString>> facts
        = { { QCoreApplication::translate("rs::formats::RoleSheet", "Workspace"), sheet.workspace },
              { QCoreApplication::translate("rs::formats::RoleSheet", "Scope"), sheet.scope },
              { QCoreApplication::translate("rs::formats::RoleSheet", "Date"), sheet.date },
              { QCoreApplication::translate("rs::formats::RoleSheet", "Guardrails"), sheet.guardrails } };
    for (const auto &[label, value] : facts)
        blocks.append({ Block::Fact, { QStringLiteral("%1: %2").arg(label, value) }, 0, 0 });
    if (!sheet.basedOn.isEmpty())
        blocks.append({ Block::Paragraph, { sheet.basedOn }, 0, 0 });
    if (!sheet.description.isEmpty())
        blocks.append({ Block::Paragraph, { sheet.description }, 0, 0 });
    const QStringList header = { QCoreApplication::translate("rs::formats::RoleSheet", "Feature"),
        QCoreApplication::translate("rs::formats::RoleSheet", "Permission level"),
        QCoreApplication::translate("rs::formats::RoleSheet", "Why this matters") };
    for (const SheetSection &s : sheet.sections) {
        // A heading keeps its table header and first row with it.
        blocks.append({ Block::Heading, { s.name }, 0, s.rows.isEmpty() ? 1 : 2 });
        blocks.append({ Block::TableHeader, header, 0, s.rows.isEmpty() ? 0 : 1 });
        for (const SheetRow &r : s.rows)
            blocks.append({ Block::Row, { r.feature, r.levels.toText(), r.why }, 0, 0 });
    }
    blocks.append({ Block::Heading, { QCoreApplication::translate("rs::formats::RoleSheet", "Holders") }, 0, 1 });
    if (sheet.holders.isEmpty())
        blocks.append({ Block::Paragraph,
            { QCoreApplication::translate("rs::formats::RoleSheet", "No one holds this role.") }, 0, 0 });
    for (const QString &holder : sheet.holders)
        blocks.append({ Block::Bullet, { holder }, 0, 0 });
    if (!sheet.duties.isEmpty()) {
        blocks.append(
            { Block::Heading, { QCoreApplication::translate("rs::formats::RoleSheet", "Duty rules") }, 0, 2 });
        blocks.append({ Block::Paragraph, { dutiesIntro() }, 0, 1 });
        for (const QString &line : sheet.duties)
            blocks.append({ Block::Bullet, { line }, 0, 0 });
    }
    blocks.append({ Block::Heading, { QCoreApplication::translate("rs::formats::RoleSheet", "Summary") }, 0, 2 });
    blocks.append(
        { Block::Paragraph, { QCoreApplication::translate("rs::formats::RoleSheet", "This role provides:") }, 0, 1 });
    for (const QString &line : sheet.provides)
        blocks.append({ Block::Bullet, { line }, 0, 0 });
    // The exclusions stay with the sign-off below them when they fit on one page.
    blocks.append(
        { Block::Paragraph, { QCoreApplication::translate("rs::formats::RoleSheet", "It deliberately excludes:") }, 0,
            int(sheet.excludes.size()) + 3 });
    for (const QString &line : sheet.excludes)
        blocks.append({ Block::Bullet, { line }, 0, 0 });
    blocks.append({ Block::Heading, { QCoreApplication::translate("rs::formats::RoleSheet", "Sign-off") }, 0, 2 });
    blocks.append({ Block::Paragraph,
        { QCoreApplication::translate(
            "rs::formats::RoleSheet", "Signed by the person who holds this role and the person responsible for it.") },
        0, 1 });
    blocks.append({ Block::SignOff,
        { QCoreApplication::translate("rs::formats::RoleSheet", "Holder"),
            QCoreApplication::translate("rs::formats::RoleSheet", "Responsible") },
        0, 0 });
    return blocks;
}

// A block placed on a page; a repeated table header is placed without being part of the block list.
struct Placed
{
    const Block *block;
    qreal y;
};

void paintBlock(QPainter &p, const Layout &layout, const Block &block, qreal y)
{
    p.save();
    p.translate(0, y);
    p.setFont(layout.font(block.kind));
    const bool table = block.kind == Block::Row || block.kind == Block::TableHeader;
    if (table) {
        const QList<QRectF> cols = layout.columns(0, block.height);
        for (const QRectF &c : cols) {
            if (block.kind == Block::TableHeader)
                p.fillRect(c, QColor(0xe8, 0xe8, 0xe8));
            p.drawRect(c);
        }
    }
    const QList<QRectF> rects = layout.textRects(block, block.height);
    for (int i = 0; i < block.cells.size() && i < rects.size(); ++i)
        p.drawText(rects.at(i), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, block.cells.at(i));
    if (block.kind == Block::Bullet)
        p.drawText(QRectF(0, 0, layout.pad() * 4, block.height), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("•"));
    if (block.kind == Block::SignOff) {
        // One column per signer, each with its lines: name, signature, date.
        const qreal column = layout.width() / qreal(std::max<qsizetype>(1, block.cells.size()));
        const qreal line = block.height / 3;
        const QStringList labels = { QCoreApplication::translate("rs::formats::RoleSheet", "Name"),
            QCoreApplication::translate("rs::formats::RoleSheet", "Signature"),
            QCoreApplication::translate("rs::formats::RoleSheet", "Date") };
        for (qsizetype c = 0; c < block.cells.size(); ++c) {
            const qreal left = column * qreal(c);
            const qreal right = left + column - layout.pad() * 8;
            for (int l = 0; l < labels.size(); ++l) {
                const qreal base = line * (l + 1) - line * 0.35;
                p.drawLine(QPointF(left, base), QPointF(right, base));
                p.drawText(QRectF(left, base + layout.pad() * 0.3, column, line * 0.35), Qt::AlignLeft | Qt::AlignTop,
                    QStringLiteral("%1 — %2").arg(labels.at(l), block.cells.at(c)));
            }
        }
    }
    p.restore();
}

} // namespace

SheetPrinter::SheetPrinter(QList<RoleSheet> sheets)
    : m_sheets(std::move(sheets))
{
}

Result<int> SheetPrinter::print(QPagedPaintDevice &device) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::badInput(QCoreApplication::translate(
            "rs::formats::RoleSheet", "Printing a role sheet needs the graphical libraries to be started."));
    QPainter painter;
    if (!painter.begin(&device))
        return Error::storage(QCoreApplication::translate("rs::formats::RoleSheet", "The document cannot be painted."));
    const Layout layout(device);
    const QFontMetricsF small(layout.small(), &device);
    const qreal headerHeight = small.height() * 2.2;
    const qreal footerHeight = small.height() * 1.8;
    const qreal usable = device.height() - headerHeight - footerHeight;
    int pagesPainted = 0;
    for (const RoleSheet &sheet : m_sheets) {
        QList<Block> blocks = blocksOf(sheet);
        for (Block &b : blocks)
            layout.measure(b);
        // Layout pass: which block goes on which page, and where.
        QList<QList<Placed>> pages(1);
        QList<Block> repeats; // table headers repeated on continued pages; reserved so pointers stay valid
        repeats.reserve(blocks.size());
        qreal y = 0;
        const Block *currentHeader = nullptr;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const Block &b = blocks.at(i);
            qreal needed = b.height;
            for (qsizetype k = 1; k <= b.keepWithNext && i + k < blocks.size(); ++k)
                needed += blocks.at(i + k).height;
            if (b.kind == Block::TableHeader)
                currentHeader = &b;
            else if (b.kind != Block::Row)
                currentHeader = nullptr;
            if (y > 0 && y + needed > usable) {
                pages.append(QList<Placed>());
                y = 0;
                if (b.kind == Block::Row && currentHeader) {
                    repeats.append(*currentHeader);
                    pages.last().append({ &repeats.last(), y });
                    y += currentHeader->height;
                }
            }
            if ((b.kind == Block::Heading || b.kind == Block::Title) && y > 0)
                y += b.height * 0.3; // air above a heading
            pages.last().append({ &b, y });
            y += b.height;
        }
        // Paint pass, now that the page count is known.
        for (qsizetype n = 0; n < pages.size(); ++n) {
            if (pagesPainted > 0 && !device.newPage()) {
                painter.end();
                return Error::storage(
                    QCoreApplication::translate("rs::formats::RoleSheet", "A new page cannot be started."));
            }
            ++pagesPainted;
            painter.setFont(layout.small());
            const QRectF band(0, 0, layout.width(), small.height());
            painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, sheet.header());
            painter.drawLine(QPointF(0, small.height() * 1.4), QPointF(layout.width(), small.height() * 1.4));
            painter.drawText(QRectF(0, device.height() - small.height(), layout.width(), small.height()),
                Qt::AlignRight | Qt::AlignVCenter,
                QCoreApplication::translate("rs::formats::RoleSheet", "Page %1 of %2").arg(n + 1).arg(pages.size()));
            for (const Placed &placed : pages.at(n))
                paintBlock(painter, layout, *placed.block, headerHeight + placed.y);
        }
    }
    if (!painter.end())
        return Error::storage(
            QCoreApplication::translate("rs::formats::RoleSheet", "The document cannot be finished."));
    return pagesPainted;
}

Result<QByteArray> roleSheetPdf(const RoleSheet &sheet)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(sheet.header());
        writer.setCreator(QStringLiteral("Rolesheet"));
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter));
        const Result<int> pages = SheetPrinter({ sheet }).print(writer);
        if (!pages)
            return pages.error();
    }
    return data;
}

} // namespace rs::formats
