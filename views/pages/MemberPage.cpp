#include "MemberPage.h"

#include "PageParts.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "domain/Dates.h"
#include "domain/DefaultWorkspace.h"
#include "itemmodels/AccessGridModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rs {

namespace {

constexpr int kHistoryRows = 50;

} // namespace

MemberPage::MemberPage(const Workbench &bench, QWidget *parent)
    : QWidget(parent)
    , m_bench(bench)
    , m_title(pages::title(this))
    , m_account(new QLabel(this))
    , m_seats(pages::table({ tr("Production"), tr("Role"), tr("From"), tr("Until"), tr("State") }, this))
    , m_accessIn(new QComboBox(this))
    , m_accessModel(new AccessGridModel(this))
    , m_accessView(new QTableView(this))
    , m_historyNote(new QLabel(this))
    , m_history(pages::table({ tr("When"), tr("By"), tr("Change") }, this))
{
    setObjectName(QStringLiteral("memberPage"));
    m_title->setObjectName(QStringLiteral("memberTitle"));
    m_account->setObjectName(QStringLiteral("memberAccount"));
    m_account->setWordWrap(true);
    m_account->setTextFormat(Qt::PlainText);
    m_seats->setObjectName(QStringLiteral("memberSeats"));
    m_seats->setAccessibleName(tr("Seats"));
    m_seats->setToolTip(tr("Double-click a seat to open its production."));
    m_accessIn->setObjectName(QStringLiteral("memberAccessIn"));
    m_accessView->setObjectName(QStringLiteral("memberAccess"));
    m_accessView->setModel(m_accessModel);
    m_accessView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accessView->verticalHeader()->hide();
    m_accessView->verticalHeader()->setDefaultSectionSize(m_accessView->fontMetrics().height() + 8);
    m_accessView->setAlternatingRowColors(true);
    m_accessView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_accessView->setAccessibleName(tr("Access now"));
    m_history->setObjectName(QStringLiteral("memberHistory"));
    m_history->setAccessibleName(tr("History"));
    m_historyNote->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_account);
    layout->addWidget(new QLabel(tr("<b>Seats</b>"), this));
    layout->addWidget(m_seats, 2);
    auto *accessRow = new QFormLayout;
    accessRow->addRow(tr("<b>Access now</b> in:"), m_accessIn);
    layout->addLayout(accessRow);
    layout->addWidget(m_accessView, 3);
    layout->addWidget(new QLabel(tr("<b>History</b>"), this));
    layout->addWidget(m_historyNote);
    layout->addWidget(m_history, 2);

    connect(m_accessIn, &QComboBox::currentIndexChanged, this, &MemberPage::refreshAccess);
    connect(m_seats, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const QTableWidgetItem *item = m_seats->item(row, 0))
            emit productionChosen(item->data(Qt::UserRole).value<Id>());
    });
    connect(m_bench.session, &EditSession::workingChanged, this, [this](const Touched &touched) {
        // Seats, dates, roles and names all show here: any change the page can see is read again.
        if (isVisible() && !touched.isEmpty())
            refresh();
    });
    connect(m_bench.session, &EditSession::reloaded, this, [this]() {
        if (isVisible()) {
            refresh();
            readHistory();
        }
    });
}

void MemberPage::showMember(Id member)
{
    m_member = member;
    refresh();
    readHistory();
}

void MemberPage::refresh()
{
    const Workspace &ws = m_bench.session->working();
    const Member *m = ws.member(m_member);
    if (!m) {
        m_title->setText(tr("Nobody chosen"));
        m_account->clear();
        m_seats->setRowCount(0);
        m_accessIn->clear();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_title->setText(m->name);
    QString account;
    if (m->id == ws.owner())
        account = tr("The studio's owner.") + QLatin1Char(' ');
    if (const Role *r = ws.role(m->accountRole)) {
        account += m->accountRoleUntil.isValid()
            ? tr("Account role: %1, until %2.")
                  .arg(DefaultWorkspace::displayName(*r), dates::dateTime(m->accountRoleUntil, ws.timeZone()))
            : tr("Account role: %1, without an end.").arg(DefaultWorkspace::displayName(*r));
        if (!ws.accountRoleActive(*m, now))
            account += QLatin1Char(' ') + tr("It has ended and no longer counts.");
    } else {
        account += tr("No account role: access comes from seats alone.");
    }
    m_account->setText(account + QLatin1Char(' ') + tr("Dates are in %1.").arg(QString::fromUtf8(ws.timeZone().id())));

    QList<SeatKey> seats;
    for (auto it = ws.seats().cbegin(); it != ws.seats().cend(); ++it) {
        if (it.key().member == m_member)
            seats.append(it.key());
    }
    const auto productionName = [&ws](Id id) { return ws.production(id) ? ws.production(id)->name : QString(); };
    std::sort(seats.begin(), seats.end(), [&](const SeatKey &a, const SeatKey &b) {
        return productionName(a.production).localeAwareCompare(productionName(b.production)) < 0;
    });
    m_seats->setRowCount(int(seats.size()));
    for (int row = 0; row < seats.size(); ++row) {
        const SeatKey &key = seats.at(row);
        const Role *role = ws.role(ws.seats().value(key));
        auto *production = new QTableWidgetItem(productionName(key.production));
        production->setData(Qt::UserRole, QVariant::fromValue(key.production));
        m_seats->setItem(row, 0, production);
        m_seats->setItem(row, 1, new QTableWidgetItem(role ? DefaultWorkspace::displayName(*role) : QString()));
        m_seats->setItem(row, 2, new QTableWidgetItem(pages::seatFrom(ws, key)));
        m_seats->setItem(row, 3, new QTableWidgetItem(pages::seatUntil(ws, key)));
        m_seats->setItem(row, 4, new QTableWidgetItem(pages::seatState(ws, key, now)));
    }

    // The access shown: account-wide, or in one of the member's productions; the choice is kept while it exists.
    const Id chosen = m_accessIn->currentData().value<Id>();
    const QSignalBlocker quiet(m_accessIn);
    m_accessIn->clear();
    m_accessIn->addItem(tr("Account-wide features only"), QVariant::fromValue(Id(0)));
    for (const SeatKey &key : std::as_const(seats))
        m_accessIn->addItem(productionName(key.production), QVariant::fromValue(key.production));
    m_accessIn->setCurrentIndex(std::max(0, m_accessIn->findData(QVariant::fromValue(chosen))));
    if (chosen == 0 && m_accessIn->count() > 1)
        m_accessIn->setCurrentIndex(1);
    refreshAccess();
}

void MemberPage::refreshAccess()
{
    const Workspace &ws = m_bench.session->working();
    if (!ws.member(m_member))
        return;
    m_accessModel->setQuery(ws, m_member, m_accessIn->currentData().value<Id>());
}

void MemberPage::readHistory()
{
    m_history->setRowCount(0);
    const Workspace &ws = m_bench.session->working();
    const Member *m = ws.member(m_member);
    if (!m || !m_bench.document->isOpen())
        return;
    m_historyNote->setText(tr("Reading the audit trail…"));
    AuditFilter filter;
    filter.member = m_member;
    filter.memberName = m->name;
    filter.limit = kHistoryRows;
    const Id asked = m_member;
    const QTimeZone zone = ws.timeZone();
    m_bench.document->readAudit(this, filter, [this, asked, zone](const Result<QList<AuditEntry>> &entries) {
        if (asked != m_member)
            return;
        if (!entries) {
            m_historyNote->setText(entries.error().message);
            return;
        }
        // Newest first: the last change is what a manager looks for.
        QList<AuditEntry> rows = entries.value();
        std::reverse(rows.begin(), rows.end());
        m_history->setRowCount(int(rows.size()));
        for (int row = 0; row < rows.size(); ++row) {
            const AuditEntry &e = rows.at(row);
            m_history->setItem(row, 0, new QTableWidgetItem(dates::dateTime(e.at, zone)));
            m_history->setItem(row, 1, new QTableWidgetItem(e.actor.isEmpty() ? e.osUser : e.actor));
            m_history->setItem(row, 2, new QTableWidgetItem(e.summary));
        }
        m_historyNote->setText(rows.isEmpty()
                ? tr("No applied change names this member yet.")
                : tr("The last %n change(s) that name this member, newest first.", nullptr, int(rows.size())));
    });
}

} // namespace rs
