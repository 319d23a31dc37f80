#include "ConnectDialog.h"

#include "location/Location.h"
#include "location/PgAddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace rs {

namespace {

const char kLastKey[] = "connect/lastAddress";
constexpr int kDefaultPort = 5432;

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to server"));
    setObjectName(QStringLiteral("connectDialog"));
    m_host->setObjectName(QStringLiteral("connectHost"));
    m_host->setPlaceholderText(tr("db.studio.example"));
    m_port->setObjectName(QStringLiteral("connectPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_database->setObjectName(QStringLiteral("connectDatabase"));
    m_database->setPlaceholderText(tr("rolesheet"));
    m_user->setObjectName(QStringLiteral("connectUser"));
    m_user->setPlaceholderText(location::osUser());
    m_sslMode->setObjectName(QStringLiteral("connectSslMode"));
    // The modes a connection accepts, safest first. "prefer" and "allow" are not offered: anyone on the network path
    // can turn them into no encryption. "require" is what an address without sslmode gets.
    const QList<QPair<QString, QString>> modes = {
        { QStringLiteral("verify-full"), tr("verify-full — encrypted, certificate and host name checked") },
        { QStringLiteral("verify-ca"), tr("verify-ca — encrypted, certificate checked") },
        { QStringLiteral("require"), tr("require — encrypted, not verified") },
        { QStringLiteral("disable"), tr("disable — never encrypted (only on a network you trust)") },
    };
    for (const auto &[key, label] : modes)
        m_sslMode->addItem(label, key);
    m_sslMode->setCurrentIndex(m_sslMode->findData(QStringLiteral("require")));

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption (sslmode):"), m_sslMode);
    form->addRow(tr("Address:"), m_preview);
    m_preview->setObjectName(QStringLiteral("connectAddress"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);

    auto *note = new QLabel(tr("The server's password is read from your password file (~/.pgpass, or the file "
                               "PGPASSFILE names) or from PGPASSWORD; without one there, it is asked for after "
                               "Connect and may be kept in the system keyring. It is never written to the settings."),
        this);
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("connectPasswordNote"));

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : { m_host, m_database, m_user })
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::update);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectDialog::update);
    setAddress(lastAddress());
    update();
    // Room for a whole address on one line, and the note in three.
    setMinimumWidth(640);
}

QString ConnectDialog::buildAddress(
    const QString &host, int port, const QString &database, const QString &user, const QString &sslMode)
{
    if (host.trimmed().isEmpty() || database.trimmed().isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host.trimmed());
    if (!user.trimmed().isEmpty())
        url.setUserName(user.trimmed());
    url.setPort(port > 0 ? port : kDefaultPort);
    url.setPath(QLatin1Char('/') + database.trimmed());
    if (!sslMode.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
        url.setQuery(query);
    }
    return url.isValid() ? url.toString(QUrl::FullyEncoded) : QString();
}

QString ConnectDialog::address() const
{
    return buildAddress(
        m_host->text(), m_port->value(), m_database->text(), m_user->text(), m_sslMode->currentData().toString());
}

void ConnectDialog::setAddress(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return;
    m_host->setText(url.host());
    m_port->setValue(url.port(kDefaultPort));
    m_database->setText(url.path(QUrl::FullyDecoded).mid(1));
    m_user->setText(url.userName(QUrl::FullyDecoded));
    const int mode = m_sslMode->findData(QUrlQuery(url).queryItemValue(QStringLiteral("sslmode")));
    if (mode >= 0)
        m_sslMode->setCurrentIndex(mode);
}

void ConnectDialog::update()
{
    const QString text = address();
    m_preview->setText(text.isEmpty() ? tr("Fill in the host and the database.") : text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
}

QString ConnectDialog::lastAddress()
{
    const Result<PgAddress> parsed = PgAddress::parse(QSettings().value(QLatin1String(kLastKey)).toString());
    return parsed ? parsed.value().display : QString();
}

void ConnectDialog::rememberAddress(const QString &address)
{
    // Kept as a connection would take it: no password, no parameter beyond those accepted; an address that would be
    // refused is not kept at all, and a password slipped into it is dropped.
    QUrl url(address);
    url.setPassword(QString());
    const Result<PgAddress> parsed = PgAddress::parse(url.toString(QUrl::FullyEncoded));
    if (parsed)
        QSettings().setValue(QLatin1String(kLastKey), parsed.value().display);
}

} // namespace rs
