#include "GridPanel.h"

#include "CheckDelegate.h"
#include "commands/EditSession.h"
#include "domain/DefaultWorkspace.h"
#include "domain/Rules.h"
#include "itemmodels/Colours.h"
#include "itemmodels/PermissionGridModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace rs {

GridPanel::GridPanel(EditSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PermissionGridModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_title(new QLabel(this))
    , m_lock(new QLabel(this))
    , m_legend(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setDynamicSortFilter(false); // names change only with the catalog, which resets the grid
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(PermissionGridModel::FeatureColumn);

    m_view->setObjectName(QStringLiteral("permissionGrid"));
    m_view->setModel(m_proxy);
    auto *delegate = new CheckDelegate(PermissionGridModel::LacksViewRole, m_view);
    delegate->setLockedRole(PermissionGridModel::LockedRole);
    m_view->setItemDelegate(delegate);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    // Cells are picked like a spreadsheet's: a dragged rectangle, Shift+click, Ctrl+click, Shift+arrows.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->installEventFilter(this);
    createEditActions();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(48);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->viewport()->installEventFilter(this);

    m_filter->setObjectName(QStringLiteral("gridFilter"));
    m_filter->setPlaceholderText(tr("Filter features (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_view->expandAll();
    });

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("gridTitle"));
    m_lock->setObjectName(QStringLiteral("lockReason"));
    m_lock->setWordWrap(true);
    m_lock->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(alternate-base); border: 1px solid palette(mid); padding: 4px; }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_lock);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    m_legend->setObjectName(QStringLiteral("gridLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    updateLegend();
    layout->addWidget(m_legend);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        m_view->expandAll();
        updateTitle();
    });
    connect(m_session, &EditSession::workingChanged, this, [this](const Touched &t) {
        if (t.roles.contains(m_model->role()))
            updateTitle();
    });
    updateTitle();
    fitColumns();
}

void GridPanel::showRole(Id role)
{
    m_model->setRole(role);
    updateTitle();
}

Id GridPanel::role() const
{
    return m_model->role();
}

QModelIndex GridPanel::cellIndex(Id feature, int column) const
{
    return m_proxy->mapFromSource(m_model->featureIndex(feature, column));
}

QModelIndex GridPanel::sectionCellIndex(Id section, int column) const
{
    return m_proxy->mapFromSource(m_model->sectionIndex(section, column));
}

void GridPanel::updateLegend()
{
    // The swatch shows the grid's own mark for a staged cell, which follows the palette; the translations keep the
    // colour of the light appearance in their text, and it is swapped for the palette's here.
    m_legend->setText(tr("<span style=\"background:#ffe28c\">&nbsp;&nbsp;&nbsp;&nbsp;</span> changed, not applied yet"
                         "&nbsp;&nbsp;&nbsp;&nbsp;\u26a0 Add, Edit or Delete without View&nbsp;&nbsp;&nbsp;&nbsp;"
                         "greyed: closed by a rule (hover for why)&nbsp;&nbsp;&nbsp;&nbsp;"
                         "greyed with a padlock: a built-in role, locked")
                          .replace(QLatin1String("#ffe28c"), Colours::changed(palette()).name()));
}

void GridPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateLegend();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        fitColumns();
}

void GridPanel::fitColumns()
{
    QHeaderView *header = m_view->header();
    const QFontMetrics metrics = header->fontMetrics();
    int levels = 0;
    for (int c = PermissionGridModel::ViewColumn; c <= PermissionGridModel::DeleteColumn; ++c) {
        // Wide enough for the level's name in every language ("Verwijderen", "Hinzufügen").
        const int width = qMax(58, metrics.horizontalAdvance(levelName(PermissionGridModel::levelOf(c))) + 20);
        header->resizeSection(c, width);
        levels += width;
    }
    const int minFeature = metrics.averageCharWidth() * 30;
    const int idealFeature = qMax(minFeature, metrics.averageCharWidth() * 34);
    const int minWhy = metrics.averageCharWidth() * 24;
    const int available = m_view->viewport()->width();
    const bool roomForWhy = available >= levels + idealFeature + minWhy;
    m_view->setColumnHidden(PermissionGridModel::WhyColumn, !roomForWhy);
    header->resizeSection(
        PermissionGridModel::FeatureColumn, roomForWhy ? idealFeature : qMax(minFeature, available - levels));
    const QMargins margins = layout() ? layout()->contentsMargins() : QMargins();
    const int chrome
        = m_view->frameWidth() * 2 + m_view->verticalScrollBar()->sizeHint().width() + margins.left() + margins.right();
    setMinimumWidth(levels + minFeature + chrome);
}

void GridPanel::updateTitle()
{
    const Role *r = m_session->isLoaded() ? m_session->working().role(m_model->role()) : nullptr;
    if (!r) {
        m_title->setText(tr("No role selected"));
        m_lock->setText(tr("Pick a role or a template in the navigator to see its grid."));
        m_lock->setVisible(true);
        return;
    }
    m_title->setText(DefaultWorkspace::displayName(*r));
    QStringList lines;
    if (r->isLocked())
        lines << tr("%1 is built in and locked: its permissions cannot be changed. Duplicate it to make a role you "
                    "can edit.")
                     .arg(DefaultWorkspace::displayName(*r));
    if (!r->guardrails.isEmpty())
        lines << tr("Guardrails: no %1 features.").arg(r->guardrails.toText());
    m_lock->setText(lines.join(QLatin1Char('\n')));
    m_lock->setVisible(!lines.isEmpty());
}

} // namespace rs
