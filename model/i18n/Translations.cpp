#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace rs {

namespace {

const QLatin1String kResourceFolder(":/i18n");
const QLatin1String kQtTranslator("rs-qt-translator");
const QLatin1String kAppTranslator("rs-app-translator");
const QLatin1String kLanguageKey("ui/language");

// DefaultWorkspace::displayName() looks these up in "rs::Catalog"; listed here so that lupdate collects them.
const char *const kCatalogTerms[] = {
    QT_TRANSLATE_NOOP("rs::Catalog", "Setup"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Capture"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Launch"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Admin"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Marketing"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Job Importer"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Jobs"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Job Settings"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Organizations"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Stage Templates"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Price Sheets"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Asset Library"),
    QT_TRANSLATE_NOOP("rs::Catalog", "My Designs"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Cart Templates"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Form Templates"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Discount Codes"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Subject Data"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Images"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Job Orders"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Print Jobs"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Tools — Import"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Tools — Export"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Tools — Sort"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Tools — Capture"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Job Status"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Release Orders"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Studio Orders"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Fulfillment — Image Services"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Fulfillment — Print Services"),
    QT_TRANSLATE_NOOP("rs::Catalog", "User Management"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Payout Management"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Refund Management"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Dashboard Order Metrics"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Account Preferences"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Campaign Approval"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Import & Create Jobs"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Admin & owner"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Create productions"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Production administrator"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Production member"),
    QT_TRANSLATE_NOOP("rs::Catalog", "Production"),
};

// Loads one translator as a child of the application, so it lives exactly as long as the application does.
bool installOne(const QString &objectName, const QString &file)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(objectName);
    if (!translator->load(file) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files = QDir(kResourceFolder).entryList({ QStringLiteral("rolesheet_*.qm") }, QDir::Files);
    for (const QString &file : files) {
        const QString language = file.mid(10, file.size() - 13); // between "rolesheet_" and ".qm"
        if (language != QLatin1String("en")) // English's catalog holds its plural forms alone
            languages.append(language);
    }
    languages.sort();
    return languages;
}

QString Translations::languageFor(const QLocale &locale)
{
    const QStringList shipped = available();
    for (const QString &uiLanguage : locale.uiLanguages()) {
        const QString name = QLocale(uiLanguage).name(); // "de_BE", "nl_BE", "es_ES", ...
        if (shipped.contains(name))
            return name;
        const QString language = name.section(QLatin1Char('_'), 0, 0);
        if (language == QLatin1String("en") || language == QLatin1String("C"))
            return QStringLiteral("en");
        if (shipped.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString Translations::install(const QLocale &locale)
{
    uninstall();
    if (!QCoreApplication::instance())
        return QStringLiteral("en");
    const QString language = languageFor(locale);
    // Dates and numbers in the language spoken: the system's locale when it speaks it (for English, also when it is "C"),
    // else the region asked for when it speaks it (de_AT), else the language's own.
    const QLocale system = QLocale::system();
    const QLocale spoken(language);
    if (system.language() == spoken.language() || (language == QLatin1String("en") && system.language() == QLocale::C))
        QLocale::setDefault(system);
    else if (locale.language() == spoken.language())
        QLocale::setDefault(locale);
    else
        QLocale::setDefault(
            language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom) : spoken);
    if (language == QLatin1String("en")) {
        // The sources say "%n change(s)"; the English catalog says "1 change" and "2 changes".
        installOne(kAppTranslator, kResourceFolder + QStringLiteral("/rolesheet_en.qm"));
        return language;
    }
    // Qt's standard dialogs and messages; a missing Debian catalog only leaves them in English.
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    installOne(kQtTranslator, QDir(qtFolder).filePath(QStringLiteral("qtbase_") + language + QStringLiteral(".qm")));
    if (!installOne(
            kAppTranslator, kResourceFolder + QStringLiteral("/rolesheet_") + language + QStringLiteral(".qm"))) {
        uninstall();
        return QStringLiteral("en");
    }
    return language;
}

void Translations::uninstall()
{
    QObject *app = QCoreApplication::instance();
    if (!app)
        return;
    for (QTranslator *translator : app->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (translator->objectName() == kQtTranslator || translator->objectName() == kAppTranslator)
            delete translator; // its destructor removes it from the application
    }
}

QString Translations::chosen()
{
    return QSettings().value(kLanguageKey).toString();
}

QString Translations::choose(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, language);
    return installChosen();
}

QString Translations::installChosen()
{
    const QString language = chosen();
    return install(language.isEmpty() ? QLocale::system() : QLocale(language));
}

QStringList Translations::catalogTerms()
{
    QStringList terms;
    for (const char *term : kCatalogTerms)
        terms.append(QString::fromUtf8(term));
    return terms;
}

} // namespace rs
