#include "ProductionPage.h"

#include "PageParts.h"
#include "commands/EditSession.h"
#include "domain/Dates.h"
#include "domain/DefaultWorkspace.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rs {

ProductionPage::ProductionPage(const Workbench &bench, QWidget *parent)
    : QWidget(parent)
    , m_bench(bench)
    , m_title(pages::title(this))
    , m_wrap(new QLabel(this))
    , m_team(pages::table({ tr("Member"), tr("Role"), tr("From"), tr("Until"), tr("State") }, this))
{
    setObjectName(QStringLiteral("productionPage"));
    m_title->setObjectName(QStringLiteral("productionTitle"));
    m_wrap->setObjectName(QStringLiteral("productionWrap"));
    m_wrap->setWordWrap(true);
    m_wrap->setTextFormat(Qt::PlainText);
    m_team->setObjectName(QStringLiteral("productionTeam"));
    m_team->setAccessibleName(tr("Team"));
    m_team->setToolTip(tr("Double-click a member to open their page."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_wrap);
    layout->addWidget(new QLabel(tr("<b>Team</b>"), this));
    layout->addWidget(m_team, 1);

    connect(m_team, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const QTableWidgetItem *item = m_team->item(row, 0))
            emit memberChosen(item->data(Qt::UserRole).value<Id>());
    });
    connect(m_bench.session, &EditSession::workingChanged, this, [this](const Touched &touched) {
        // Seats, dates, roles and names all show here: any change the page can see is read again.
        if (isVisible() && !touched.isEmpty())
            refresh();
    });
    connect(m_bench.session, &EditSession::reloaded, this, [this]() {
        if (isVisible())
            refresh();
    });
}

void ProductionPage::showProduction(Id production)
{
    m_production = production;
    refresh();
}

void ProductionPage::refresh()
{
    const Workspace &ws = m_bench.session->working();
    const Production *p = ws.production(m_production);
    if (!p) {
        m_title->setText(tr("No production chosen"));
        m_wrap->clear();
        m_team->setRowCount(0);
        return;
    }
    m_title->setText(p->name);
    const Member *creator = ws.member(p->createdBy);
    QString line = creator ? tr("Created by %1.").arg(creator->name) + QLatin1Char(' ') : QString();
    line += p->wrap.isValid()
        ? tr("Wraps on %1: seats without an end of their own end then.").arg(dates::dateTime(p->wrap, ws.timeZone()))
        : tr("No wrap date: seats without an end of their own do not end.");
    m_wrap->setText(line + QLatin1Char(' ') + tr("Dates are in %1.").arg(QString::fromUtf8(ws.timeZone().id())));

    QList<SeatKey> team;
    for (auto it = ws.seats().cbegin(); it != ws.seats().cend(); ++it) {
        if (it.key().production == m_production)
            team.append(it.key());
    }
    const auto memberName = [&ws](Id id) { return ws.member(id) ? ws.member(id)->name : QString(); };
    std::sort(team.begin(), team.end(), [&](const SeatKey &a, const SeatKey &b) {
        return memberName(a.member).localeAwareCompare(memberName(b.member)) < 0;
    });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_team->setRowCount(int(team.size()));
    for (int row = 0; row < team.size(); ++row) {
        const SeatKey &key = team.at(row);
        const Role *role = ws.role(ws.seats().value(key));
        auto *member = new QTableWidgetItem(memberName(key.member));
        member->setData(Qt::UserRole, QVariant::fromValue(key.member));
        m_team->setItem(row, 0, member);
        m_team->setItem(row, 1, new QTableWidgetItem(role ? DefaultWorkspace::displayName(*role) : QString()));
        m_team->setItem(row, 2, new QTableWidgetItem(pages::seatFrom(ws, key)));
        m_team->setItem(row, 3, new QTableWidgetItem(pages::seatUntil(ws, key)));
        m_team->setItem(row, 4, new QTableWidgetItem(pages::seatState(ws, key, now)));
    }
}

} // namespace rs
