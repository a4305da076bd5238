#include "clirunner.h"
#include "qtcatch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace kizuna;
using test::CliRunner;
using test::runOk;

TEST_CASE("backup now, keep and list on the command line", "[cli][backup]")
{
    CliRunner cli;
    runOk(cli, QStringLiteral("contacts|add|--family-name|控え"));
    runOk(cli, QStringLiteral("backup|keep|2"));
    QStringList made;
    for (int i = 0; i < 3; ++i)
        made.append(runOk(cli, QStringLiteral("backup|now")).out.trimmed());
    const QJsonArray listed = runOk(cli, QStringLiteral("backup|list|--json")).json().array();
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(1).toObject().value(QStringLiteral("file")).toString() == made.at(2));
    CHECK_FALSE(QFile::exists(made.at(0)));
    CHECK(QFile::permissions(made.at(2)) ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    const CliRunner::Result zero =
        cli.run({QStringLiteral("backup"), QStringLiteral("keep"), QStringLiteral("0")});
    CHECK(zero.exitCode == 1);
    CHECK(zero.err.contains(QStringLiteral("backup.keep")));
    const CliRunner::Result missing =
        cli.run({QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("/nowhere")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("/nowhere: no such backup file")));
    CHECK(runOk(cli, QStringLiteral("contacts|list|--json")).json().array().size() == 1);
}
