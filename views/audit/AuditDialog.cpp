#include "AuditDialog.h"

#include "Prompts.h"
#include "document/Document.h"
#include "formats/AuditCsv.h"
#include "formats/XlsxExport.h"
#include "itemmodels/AuditModel.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rs {

namespace {

// A date typed as 2026-01-31; an empty field leaves the range open, anything else is marked and ignored.
QDate typedDate(QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    const bool bad = !text.isEmpty() && !date.isValid();
    edit->setStyleSheet(bad ? QStringLiteral("QLineEdit { color: #b3261e; }") : QString());
    edit->setToolTip(bad ? AuditDialog::tr("Write the date as 2026-01-31.") : QString());
    return date;
}

QLineEdit *filterEdit(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

void complete(QLineEdit *edit, QStringList words)
{
    words.removeDuplicates();
    words.removeAll(QString());
    words.sort(Qt::CaseInsensitive);
    auto *completer = new QCompleter(words, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
}

} // namespace

AuditDialog::AuditDialog(Document &document, QWidget *parent)
    : AuditDialog(Source { [&document](QObject *context, Source::Answer<QList<AuditEntry>> done) {
                              document.readAudit(context, {}, std::move(done));
                          },
                      [&document](QObject *context, Source::Answer<AuditChain> done) {
                          document.checkAudit(context, std::move(done));
                      },
                      [&document]() -> const Workspace & { return document.stored(); } },
        parent)
{
}

AuditDialog::AuditDialog(Source source, QWidget *parent)
    : QDialog(parent)
    , m_source(std::move(source))
    , m_model(new AuditModel(this))
    , m_filter(new AuditFilterModel(this))
    , m_table(new QTableView(this))
    , m_role(filterEdit(QStringLiteral("auditRole"), tr("Any role"), this))
    , m_member(filterEdit(QStringLiteral("auditMember"), tr("Any member"), this))
    , m_from(filterEdit(QStringLiteral("auditFrom"), tr("e.g. 2026-01-31"), this))
    , m_to(filterEdit(QStringLiteral("auditTo"), tr("e.g. 2026-12-31"), this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_revert(new QPushButton(tr("Re&vert Import…"), this))
    , m_summary(new QLabel(this))
    , m_chain(new QLabel(this))
{
    setWindowTitle(tr("Audit trail"));
    setObjectName(QStringLiteral("auditDialog"));
    m_chain->setObjectName(QStringLiteral("auditChain"));
    m_chain->setWordWrap(true);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const Workspace &ws = m_source.workspace();

    QStringList roleNames;
    for (const Role &r : ws.roles())
        roleNames.append(r.name);
    complete(m_role, roleNames);
    completeMembers();
    m_role->setAccessibleName(tr("Filter by role"));
    m_member->setAccessibleName(tr("Filter by member"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));

    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(AuditModel::SortRole);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditModel::WhenColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int c = AuditModel::WhenColumn; c < AuditModel::ChangeColumn; ++c)
        m_table->resizeColumnToContents(c);
    m_table->setColumnWidth(AuditModel::WhatColumn, std::min(m_table->columnWidth(AuditModel::WhatColumn), 320));
    m_table->setAccessibleName(tr("Applied changes"));

    auto *filters = new QHBoxLayout;
    const auto labelled = [&](const QString &label, QLineEdit *edit, int stretch) {
        auto *l = new QLabel(label, this);
        l->setBuddy(edit);
        filters->addWidget(l);
        filters->addWidget(edit, stretch);
    };
    labelled(tr("&Role:"), m_role, 3);
    labelled(tr("&Member:"), m_member, 3);
    labelled(tr("&From:"), m_from, 2);
    labelled(tr("&To:"), m_to, 2);
    m_from->setMinimumWidth(m_from->fontMetrics().horizontalAdvance(QStringLiteral("2026-01-31__")) + 40);
    m_to->setMinimumWidth(m_from->minimumWidth());

    m_export->setObjectName(QStringLiteral("auditExport"));
    m_export->setToolTip(tr("Write the changes shown to a CSV file"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    m_refresh->setObjectName(QStringLiteral("auditRefresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Read the trail again, with changes applied since it was opened (%1)")
                              .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_revert->setObjectName(QStringLiteral("auditRevert"));
    m_revert->setToolTip(tr("Put back the workspace the selected import replaced; you review every change first"));
    buttons->addButton(m_revert, QDialogButtonBox::ActionRole);
    connect(m_revert, &QPushButton::clicked, this, [this]() {
        const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
        if (!current.isValid() || !m_model->entries().at(current.row()).keepsReplacedWorkspace())
            return;
        m_revertRequest = m_model->entries().at(current.row());
        accept();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditDialog::updateRevert);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AuditDialog::updateRevert);
    updateRevert();
    connect(m_refresh, &QPushButton::clicked, this, &AuditDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &AuditDialog::exportCsv);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_chain);
    layout->addLayout(bottom);

    for (QLineEdit *edit : { m_role, m_member, m_from, m_to })
        connect(edit, &QLineEdit::textChanged, this, &AuditDialog::applyFilters);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AuditDialog::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AuditDialog::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AuditDialog::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AuditDialog::updateSummary);
    resize(1100, 620);
    updateSummary();
    reload();
}

void AuditDialog::reload()
{
    if (isReading())
        return;
    const quint64 request = ++m_request;
    m_trailAwaited = true;
    m_chainAwaited = true;
    m_refresh->setEnabled(false);
    m_summary->setText(tr("Reading the audit trail…"));
    m_chain->setText(tr("Checking the hash chain…"));
    m_chain->setStyleSheet(QString());
    m_chain->setToolTip(QString());
    // The answers come from the document's worker; a source of the caller's own answers at once.
    m_source.read(this, [this, request](const Result<QList<AuditEntry>> &entries) {
        if (request == m_request)
            trailArrived(entries);
    });
    m_source.verify(this, [this, request](const Result<AuditChain> &chain) {
        if (request == m_request)
            chainArrived(chain);
    });
}

void AuditDialog::trailArrived(const Result<QList<AuditEntry>> &entries)
{
    m_trailAwaited = false;
    if (entries) {
        m_model->setEntries(entries.value());
        completeMembers();
    }
    updateSummary();
    answered();
    if (!entries)
        Prompts::warning(this, tr("Audit trail"), entries.error().message);
}

void AuditDialog::chainArrived(const Result<AuditChain> &chain)
{
    m_chainAwaited = false;
    const bool whole = chain && chain.value().whole();
    if (!chain)
        m_chain->setText(tr("The hash chain could not be checked: %1").arg(chain.error().message));
    else if (whole)
        m_chain->setText(tr("Hash chain whole: each of the %n records follows the one before it.", nullptr,
            int(chain.value().records)));
    else
        m_chain->setText(tr("Hash chain broken: %1").arg(chain.value().problem));
    m_chain->setStyleSheet(whole ? QString() : QStringLiteral("QLabel { color: #b3261e; }"));
    m_chain->setToolTip(whole ? tr("Last hash: %1").arg(chain.value().lastHash) : QString());
    answered();
}

void AuditDialog::answered()
{
    if (isReading())
        return;
    m_refresh->setEnabled(true);
    Q_EMIT trailRead();
}

void AuditDialog::completeMembers()
{
    QStringList memberNames;
    for (const Member &m : m_source.workspace().members())
        memberNames.append(m.name);
    for (const AuditEntry &e : m_model->entries())
        memberNames.append(e.actor); // a member who has left is still found as the one who acted
    if (QCompleter *before = m_member->completer())
        before->deleteLater();
    complete(m_member, memberNames);
}

void AuditDialog::applyFilters()
{
    const Workspace &ws = m_source.workspace();
    const QString role = m_role->text().trimmed();
    if (role.isEmpty()) {
        m_filter->setRoles(std::nullopt);
    } else {
        // Every role whose name holds the text: "Prod" finds the template and each production's copy.
        QSet<Id> ids;
        for (const Role &r : ws.roles()) {
            if (r.name.contains(role, Qt::CaseInsensitive))
                ids.insert(r.id);
        }
        m_filter->setRoles(ids);
    }
    const QString member = m_member->text().trimmed();
    if (member.isEmpty()) {
        m_filter->setMembers(std::nullopt, QString());
    } else {
        QSet<Id> ids;
        for (const Member &m : ws.members()) {
            if (m.name.contains(member, Qt::CaseInsensitive))
                ids.insert(m.id);
        }
        m_filter->setMembers(ids, member);
    }
    m_filter->setDateRange(typedDate(m_from), typedDate(m_to));
    updateSummary();
}

void AuditDialog::updateSummary()
{
    if (m_trailAwaited && m_model->rowCount() == 0) {
        m_export->setEnabled(false);
        return; // it says the trail is being read
    }
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    m_summary->setText(shown == all ? tr("%n applied change(s)", nullptr, all)
                                    : tr("Showing %1 of %n applied change(s)", nullptr, all).arg(shown));
    m_export->setEnabled(shown > 0);
}

void AuditDialog::exportCsv()
{
    QString path = Prompts::saveFileName(
        this, tr("Export audit trail"), QStringLiteral("audit.csv"),
        tr("CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    // A link is refused before anything is asked; a file that is there is replaced only when the person says so.
    if (Status s = formats::checkWritable(path, formats::Overwrite::Replace); !s) {
        Prompts::warning(this, tr("Export audit trail"), s.error().message);
        return;
    }
    const std::optional<formats::Overwrite> overwrite = Prompts::replaceFiles(this, tr("Export audit trail"), { path });
    if (!overwrite)
        return;
    QList<AuditEntry> shown;
    shown.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        shown.append(m_model->entry(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    const Result<QByteArray> data = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
        ? formats::auditXlsx(shown)
        : Result<QByteArray>(formats::auditCsv(shown).toUtf8());
    if (Status s = data ? formats::writeFileSafely(path, data.value(), *overwrite) : Status(data.error()); !s) {
        Prompts::warning(this, tr("Export audit trail"), s.error().message);
        return;
    }
    m_summary->setText(tr("Wrote %n change(s) to %1.", nullptr, int(shown.size())).arg(path));
}

void AuditDialog::updateRevert()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    m_revert->setEnabled(current.isValid() && m_model->entries().at(current.row()).keepsReplacedWorkspace());
}

} // namespace rs
