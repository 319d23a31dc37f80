#include "MemberDialogs.h"

#include "DateField.h"

#include "domain/Access.h"
#include "domain/Rules.h"
#include "itemmodels/AccessGridModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rs {

void fillMembers(QComboBox *combo, const Workspace &ws, Id except)
{
    QList<const Member *> members;
    for (const Member &m : ws.members()) {
        if (m.id != except)
            members.append(&m);
    }
    std::sort(members.begin(), members.end(),
        [](const Member *a, const Member *b) { return a->name.localeAwareCompare(b->name) < 0; });
    for (const Member *m : std::as_const(members))
        combo->addItem(m->name, m->id);
    // A studio has thousands of people: typing part of a name finds them.
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

TransferOwnershipDialog::TransferOwnershipDialog(const Workspace &ws, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_member(new QComboBox(this))
    , m_explanation(new QLabel(this))
{
    setWindowTitle(tr("Transfer ownership"));
    m_member->setObjectName(QStringLiteral("newOwner"));
    m_explanation->setObjectName(QStringLiteral("transferExplanation"));
    m_explanation->setWordWrap(true);
    fillMembers(m_member, ws, ws.owner());
    auto *form = new QFormLayout;
    form->addRow(tr("&New owner:"), m_member);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Transfer"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_member->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(m_member, &QComboBox::currentIndexChanged, this, &TransferOwnershipDialog::explain);
    explain();
    resize(480, 240);
}

Id TransferOwnershipDialog::newOwner() const
{
    return m_member->currentData().value<Id>();
}

void TransferOwnershipDialog::explain()
{
    const Member *owner = m_ws.member(m_ws.owner());
    const Member *next = m_ws.member(newOwner());
    if (!next) {
        m_explanation->setText(tr("There is nobody else in the workspace to hand it to. Add a member first."));
        return;
    }
    m_explanation->setText(tr("%1 becomes the Admin & owner: the only member who holds billing and can hand the "
                              "workspace on.\n%2, the owner now, becomes an Admin: still production administrator "
                              "everywhere, but without the owner-only features (payouts and refunds).\nThis is one "
                              "step; it is staged like any other change until you apply it.")
                               .arg(next->name, owner ? owner->name : tr("Nobody")));
}

CheckAccessDialog::CheckAccessDialog(const Workspace &ws, Id member, Id production, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_member(new QComboBox(this))
    , m_production(new QComboBox(this))
    , m_at(new DateField(DateField::Mode::Moment, ws.timeZone(), this))
    , m_model(new AccessGridModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Check access"));
    m_member->setObjectName(QStringLiteral("checkMember"));
    m_production->setObjectName(QStringLiteral("checkProduction"));
    m_table->setObjectName(QStringLiteral("accessTable"));
    fillMembers(m_member, ws);
    m_production->addItem(tr("(no production: account-wide features only)"), Id(0));
    for (const Production &p : ws.productions())
        m_production->addItem(p.name, p.id);
    if (member)
        m_member->setCurrentIndex(std::max(0, m_member->findData(member)));
    if (production)
        m_production->setCurrentIndex(std::max(0, m_production->findData(production)));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Member:"), m_member);
    form->addRow(tr("&Production:"), m_production);
    // Access may start and end: the grid is worked out at this moment, in the workspace's time zone.
    m_at->setObjectName(QStringLiteral("checkMoment"));
    m_at->setValue(QDateTime::currentDateTimeUtc());
    m_at->setAccessibleName(tr("At"));
    m_summary->setWordWrap(true); // a long explanation wraps instead of widening the dialog
    form->addRow(tr("&At (%1):").arg(QString::fromUtf8(ws.timeZone().id())), m_at);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_member, &QComboBox::currentIndexChanged, this, &CheckAccessDialog::refresh);
    connect(m_production, &QComboBox::currentIndexChanged, this, &CheckAccessDialog::refresh);
    connect(m_at, &DateField::valueChanged, this, &CheckAccessDialog::refresh);
    resize(1000, 680);
    refresh();
}

void CheckAccessDialog::refresh()
{
    const Id member = m_member->currentData().value<Id>();
    const Id production = m_production->currentData().value<Id>();
    // The field shows the wall clock of the workspace's time zone; while it holds no date the grid stays as it was.
    const Result<QDateTime> typed = m_at->value();
    if (!typed) {
        m_summary->setText(typed.error().message);
        return;
    }
    const QDateTime at = *typed;
    m_model->setQuery(m_ws, member, production, at);
    m_table->resizeColumnToContents(AccessGridModel::SectionColumn);
    m_table->resizeColumnToContents(AccessGridModel::FeatureColumn);
    for (int c = AccessGridModel::ViewColumn; c <= AccessGridModel::DeleteColumn; ++c)
        m_table->setColumnWidth(c, 170);
    const Member *m = m_ws.member(member);
    const Role *account = m ? m_ws.role(m->accountRole) : nullptr;
    const Role *seat = m_ws.role(m_ws.seatRole(production, member));
    QString text = account ? tr("Account role: %1.").arg(account->name) : tr("No account role.");
    if (production)
        text += QLatin1Char(' ')
            + (seat ? tr("In this production: %1.").arg(seat->name) : tr("Not on this production's team."));
    // A seat or account role that has ended or not begun says so, with its date.
    QStringList lapses;
    for (const Feature &f : m_ws.features()) {
        for (const Lapse &lapse : effectiveAccess(m_ws, member, production, f.id, at).lapsed) {
            const QString why = describeLapse(m_ws, member, lapse);
            if (!lapses.contains(why))
                lapses << why;
        }
    }
    if (!lapses.isEmpty())
        text += QLatin1Char(' ') + lapses.join(QLatin1Char(' '));
    text += QLatin1Char(' ')
        + tr("Each granted level names the role that grants it; \"(team)\" marks the role held in "
             "the production.");
    m_summary->setText(text);
}

} // namespace rs
