#include "clirunner.h"
#include "qtcatch.h"

#include <QJsonArray>
#include <QJsonObject>

using kizuna::test::CliRunner;

namespace {

CliRunner::Result ok(const CliRunner &cli, const QString &line)
{
    return kizuna::test::runOk(cli, line);
}

qint64 addContact(const CliRunner &cli, const QString &family, const QString &company,
                  const QString &stage)
{
    return ok(cli, QStringLiteral("contacts|add|--family-name|%1|--given-name|太郎|--company|%2|"
                                  "--stage|%3")
                       .arg(family, company, stage))
        .out.trimmed()
        .toLongLong();
}

QStringList names(const QJsonArray &companies)
{
    QStringList list;
    for (const QJsonValue &v : companies)
        list.append(v[QStringLiteral("name")].toString());
    return list;
}

qint64 idOf(const QJsonArray &companies, const QString &name)
{
    for (const QJsonValue &v : companies) {
        if (v[QStringLiteral("name")].toString() == name)
            return v[QStringLiteral("id")].toInteger();
    }
    return 0;
}

} // namespace

TEST_CASE("companies list, show, merge and undo-merge", "[cli][companies]")
{
    CliRunner cli;
    const qint64 yamada = addContact(cli, QStringLiteral("山田"),
                                     QStringLiteral("株式会社ひかり電子"), QStringLiteral("hot"));
    addContact(cli, QStringLiteral("佐藤"), QStringLiteral("ひかり電子"), QStringLiteral("warm"));
    const qint64 suzuki = addContact(cli, QStringLiteral("鈴木"), QStringLiteral("ヒカリ電子工業"),
                                     QStringLiteral("customer"));
    addContact(cli, QStringLiteral("伊藤"), QStringLiteral("あおば商事"), QStringLiteral("cold"));
    const QString deal =
        ok(cli, QStringLiteral("deals|add|%1|--title|検査装置|--amount|1200000").arg(suzuki))
            .out.trimmed();
    ok(cli, QStringLiteral("deals|win|%1").arg(deal));
    ok(cli, QStringLiteral("deals|add|%1|--title|保守|--amount|80000").arg(yamada));

    const QJsonArray all = ok(cli, QStringLiteral("companies|list|--json")).json().array();
    REQUIRE(names(all) == QStringList{QStringLiteral("あおば商事"),
                                      QStringLiteral("株式会社ひかり電子"),
                                      QStringLiteral("ヒカリ電子工業")});
    const QJsonValue hikari = all.at(1);
    CHECK(hikari[QStringLiteral("contacts")].toInt() == 2);
    CHECK(hikari[QStringLiteral("best_stage")].toString() == QStringLiteral("hot"));
    CHECK(hikari[QStringLiteral("open_deals")].toInt() == 1);
    CHECK(all.at(2)[QStringLiteral("won_revenue")].toInteger() == 1200000);
    CHECK(names(ok(cli, QStringLiteral("companies|list|--sort|revenue|--desc|--limit|1|--json"))
                    .json()
                    .array()) == QStringList{QStringLiteral("ヒカリ電子工業")});
    CHECK(names(ok(cli, QStringLiteral("companies|list|--search|ひかり|--json")).json().array())
              .size() == 2);
    const QString tsv = ok(cli, QStringLiteral("companies|list|--sort|people|--desc")).out;
    CHECK(tsv.startsWith(QStringLiteral("%1\t株式会社ひかり電子\t\t2\thot\t1\t0\n")
                             .arg(idOf(all, QStringLiteral("株式会社ひかり電子")))));

    const qint64 kept = idOf(all, QStringLiteral("株式会社ひかり電子"));
    const qint64 absorbed = idOf(all, QStringLiteral("ヒカリ電子工業"));
    const QJsonObject page =
        ok(cli, QStringLiteral("companies|show|%1|--json").arg(kept)).json().object();
    CHECK(page[QStringLiteral("people")].toArray().size() == 2);
    CHECK(page[QStringLiteral("deals")].toArray().size() == 1);
    CHECK_FALSE(page[QStringLiteral("timeline")].toArray().isEmpty());

    const QJsonObject merged =
        ok(cli, QStringLiteral("companies|merge|%1|%2|--json").arg(kept).arg(absorbed))
            .json()
            .object();
    CHECK(merged[QStringLiteral("moved_contacts")].toArray().size() == 1);
    const QJsonArray after = ok(cli, QStringLiteral("companies|list|--json")).json().array();
    REQUIRE(after.size() == 2);
    CHECK(after.at(1)[QStringLiteral("contacts")].toInt() == 3);
    CHECK(after.at(1)[QStringLiteral("best_stage")].toString() == QStringLiteral("customer"));
    CHECK(after.at(1)[QStringLiteral("won_revenue")].toInteger() == 1200000);

    const auto undone = ok(cli, QStringLiteral("companies|undo-merge"));
    CHECK(undone.out.startsWith(QStringLiteral("undid merge")));
    CHECK(ok(cli, QStringLiteral("companies|list|--json")).json().array() == all);
    const auto again = cli.run({QStringLiteral("companies"), QStringLiteral("undo-merge")});
    CHECK(again.exitCode == 1);
    CHECK(cli.run({QStringLiteral("companies"), QStringLiteral("merge"), QString::number(kept),
                   QString::number(kept)})
              .exitCode == 1);
    CHECK(cli.run({QStringLiteral("companies"), QStringLiteral("list"), QStringLiteral("--sort"),
                   QStringLiteral("size")})
              .exitCode == 2);
    CHECK(cli.run({QStringLiteral("companies"), QStringLiteral("show"), QStringLiteral("999")})
              .exitCode == 1);
}
