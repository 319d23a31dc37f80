#include "ReviewsDialog.h"

#include "ActionRegistry.h"
#include "Prompts.h"
#include "ReviewDialog.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "formats/ReviewEvidence.h"
#include "formats/SafeWrite.h"
#include "formats/XlsxExport.h"
#include "storage/ReviewDutyEvidence.h"
#include "storage/ReviewSeal.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rs {

namespace {

// The answer when the window has no workspace open any more.
Error notOpen()
{
    return Error::notFound(QCoreApplication::translate("rs::Document", "No workspace is open."));
}

} // namespace

namespace {

enum Column { Number, MemberColumn, ProductionColumn, RoleColumn, Grants, DecisionColumn, DecidedBy, ColumnCount };

// The start of a campaign: name, scope, due date, reviewers and delta mode.
std::optional<CampaignStart> askStart(QWidget *parent, const Workspace &ws)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(ReviewsDialog::tr("Start an Access Review"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setText(ReviewsDialog::tr("Review %1").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM"))));
    auto *scope = new QComboBox(&dialog);
    scope->addItem(ReviewsDialog::tr("The whole studio"));
    QList<review::Scope> scopes { review::Scope::studio() };
    for (const Production &p : ws.productions()) {
        scope->addItem(ReviewsDialog::tr("Production: %1").arg(p.name));
        scopes.append(review::Scope::production(p));
    }
    for (const Role *r : ws.accountRoles()) {
        scope->addItem(ReviewsDialog::tr("Holders of role: %1").arg(r->name));
        scopes.append(review::Scope::role(*r));
    }
    auto *due = new QDateEdit(QDate::currentDate().addDays(30), &dialog);
    due->setCalendarPopup(true);
    auto *reviewers = new QListWidget(&dialog);
    for (const Member &m : ws.members()) {
        auto *item = new QListWidgetItem(m.name, reviewers);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m.id == ws.owner() ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, m.id);
    }
    auto *delta = new QCheckBox(ReviewsDialog::tr("Only what changed since the last closed review of this scope"));
    form->addRow(ReviewsDialog::tr("&Name:"), name);
    form->addRow(ReviewsDialog::tr("&Scope:"), scope);
    form->addRow(ReviewsDialog::tr("&Due:"), due);
    form->addRow(ReviewsDialog::tr("&Reviewers:"), reviewers);
    form->addRow(delta);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(ReviewsDialog::tr("&Start"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (Prompts::exec(&dialog) != QDialog::Accepted)
        return std::nullopt;
    CampaignStart start;
    start.name = name->text();
    start.scope = scopes.value(scope->currentIndex());
    start.due = due->date();
    start.delta = delta->isChecked();
    for (int i = 0; i < reviewers->count(); ++i) {
        if (reviewers->item(i)->checkState() == Qt::Checked)
            start.reviewers.append(reviewers->item(i)->data(Qt::UserRole).toLongLong());
    }
    return start;
}

} // namespace

ReviewsDialog::ReviewsDialog(const Workbench &bench, QWidget *parent)
    : QDialog(parent ? parent : bench.window)
    , m_bench(bench)
{
    setWindowTitle(tr("Access Reviews"));
    // Roomy where there is room, never past the screen's edge (a 1024 × 700 screen keeps its Done button).
    const QRect room = screen()->availableGeometry();
    resize(qMin(1100, room.width() * 9 / 10), qMin(600, room.height() * 17 / 20));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_campaigns = new QComboBox(this);
    m_campaigns->setAccessibleName(tr("Access review"));
    auto *start = new QPushButton(tr("&Start Review…"), this);
    m_progress = new QLabel(this);
    top->addWidget(new QLabel(tr("Review:"), this));
    top->addWidget(m_campaigns, 1);
    top->addWidget(start);
    top->addWidget(m_progress);
    layout->addLayout(top);
    auto *filters = new QHBoxLayout;
    m_undecidedOnly = new QCheckBox(tr("&Undecided only"), this);
    m_decidedBy = new QComboBox(this);
    m_decidedBy->setAccessibleName(tr("Decided by"));
    filters->addWidget(m_undecidedOnly);
    filters->addWidget(new QLabel(tr("Decided by:"), this));
    filters->addWidget(m_decidedBy);
    // On SQLite the reviewer names themselves, as --as does; on PostgreSQL the database login decides.
    m_decidingAs = new QComboBox(this);
    m_decidingAs->setAccessibleName(tr("Deciding as"));
    filters->addWidget(new QLabel(tr("Deciding as:"), this));
    filters->addWidget(m_decidingAs);
    filters->addStretch(1);
    filters->addWidget(new QLabel(tr("K keep · R revoke · E end on a date · N next undecided"), this));
    layout->addLayout(filters);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({ tr("#"), tr("Member"), tr("Production"), tr("Role"), tr("What it grants"),
        tr("Decision"), tr("Decided by") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Grants, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_close = new QPushButton(tr("&Close Review…"), this);
    m_close->setObjectName(QStringLiteral("closeReview"));
    m_export = new QPushButton(tr("E&xport Evidence…"), this);
    auto *done = new QPushButton(tr("Done"), this);
    buttons->addWidget(m_close);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(done);
    layout->addLayout(buttons);

    connect(start, &QPushButton::clicked, this, &ReviewsDialog::startCampaign);
    connect(m_close, &QPushButton::clicked, this, &ReviewsDialog::closeCampaign);
    connect(m_export, &QPushButton::clicked, this, &ReviewsDialog::exportEvidence);
    connect(done, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_campaigns, &QComboBox::currentIndexChanged, this, [this] { fill(); });
    connect(m_undecidedOnly, &QCheckBox::toggled, this, [this] { fill(); });
    connect(m_decidedBy, &QComboBox::currentIndexChanged, this, [this] { fill(); });
    const auto key = [this](Qt::Key k, auto slot) {
        auto *shortcut = new QShortcut(QKeySequence(k), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key(Qt::Key_K, [this] { report(decideSelected(review::Decision::Kind::Keep).error()); });
    key(Qt::Key_R, [this] { report(decideSelected(review::Decision::Kind::Revoke).error()); });
    key(Qt::Key_E, [this] {
        bool ok = false;
        const QString text = Prompts::text(this, tr("End on a Date"), tr("End the access on (YYYY-MM-DD):"),
            QDate::currentDate().addMonths(1).toString(Qt::ISODate), &ok);
        if (ok)
            report(
                decideSelected(review::Decision::Kind::EndOn, QDate::fromString(text.trimmed(), Qt::ISODate)).error());
    });
    key(Qt::Key_N, [this] { nextUndecided(); });
    reloadCampaigns();
}

void ReviewsDialog::install(const Workbench &bench)
{
    ActionRegistry *registry = bench.registry;
    if (registry->action(ActionId::AccessReviews))
        return;
    QAction *action = registry->add(ActionId::AccessReviews, tr("Access &Reviews…"));
    action->setToolTip(tr("Review who can do what, decide keep or revoke, and export the signed evidence"));
    QObject::connect(action, &QAction::triggered, bench.window, [bench] {
        if (!bench.document->isOpen())
            return;
        ReviewsDialog dialog(bench);
        Prompts::exec(&dialog);
    });
    if (QMenu *view = registry->menu(MenuId::View))
        view->addAction(action);
}

void ReviewsDialog::report(const Error &error)
{
    if (!error.message.isEmpty())
        Prompts::warning(this, tr("Access Reviews"), error.message);
}

std::optional<Campaign> ReviewsDialog::current() const
{
    const int i = m_campaigns->currentIndex();
    if (i < 0 || i >= m_list.size())
        return std::nullopt;
    return m_list.at(i);
}

void ReviewsDialog::reloadCampaigns(const QString &select)
{
    const QString keep = select.isEmpty() && current() ? current()->name : select;
    Result<QList<Campaign>> list = m_bench.document->onStore<Result<QList<Campaign>>>(
        [](Store &store) { return ReviewStore(store).campaigns(); }, notOpen());
    if (!list) {
        report(list.error());
        return;
    }
    m_list = list.value();
    QSignalBlocker blocker(m_campaigns);
    m_campaigns->clear();
    for (const Campaign &c : m_list)
        m_campaigns->addItem(c.isClosed() ? tr("%1 (closed)").arg(c.name) : c.name);
    int index = int(m_list.size()) - 1;
    for (int i = 0; i < m_list.size(); ++i) {
        if (m_list.at(i).name == keep)
            index = i;
    }
    m_campaigns->setCurrentIndex(index);
    fill();
}

bool ReviewsDialog::showCampaign(const QString &name)
{
    reloadCampaigns(name);
    return current() && current()->name == name;
}

void ReviewsDialog::fill()
{
    const int selected = m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), Number)
        ? m_table->item(m_table->currentRow(), Number)->text().toInt()
        : 0;
    m_table->setRowCount(0);
    m_items.clear();
    const std::optional<Campaign> c = current();
    m_close->setEnabled(c && !c->isClosed());
    m_export->setEnabled(c && c->isClosed());
    if (!c) {
        m_progress->setText(tr("No access review yet"));
        return;
    }
    const Campaign campaign = *c;
    Result<QList<CampaignItem>> items = m_bench.document->onStore<Result<QList<CampaignItem>>>(
        [&campaign](Store &store) { return ReviewStore(store).items(campaign); }, notOpen());
    if (!items) {
        report(items.error());
        return;
    }
    m_items = items.value();
    {
        const QString as = m_decidingAs->currentText();
        QSignalBlocker blocker(m_decidingAs);
        m_decidingAs->clear();
        for (const Reviewer &r : campaign.reviewers)
            m_decidingAs->addItem(r.name);
        m_decidingAs->setCurrentIndex(std::max(0, int(m_decidingAs->findText(as))));
    }
    int decided = 0;
    QStringList deciders;
    for (const CampaignItem &ci : m_items) {
        decided += ci.decision.kind != review::Decision::Kind::None ? 1 : 0;
        if (!ci.decision.decidedBy.isEmpty() && !deciders.contains(ci.decision.decidedBy))
            deciders.append(ci.decision.decidedBy);
    }
    m_progress->setText(tr("%1 of %n decided", nullptr, int(m_items.size())).arg(decided));
    const QString by = m_decidedBy->currentIndex() > 0 ? m_decidedBy->currentText() : QString();
    {
        QSignalBlocker blocker(m_decidedBy);
        m_decidedBy->clear();
        m_decidedBy->addItem(tr("Anyone"));
        m_decidedBy->addItems(deciders);
        m_decidedBy->setCurrentIndex(std::max(0, int(m_decidedBy->findText(by))));
    }
    int selectRow = -1;
    for (const CampaignItem &ci : m_items) {
        if (m_undecidedOnly->isChecked() && ci.decision.kind != review::Decision::Kind::None)
            continue;
        if (!by.isEmpty() && ci.decision.decidedBy != by)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString decision = ci.decision.text();
        if (ci.changed)
            decision += QLatin1Char(' ') + tr("(access changed since the start)");
        const QStringList cells { QString::number(ci.item.number), ci.item.memberName, ci.item.productionName,
            ci.item.roleName, ci.item.grantsSummary(), decision,
            ci.decision.at.isValid() ? QStringLiteral("%1, %2").arg(
                ci.decision.decidedBy, ci.decision.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                     : QString() };
        for (int col = 0; col < cells.size(); ++col) {
            auto *cell = new QTableWidgetItem(cells.at(col));
            cell->setToolTip(col == Grants ? ci.item.provenance() + QLatin1Char('\n') + cells.at(col) : cells.at(col));
            m_table->setItem(row, col, cell);
        }
        if (ci.item.number == selected)
            selectRow = row;
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(Grants, std::min(m_table->columnWidth(Grants), 420));
    if (m_table->rowCount() > 0)
        m_table->selectRow(selectRow >= 0 ? selectRow : 0);
}

Status ReviewsDialog::decideSelected(review::Decision::Kind kind, const QDate &endDate)
{
    const std::optional<Campaign> c = current();
    const int row = m_table->currentRow();
    if (!c || row < 0)
        return {};
    review::Decision d;
    d.kind = kind;
    d.endDate = endDate;
    const int number = m_table->item(row, Number)->text().toInt();
    const QString name = c->name;
    const QString as = m_decidingAs->currentText();
    if (Status s = m_bench.document->onStore<Status>(
            [&](Store &store) {
                ReviewStore reviews(store);
                if (!as.isEmpty())
                    reviews.actAs(as);
                return reviews.decide(name, number, d);
            },
            notOpen());
        !s)
        return s;
    fill();
    nextUndecided();
    return {};
}

void ReviewsDialog::nextUndecided()
{
    const int rows = m_table->rowCount();
    if (rows == 0)
        return;
    const int from = std::max(0, m_table->currentRow());
    for (int step = 1; step <= rows; ++step) {
        const int row = (from + step) % rows;
        const int number = m_table->item(row, Number)->text().toInt();
        if (number >= 1 && number <= m_items.size()
            && m_items.at(number - 1).decision.kind == review::Decision::Kind::None) {
            m_table->selectRow(row);
            return;
        }
    }
}

void ReviewsDialog::startCampaign()
{
    const std::optional<CampaignStart> request = askStart(this, m_bench.document->stored());
    if (!request)
        return;
    const Result<Campaign> c = m_bench.document->onStore<Result<Campaign>>(
        [&request](Store &store) { return ReviewStore(store).start(*request); }, notOpen());
    if (!c) {
        report(c.error());
        return;
    }
    reloadCampaigns(c.value().name);
}

void ReviewsDialog::closeCampaign()
{
    const std::optional<Campaign> c = current();
    if (!c)
        return;
    if (m_bench.session->hasStagedChanges()) {
        report(Error::badInput(tr("Apply or discard the staged changes before closing an access review.")));
        return;
    }
    const QString name = c->name;
    const Result<ClosePlan> plan = m_bench.document->onStore<Result<ClosePlan>>(
        [&name](Store &store) { return ReviewStore(store).planClose(name); }, notOpen());
    if (!plan) {
        report(plan.error());
        return;
    }
    if (!plan.value().changes.isEmpty()) {
        // The revokes go through the usual review: cell by cell, and who loses which access.
        EditSession staged;
        staged.load(m_bench.document->stored());
        if (Status s = staged.stageAll(tr("Close access review"), plan.value().changes); !s) {
            report(s.error());
            return;
        }
        ReviewDialog confirm(&staged, this);
        confirm.setWindowTitle(tr("Close Access Review %1").arg(c->name));
        if (Prompts::exec(&confirm) != ReviewDialog::ApplyResult)
            return;
    } else if (Prompts::question(this, tr("Close Access Review"),
                   tr("Every item of %1 is kept; close it?").arg(c->name), QMessageBox::Ok | QMessageBox::Cancel,
                   QMessageBox::Ok)
        != QMessageBox::Ok) {
        return;
    }
    const ClosePlan &decided = plan.value();
    const Result<Campaign> closed = m_bench.document->onStore<Result<Campaign>>(
        [&decided](Store &store) { return ReviewStore(store).close(decided); }, notOpen());
    if (!closed) {
        report(closed.error());
        return;
    }
    m_bench.document->reloadAfterOwnWrite();
    reloadCampaigns(closed.value().name);
    if (!plan.value().changedItems.isEmpty())
        m_bench.steps->showMessage(
            tr("%n items were not applied because their access changed after the review started.", nullptr,
                int(plan.value().changedItems.size())));
}

void ReviewsDialog::exportEvidence()
{
    const std::optional<Campaign> c = current();
    if (!c || !c->isClosed())
        return;
    const QString path = Prompts::saveFileName(this, tr("Export Evidence"), c->name + QStringLiteral(".pdf"),
        tr("PDF (*.pdf);;CSV (*.csv);;Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    // Written only from rows that still agree with the audit trail.
    if (Status s = m_bench.document->onStore<Status>(
            [&](Store &store) { return reviewseal::check(store, *c, m_items); }, notOpen());
        !s) {
        report(s.error());
        return;
    }
    // With what the campaign froze of the duty rules and break glass, as the command line writes it.
    const Result<review::DutyEvidence> duties = m_bench.document->onStore<Result<review::DutyEvidence>>(
        [&](Store &store) { return reviewDutyEvidence(store, *c); }, review::DutyEvidence());
    if (!duties) {
        report(duties.error());
        return;
    }
    const formats::ReviewEvidence evidence { m_bench.document->stored().name(), *c, m_items, duties.value() };
    QByteArray data;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        data = formats::reviewCsv(evidence);
    } else if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        Result<QByteArray> book = formats::reviewXlsx(evidence);
        if (!book) {
            report(book.error());
            return;
        }
        data = book.value();
    } else {
        // Written page by page into the file.
        if (Status s = formats::saveReviewPdf(evidence, path, formats::Overwrite::Replace); !s)
            report(s.error());
        return;
    }
    if (Status s = formats::writeFileSafely(path, data, formats::Overwrite::Replace); !s)
        report(s.error());
}

} // namespace rs
