#include "WelcomeDialog.h"

#include "domain/Rules.h"
#include "domain/TimeZones.h"
#include "preferences/PreferencesDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace rs {

namespace {

QLabel *problemLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    label->hide();
    return label;
}

// Shows why a name is refused once the field has been changed (an empty field says nothing at first).
bool showProblem(QLabel *label, const QString &name, const QString &what, bool touched)
{
    const Status status = Rules::checkName(name, what);
    const bool say = !status && (touched || !name.isEmpty());
    label->setText(say ? status.error().message : QString());
    label->setVisible(say);
    return status.ok();
}

// The system's time zone as one the workspace's rule accepts (dates::listedTimeZone): Debian's "Etc/UTC" is "UTC".
QByteArray systemZone()
{
    const QByteArray listed = dates::listedTimeZone(QTimeZone::systemTimeZone());
    return listed.isEmpty() ? QByteArray("UTC") : listed;
}

} // namespace

WelcomeDialog::WelcomeDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_studio(new QLineEdit(this))
    , m_owner(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_timeZone(new QComboBox(this))
    , m_studioProblem(problemLabel(QStringLiteral("studioProblem"), this))
    , m_ownerProblem(problemLabel(QStringLiteral("ownerProblem"), this))
    , m_languageNote(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(mode == Mode::FirstStart ? tr("Welcome to Rolesheet") : tr("New Workspace"));

    auto *heading = new QLabel(mode == Mode::FirstStart ? tr("Welcome to Rolesheet") : tr("A new workspace"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    auto *intro = new QLabel(tr("A workspace holds the roles of one studio and the people who hold them. Name your "
                                "studio and yourself: you are its owner, the member who holds every right and can "
                                "hand ownership on later."),
        this);
    intro->setWordWrap(true);

    m_studio->setObjectName(QStringLiteral("studioName"));
    m_studio->setPlaceholderText(tr("e.g. Northlight Studio"));
    m_owner->setObjectName(QStringLiteral("ownerName"));
    // Left empty: the system's login ("root", "ann2") is not how a studio names its owner.
    m_owner->setPlaceholderText(tr("Your full name, as the studio knows you"));
    m_timeZone->setObjectName(QStringLiteral("timeZoneBox"));
    QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    std::sort(zones.begin(), zones.end());
    for (const QByteArray &zone : zones)
        m_timeZone->addItem(QString::fromLatin1(zone), zone);
    m_timeZone->setCurrentIndex(std::max(0, m_timeZone->findData(systemZone())));
    // Typed as well as picked: "Berlin" offers Europe/Berlin.
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setToolTip(tr("Seat dates, wrap dates and reviews are read in this time zone, whoever opens the "
                              "workspace and wherever."));
    m_language->setObjectName(QStringLiteral("languageBox"));
    PreferencesDialog::fillLanguages(m_language);
    m_startLanguage = PreferencesDialog::savedLanguage();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_startLanguage)));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setText(tr("Rolesheet speaks the new language the next time it starts."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Studio name:"), m_studio);
    form->addRow(QString(), m_studioProblem);
    form->addRow(tr("&Your name (the owner):"), m_owner);
    form->addRow(QString(), m_ownerProblem);
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create
        = buttons->addButton(mode == Mode::FirstStart ? tr("&Create") : tr("&Create…"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    // The ways to an existing workspace stand apart on the left, away from Create.
    m_openExisting = new QPushButton(tr("&Open Existing…"), this);
    m_openExisting->setObjectName(QStringLiteral("openExistingButton"));
    m_openExisting->setAutoDefault(false);
    m_connect = new QPushButton(tr("Connect to &Server…"), this);
    m_connect->setObjectName(QStringLiteral("connectServerButton"));
    m_connect->setAutoDefault(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    if (mode == Mode::FirstStart)
        cancel->setText(tr("&Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openExisting, &QPushButton::clicked, this, [this]() { done(OpenExistingChoice); });
    connect(m_connect, &QPushButton::clicked, this, [this]() { done(ConnectChoice); });

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // the language note shows without squeezing the rest
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_openExisting);
    bottom->addWidget(m_connect);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_studio, &QLineEdit::textChanged, this, [this]() {
        m_studioTouched = true;
        update();
    });
    connect(m_owner, &QLineEdit::textChanged, this, [this]() {
        m_ownerTouched = true;
        update();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &WelcomeDialog::update);
    connect(m_timeZone, &QComboBox::editTextChanged, this, &WelcomeDialog::update);
    // Tab goes down the form as it reads.
    setTabOrder(m_studio, m_owner);
    setTabOrder(m_owner, m_timeZone);
    setTabOrder(m_timeZone, m_language);
    update();
    setMinimumWidth(640);
    m_studio->setFocus();
}

QString WelcomeDialog::studioName() const
{
    return Rules::normalizedName(m_studio->text());
}

QString WelcomeDialog::ownerName() const
{
    return Rules::normalizedName(m_owner->text());
}

QByteArray WelcomeDialog::timeZone() const
{
    // Only a zone of the list: a typed text that is none of them gives nothing, and Create waits.
    const int listed = m_timeZone->findText(m_timeZone->currentText().trimmed(), Qt::MatchFixedString);
    return listed < 0 ? QByteArray() : m_timeZone->itemData(listed).toByteArray();
}

QString WelcomeDialog::language() const
{
    return m_language->currentData().toString();
}

void WelcomeDialog::update()
{
    // The words of the model's own rule: a studio is a workspace, its owner a member.
    const bool studioOk = showProblem(
        m_studioProblem, m_studio->text(), QCoreApplication::translate("rs::Rules", "workspace"), m_studioTouched);
    const bool ownerOk = showProblem(
        m_ownerProblem, m_owner->text(), QCoreApplication::translate("rs::Rules", "member"), m_ownerTouched);
    m_create->setEnabled(studioOk && ownerOk && !timeZone().isEmpty());
    m_languageNote->setVisible(language() != m_startLanguage);
}

void WelcomeDialog::accept()
{
    // Return in a field presses the default button even while it is greyed out.
    if (!m_create->isEnabled())
        return;
    QDialog::accept();
}

} // namespace rs
