#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace rs {

// Asks for a server's password when libpq found none (~/.pgpass, PGPASSFILE, PGPASSWORD) or the server refused the
// one it was given, with the choice to remember it in the system keyring.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // `address`: the server's location, shown without secrets; `notice`: why it asks again, or empty.
    PasswordDialog(const QString &address, const QString &notice, QWidget *parent = nullptr);

    // The password typed, taken out of the field (which is emptied).
    QString takePassword();
    bool remember() const;

    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *noticeLabel() const { return m_notice; }

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_notice;
};

} // namespace rs
