#include "clirunner.h"
#include "qtcatch.h"

#include <QJsonArray>
#include <QJsonObject>

using kizuna::test::CliRunner;

namespace {

QStringList fullCard()
{
    return {QStringLiteral("contacts"),
            QStringLiteral("add"),
            QStringLiteral("--family-name"),
            QStringLiteral("山田"),
            QStringLiteral("--given-name"),
            QStringLiteral("太郎"),
            QStringLiteral("--family-kana"),
            QStringLiteral("ヤマダ"),
            QStringLiteral("--given-kana"),
            QStringLiteral("タロウ"),
            QStringLiteral("--company"),
            QStringLiteral("株式会社ひかり電子"),
            QStringLiteral("--department"),
            QStringLiteral("第二営業部"),
            QStringLiteral("--title"),
            QStringLiteral("課長"),
            QStringLiteral("--email"),
            QStringLiteral("Taro.Yamada@hikari.example.jp"),
            QStringLiteral("--email2"),
            QStringLiteral("taro@example.com"),
            QStringLiteral("--phone-work"),
            QStringLiteral("０３－１２３４－５６７８"),
            QStringLiteral("--phone-direct"),
            QStringLiteral("03-1234-0001"),
            QStringLiteral("--phone-mobile"),
            QStringLiteral("090-1111-2222"),
            QStringLiteral("--fax"),
            QStringLiteral("03-1234-5679"),
            QStringLiteral("--postal-code"),
            QStringLiteral("〒1010041"),
            QStringLiteral("--address"),
            QStringLiteral("東京都千代田区神田須田町1-2-3"),
            QStringLiteral("--url"),
            QStringLiteral("https://hikari.example.jp/"),
            QStringLiteral("--notes"),
            QStringLiteral("展示会で名刺交換"),
            QStringLiteral("--source"),
            QStringLiteral("産業交流展2026"),
            QStringLiteral("--tag"),
            QStringLiteral("展示会"),
            QStringLiteral("--tag"),
            QStringLiteral("決裁者"),
            QStringLiteral("--card-exchanged-on"),
            QStringLiteral("2026/11/12"),
            QStringLiteral("--stage"),
            QStringLiteral("hot")};
}

qint64 addFullCard(const CliRunner &cli)
{
    const auto added = cli.run(fullCard());
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    return added.out.trimmed().toLongLong();
}

QList<qint64> idsOf(const QJsonDocument &document)
{
    QList<qint64> ids;
    for (const QJsonValue &value : document.array())
        ids.append(value.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

} // namespace

TEST_CASE("a contact added on the command line comes back with every field", "[cli]")
{
    CliRunner cli;
    const qint64 id = addFullCard(cli);
    REQUIRE(id > 0);
    const auto shown = cli.run({QStringLiteral("contacts"), QStringLiteral("show"),
                                QString::number(id), QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    const QJsonObject c = shown.json().object();
    CHECK(c.value(QStringLiteral("id")).toInteger() == id);
    CHECK(c.value(QStringLiteral("family_name")).toString() == QStringLiteral("山田"));
    CHECK(c.value(QStringLiteral("given_name")).toString() == QStringLiteral("太郎"));
    CHECK(c.value(QStringLiteral("family_kana")).toString() == QStringLiteral("やまだ"));
    CHECK(c.value(QStringLiteral("given_kana")).toString() == QStringLiteral("たろう"));
    CHECK(c.value(QStringLiteral("company")).toString() == QStringLiteral("株式会社ひかり電子"));
    CHECK(c.value(QStringLiteral("department")).toString() == QStringLiteral("第二営業部"));
    CHECK(c.value(QStringLiteral("title")).toString() == QStringLiteral("課長"));
    CHECK(c.value(QStringLiteral("email")).toString() ==
          QStringLiteral("Taro.Yamada@hikari.example.jp"));
    CHECK(c.value(QStringLiteral("email2")).toString() == QStringLiteral("taro@example.com"));
    CHECK(c.value(QStringLiteral("phone_work")).toString() == QStringLiteral("03-1234-5678"));
    CHECK(c.value(QStringLiteral("phone_direct")).toString() == QStringLiteral("03-1234-0001"));
    CHECK(c.value(QStringLiteral("phone_mobile")).toString() == QStringLiteral("090-1111-2222"));
    CHECK(c.value(QStringLiteral("fax")).toString() == QStringLiteral("03-1234-5679"));
    CHECK(c.value(QStringLiteral("postal_code")).toString() == QStringLiteral("101-0041"));
    CHECK(c.value(QStringLiteral("address")).toString() ==
          QStringLiteral("東京都千代田区神田須田町1-2-3"));
    CHECK(c.value(QStringLiteral("url")).toString() ==
          QStringLiteral("https://hikari.example.jp/"));
    CHECK(c.value(QStringLiteral("notes")).toString() == QStringLiteral("展示会で名刺交換"));
    CHECK(c.value(QStringLiteral("stage")).toString() == QStringLiteral("hot"));
    CHECK(c.value(QStringLiteral("source")).toString() == QStringLiteral("産業交流展2026"));
    const QJsonArray tags = c.value(QStringLiteral("tags")).toArray();
    CHECK(tags.size() == 2);
    CHECK(tags.contains(QStringLiteral("展示会")));
    CHECK(c.value(QStringLiteral("card_exchanged_on")).toString() == QStringLiteral("2026-11-12"));
    CHECK(c.value(QStringLiteral("reading_guessed")).toBool() == false);
    for (const char *key : {"id",          "family_name",  "given_name",
                            "family_kana", "given_kana",   "company",
                            "department",  "title",        "email",
                            "phone_work",  "phone_direct", "phone_mobile",
                            "fax",         "postal_code",  "address",
                            "url",         "notes",        "stage",
                            "source",      "tags",         "card_exchanged_on"}) {
        CAPTURE(key);
        CHECK(c.contains(QLatin1String(key)));
    }
}

TEST_CASE("edit changes only the options given", "[cli]")
{
    CliRunner cli;
    const qint64 id = addFullCard(cli);
    const auto edited =
        cli.run({QStringLiteral("contacts"), QStringLiteral("edit"), QString::number(id),
                 QStringLiteral("--title"), QStringLiteral("部長"), QStringLiteral("--json")});
    REQUIRE(edited.exitCode == 0);
    const QJsonObject c = edited.json().object();
    CHECK(c.value(QStringLiteral("title")).toString() == QStringLiteral("部長"));
    CHECK(c.value(QStringLiteral("company")).toString() == QStringLiteral("株式会社ひかり電子"));
    CHECK(c.value(QStringLiteral("family_kana")).toString() == QStringLiteral("やまだ"));

    // A rejected edit leaves the stored card as it was.
    const auto rejected =
        cli.run({QStringLiteral("contacts"), QStringLiteral("edit"), QString::number(id),
                 QStringLiteral("--email"), QStringLiteral("yamada@@hikari")});
    CHECK(rejected.exitCode == 1);
    CHECK(rejected.err.contains(QStringLiteral("yamada@@hikari")));
    const auto shown = cli.run({QStringLiteral("contacts"), QStringLiteral("show"),
                                QString::number(id), QStringLiteral("--json")});
    CHECK(shown.json().object().value(QStringLiteral("email")).toString() ==
          QStringLiteral("Taro.Yamada@hikari.example.jp"));
    CHECK(cli.run({QStringLiteral("contacts"), QStringLiteral("edit"), QStringLiteral("999"),
                   QStringLiteral("--title"), QStringLiteral("部長")})
              .exitCode == 1);
}

TEST_CASE("list is in reading order and search finds every spelling", "[cli]")
{
    CliRunner cli;
    const qint64 yamada = addFullCard(cli);
    const auto add = [&cli](const QString &family, const QString &given, const QString &kana) {
        const auto r = cli.run(
            {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--family-name"),
             family, QStringLiteral("--given-name"), given, QStringLiteral("--family-kana"), kana});
        REQUIRE(r.exitCode == 0);
        return r.out.trimmed().toLongLong();
    };
    const qint64 watanabe =
        add(QStringLiteral("渡辺"), QStringLiteral("健"), QStringLiteral("わたなべ"));
    const qint64 abe = add(QStringLiteral("阿部"), QStringLiteral("花子"), QStringLiteral("あべ"));

    const auto listed =
        cli.run({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    CHECK(idsOf(listed.json()) == QList<qint64>{abe, yamada, watanabe});

    for (const char *text :
         {"やまだ", "ヤマダ", "ﾔﾏﾀﾞ", "yamada", "山田", "0312345678", "ひかり"}) {
        CAPTURE(text);
        const auto found =
            cli.run({QStringLiteral("search"), QString::fromUtf8(text), QStringLiteral("--json")});
        REQUIRE(found.exitCode == 0);
        CHECK(idsOf(found.json()) == QList<qint64>{yamada});
    }
}

TEST_CASE("delete, restore and erase", "[cli]")
{
    CliRunner cli;
    const qint64 id = addFullCard(cli);
    const QString idText = QString::number(id);
    const auto count = [&cli] {
        return cli
            .run({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")})
            .json()
            .array()
            .size();
    };
    REQUIRE(cli.run({QStringLiteral("contacts"), QStringLiteral("delete"), idText}).exitCode == 0);
    CHECK(count() == 0);
    REQUIRE(cli.run({QStringLiteral("contacts"), QStringLiteral("restore"), idText}).exitCode == 0);
    CHECK(count() == 1);
    // Erasing for good asks for --yes; without it nothing happens.
    const auto unconfirmed = cli.run({QStringLiteral("contacts"), QStringLiteral("erase"), idText});
    CHECK(unconfirmed.exitCode == 2);
    CHECK(unconfirmed.err.contains(QStringLiteral("add --yes to confirm")));
    // The one thing to do is not buried under the whole usage text.
    CHECK_FALSE(unconfirmed.err.contains(QStringLiteral("contacts list")));
    CHECK(count() == 1);
    REQUIRE(cli.run({QStringLiteral("contacts"), QStringLiteral("erase"), idText,
                     QStringLiteral("--yes")})
                .exitCode == 0);
    CHECK(count() == 0);
    const auto gone = cli.run({QStringLiteral("contacts"), QStringLiteral("show"), idText});
    CHECK(gone.exitCode == 1);
    CHECK_FALSE(gone.err.isEmpty());
}

TEST_CASE("bad input exits 1 with the reason, usage errors exit 2", "[cli]")
{
    CliRunner cli;
    const auto badEmail = cli.run({QStringLiteral("contacts"), QStringLiteral("add"),
                                   QStringLiteral("--family-name"), QStringLiteral("山田"),
                                   QStringLiteral("--email"), QStringLiteral("not-an-address")});
    CHECK(badEmail.exitCode == 1);
    CHECK(badEmail.err.contains(QStringLiteral("email")));
    CHECK(cli.run({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")})
              .json()
              .array()
              .isEmpty());

    CHECK(cli.run({QStringLiteral("contacts"), QStringLiteral("show"), QStringLiteral("999")})
              .exitCode == 1);
    CHECK(cli.run({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli.run({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--colour")})
              .exitCode == 2);
    CHECK(cli.runBare({QStringLiteral("--today"), QStringLiteral("yesterday"),
                       QStringLiteral("contacts"), QStringLiteral("list")})
              .exitCode == 2);
    const auto help = cli.runBare({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("contacts")));
}

TEST_CASE("a database from elsewhere is refused untouched", "[cli]")
{
    CliRunner cli;
    QFile foreign(cli.databasePath());
    REQUIRE(foreign.open(QIODevice::WriteOnly));
    foreign.write("name,email\nYamada,taro@example.jp\n");
    foreign.close();
    const auto refused = cli.run({QStringLiteral("contacts"), QStringLiteral("list")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(cli.databasePath()));
    REQUIRE(foreign.open(QIODevice::ReadOnly));
    CHECK(foreign.readAll() == QByteArray("name,email\nYamada,taro@example.jp\n"));
}

TEST_CASE("import prints its summary as JSON and can be undone", "[cli][import]")
{
    CliRunner cli;
    const QString file =
        QStringLiteral(KIZUNA_TEST_DATA_DIR) + QStringLiteral("/import/eight-cp932.csv");
    const auto dry = cli.run(
        {QStringLiteral("import"), file, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.json().object().value(QStringLiteral("created")).toInt() == 2);
    CHECK(cli.run({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")})
              .json()
              .array()
              .isEmpty());

    const auto imported = cli.run({QStringLiteral("import"), file, QStringLiteral("--json")});
    REQUIRE(imported.exitCode == 0);
    const QJsonObject summary = imported.json().object();
    for (const char *key :
         {"batch_id", "rows", "created", "merged", "skipped", "rejected", "encoding", "preset"})
        CHECK(summary.contains(QLatin1String(key)));
    CHECK(summary.value(QStringLiteral("encoding")).toString() == QStringLiteral("cp932"));
    CHECK(summary.value(QStringLiteral("preset")).toString() == QStringLiteral("eight"));
    CHECK(summary.value(QStringLiteral("rows")).toInt() == 6);
    const QString batch = QString::number(summary.value(QStringLiteral("batch_id")).toInteger());

    const auto companies =
        cli.run({QStringLiteral("companies"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(companies.json().array().size() == 2);
    const auto undo = cli.run({QStringLiteral("imports"), QStringLiteral("undo"), batch});
    CHECK(undo.exitCode == 0);
    CHECK(cli.run({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")})
              .json()
              .array()
              .isEmpty());
    CHECK(cli.run({QStringLiteral("imports"), QStringLiteral("undo"), batch}).exitCode == 1);
    CHECK(cli.run({QStringLiteral("import"), file, QStringLiteral("--on-duplicate"),
                   QStringLiteral("sometimes")})
              .exitCode == 2);
    const auto missing =
        cli.run({QStringLiteral("import"), QStringLiteral("/nonexistent/cards.csv")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("/nonexistent/cards.csv")));
}
