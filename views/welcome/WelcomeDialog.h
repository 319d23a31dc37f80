#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rs {

// The welcome on first start and behind File › New: the studio's name, the name of the person at the keyboard (its
// owner), its time zone and the editor's language, or a way to open a workspace that already exists (a file, or one on
// a server).
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        FirstStart, // nothing open yet: closing it quits the editor
        New, // File › New: a workspace is open already, and stays open when closed
    };
    // What the person chose, as exec()'s result: QDialog::Accepted is Create.
    enum Choice { CreateChoice = QDialog::Accepted, OpenExistingChoice = 2, ConnectChoice = 3 };

    explicit WelcomeDialog(Mode mode, QWidget *parent = nullptr);

    // The names as typed, trimmed as the model stores them.
    QString studioName() const;
    QString ownerName() const;
    // The language chosen ("" follows the system), saved on Create as Edit › Preferences saves it.
    QString language() const;
    // The studio's IANA time zone, the system's preselected: dates of seats and reviews are read in it.
    QByteArray timeZone() const;

    QLineEdit *studioEdit() const { return m_studio; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *timeZoneBox() const { return m_timeZone; }
    QLabel *studioProblem() const { return m_studioProblem; }
    QLabel *ownerProblem() const { return m_ownerProblem; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *openExistingButton() const { return m_openExisting; }
    QPushButton *connectButton() const { return m_connect; }

    void accept() override;

private:
    void update();

    QLineEdit *m_studio;
    QLineEdit *m_owner;
    QComboBox *m_language;
    QComboBox *m_timeZone;
    QLabel *m_studioProblem;
    QLabel *m_ownerProblem;
    QLabel *m_languageNote;
    QPushButton *m_create;
    QPushButton *m_openExisting;
    QPushButton *m_connect;
    QString m_startLanguage;
    bool m_studioTouched = false;
    bool m_ownerTouched = false;
};

} // namespace rs
