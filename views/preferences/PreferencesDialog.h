#pragma once

#include "appearance/Appearance.h"

#include <QDialog>
#include <QMap>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace rs {

// Edit › Preferences: the language of the editor (the system's, or one the application ships), taken at the next
// start, and its appearance (the desktop's colours, light, dark or high contrast), applied at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The languages offered besides the system's: English and every shipped catalog, as codes.
    static QStringList languages();
    // Fills a box with the system's language first, then languages() each under its own name; the item data is the
    // code ("" for the system's). The welcome offers the same choice.
    static void fillLanguages(QComboBox *box);
    // The language saved in settings ("" follows the system), the value Translations::chosen() reads at start.
    static QString savedLanguage();
    static void saveLanguage(const QString &language);

    // What the dialog shows now.
    QString language() const;
    Appearance::Theme theme() const;
    void setLanguage(const QString &language);
    void setTheme(Appearance::Theme theme);

    // Saves both choices; the appearance changes at once, the language at the next start.
    void save();

    QComboBox *languageBox() const { return m_language; }
    QRadioButton *themeButton(Appearance::Theme theme) const { return m_themes.value(theme); }
    QLabel *restartNote() const { return m_restartNote; }
    QPushButton *restartButton() const { return m_restart; }

    void accept() override;

signals:
    // The person saved a new language and asked to see it now: the window should close and start again.
    void restartRequested();

private:
    void updateNote();

    QComboBox *m_language;
    QLabel *m_restartNote;
    QPushButton *m_restart;
    QButtonGroup *m_themeGroup;
    QMap<Appearance::Theme, QRadioButton *> m_themes;
    QString m_startLanguage;
};

} // namespace rs
