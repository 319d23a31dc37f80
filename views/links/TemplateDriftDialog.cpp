#include "TemplateDriftDialog.h"

#include "Prompts.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "domain/Links.h"
#include "domain/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rs {

namespace {

QString cellText(links::CellState state)
{
    switch (state) {
    case links::CellState::Same:
        return {};
    case links::CellState::TemplateChange:
        return TemplateDriftDialog::tr("Template change");
    case links::CellState::Override:
        return TemplateDriftDialog::tr("Local override");
    case links::CellState::Conflict:
        return TemplateDriftDialog::tr("Conflict");
    }
    return {};
}

} // namespace

TemplateDriftDialog::TemplateDriftDialog(const Workbench &bench, QWidget *parent)
    : QDialog(parent ? parent : bench.window)
    , m_bench(bench)
{
    setWindowTitle(tr("Template Drift"));
    setObjectName(QStringLiteral("templateDriftDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *templateLabel = new QLabel(tr("&Template:"), this);
    m_templates = new QComboBox(this);
    m_templates->setAccessibleName(tr("Template"));
    templateLabel->setBuddy(m_templates);
    top->addWidget(templateLabel);
    top->addWidget(m_templates, 1);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_roles = new QTreeWidget(split);
    m_roles->setRootIsDecorated(false);
    m_roles->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_roles->setHeaderLabels(
        { tr("Role"), tr("Production"), tr("Mode"), tr("State"), tr("Behind by"), tr("Overrides"), tr("Conflicts") });
    m_roles->setAccessibleName(tr("Roles linked to the template"));
    m_roles->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cells = new QTreeWidget(split);
    m_cells->setRootIsDecorated(false);
    m_cells->setHeaderLabels(
        { tr("Feature"), tr("Template then"), tr("Template now"), tr("Role now"), tr("Difference") });
    m_cells->setAccessibleName(tr("The chosen role's cells against its template"));
    m_cells->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(split, 1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QHBoxLayout;
    auto *preferLabel = new QLabel(tr("On a &conflict:"), this);
    m_prefer = new QComboBox(this);
    m_prefer->addItems({ tr("Keep the role's levels"), tr("Take the template's levels") });
    m_prefer->setAccessibleName(tr("On a conflict"));
    preferLabel->setBuddy(m_prefer);
    m_propagate = new QPushButton(tr("&Propagate…"), this);
    m_propagate->setToolTip(tr("Stage the template's changes on the selected roles (or every role that is behind), "
                               "keeping their overrides, and review them."));
    buttons->addWidget(preferLabel);
    buttons->addWidget(m_prefer);
    buttons->addWidget(m_propagate);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    resize(900, 620);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_propagate, &QPushButton::clicked, this, [this] { propagate(); });
    connect(m_templates, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_roles, &QTreeWidget::itemSelectionChanged, this, [this] { showCells(); });
    connect(m_bench.session, &EditSession::workingChanged, this, [this] { refresh(); });
    connect(m_bench.session, &EditSession::reloaded, this, [this] { refresh(); });

    const Workspace &ws = m_bench.session->working();
    for (const Role *t : ws.templates())
        m_templates->addItem(t->name, t->id);
    refresh();
}

void TemplateDriftDialog::install(const Workbench &bench)
{
    ActionRegistry *registry = bench.registry;
    if (registry->action(ActionId::TemplateDrift))
        return;
    QAction *action = registry->add(ActionId::TemplateDrift, tr("Template &Drift…"));
    action->setToolTip(tr("Which roles follow each template, what differs cell by cell, and propagate its changes"));
    QObject::connect(action, &QAction::triggered, bench.window, [bench] {
        if (!bench.session->isLoaded())
            return;
        TemplateDriftDialog dialog(bench);
        Prompts::exec(&dialog);
    });
    if (QMenu *roles = bench.registry->menu(MenuId::Roles))
        roles->addAction(action);
}

bool TemplateDriftDialog::showTemplate(const QString &name)
{
    const int i = m_templates->findText(name);
    if (i < 0)
        return false;
    m_templates->setCurrentIndex(i);
    refresh();
    return true;
}

Id TemplateDriftDialog::currentTemplate() const
{
    return m_templates->currentData().toLongLong();
}

QList<Id> TemplateDriftDialog::selectedRoles() const
{
    QList<Id> ids;
    for (const QTreeWidgetItem *item : m_roles->selectedItems())
        ids.append(item->data(0, Qt::UserRole).toLongLong());
    return ids;
}

void TemplateDriftDialog::refresh()
{
    const QList<Id> selected = selectedRoles();
    const Workspace &ws = m_bench.session->working();
    const Role *templ = ws.role(currentTemplate());
    m_roles->clear();
    if (!templ) {
        m_summary->setText(tr("No template is chosen."));
        m_propagate->setEnabled(false);
        showCells();
        return;
    }
    int behind = 0;
    int conflicts = 0;
    const QList<const Role *> linked = links::linkedRoles(ws, templ->id);
    for (const Role *r : linked) {
        const links::Drift d = links::drift(ws, *r);
        behind += d.behind > 0 ? 1 : 0;
        conflicts += d.conflicts;
        const Production *p = ws.production(r->production);
        auto *item = new QTreeWidgetItem(m_roles,
            { r->name, p ? p->name : tr("(account role)"), d.follow ? tr("Follows") : tr("Pinned"),
                links::stateText(d.state), QString::number(d.behind), QString::number(d.overrides),
                QString::number(d.conflicts) });
        item->setData(0, Qt::UserRole, r->id);
        if (selected.contains(r->id))
            item->setSelected(true);
    }
    m_summary->setText(tr("%1 is at version %2.").arg(templ->name).arg(templ->version) + QLatin1Char(' ')
        + tr("%n role(s) linked", nullptr, int(linked.size())) + QLatin1String(", ") + tr("%n behind", nullptr, behind)
        + QLatin1String(", ") + tr("%n conflict(s).", nullptr, conflicts));
    m_propagate->setEnabled(behind > 0 || !selected.isEmpty());
    if (m_roles->selectedItems().isEmpty() && m_roles->topLevelItemCount() > 0)
        m_roles->topLevelItem(0)->setSelected(true);
    showCells();
}

void TemplateDriftDialog::showCells()
{
    m_cells->clear();
    const QList<Id> selected = selectedRoles();
    m_propagate->setEnabled(!selected.isEmpty());
    if (selected.size() != 1)
        return;
    const Workspace &ws = m_bench.session->working();
    const Role *role = ws.role(selected.first());
    if (!role)
        return;
    for (const links::Cell &c : links::drift(ws, *role).cells) {
        QString difference = cellText(c.state);
        if (!c.forbidden.isEmpty())
            difference += (difference.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("kept out by a rule");
        auto *item = new QTreeWidgetItem(m_cells,
            { ws.feature(c.feature)->name, role->link.base.value(c.feature).toText(), c.templ.toText(), c.role.toText(),
                difference });
        if (!c.forbidden.isEmpty())
            item->setToolTip(4, c.forbidden);
        if (c.state == links::CellState::Conflict) {
            QFont bold = item->font(4);
            bold.setBold(true);
            item->setFont(4, bold);
        }
    }
}

bool TemplateDriftDialog::propagate(bool review)
{
    const Workspace &ws = m_bench.session->working();
    const Role *templ = ws.role(currentTemplate());
    if (!templ)
        return false;
    QList<Id> ids = selectedRoles();
    if (ids.isEmpty()) {
        for (const Role *r : links::linkedRoles(ws, templ->id)) {
            if (links::drift(ws, *r).behind > 0)
                ids.append(r->id);
        }
    }
    const bool preferTemplate = m_prefer->currentIndex() == 1;
    QList<Change> changes;
    for (const Id id : std::as_const(ids))
        changes.append(Change::syncTemplate(id, preferTemplate));
    if (changes.isEmpty())
        return false;
    const QString text = tr("Propagate %1 to %n role(s)", nullptr, int(changes.size())).arg(templ->name);
    if (!m_bench.session->stageAll(text, changes).ok())
        return false;
    if (review) {
        if (QAction *reviewAction = m_bench.registry->action(ActionId::Review))
            reviewAction->trigger();
    }
    return true;
}

} // namespace rs
