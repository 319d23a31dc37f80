#include "PreferencesDialog.h"

#include "i18n/Translations.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace rs {

namespace {

// The key Translations::chosen() reads when the application starts.
const QLatin1String kLanguageKey("ui/language");

// "Français", "Nederlands": each language under its own name, so that a person finds theirs whatever the editor
// speaks now.
QString nativeName(const QString &language)
{
    // Qt names some languages after their main country ("español de España", "American English"); a studio in
    // Madrid or Ghent looks for the language alone.
    static const QHash<QString, QString> plain = {
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("es"), QStringLiteral("Español") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("nl"), QStringLiteral("Nederlands") },
    };
    if (plain.contains(language))
        return plain.value(language);
    QString name = QLocale(language).nativeLanguageName();
    if (name.isEmpty())
        return language;
    name[0] = name.at(0).toUpper();
    return name;
}

} // namespace

QStringList PreferencesDialog::languages()
{
    QStringList codes = Translations::available();
    codes.append(QStringLiteral("en"));
    codes.removeDuplicates();
    std::sort(codes.begin(), codes.end(),
        [](const QString &a, const QString &b) { return nativeName(a).localeAwareCompare(nativeName(b)) < 0; });
    return codes;
}

void PreferencesDialog::fillLanguages(QComboBox *box)
{
    box->addItem(tr("System default (%1)").arg(nativeName(Translations::languageFor(QLocale::system()))), QString());
    for (const QString &code : languages())
        box->addItem(nativeName(code), code);
}

QString PreferencesDialog::savedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void PreferencesDialog::saveLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, language);
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_restart(new QPushButton(this))
    , m_themeGroup(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_language->setObjectName(QStringLiteral("languageBox"));
    fillLanguages(m_language);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setText(tr("Rolesheet speaks the new language the next time it starts."));
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_restart->setText(tr("&Restart Now"));
    connect(m_restart, &QPushButton::clicked, this, [this]() {
        accept();
        emit restartRequested();
    });
    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageLayout = new QFormLayout(languageBox);
    languageLayout->addRow(tr("&Language of the editor:"), m_language);
    auto *restartRow = new QHBoxLayout;
    restartRow->addWidget(m_restartNote, 1);
    restartRow->addWidget(m_restart, 0, Qt::AlignTop);
    languageLayout->addRow(restartRow);

    auto *appearanceBox = new QGroupBox(tr("Appearance"), this);
    auto *appearanceLayout = new QVBoxLayout(appearanceBox);
    for (Appearance::Theme theme : Appearance::themes()) {
        auto *button = new QRadioButton(Appearance::displayName(theme), appearanceBox);
        button->setObjectName(QStringLiteral("theme-") + Appearance::key(theme));
        m_themeGroup->addButton(button, int(theme));
        m_themes.insert(theme, button);
        appearanceLayout->addWidget(button);
    }
    m_themes.value(Appearance::Theme::System)->setText(tr("&Follow the desktop"));
    m_themes.value(Appearance::Theme::Light)->setText(tr("L&ight"));
    m_themes.value(Appearance::Theme::Dark)->setText(tr("&Dark"));
    m_themes.value(Appearance::Theme::HighContrast)->setText(tr("&High contrast"));
    auto *focusNote = new QLabel(tr("The cell that has the keyboard focus is always framed."), appearanceBox);
    focusNote->setWordWrap(true);
    appearanceLayout->addWidget(focusNote);

    auto *buttons
        = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(languageBox);
    layout->addWidget(appearanceBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    m_startLanguage = savedLanguage();
    setLanguage(m_startLanguage);
    setTheme(Appearance::chosen());
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNote);
    updateNote();
    setMinimumWidth(420);
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

Appearance::Theme PreferencesDialog::theme() const
{
    const int id = m_themeGroup->checkedId();
    return id < 0 ? Appearance::Theme::System : Appearance::Theme(id);
}

void PreferencesDialog::setLanguage(const QString &language)
{
    const int row = m_language->findData(language);
    m_language->setCurrentIndex(row < 0 ? 0 : row);
}

void PreferencesDialog::setTheme(Appearance::Theme theme)
{
    m_themes.value(theme)->setChecked(true);
}

void PreferencesDialog::updateNote()
{
    m_restartNote->setVisible(language() != m_startLanguage);
    m_restart->setVisible(language() != m_startLanguage);
}

void PreferencesDialog::save()
{
    saveLanguage(language());
    if (theme() != Appearance::current() || theme() != Appearance::chosen())
        Appearance::choose(theme());
}

void PreferencesDialog::accept()
{
    save();
    QDialog::accept();
}

} // namespace rs
