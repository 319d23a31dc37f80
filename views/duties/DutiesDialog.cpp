#include "DutiesDialog.h"

#include "ActionRegistry.h"
#include "Prompts.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "domain/Dates.h"
#include "formats/WhoReport.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rs {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

void addRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QString holdings(const Workspace &ws, const QList<duties::Holding> &list)
{
    QStringList parts;
    for (const duties::Holding &h : list)
        parts.append(duties::describeHolding(ws, h));
    return parts.join(QStringLiteral("; "));
}

} // namespace

DutiesDialog::DutiesDialog(const Workbench &bench, QWidget *parent)
    : QDialog(parent ? parent : bench.window)
    , m_bench(bench)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Duties"));
    const Workspace &ws = m_bench.session->working();

    auto *rulesPage = new QWidget(m_tabs);
    m_rules = makeTable(
        { tr("Rule"), tr("One side"), tr("Other side"), tr("Scope"), tr("Severity"), tr("State"), tr("Why") },
        rulesPage);
    auto *switchOn = new QPushButton(tr("Switch &On"), rulesPage);
    switchOn->setToolTip(tr("Switch the selected suggested rule on"));
    connect(switchOn, &QPushButton::clicked, this, [this] { switchOnSelected(); });
    auto *rulesLayout = new QVBoxLayout(rulesPage);
    rulesLayout->addWidget(m_rules);
    rulesLayout->addWidget(switchOn, 0, Qt::AlignLeft);
    m_tabs->addTab(rulesPage, tr("&Rules"));

    auto *conflictsPage = new QWidget(m_tabs);
    m_conflicts = makeTable({ tr("Member"), tr("Rule"), tr("Severity"), tr("One side through"),
                                tr("Other side through"), tr("Where from") },
        conflictsPage);
    m_conflictSummary = new QLabel(conflictsPage);
    m_conflictSummary->setWordWrap(true);
    auto *conflictsLayout = new QVBoxLayout(conflictsPage);
    conflictsLayout->addWidget(m_conflictSummary);
    conflictsLayout->addWidget(m_conflicts);
    m_tabs->addTab(conflictsPage, tr("&Conflicts"));

    auto *whoPage = new QWidget(m_tabs);
    m_level = new QComboBox(whoPage);
    for (Level l : kAllLevels)
        m_level->addItem(levelName(l), int(l));
    m_feature = new QComboBox(whoPage);
    for (const Feature &f : ws.features())
        m_feature->addItem(f.name, f.id);
    m_production = new QComboBox(whoPage);
    m_production->addItem(tr("in every production"), Id(0));
    for (const Production &p : ws.productions())
        m_production->addItem(tr("in %1").arg(p.name), p.id);
    m_at = new QDateTimeEdit(QDateTime::currentDateTime(), whoPage);
    m_at->setCalendarPopup(true);
    auto *ask = new QPushButton(tr("&Ask"), whoPage);
    m_who = makeTable({ tr("Member"), tr("Production"), tr("Through"), tr("Standing") }, whoPage);
    m_whoSummary = new QLabel(whoPage);
    auto *question = new QHBoxLayout;
    question->addWidget(new QLabel(tr("Who can"), whoPage));
    question->addWidget(m_level);
    question->addWidget(m_feature, 1);
    question->addWidget(m_production, 1);
    question->addWidget(new QLabel(tr("on"), whoPage));
    question->addWidget(m_at);
    question->addWidget(ask);
    auto *whoLayout = new QVBoxLayout(whoPage);
    whoLayout->addLayout(question);
    whoLayout->addWidget(m_whoSummary);
    whoLayout->addWidget(m_who);
    m_tabs->addTab(whoPage, tr("&Who Can"));
    connect(ask, &QPushButton::clicked, this, [this] {
        m_now = m_at->dateTime().toUTC();
        askWho(m_feature->currentData().toLongLong(), static_cast<Level>(m_level->currentData().toInt()),
            m_production->currentData().toLongLong());
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(1100, 560);
    reload();
}

void DutiesDialog::install(const Workbench &bench)
{
    ActionRegistry *registry = bench.registry;
    if (registry->action(ActionId::Duties))
        return;
    QAction *action = registry->add(ActionId::Duties, tr("&Duties…"));
    action->setToolTip(tr("Duties no one person may combine, their conflicts, and who can do what through what"));
    QObject::connect(action, &QAction::triggered, bench.window, [bench] {
        if (!bench.document->isOpen())
            return;
        DutiesDialog dialog(bench);
        Prompts::exec(&dialog);
    });
    if (QMenu *view = registry->menu(MenuId::View))
        view->addAction(action);
}

void DutiesDialog::setNow(const QDateTime &now)
{
    m_now = now;
    m_at->setDateTime(now.toTimeZone(m_bench.session->working().timeZone()));
    fillConflicts();
}

void DutiesDialog::reload()
{
    const Result<duties::Book> book = m_bench.document->dutyBook();
    m_book = book ? book.value() : duties::Book();
    if (!book)
        Prompts::warning(this, tr("Duties"), book.error().message);
    fillRules();
    fillConflicts();
}

void DutiesDialog::fillRules()
{
    const Workspace &ws = m_bench.session->working();
    m_rules->setRowCount(0);
    const auto add = [&](const duties::Rule &r, const QString &state) {
        addRow(m_rules,
            { r.name, duties::sideText(ws, r.left), duties::sideText(ws, r.right), duties::scopeKey(r.scope),
                duties::severityKey(r.severity), state, r.rationale });
    };
    for (const duties::Rule &r : std::as_const(m_book.rules))
        add(r, tr("on"));
    for (const duties::Rule &r : duties::suggestedRules(ws)) {
        if (!m_book.rule(r.name))
            add(r, tr("suggested, off"));
    }
    m_rules->resizeColumnsToContents();
}

void DutiesDialog::fillConflicts()
{
    // The working copy, staged changes included; a conflict the stored workspace does not have comes from them.
    const Workspace &ws = m_bench.session->working();
    const Workspace &stored = m_bench.document->stored();
    const QDateTime at = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const AccessIndex index(ws, at);
    const AccessIndex storedIndex(stored, at);
    QSet<QPair<Id, QString>> before;
    for (const duties::Conflict &c : duties::conflicts(stored, storedIndex, m_book, at, duties::When::From))
        before.insert({ c.member, c.rule });
    m_conflicts->setRowCount(0);
    int staged = 0, open = 0;
    for (const duties::Conflict &c : duties::conflicts(ws, index, m_book, at, duties::When::From)) {
        const Member *m = ws.member(c.member);
        const bool fromStaged = !before.contains({ c.member, c.rule });
        staged += fromStaged ? 1 : 0;
        open += c.exception ? 0 : 1;
        QString where = fromStaged ? tr("staged change") : tr("applied");
        if (c.exception)
            where += tr("; exception until %1, granted by %2")
                         .arg(dates::date(c.exception->until, ws.timeZone()), c.exception->grantedBy);
        addRow(m_conflicts,
            { m ? m->name : QString(), c.rule, duties::severityKey(c.severity), holdings(ws, c.left),
                holdings(ws, c.right), where });
    }
    m_conflicts->resizeColumnsToContents();
    QStringList standing;
    for (Id id : duties::standingExceptions(ws))
        standing.append(ws.member(id)->name);
    const int total = m_conflicts->rowCount();
    m_conflictSummary->setText(tr("%n conflict(s)", nullptr, total) + QLatin1String(", ")
        + tr("%1 without an exception, %2 from staged changes (a block rule refuses those on Apply). Standing "
             "exceptions, holding every cell by design: %3.")
              .arg(open)
              .arg(staged)
              .arg(standing.join(QStringLiteral(", "))));
}

void DutiesDialog::askWho(Id feature, Level level, Id production)
{
    const Workspace &ws = m_bench.session->working();
    const QDateTime at = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const int f = m_feature->findData(feature);
    if (f >= 0)
        m_feature->setCurrentIndex(f);
    m_level->setCurrentIndex(m_level->findData(int(level)));
    const int p = m_production->findData(production);
    if (p >= 0)
        m_production->setCurrentIndex(p);
    const AccessIndex index(ws, at);
    const QList<duties::WhoRow> rows = duties::who(ws, index, feature, level, production, at);
    const QList<QStringList> table = formats::whoTable(ws, rows);
    m_who->setRowCount(0);
    for (int i = 1; i < table.size(); ++i)
        addRow(m_who, table.at(i));
    m_who->resizeColumnsToContents();
    const Feature *named = ws.feature(feature);
    m_whoSummary->setText(
        tr("%1 answers: who can %2 %3 on %4.")
            .arg(rows.size())
            .arg(levelName(level).toLower(), named ? named->name : QString(), dates::dateTime(at, ws.timeZone())));
}

bool DutiesDialog::switchOnSelected()
{
    const int row = m_rules->currentRow();
    if (row < 0)
        return false;
    const QString name = m_rules->item(row, 0)->text();
    const Workspace &ws = m_bench.session->working();
    for (const duties::Rule &r : duties::suggestedRules(ws)) {
        if (r.name != name || m_book.rule(name))
            continue;
        const Status s = m_bench.document->addDutyRule(r);
        if (!s) {
            Prompts::warning(this, tr("Duties"), s.error().message);
            return false;
        }
        reload();
        return true;
    }
    return false;
}

} // namespace rs
