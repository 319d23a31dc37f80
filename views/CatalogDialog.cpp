#include "CatalogDialog.h"

#include "Prompts.h"
#include "commands/EditSession.h"
#include "domain/DefaultWorkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rs {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kIsFeatureRole = Qt::UserRole + 1;

} // namespace

CatalogDialog::CatalogDialog(EditSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tree(new QTreeWidget(this))
    , m_scope(new QComboBox(this))
    , m_ownerOnly(new QCheckBox(tr("Owner only (held by the Admin & owner alone)"), this))
{
    setWindowTitle(tr("Edit catalog"));
    m_tree->setObjectName(QStringLiteral("catalogTree"));
    m_tree->setHeaderLabels({ tr("Section / feature"), tr("Scope"), tr("Categories") });
    m_tree->setColumnWidth(0, 300);
    m_tree->setUniformRowHeights(true);

    auto *buttonsRow = new QHBoxLayout;
    auto button = [&](const QString &name, const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        buttonsRow->addWidget(b);
    };
    button(QStringLiteral("addSection"), tr("Add &Section…"), [this]() { addSection(); });
    button(QStringLiteral("addFeature"), tr("Add &Feature…"), [this]() { addFeature(); });
    button(QStringLiteral("rename"), tr("&Rename…"), [this]() { renameSelected(); });
    button(QStringLiteral("moveUp"), tr("Move &Up"), [this]() { moveSelected(-1); });
    button(QStringLiteral("moveDown"), tr("Move &Down"), [this]() { moveSelected(1); });
    button(QStringLiteral("remove"), tr("Re&move…"), [this]() { removeSelected(); });
    buttonsRow->addStretch(1);

    m_scope->addItem(tr("Account-wide"), int(Scope::Account));
    m_scope->addItem(tr("Each production"), int(Scope::Production));
    auto *featureBox = new QGroupBox(tr("Selected feature"), this);
    auto *form = new QFormLayout(featureBox);
    form->addRow(tr("Scope:"), m_scope);
    auto *cats = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        m_categories[i] = new QCheckBox(categoryName(kAllCategories[i]), featureBox);
        cats->addWidget(m_categories[i]);
        connect(m_categories[i], &QCheckBox::toggled, this, [this]() {
            if (m_updating || !selectedFeature())
                return;
            Categories c;
            for (int j = 0; j < 3; ++j)
                c = m_categories[j]->isChecked() ? c.with(kAllCategories[j]) : c;
            m_session->submit(Change::setFeatureCategories(selectedFeature(), c));
        });
    }
    form->addRow(tr("Categories:"), cats);
    form->addRow(QString(), m_ownerOnly);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_updating && selectedFeature())
            m_session->submit(Change::setFeatureScope(selectedFeature(), Scope(m_scope->currentData().toInt())));
    });
    connect(m_ownerOnly, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating && selectedFeature())
            m_session->submit(Change::setFeatureOwnerOnly(selectedFeature(), on));
    });

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttonsRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(featureBox);
    layout->addWidget(close);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CatalogDialog::showSelected);
    connect(m_session, &EditSession::workingChanged, this, [this](const Touched &t) {
        if (t.catalog)
            rebuild();
        else
            showSelected(); // a refused or restored edit puts the fields back
    });
    // Refusals are told here: the window's message bar is hidden behind this dialog.
    connect(m_session, &EditSession::refused, this,
        [this](const QString &message) { Prompts::warning(this, tr("Edit catalog"), message); });
    resize(760, 640);
    rebuild();
}

void CatalogDialog::rebuild()
{
    const Id feature = selectedFeature();
    const Id section = selectedSection();
    m_updating = true;
    m_tree->clear();
    const Workspace &ws = m_session->working();
    for (const Section &s : ws.sections()) {
        auto *top = new QTreeWidgetItem(m_tree, { s.name });
        top->setData(0, kIdRole, s.id);
        top->setData(0, kIsFeatureRole, false);
        for (const Feature *f : ws.featuresOf(s.id)) {
            auto *item = new QTreeWidgetItem(top,
                { DefaultWorkspace::displayName(f->name), f->scope == Scope::Account ? tr("account") : tr("production"),
                    (f->ownerOnly ? tr("owner-only ") : QString()) + f->categories.toText() });
            item->setData(0, kIdRole, f->id);
            item->setData(0, kIsFeatureRole, true);
        }
    }
    m_tree->expandAll();
    m_updating = false;
    if (feature)
        selectFeature(feature);
    else if (section)
        selectSection(section);
    showSelected();
}

void CatalogDialog::selectFeature(Id feature)
{
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *top = m_tree->topLevelItem(s);
        for (int i = 0; i < top->childCount(); ++i) {
            if (top->child(i)->data(0, kIdRole).value<Id>() == feature)
                m_tree->setCurrentItem(top->child(i));
        }
    }
}

void CatalogDialog::selectSection(Id section)
{
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        if (m_tree->topLevelItem(s)->data(0, kIdRole).value<Id>() == section)
            m_tree->setCurrentItem(m_tree->topLevelItem(s));
    }
}

Id CatalogDialog::selectedFeature() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->data(0, kIsFeatureRole).toBool() ? item->data(0, kIdRole).value<Id>() : 0;
}

Id CatalogDialog::selectedSection() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return 0;
    return item->data(0, kIsFeatureRole).toBool() ? item->parent()->data(0, kIdRole).value<Id>()
                                                  : item->data(0, kIdRole).value<Id>();
}

void CatalogDialog::showSelected()
{
    const Feature *f = m_session->working().feature(selectedFeature());
    m_updating = true;
    m_scope->setEnabled(f);
    m_ownerOnly->setEnabled(f);
    for (QCheckBox *box : m_categories)
        box->setEnabled(f);
    if (f) {
        m_scope->setCurrentIndex(m_scope->findData(int(f->scope)));
        m_ownerOnly->setChecked(f->ownerOnly);
        for (int i = 0; i < 3; ++i)
            m_categories[i]->setChecked(f->categories.has(kAllCategories[i]));
    }
    m_updating = false;
}

void CatalogDialog::addSection()
{
    bool ok = false;
    const QString name = Prompts::text(this, tr("Add section"), tr("Name of the new section:"), QString(), &ok);
    Change applied;
    if (ok && m_session->submit(Change::addSection(name), &applied))
        selectSection(applied.section);
}

void CatalogDialog::addFeature()
{
    const Id section = selectedSection();
    if (!section) {
        Prompts::information(this, tr("Add feature"), tr("Pick the section the feature belongs to first."));
        return;
    }
    bool ok = false;
    const QString name = Prompts::text(this, tr("Add feature"), tr("Name of the new feature:"), QString(), &ok);
    Change applied;
    if (ok && m_session->submit(Change::addFeature(section, name, Scope::Production), &applied))
        selectFeature(applied.feature);
}

void CatalogDialog::renameSelected()
{
    const Workspace &ws = m_session->working();
    bool ok = false;
    if (const Feature *f = ws.feature(selectedFeature())) {
        const QString name = Prompts::text(this, tr("Rename feature"), tr("New name:"), f->name, &ok);
        if (ok)
            m_session->submit(Change::renameFeature(f->id, name));
    } else if (const Section *s = ws.section(selectedSection())) {
        const QString name = Prompts::text(this, tr("Rename section"), tr("New name:"), s->name, &ok);
        if (ok)
            m_session->submit(Change::renameSection(s->id, name));
    }
}

void CatalogDialog::moveSelected(int delta)
{
    const Workspace &ws = m_session->working();
    if (const Feature *f = ws.feature(selectedFeature())) {
        const QList<const Feature *> siblings = ws.featuresOf(f->section);
        const int at = int(siblings.indexOf(f));
        const int to = at + delta;
        if (to >= 0 && to < siblings.size())
            m_session->submit(Change::moveFeature(f->id, f->section, to));
    } else if (const Section *s = ws.section(selectedSection())) {
        int at = 0;
        while (at < ws.sections().size() && ws.sections().at(at).id != s->id)
            ++at;
        const int to = at + delta;
        if (to >= 0 && to < ws.sections().size())
            m_session->submit(Change::moveSection(s->id, to));
    }
}

void CatalogDialog::removeSelected()
{
    const Workspace &ws = m_session->working();
    Change change;
    QString name;
    if (const Feature *f = ws.feature(selectedFeature())) {
        change = Change::removeFeature(f->id);
        name = f->name;
    } else if (const Section *s = ws.section(selectedSection())) {
        change = Change::removeSection(s->id);
        name = s->name;
    } else {
        return;
    }
    if (Prompts::question(
            this, tr("Remove"), tr("Remove %1 from the catalog? Every role loses its grants on it.").arg(name))
        == QMessageBox::Yes)
        m_session->submit(change);
}

} // namespace rs
