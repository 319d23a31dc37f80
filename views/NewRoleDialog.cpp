#include "NewRoleDialog.h"

#include "domain/DefaultWorkspace.h"
#include "domain/Rules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rs {

NewRoleDialog::NewRoleDialog(const Workspace &ws, Mode mode, Id production, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_mode(mode)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_production(new QComboBox(this))
    , m_source(new QComboBox(this))
{
    setWindowTitle(mode == Mode::Freelancer ? tr("New role for a freelancer") : tr("New role"));
    m_name->setObjectName(QStringLiteral("roleName"));
    m_name->setPlaceholderText(mode == Mode::Freelancer ? tr("e.g. Freelance subtitler") : tr("Role name"));
    m_kind->addItem(tr("Account role (whole workspace)"), AccountRole);
    m_kind->addItem(tr("Production role (one production)"), ProductionRole);
    m_kind->addItem(tr("Account template (for making roles)"), AccountTemplate);
    QList<const Production *> productions;
    for (const Production &p : ws.productions())
        productions.append(&p);
    std::sort(productions.begin(), productions.end(),
        [](const Production *a, const Production *b) { return a->name.localeAwareCompare(b->name) < 0; });
    for (const Production *p : std::as_const(productions))
        m_production->addItem(p->name, p->id);
    if (production)
        m_production->setCurrentIndex(m_production->findData(production));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::Freelancer) {
        auto *intro = new QLabel(tr("A freelancer gets a production role of their own. It starts with every level of "
                                    "every production feature; untick the features they do not need."),
            this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        m_kind->setCurrentIndex(m_kind->findData(ProductionRole));
        m_kind->hide();
        m_source->hide();
        form->addRow(tr("&Production:"), m_production);
        m_features = new QListWidget(this);
        m_features->setObjectName(QStringLiteral("freelancerFeatures"));
        for (const Feature &f : ws.features()) {
            if (f.scope != Scope::Production || f.ownerOnly)
                continue;
            auto *item = new QListWidgetItem(DefaultWorkspace::displayName(f.name), m_features);
            item->setData(Qt::UserRole, f.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
            item->setToolTip(DefaultWorkspace::displayName(f.rationale));
        }
        form->addRow(tr("Keeps:"), m_features);
    } else {
        form->addRow(tr("&Kind:"), m_kind);
        form->addRow(tr("&Production:"), m_production);
        form->addRow(tr("&Start from:"), m_source);
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto okButton = buttons->button(QDialogButtonBox::Ok);
    auto revalidate = [this, okButton]() {
        const bool production = m_kind->currentData().toInt() == ProductionRole;
        m_production->setEnabled(production);
        okButton->setEnabled(
            !Rules::normalizedName(m_name->text()).isEmpty() && (!production || m_production->count() > 0));
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, revalidate]() {
        refillSources();
        revalidate();
    });
    connect(m_production, &QComboBox::currentIndexChanged, this, [this]() { refillSources(); });
    connect(m_name, &QLineEdit::textChanged, this, revalidate);
    refillSources();
    revalidate();
    resize(480, mode == Mode::Freelancer ? 560 : 220);
}

void NewRoleDialog::refillSources()
{
    const int kind = m_kind->currentData().toInt();
    const Id previous = m_source->currentData().value<Id>();
    m_source->clear();
    m_source->addItem(tr("Scratch: every level of every allowed feature"), Id(0));
    const bool production = kind == ProductionRole;
    for (const Role *t : m_ws.templates())
        m_source->addItem(tr("Template: %1").arg(t->name), t->id);
    const QList<const Role *> roles
        = production ? m_ws.productionRoles(m_production->currentData().value<Id>()) : m_ws.accountRoles();
    for (const Role *r : roles)
        m_source->addItem(tr("Role: %1").arg(r->name), r->id);
    const int keep = m_source->findData(previous);
    m_source->setCurrentIndex(keep < 0 ? 0 : keep);
}

QList<Change> NewRoleDialog::changes() const
{
    const int kind = m_kind->currentData().toInt();
    const QString name = Rules::normalizedName(m_name->text());
    const Id source = m_mode == Mode::Freelancer ? Id(0) : m_source->currentData().value<Id>();
    QList<Change> result;
    if (kind == ProductionRole)
        result << Change::createRole(name, Scope::Production, m_production->currentData().value<Id>(), source);
    else
        result << Change::createRole(name, Scope::Account, 0, source, kind == AccountTemplate);
    // The new role's id is chosen now, so that the switched-off features can name it in the same step.
    const Id role = m_ws.nextId();
    result.first().role = role;
    for (int i = 0; m_features && i < m_features->count(); ++i) {
        const QListWidgetItem *item = m_features->item(i);
        if (item->checkState() == Qt::Unchecked)
            result << Change::setGrant(role, item->data(Qt::UserRole).value<Id>(), Levels());
    }
    return result;
}

} // namespace rs
