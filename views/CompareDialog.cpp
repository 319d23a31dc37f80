#include "CompareDialog.h"

#include "domain/DefaultWorkspace.h"
#include "domain/Rules.h"
#include "itemmodels/CompareModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace rs {

CompareDialog::CompareDialog(const Workspace &ws, Id current, Id production, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_roles(new QListWidget(this))
    , m_model(new CompareModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_only(new QCheckBox(tr("Only rows that differ"), this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Compare roles"));
    m_roles->setObjectName(QStringLiteral("compareRoles"));
    QList<const Role *> roles = ws.accountRoles() + ws.templates() + ws.productionRoles(production);
    int checked = 0;
    for (const Role *r : std::as_const(roles)) {
        QString label = DefaultWorkspace::displayName(*r);
        if (r->isTemplate)
            label = tr("%1 (template)").arg(DefaultWorkspace::displayName(*r));
        else if (r->isProductionRole())
            label = tr("%1 (production role)").arg(DefaultWorkspace::displayName(*r));
        auto *item = new QListWidgetItem(label, m_roles);
        item->setData(Qt::UserRole, r->id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool on = r->id == current || (checked < 2 && r->id != current && r->isTemplate);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        checked += on ? 1 : 0;
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(CompareModel::DiffersRole);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setModel(m_proxy);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Roles to compare:"), left));
    leftLayout->addWidget(m_roles);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_only);
    rightLayout->addLayout(top);
    rightLayout->addWidget(m_table);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setSizes({ 240, 760 });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_roles, &QListWidget::itemChanged, this, &CompareDialog::refresh);
    connect(m_only, &QCheckBox::toggled, this,
        [this](bool on) { m_proxy->setFilterFixedString(on ? QStringLiteral("true") : QString()); });
    resize(1040, 640);
    refresh();
}

void CompareDialog::refresh()
{
    QList<Id> ids;
    for (int i = 0; i < m_roles->count(); ++i) {
        if (m_roles->item(i)->checkState() == Qt::Checked)
            ids.append(m_roles->item(i)->data(Qt::UserRole).value<Id>());
    }
    m_model->setRoles(m_ws, ids);
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    for (int c = CompareModel::kFixedColumns; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, 160);
    m_summary->setText(
        ids.size() < 2 ? tr("Tick two or more roles.") : tr("Features that differ: %1").arg(m_model->differingRows()));
}

} // namespace rs
