#include "ReviewsDialog.h"

#include "ActionRegistry.h"
#include "DateField.h"
#include "Prompts.h"
#include "ReviewStart.h"
#include "document/Document.h"
#include "itemmodels/ReviewItemsModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace rs {

ReviewsDialog::ReviewsDialog(const Workbench &bench, QWidget *parent)
    : QDialog(parent ? parent : bench.window)
    , m_bench(bench)
    , m_model(new ReviewItemsModel(this))
{
    setWindowTitle(tr("Access Reviews"));
    // Roomy where there is room, never past the screen's edge (a 1024 × 700 screen keeps its Done button).
    const QRect room = screen()->availableGeometry();
    resize(qMin(1200, room.width() * 9 / 10), qMin(640, room.height() * 17 / 20));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_campaigns = new QComboBox(this);
    m_campaigns->setAccessibleName(tr("Access review"));
    auto *start = new QPushButton(tr("&Start Review…"), this);
    start->setObjectName(QStringLiteral("startReview"));
    m_progress = new QLabel(this);
    top->addWidget(new QLabel(tr("Review:"), this));
    top->addWidget(m_campaigns, 1);
    top->addWidget(start);
    top->addWidget(m_progress);
    layout->addLayout(top);

    // Which items are shown.
    auto *filters = new QHBoxLayout;
    m_undecidedOnly = new QCheckBox(tr("&Undecided only"), this);
    m_production = new QComboBox(this);
    m_production->setAccessibleName(tr("Production"));
    m_role = new QComboBox(this);
    m_role->setAccessibleName(tr("Role"));
    m_member = new QLineEdit(this);
    m_member->setAccessibleName(tr("Member"));
    m_member->setPlaceholderText(tr("Member"));
    m_member->setClearButtonEnabled(true);
    m_decidedBy = new QComboBox(this);
    m_decidedBy->setAccessibleName(tr("Decided by"));
    filters->addWidget(m_undecidedOnly);
    filters->addWidget(new QLabel(tr("Production:"), this));
    filters->addWidget(m_production, 1);
    filters->addWidget(new QLabel(tr("Role:"), this));
    filters->addWidget(m_role, 1);
    filters->addWidget(m_member, 1);
    filters->addWidget(new QLabel(tr("Decided by:"), this));
    filters->addWidget(m_decidedBy, 1);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QList<int> widths { 3, 10, 10, 11, 8, 8, 14, 9, 17 };
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths.at(column) * em);
    layout->addWidget(m_table, 1);

    // Deciding: as whom, with which comment, what.
    auto *decide = new QHBoxLayout;
    // On SQLite the member names themselves, as --as does; on PostgreSQL the database login decides.
    m_actingAs = new QComboBox(this);
    m_actingAs->setAccessibleName(tr("Acting as"));
    m_actingAs->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_comment = new QLineEdit(this);
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("Comment for the decision (optional)"));
    auto *keep = new QPushButton(tr("&Keep"), this);
    auto *revoke = new QPushButton(tr("Re&voke"), this);
    auto *endOn = new QPushButton(tr("End &on…"), this);
    decide->addWidget(new QLabel(tr("Acting as:"), this));
    decide->addWidget(m_actingAs);
    decide->addWidget(m_comment, 1);
    decide->addWidget(keep);
    decide->addWidget(revoke);
    decide->addWidget(endOn);
    layout->addLayout(decide);
    layout->addWidget(new QLabel(
        tr("K keep · R revoke · E end on a date · N next undecided — on every selected item"), this));

    auto *buttons = new QHBoxLayout;
    m_close = new QPushButton(tr("&Close Review…"), this);
    m_close->setObjectName(QStringLiteral("closeReview"));
    m_export = new QPushButton(tr("E&xport Evidence…"), this);
    m_export->setObjectName(QStringLiteral("exportEvidence"));
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
    connect(keep, &QPushButton::clicked, this, [this] { decideSelected(review::Decision::Kind::Keep); });
    connect(revoke, &QPushButton::clicked, this, [this] { decideSelected(review::Decision::Kind::Revoke); });
    connect(endOn, &QPushButton::clicked, this, &ReviewsDialog::endSelectedOnDate);
    connect(m_campaigns, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_current = index >= 0 && index < m_list.size() ? std::optional<Campaign>(m_list.at(index)) : std::nullopt;
        loadItems();
    });
    connect(m_undecidedOnly, &QCheckBox::toggled, this, &ReviewsDialog::applyFilter);
    connect(m_decidedBy, &QComboBox::currentIndexChanged, this, &ReviewsDialog::applyFilter);
    connect(m_production, &QComboBox::currentIndexChanged, this, &ReviewsDialog::applyFilter);
    connect(m_role, &QComboBox::currentIndexChanged, this, &ReviewsDialog::applyFilter);
    connect(m_member, &QLineEdit::textChanged, this, &ReviewsDialog::applyFilter);
    // A step written through the document, here or by another of the window's views: read again.
    connect(m_bench.document, &Document::reviewsChanged, this, [this] { reloadCampaigns(); });
    // Keys on the table; typing in the comment or the member filter types.
    const auto key = [this](Qt::Key k, auto slot) {
        auto *shortcut = new QShortcut(QKeySequence(k), m_table);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key(Qt::Key_K, [this] { decideSelected(review::Decision::Kind::Keep); });
    key(Qt::Key_R, [this] { decideSelected(review::Decision::Kind::Revoke); });
    key(Qt::Key_E, [this] { endSelectedOnDate(); });
    key(Qt::Key_N, [this] { nextUndecided(); });
    m_close->setEnabled(false);
    m_export->setEnabled(false);
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

QString ReviewsDialog::campaignName() const
{
    return m_current ? m_current->name : QString();
}

QTimeZone ReviewsDialog::zone() const
{
    return m_bench.document->isOpen() ? m_bench.document->stored().timeZone() : QTimeZone::utc();
}

QString ReviewsDialog::actingMember() const
{
    return m_actingAs->currentText();
}

void ReviewsDialog::showCampaign(const QString &name)
{
    reloadCampaigns(name);
}

void ReviewsDialog::reloadCampaigns(const QString &select)
{
    if (!select.isEmpty())
        m_select = select;
    m_bench.document->reviewCampaigns(this, [this](const Result<QList<Campaign>> &list) {
        if (!list) {
            report(list.error());
            return;
        }
        const QString keep = m_select.isEmpty() ? campaignName() : m_select;
        m_select.clear();
        m_list = list.value();
        {
            QSignalBlocker blocker(m_campaigns);
            m_campaigns->clear();
            for (const Campaign &c : std::as_const(m_list))
                m_campaigns->addItem(c.isClosed() ? tr("%1 (closed)").arg(c.name) : c.name);
            int index = int(m_list.size()) - 1;
            for (int i = 0; i < m_list.size(); ++i) {
                if (m_list.at(i).name == keep)
                    index = i;
            }
            m_campaigns->setCurrentIndex(index);
            m_current = index >= 0 ? std::optional<Campaign>(m_list.at(index)) : std::nullopt;
        }
        loadItems();
    });
}

void ReviewsDialog::loadItems()
{
    m_close->setEnabled(m_current && !m_current->isClosed());
    m_export->setEnabled(m_current && m_current->isClosed());
    if (!m_current) {
        m_model->setItems({}, zone());
        m_progress->setText(tr("No access review yet"));
        fillChoices();
        Q_EMIT loaded();
        return;
    }
    if (m_keepSelected.isEmpty() && !m_moveOnFrom)
        m_keepSelected = selectedItems();
    m_bench.document->reviewItems(
        this, m_current->name, [this](const Result<std::pair<Campaign, QList<CampaignItem>>> &answer) {
            m_deciding = false;
            if (!answer) {
                report(answer.error());
                return;
            }
            if (!m_current || answer.value().first.name != m_current->name)
                return; // another campaign was chosen meanwhile
            m_current = answer.value().first;
            m_model->setItems(answer.value().second, zone());
            fillChoices();
            applyFilter();
            m_progress->setText(
                tr("%1 of %n decided", nullptr, int(m_model->items().size())).arg(m_model->decidedCount()));
            if (m_moveOnFrom) {
                const int row = m_model->nextUndecided(m_model->rowOf(m_moveOnFrom));
                m_moveOnFrom = 0;
                m_keepSelected.clear();
                if (row >= 0)
                    selectItems({ m_model->numberAt(row) });
            } else {
                selectItems(m_keepSelected);
                m_keepSelected.clear();
            }
            Q_EMIT loaded();
        });
}

// The choices of the filters and of "Acting as", from the items and reviewers read; each keeps what was chosen.
void ReviewsDialog::fillChoices()
{
    const auto refill = [](QComboBox *box, const QString &any, const QStringList &names) {
        const QString chosen = box->currentIndex() > 0 ? box->currentText() : QString();
        QSignalBlocker blocker(box);
        box->clear();
        box->addItem(any);
        box->addItems(names);
        box->setCurrentIndex(std::max(0, int(box->findText(chosen))));
    };
    refill(m_production, tr("Any"), m_model->productions());
    refill(m_role, tr("Any"), m_model->roles());
    refill(m_decidedBy, tr("Anyone"), m_model->deciders());
    // The campaign's reviewers, and the owner, who starts and may close a review.
    QStringList acting;
    if (m_current) {
        for (const Reviewer &r : m_current->reviewers)
            acting.append(r.name);
    }
    if (m_bench.document->isOpen()) {
        const Workspace &ws = m_bench.document->stored();
        if (const Member *owner = ws.member(ws.owner()); owner && !acting.contains(owner->name))
            acting.append(owner->name);
    }
    const QString as = m_actingAs->currentText();
    QSignalBlocker blocker(m_actingAs);
    m_actingAs->clear();
    m_actingAs->addItems(acting);
    m_actingAs->setCurrentIndex(std::max(0, int(m_actingAs->findText(as))));
}

void ReviewsDialog::applyFilter()
{
    const QList<int> selected = selectedItems();
    review::ItemFilter filter;
    filter.undecidedOnly = m_undecidedOnly->isChecked();
    filter.production = m_production->currentIndex() > 0 ? m_production->currentText() : QString();
    filter.role = m_role->currentIndex() > 0 ? m_role->currentText() : QString();
    filter.member = m_member->text().trimmed();
    m_model->setFilter(filter, m_decidedBy->currentIndex() > 0 ? m_decidedBy->currentText() : QString());
    selectItems(selected);
    if (!m_table->selectionModel()->hasSelection() && m_model->rowCount() > 0)
        selectItems({ m_model->numberAt(0) });
}

QList<int> ReviewsDialog::selectedItems() const
{
    QList<int> numbers;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        numbers.append(m_model->numberAt(index.row()));
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

void ReviewsDialog::selectItems(const QList<int> &numbers)
{
    QItemSelection selection;
    int current = -1;
    for (int number : numbers) {
        const int row = m_model->rowOf(number);
        if (row < 0)
            continue;
        selection.select(m_model->index(row, 0), m_model->index(row, ReviewItemsModel::Count - 1));
        if (current < 0)
            current = row;
    }
    QItemSelectionModel *model = m_table->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    if (current >= 0) {
        model->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
        m_table->scrollTo(m_model->index(current, 0));
    }
}

void ReviewsDialog::decideSelected(review::Decision::Kind kind, const QDate &endDate)
{
    const QList<int> numbers = selectedItems();
    if (!m_current || numbers.isEmpty() || m_deciding)
        return;
    QList<review::ItemDecision> decisions;
    for (int number : numbers) {
        review::ItemDecision d;
        d.item = number;
        d.decision.kind = kind;
        d.decision.endDate = endDate;
        d.decision.comment = m_comment->text().trimmed();
        decisions.append(d);
    }
    const int last = numbers.last();
    m_deciding = true;
    m_bench.document->decideReview(
        this, m_current->name, decisions, actingMember(), [this, last](const Result<int> &decided) {
            if (!decided) {
                m_deciding = false;
                report(decided.error());
                return;
            }
            // The document's reviewsChanged() reads the items again; the selection moves on then.
            m_comment->clear();
            m_moveOnFrom = last;
        });
}

void ReviewsDialog::endSelectedOnDate()
{
    if (!m_current || selectedItems().isEmpty())
        return;
    QDialog ask(this);
    ask.setWindowTitle(tr("End on a Date"));
    auto *form = new QFormLayout(&ask);
    const QTimeZone zone = this->zone();
    auto *day = new DateField(DateField::Mode::LastDay, zone, &ask);
    day->setObjectName(QStringLiteral("endOn"));
    day->setValue(dates::endOfDay(QDate::currentDate().addMonths(1), zone));
    form->addRow(tr("End the access on (last day):"), day);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    form->addRow(buttons);
    day->lineEdit()->setFocus();
    if (Prompts::exec(&ask) != QDialog::Accepted)
        return;
    const Result<QDateTime> at = day->value();
    if (!at) {
        report(at.error());
        return;
    }
    decideSelected(review::Decision::Kind::EndOn, at.value().toTimeZone(zone).date());
}

void ReviewsDialog::nextUndecided()
{
    const int row = m_model->nextUndecided(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1);
    if (row >= 0)
        selectItems({ m_model->numberAt(row) });
}

void ReviewsDialog::startCampaign()
{
    const std::optional<CampaignStart> request = askReviewStart(this, m_bench.document->stored());
    if (!request)
        return;
    // Started by the workspace's owner, who names the reviewers.
    const Workspace &ws = m_bench.document->stored();
    const Member *owner = ws.member(ws.owner());
    m_bench.document->startReview(
        this, *request, owner ? owner->name : QString(), [this](const Result<Campaign> &started) {
            if (!started) {
                report(started.error());
                return;
            }
            reloadCampaigns(started.value().name);
        });
}

} // namespace rs
