#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rs {

// File › Connect to Server…: where a shared workspace lives on PostgreSQL. It asks for no password itself: libpq
// reads one from ~/.pgpass, PGPASSFILE or PGPASSWORD, and without one ServerLogin asks after Connect (and may keep it
// in the system keyring). No password is ever kept in the settings.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE, with each part escaped; empty without host or database.
    static QString buildAddress(
        const QString &host, int port, const QString &database, const QString &user, const QString &sslMode);
    // The address the fields describe now.
    QString address() const;
    // Fills the fields from an address (the last one used), ignoring any password in it.
    void setAddress(const QString &address);

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *sslModeBox() const { return m_sslMode; }
    QLabel *preview() const { return m_preview; }

    // The address chosen last time, from the settings; it never holds a password.
    static QString lastAddress();
    static void rememberAddress(const QString &address);

private:
    void update();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace rs
