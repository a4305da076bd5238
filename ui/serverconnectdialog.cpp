#include "serverconnectdialog.h"

#include "errorlabel.h"
#include "storage/serveraddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace kizuna {

namespace {

constexpr int kPostgresPort = 5432;

const char *sslModeOf(ServerConnectDialog::Tls tls)
{
    switch (tls) {
    case ServerConnectDialog::Tls::Require:
        return "require";
    case ServerConnectDialog::Tls::VerifyFull:
        return "verify-full";
    case ServerConnectDialog::Tls::None:
        break;
    }
    return "disable";
}

QString loginName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("LOGNAME") : user;
}

} // namespace

ServerConnectDialog::ServerConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to team server"));
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("e.g. db.example.co.jp"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(kPostgresPort);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("e.g. kizuna"));
    m_user = new QLineEdit(loginName(), this);
    m_user->setObjectName(QStringLiteral("user"));
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("tls"));
    m_tls->addItem(tr("None (a trusted network only)"));
    m_tls->addItem(tr("Encrypted (certificate not checked)"));
    m_tls->addItem(tr("Encrypted and verified (verify-full)"));
    m_certificate = new QLineEdit(this);
    m_certificate->setObjectName(QStringLiteral("certificate"));
    m_certificate->setPlaceholderText(tr("~/.postgresql/root.crt when left empty"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    connect(m_browse, &QPushButton::clicked, this, &ServerConnectDialog::chooseCertificate);

    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Server:"), hostRow);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption:"), m_tls);
    form->addRow(tr("CA &certificate:"), certificateRow);

    m_shown = new QLabel(this);
    m_shown->setObjectName(QStringLiteral("address"));
    m_shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_shown->setWordWrap(true);
    auto *password =
        new QLabel(tr("The password is taken from PGPASSWORD or ~/.pgpass, or asked for when the "
                      "server wants one. Kizuna never stores it."),
                   this);
    password->setWordWrap(true);
    m_error = new ErrorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton()->setText(tr("C&onnect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_shown);
    layout->addWidget(password);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_host, m_database, m_user, m_certificate})
        connect(edit, &QLineEdit::textChanged, this, &ServerConnectDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerConnectDialog::update);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ServerConnectDialog::update);
    m_tls->setCurrentIndex(int(Tls::VerifyFull));
    update();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_host->setFocus();
}

QPushButton *ServerConnectDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ServerConnectDialog::setAddress(const QString &location)
{
    const std::optional<ServerAddress> address = ServerAddress::parse(location, nullptr);
    if (!address)
        return;
    m_host->setText(address->host());
    m_port->setValue(address->port());
    m_database->setText(address->databaseName());
    m_user->setText(address->user());
    Tls tls = Tls::None;
    QString certificate;
    for (const auto &[name, value] : address->parameters()) {
        if (name == QLatin1String("sslmode"))
            tls = value == QLatin1String("verify-full") ? Tls::VerifyFull
                  : value == QLatin1String("disable")   ? Tls::None
                                                        : Tls::Require;
        else if (name == QLatin1String("sslrootcert"))
            certificate = value;
    }
    m_tls->setCurrentIndex(int(tls));
    m_certificate->setText(certificate);
}

QString ServerConnectDialog::build(QString *problem) const
{
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    const QString user = m_user->text().trimmed();
    const QString certificate = m_certificate->text().trimmed();
    const auto tls = Tls(m_tls->currentIndex());
    if (host.isEmpty())
        *problem = tr("Name the server (its host name or IP address).");
    else if (database.isEmpty())
        *problem = tr("Name the database on the server.");
    else if (user.isEmpty())
        *problem = tr("Name the user to connect as.");
    else if (tls == Tls::VerifyFull && !certificate.isEmpty() && !QFileInfo(certificate).isFile())
        *problem = tr("The certificate file %1 does not exist.")
                       .arg(QDir::toNativeSeparators(certificate));
    if (!problem->isEmpty())
        return {};

    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user, QUrl::DecodedMode);
    url.setHost(host, QUrl::DecodedMode);
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + database, QUrl::DecodedMode);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), QString::fromLatin1(sslModeOf(tls)));
    if (tls == Tls::VerifyFull && !certificate.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"),
                           QFileInfo(certificate).absoluteFilePath());
    url.setQuery(query);
    if (!url.isValid()) {
        *problem = tr("The server's name cannot be used in an address: %1").arg(url.errorString());
        return {};
    }
    QString refusal;
    const std::optional<ServerAddress> address =
        ServerAddress::parse(url.toString(QUrl::FullyEncoded), &refusal);
    if (!address) {
        *problem = tr("This makes no usable address: %1.").arg(refusal);
        return {};
    }
    return address->toString();
}

void ServerConnectDialog::update()
{
    const bool verify = Tls(m_tls->currentIndex()) == Tls::VerifyFull;
    m_certificate->setEnabled(verify);
    m_browse->setEnabled(verify);
    m_problem.clear();
    m_address = build(&m_problem);
    m_shown->setText(m_address.isEmpty() ? QString() : tr("Address: %1").arg(m_address));
    m_error->setText(m_problem);
    okButton()->setEnabled(!m_address.isEmpty());
}

void ServerConnectDialog::chooseCertificate()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Certificate of the server's authority"),
        m_certificate->text().isEmpty() ? QDir::homePath() : m_certificate->text(),
        tr("Certificates (*.crt *.pem);;All files (*)"));
    if (!file.isEmpty())
        m_certificate->setText(file);
}

} // namespace kizuna
