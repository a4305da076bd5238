#include "clirunner.h"
#include "qtcatch.h"

#include <QJsonArray>
#include <QJsonObject>

using kizuna::test::CliRunner;

namespace {

QJsonArray allContacts(const CliRunner &cli)
{
    return cli
        .run({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--limit"),
              QStringLiteral("100000"), QStringLiteral("--json")})
        .json()
        .array();
}

// What a person sees of a card, without the storage time stamps that differ between runs.
QStringList cardsOf(const QJsonArray &contacts)
{
    QStringList cards;
    for (const QJsonValue &value : contacts) {
        const QJsonObject c = value.toObject();
        QStringList fields;
        for (const char *key : {"family_name", "given_name", "family_kana", "company", "email",
                                "phone_work", "address", "stage", "source", "card_exchanged_on"})
            fields.append(c.value(QLatin1String(key)).toString());
        cards.append(fields.join(QLatin1Char('|')));
    }
    return cards;
}

} // namespace

TEST_CASE("demo fills an empty database once", "[cli][demo]")
{
    CliRunner cli;
    const auto first = cli.run({QStringLiteral("demo")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("300")));
    CHECK(first.out.contains(cli.databasePath()));
    const QJsonArray contacts = allContacts(cli);
    CHECK(contacts.size() == 300);
    const auto sources =
        cli.run({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray sourceList = sources.json().array();
    CHECK(sourceList.size() == 8);
    int linked = 0;
    for (const QJsonValue &source : sourceList)
        linked += source.toObject().value(QStringLiteral("contacts")).toInt();
    CHECK(linked > 240);
    CHECK(linked < 300);

    // The cards are searchable at once, by reading and by romaji.
    const QJsonObject someone = contacts.at(0).toObject();
    const auto found =
        cli.run({QStringLiteral("search"), someone.value(QStringLiteral("family_name")).toString(),
                 QStringLiteral("--json")});
    REQUIRE(found.exitCode == 0);
    CHECK_FALSE(found.json().array().isEmpty());

    const auto second = cli.run({QStringLiteral("demo")});
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("not added")));
    CHECK(allContacts(cli) == contacts);
    CHECK(cli.run({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json")})
              .json()
              .array() == sourceList);
}

TEST_CASE("demo names its sources and dates its cards after --today", "[cli][demo]")
{
    CliRunner cli;
    const QStringList demoIn2024{QStringLiteral("--db"),    cli.databasePath(),
                                 QStringLiteral("--today"), QStringLiteral("2024-05-01"),
                                 QStringLiteral("demo"),    QStringLiteral("--count"),
                                 QStringLiteral("80")};
    const auto made = cli.runBare(demoIn2024);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const auto sources =
        cli.run({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(sources.out.contains(QStringLiteral("産業交流展2024")));
    CHECK_FALSE(sources.out.contains(QStringLiteral("2026")));
    const QJsonArray contacts = allContacts(cli);
    REQUIRE(contacts.size() == 80);
    for (const QJsonValue &value : contacts) {
        const QDate exchanged = QDate::fromString(
            value.toObject().value(QStringLiteral("card_exchanged_on")).toString(), Qt::ISODate);
        CAPTURE(exchanged.toString(Qt::ISODate));
        CHECK(exchanged <= QDate(2024, 5, 1));
        CHECK(exchanged > QDate(2022, 5, 1));
    }
}

TEST_CASE("demo --count and --seed choose how many and which cards", "[cli][demo]")
{
    CliRunner first;
    CliRunner same;
    CliRunner other;
    const QStringList options{QStringLiteral("demo"), QStringLiteral("--count"),
                              QStringLiteral("25"), QStringLiteral("--seed"), QStringLiteral("3")};
    REQUIRE(first.run(options).exitCode == 0);
    REQUIRE(same.run(options).exitCode == 0);
    REQUIRE(
        other
            .run({QStringLiteral("demo"), QStringLiteral("--count=25"), QStringLiteral("--seed=4")})
            .exitCode == 0);
    const QStringList cards = cardsOf(allContacts(first));
    CHECK(cards.size() == 25);
    CHECK(cardsOf(allContacts(same)) == cards);
    CHECK(cardsOf(allContacts(other)) != cards);
}

TEST_CASE("demo refuses bad options and a database that holds cards", "[cli][demo]")
{
    CliRunner cli;
    for (const QStringList &arguments :
         QList<QStringList>{{QStringLiteral("--count"), QStringLiteral("0")},
                            {QStringLiteral("--count"), QStringLiteral("-5")},
                            {QStringLiteral("--count"), QStringLiteral("many")},
                            {QStringLiteral("--count")},
                            {QStringLiteral("--seed"), QStringLiteral("x")},
                            {QStringLiteral("--size"), QStringLiteral("10")},
                            {QStringLiteral("now")}}) {
        CAPTURE(arguments.join(QLatin1Char(' ')));
        const auto refused = cli.run(QStringList{QStringLiteral("demo")} + arguments);
        CHECK(refused.exitCode == 2);
        CHECK_FALSE(refused.err.isEmpty());
    }
    CHECK(allContacts(cli).isEmpty());

    // A card in the trash is still someone's card: the demo stays out.
    const auto added =
        cli.run({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--family-name"),
                 QStringLiteral("山田"), QStringLiteral("--given-name"), QStringLiteral("太郎")});
    REQUIRE(added.exitCode == 0);
    REQUIRE(cli.run({QStringLiteral("contacts"), QStringLiteral("delete"), added.out.trimmed()})
                .exitCode == 0);
    const auto refused = cli.run({QStringLiteral("demo")});
    CHECK(refused.exitCode == 0);
    CHECK(refused.out.contains(QStringLiteral("not added")));
    CHECK(allContacts(cli).isEmpty());
    CHECK(cli.run({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json")})
              .json()
              .array()
              .isEmpty());
}
