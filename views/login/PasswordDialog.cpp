#include "PasswordDialog.h"

#include "location/PgAddress.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rs {

PasswordDialog::PasswordDialog(const QString &address, const QString &notice, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the system keyring"), this))
    , m_notice(new QLabel(notice, this))
{
    setWindowTitle(tr("Server password"));
    setObjectName(QStringLiteral("passwordDialog"));
    const Result<PgAddress> parsed = PgAddress::parse(address);
    const QString who = parsed
        ? tr("%1 on %2:%3, database %4")
              .arg(parsed.value().user.isEmpty() ? tr("your user") : parsed.value().user, parsed.value().host)
              .arg(parsed.value().port)
              .arg(parsed.value().database)
        : address;
    auto *intro = new QLabel(tr("The server asks for the password of %1.").arg(who), this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("passwordIntro"));
    m_notice->setObjectName(QStringLiteral("passwordNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(!notice.isEmpty());
    QFont bold = m_notice->font();
    bold.setBold(true);
    m_notice->setFont(bold);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_remember->setObjectName(QStringLiteral("passwordRemember"));
    m_remember->setToolTip(tr("Kept by the desktop's keyring, never in Rolesheet's settings; File › Forget Server "
                              "Password removes it."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_password->setFocus();
    setMinimumWidth(460);
}

QString PasswordDialog::takePassword()
{
    QString password = m_password->text();
    m_password->clear();
    return password;
}

bool PasswordDialog::remember() const
{
    return m_remember->isChecked();
}

} // namespace rs
