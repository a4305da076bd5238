#include "serverconnectdialog.h"

#include "qtcatch.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace kizuna;

namespace {

void fill(ServerConnectDialog &dialog, const QString &host, const QString &database,
          const QString &user, ServerConnectDialog::Tls tls)
{
    dialog.hostField()->setText(host);
    dialog.databaseField()->setText(database);
    dialog.userField()->setText(user);
    dialog.tlsField()->setCurrentIndex(int(tls));
}

QString shownAddress(const ServerConnectDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("address"))->text();
}

QString shownError(const ServerConnectDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("error"))->text();
}

} // namespace

TEST_CASE("the connect dialog starts at PostgreSQL's port and the login name, OK off",
          "[gui][server-dialog]")
{
    ServerConnectDialog dialog;
    CHECK(dialog.portField()->value() == 5432);
    CHECK(dialog.userField()->text() ==
          qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME")));
    CHECK(dialog.tlsField()->currentIndex() == int(ServerConnectDialog::Tls::VerifyFull));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.address().isEmpty());
    // Said in the window's language (the tests run in Japanese).
    CHECK(shownError(dialog) ==
          QStringLiteral("サーバー（ホスト名か IP アドレス）を入力してください。"));
}

TEST_CASE("the connect dialog builds the address through ServerAddress and shows it",
          "[gui][server-dialog]")
{
    ServerConnectDialog dialog;
    SECTION("no TLS")
    {
        fill(dialog, QStringLiteral("nas.local"), QStringLiteral("kizuna"), QStringLiteral("sato"),
             ServerConnectDialog::Tls::None);
        dialog.portField()->setValue(5433);
        CHECK(dialog.address() ==
              QStringLiteral("postgresql://sato@nas.local:5433/kizuna?sslmode=disable"));
        CHECK_FALSE(dialog.certificateField()->isEnabled());
    }
    SECTION("encrypted, the certificate not checked")
    {
        fill(dialog, QStringLiteral("db.example.co.jp"), QStringLiteral("sales"),
             QStringLiteral("sato"), ServerConnectDialog::Tls::Require);
        CHECK(dialog.address() ==
              QStringLiteral("postgresql://sato@db.example.co.jp:5432/sales?sslmode=require"));
    }
    SECTION("verify-full with the authority's certificate")
    {
        QTemporaryDir dir;
        const QString certificate = dir.filePath(QStringLiteral("root.crt"));
        QFile file(certificate);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.close();
        fill(dialog, QStringLiteral("db.example.co.jp"), QStringLiteral("sales"),
             QStringLiteral("sato"), ServerConnectDialog::Tls::VerifyFull);
        dialog.certificateField()->setText(certificate);
        CHECK(dialog.certificateField()->isEnabled());
        CHECK(dialog.address() ==
              QStringLiteral("postgresql://sato@db.example.co.jp:5432/sales?sslmode=verify-full&"
                             "sslrootcert=") +
                  certificate);
    }
    CHECK(dialog.okButton()->isEnabled());
    CHECK(dialog.problem().isEmpty());
    CHECK(shownAddress(dialog).contains(dialog.address()));
}

TEST_CASE("the connect dialog shows why the fields make no address and keeps OK off",
          "[gui][server-dialog]")
{
    ServerConnectDialog dialog;
    fill(dialog, QStringLiteral("db.example.co.jp"), QStringLiteral("sales"),
         QStringLiteral("sato"), ServerConnectDialog::Tls::VerifyFull);
    REQUIRE(dialog.okButton()->isEnabled());

    SECTION("a certificate that is not there")
    {
        dialog.certificateField()->setText(QStringLiteral("/nowhere/root.crt"));
        CHECK(dialog.problem().contains(QStringLiteral("/nowhere/root.crt")));
    }
    SECTION("a certificate path ServerAddress refuses (a space would split libpq's words)")
    {
        QTemporaryDir dir;
        const QString certificate = dir.filePath(QStringLiteral("team ca.crt"));
        QFile file(certificate);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.close();
        dialog.certificateField()->setText(certificate);
        CHECK(dialog.problem().contains(QStringLiteral("sslrootcert")));
    }
    SECTION("a host name with a space")
    {
        dialog.hostField()->setText(QStringLiteral("db example"));
        CHECK_FALSE(dialog.problem().isEmpty());
    }
    SECTION("no database")
    {
        dialog.databaseField()->clear();
        CHECK(dialog.problem() == QStringLiteral("サーバー上のデータベース名を入力してください。"));
    }
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.address().isEmpty());
    CHECK(shownError(dialog) == dialog.problem());
    CHECK(shownAddress(dialog).isEmpty());
}

TEST_CASE("the connect dialog starts from the server open now", "[gui][server-dialog]")
{
    ServerConnectDialog dialog;
    const QString address = QStringLiteral("postgresql://ito@10.0.0.5:6432/team?sslmode=require");
    dialog.setAddress(address);
    CHECK(dialog.hostField()->text() == QStringLiteral("10.0.0.5"));
    CHECK(dialog.portField()->value() == 6432);
    CHECK(dialog.databaseField()->text() == QStringLiteral("team"));
    CHECK(dialog.userField()->text() == QStringLiteral("ito"));
    CHECK(dialog.tlsField()->currentIndex() == int(ServerConnectDialog::Tls::Require));
    CHECK(dialog.address() == address);

    // A file leaves the fields as they were.
    dialog.setAddress(QStringLiteral("/home/ito/kizuna.sqlite"));
    CHECK(dialog.address() == address);
}
