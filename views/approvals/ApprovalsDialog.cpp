#include "ApprovalsDialog.h"

#include "ApprovalsFeature.h"
#include "Prompts.h"
#include "RequestView.h"
#include "document/Document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rs {

namespace {

enum Column { Number, Requester, State, Approvals, Reason, Filed, ColumnCount };

} // namespace

ApprovalsDialog::ApprovalsDialog(const Workbench &bench, QWidget *parent)
    : QDialog(parent ? parent : bench.window)
    , m_bench(bench)
    , m_show(new QComboBox(this))
    , m_who(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("Approvals"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    const QStringList choices = ApprovalsFeature::actingChoices(bench);
    if (!choices.isEmpty()) {
        m_as = new QComboBox(this);
        m_as->setObjectName(QStringLiteral("approvalsActingAs"));
        m_as->addItems(choices);
        m_as->setAccessibleName(tr("Acting as"));
        auto *label = new QLabel(tr("Acting &as:"), this);
        label->setBuddy(m_as);
        top->addWidget(label);
        top->addWidget(m_as);
        connect(m_as, &QComboBox::currentTextChanged, this, [this](const QString &name) {
            m_bench.document->setApprovalActor(name);
            read();
        });
        m_bench.document->setApprovalActor(m_as->currentText());
    }
    m_who->setObjectName(QStringLiteral("approvalsWho"));
    top->addWidget(m_who);
    top->addStretch(1);
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);
    m_show->setObjectName(QStringLiteral("approvalsShow"));
    m_show->addItems({ tr("Waiting for me"), tr("Pending"), tr("Approved, ready to apply"), tr("Expired"), tr("All") });
    m_show->setCurrentIndex(int(Show::All));
    top->addWidget(showLabel);
    top->addWidget(m_show);
    layout->addLayout(top);

    m_table->setObjectName(QStringLiteral("approvalsTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("#"), tr("Requested by"), tr("State"), tr("Approvals"), tr("Reason"), tr("Filed") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open…"), QDialogButtonBox::ActionRole);
    m_approve = buttons->addButton(tr("A&pprove…"), QDialogButtonBox::ActionRole);
    m_deny = buttons->addButton(tr("&Deny…"), QDialogButtonBox::ActionRole);
    m_apply = buttons->addButton(tr("Appl&y"), QDialogButtonBox::ActionRole);
    m_withdraw = buttons->addButton(tr("&Withdraw"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_open->setObjectName(QStringLiteral("approvalsOpen"));
    m_approve->setObjectName(QStringLiteral("approvalsApprove"));
    m_deny->setObjectName(QStringLiteral("approvalsDeny"));
    m_apply->setObjectName(QStringLiteral("approvalsApply"));
    m_withdraw->setObjectName(QStringLiteral("approvalsWithdraw"));
    connect(m_open, &QPushButton::clicked, this, &ApprovalsDialog::openSelected);
    connect(m_approve, &QPushButton::clicked, this, [this]() { static_cast<void>(approveSelected().ok()); });
    connect(m_deny, &QPushButton::clicked, this, [this]() { static_cast<void>(denySelected().ok()); });
    connect(m_apply, &QPushButton::clicked, this, [this]() { static_cast<void>(applySelected().ok()); });
    connect(m_withdraw, &QPushButton::clicked, this, [this]() { static_cast<void>(withdrawSelected().ok()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_show, &QComboBox::currentIndexChanged, this, &ApprovalsDialog::fill);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ApprovalsDialog::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int, int) { openSelected(); });
    connect(m_bench.document, &Document::requestsChanged, this, &ApprovalsDialog::read);
    connect(m_bench.document, &Document::approvalsRead, this, [this](quint64 ticket, const ApprovalListing &listing) {
        if (ticket != m_ticket)
            return;
        m_ticket = 0;
        m_listing = listing;
        fill();
    });
    resize(900, 520);
    read();
}

void ApprovalsDialog::read()
{
    m_ticket = m_bench.document->readApprovals();
}

void ApprovalsDialog::fill()
{
    const Id selected = selectedIndex() >= 0 ? m_listing.requests.at(selectedIndex()).id : 0;
    const Workspace &ws = m_bench.document->stored();
    if (!m_listing.status)
        m_who->setText(m_listing.status.error().message);
    else if (m_listing.me)
        m_who->setText(m_as ? QString() : tr("Acting as %1 (the database login).").arg(m_listing.meName));
    else
        m_who->setText(m_listing.meError);
    m_who->setToolTip(m_who->text());
    const auto show = Show(m_show->currentIndex());
    m_table->setRowCount(0);
    int selectRow = -1;
    // Newest first: what waits is usually what was filed last.
    for (int i = int(m_listing.requests.size()) - 1; i >= 0; --i) {
        const approval::Request &r = m_listing.requests.at(i);
        const approval::State state = m_listing.states.value(i);
        const bool listed = show == Show::All
            || (show == Show::WaitingForMe && ApprovalsFeature::waitsFor(m_listing, i, ws))
            || (show == Show::Pending && state == approval::State::Pending)
            || (show == Show::Approved && state == approval::State::Approved)
            || (show == Show::Expired && state == approval::State::Expired);
        if (!listed)
            continue;
        QString stateText = approval::stateName(state);
        if (r.breakGlass)
            stateText = tr("%1 (break glass)").arg(stateText);
        if (ApprovalsFeature::waitsFor(m_listing, i, ws))
            stateText = tr("%1, waiting for you").arg(stateText);
        const QStringList cells { QString::number(r.id), r.requesterName, stateText,
            tr("%1 of %2").arg(approval::counted(r, ws).size()).arg(ws.approvalPolicy().approvals), r.reason,
            QLocale().toString(r.filedAt.toTimeZone(ws.timeZone()), QStringLiteral("yyyy-MM-dd HH:mm")) };
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            item->setData(Qt::UserRole, i);
            m_table->setItem(row, c, item);
        }
        if (r.id == selected)
            selectRow = row;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    if (m_table->rowCount() > 0)
        m_table->selectRow(std::max(0, selectRow));
    updateButtons();
}

std::optional<QJsonArray> ApprovalsDialog::impact(int i) const
{
    const auto it = m_listing.impacts.constFind(m_listing.requests.at(i).id);
    return it == m_listing.impacts.cend() ? std::nullopt : std::optional<QJsonArray>(*it);
}

int ApprovalsDialog::selectedIndex() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, Number) || m_table->selectedItems().isEmpty())
        return -1;
    const int index = m_table->item(row, Number)->data(Qt::UserRole).toInt();
    return index >= 0 && index < m_listing.requests.size() ? index : -1;
}

bool ApprovalsDialog::select(Id id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Number)->text().toLongLong() == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void ApprovalsDialog::updateButtons()
{
    const int i = selectedIndex();
    const approval::State state = i >= 0 ? m_listing.states.value(i) : approval::State::Withdrawn;
    const bool pending = i >= 0 && state == approval::State::Pending;
    const bool approved = i >= 0 && state == approval::State::Approved;
    const bool afterTheFact = i >= 0 && state == approval::State::Applied && m_listing.requests.at(i).breakGlass;
    m_open->setEnabled(i >= 0);
    m_approve->setEnabled(pending || afterTheFact);
    m_deny->setEnabled(pending);
    m_apply->setEnabled(approved);
    m_withdraw->setEnabled(pending || approved);
}

Status ApprovalsDialog::step(ApprovalStep kind, const QString &text)
{
    const int i = selectedIndex();
    if (i < 0)
        return {};
    const approval::Request &r = m_listing.requests.at(i);
    ApprovalAsk ask;
    ask.step = kind;
    ask.request = r.id;
    ask.text = text;
    ask.hash = r.current().hash; // the change set shown is the one approved
    const ApprovalAnswer answer = ApprovalsFeature::run(m_bench.document, ask);
    if (!answer.status)
        Prompts::warning(this, tr("Approvals"), answer.status.error().message);
    else if (kind == ApprovalStep::Apply)
        m_bench.steps->showMessage(tr("Request %1 is applied.").arg(r.id));
    read();
    return answer.status;
}

Status ApprovalsDialog::approveSelected()
{
    bool ok = false;
    const QString comment = Prompts::text(this, tr("Approve"), tr("Comment (optional):"), QString(), &ok);
    return ok ? step(ApprovalStep::Approve, comment) : Status();
}

Status ApprovalsDialog::denySelected()
{
    bool ok = false;
    const QString comment = Prompts::text(this, tr("Deny"), tr("Why is it denied? (required)"), QString(), &ok);
    return ok ? step(ApprovalStep::Deny, comment) : Status();
}

Status ApprovalsDialog::applySelected()
{
    return step(ApprovalStep::Apply);
}

Status ApprovalsDialog::withdrawSelected()
{
    return step(ApprovalStep::Withdraw);
}

void ApprovalsDialog::openSelected()
{
    const int i = selectedIndex();
    if (i < 0)
        return;
    const std::optional<ApprovalStep> chosen
        = RequestView::open(m_bench, m_listing.requests.at(i), m_listing.states.value(i), impact(i), this);
    if (!chosen)
        return;
    switch (*chosen) {
    case ApprovalStep::Approve:
        static_cast<void>(approveSelected().ok());
        break;
    case ApprovalStep::Deny:
        static_cast<void>(denySelected().ok());
        break;
    case ApprovalStep::Apply:
        static_cast<void>(applySelected().ok());
        break;
    case ApprovalStep::Withdraw:
        static_cast<void>(withdrawSelected().ok());
        break;
    case ApprovalStep::Submit:
    case ApprovalStep::Rebase:
        break;
    }
}

} // namespace rs
