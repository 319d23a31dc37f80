#include "ExpiringDialog.h"

#include "commands/EditSession.h"
#include "domain/Dates.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rs {

namespace {

enum Column { MemberColumn, ProductionColumn, RoleColumn, EndsColumn, StateColumn };

} // namespace

ExpiringDialog::ExpiringDialog(EditSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Expiring Soon"));
    setObjectName(QStringLiteral("expiringDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *options = new QFormLayout;
    m_within = new QSpinBox(this);
    m_within->setRange(0, 3660);
    m_within->setValue(14);
    m_within->setSuffix(tr(" days"));
    m_within->setAccessibleName(tr("Show what ends within"));
    options->addRow(tr("Show what ends &within:"), m_within);
    m_extend = new QSpinBox(this);
    m_extend->setRange(1, 3660);
    m_extend->setValue(14);
    m_extend->setSuffix(tr(" days"));
    m_extend->setAccessibleName(tr("Extend or renew by"));
    options->addRow(tr("Extend or renew &by:"), m_extend);
    layout->addLayout(options);

    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({ tr("Member"), tr("Production"), tr("Role"), tr("Ends"), tr("State") });
    m_list->setAccessibleName(tr("Seats and account roles that end"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QHBoxLayout;
    m_extendButton = new QPushButton(tr("E&xtend"), this);
    m_extendButton->setToolTip(tr("Move the end of the selected access later by the days above."));
    m_endButton = new QPushButton(tr("End &Now"), this);
    m_endButton->setToolTip(tr("End the selected access now; it stays listed as ended."));
    m_renewButton = new QPushButton(tr("&Renew"), this);
    m_renewButton->setToolTip(tr("Start the selected access again from today, for the days above."));
    buttons->addWidget(m_extendButton);
    buttons->addWidget(m_endButton);
    buttons->addWidget(m_renewButton);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    resize(720, 420);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_extendButton, &QPushButton::clicked, this, [this] { extendSelected(); });
    connect(m_endButton, &QPushButton::clicked, this, [this] { endSelectedNow(); });
    connect(m_renewButton, &QPushButton::clicked, this, [this] { renewSelected(); });
    connect(m_within, &QSpinBox::valueChanged, this, [this] { refresh(); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        const bool any = !selected().isEmpty();
        m_extendButton->setEnabled(any);
        m_endButton->setEnabled(any);
        m_renewButton->setEnabled(any);
    });
    connect(m_session, &EditSession::workingChanged, this, [this] { refresh(); });
    connect(m_session, &EditSession::reloaded, this, [this] { refresh(); });
    refresh();
}

QAction *ExpiringDialog::openAction(EditSession *session, QWidget *parent)
{
    auto *action = new QAction(tr("&Expiring Soon…"), parent);
    action->setObjectName(QStringLiteral("expiringSoon"));
    action->setStatusTip(tr("Seats and account roles that end within two weeks, and those that have ended."));
    QObject::connect(action, &QAction::triggered, parent, [session, parent] {
        if (!session->isLoaded())
            return;
        auto *dialog = new ExpiringDialog(session, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    return action;
}

void ExpiringDialog::setNow(const QDateTime &now)
{
    m_now = now;
    refresh();
}

void ExpiringDialog::refresh()
{
    if (!m_session->isLoaded())
        return;
    const Workspace &ws = m_session->working();
    const QDateTime at = now();
    const QTimeZone zone = ws.timeZone();
    // Ended access stays listed, marked as ended, until a sweep or an edit removes it.
    m_shown.clear();
    for (const Expiry &e : expiries(ws)) {
        if (e.until <= at.addDays(m_within->value()))
            m_shown.append(e);
    }
    m_list->clear();
    int ended = 0;
    for (const Expiry &e : std::as_const(m_shown)) {
        const Member *m = ws.member(e.member);
        const Production *p = ws.production(e.production);
        const Role *r = ws.role(e.role);
        const bool isEnded = e.until < at;
        ended += isEnded ? 1 : 0;
        QString state;
        if (isEnded)
            state = tr("Ended");
        else if (e.until.toTimeZone(zone).date() == at.toTimeZone(zone).date())
            state = tr("Ends today");
        else
            state = tr(
                "Ends in %n days", nullptr, int(at.toTimeZone(zone).date().daysTo(e.until.toTimeZone(zone).date())));
        if (e.fromWrap)
            state += QLatin1String(" · ") + tr("wrap date");
        auto *item = new QTreeWidgetItem(m_list,
            { m ? m->name : QString(), p ? p->name : tr("(account role)"), r ? r->name : QString(),
                dates::dateTime(e.until, zone), state });
        if (isEnded) {
            for (int c = 0; c <= StateColumn; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    const int soon = int(m_shown.size()) - ended;
    const int within = m_within->value();
    const QString zoneText = tr("Times are in %1.").arg(QString::fromUtf8(zone.id()));
    if (m_shown.isEmpty()) {
        // What to do next, in the editor: look further ahead, or give access an end.
        m_summary->setText(tr("Nothing ends within %n day(s). Look further ahead with the days above, or give a "
                              "freelancer’s seat an end with Members › Invite to Production… or Set Account Role….",
                               nullptr, within)
            + QLatin1Char(' ') + zoneText);
    } else {
        m_summary->setText(tr("%n ending within the window", nullptr, soon) + QLatin1String("; ")
            + tr("%n already ended: that access no longer counts. Select a row to extend or renew it.", nullptr, ended)
            + QLatin1Char(' ') + zoneText);
    }
    m_extendButton->setEnabled(false);
    m_endButton->setEnabled(false);
    m_renewButton->setEnabled(false);
}

QList<Expiry> ExpiringDialog::selected() const
{
    QList<Expiry> result;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->isSelected() && i < m_shown.size())
            result.append(m_shown.at(i));
    }
    return result;
}

bool ExpiringDialog::stageFor(const QString &text, const std::function<Change(const Expiry &)> &make)
{
    QList<Change> changes;
    for (const Expiry &e : selected())
        changes.append(make(e));
    if (changes.isEmpty())
        return false;
    return m_session->stageAll(text, changes).ok();
}

bool ExpiringDialog::extendSelected()
{
    const int days = m_extend->value();
    const Workspace &ws = m_session->working();
    return stageFor(tr("Extend access by %n days", nullptr, days), [&](const Expiry &e) {
        const QDateTime until = e.until.addDays(days);
        if (!e.production)
            return Change::setAccountRole(e.member, e.role, until);
        return Change::setSeatDates(
            e.production, e.member, ws.seatTerm(SeatKey { e.production, e.member }).from, until);
    });
}

bool ExpiringDialog::endSelectedNow()
{
    // The end is the last instant that counts: the millisecond before now.
    const QDateTime until = now().addMSecs(-1);
    const Workspace &ws = m_session->working();
    return stageFor(tr("End access now"), [&](const Expiry &e) {
        if (!e.production)
            return Change::setAccountRole(e.member, e.role, until);
        QDateTime from = ws.seatTerm(SeatKey { e.production, e.member }).from;
        if (from.isValid() && !(from < until))
            from = until.addMSecs(-1); // a seat that had not begun ends before it would have
        return Change::setSeatDates(e.production, e.member, from, until);
    });
}

bool ExpiringDialog::renewSelected()
{
    const int days = m_extend->value();
    const Workspace &ws = m_session->working();
    const QTimeZone zone = ws.timeZone();
    const QDate today = now().toTimeZone(zone).date();
    const QDateTime from = dates::startOfDay(today, zone);
    const QDateTime until = dates::endOfDay(today.addDays(days), zone);
    return stageFor(tr("Renew access for %n days", nullptr, days), [&](const Expiry &e) {
        if (!e.production)
            return Change::setAccountRole(e.member, e.role, until);
        return Change::setSeatDates(e.production, e.member, from, until);
    });
}

} // namespace rs
