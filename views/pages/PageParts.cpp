#include "PageParts.h"

#include "domain/Dates.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

namespace rs::pages {

QLabel *title(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setAlternatingRowColors(true);
    return table;
}

QString seatFrom(const Workspace &ws, const SeatKey &key)
{
    const SeatTerm term = ws.effectiveSeatTerm(key);
    return term.from.isValid() ? dates::date(term.from, ws.timeZone()) : QStringLiteral("—");
}

QString seatUntil(const Workspace &ws, const SeatKey &key)
{
    const SeatTerm term = ws.effectiveSeatTerm(key);
    if (!term.until.isValid())
        return QStringLiteral("—");
    const QString day = dates::date(term.until, ws.timeZone());
    return ws.seatTerm(key).until.isValid() ? day : QCoreApplication::translate("rs::pages", "%1 (wrap date)").arg(day);
}

QString seatState(const Workspace &ws, const SeatKey &key, const QDateTime &now)
{
    const SeatTerm term = ws.effectiveSeatTerm(key);
    if (term.from.isValid() && now < term.from)
        return QCoreApplication::translate("rs::pages", "Starts %1").arg(dates::date(term.from, ws.timeZone()));
    if (term.until.isValid() && now > term.until)
        return QCoreApplication::translate("rs::pages", "Ended %1").arg(dates::date(term.until, ws.timeZone()));
    return QCoreApplication::translate("rs::pages", "Active");
}

} // namespace rs::pages
