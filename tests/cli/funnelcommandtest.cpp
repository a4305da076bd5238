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

qint64 addLead(const CliRunner &cli, const QString &family, const QString &entered)
{
    return ok(cli, QStringLiteral("contacts|add|--family-name|%1|--source|産業交流展2026|"
                                  "--card-exchanged-on|%2")
                       .arg(family, entered))
        .out.trimmed()
        .toLongLong();
}

} // namespace

TEST_CASE("funnel --json gives the stages, sources and cohorts of a period", "[cli][funnel]")
{
    CliRunner cli;
    ok(cli, QStringLiteral("sources|add|産業交流展2026|--kind|trade_show|--cost|300000"));
    const qint64 a = addLead(cli, QStringLiteral("青木"), QStringLiteral("2026-11-12"));
    const qint64 b = addLead(cli, QStringLiteral("井上"), QStringLiteral("2026-11-12"));
    addLead(cli, QStringLiteral("上田"), QStringLiteral("2026-10-01"));
    ok(cli, QStringLiteral("stage|set|%1|hot|--on|2026-11-15").arg(a));
    ok(cli, QStringLiteral("stage|set|%1|lost|--on|2026-11-20").arg(b));
    const qint64 deal = ok(cli, QStringLiteral("deals|add|%1|--title|検査装置|--amount|1200000|"
                                               "--json")
                                    .arg(a))
                            .json()
                            .object()
                            .value(QStringLiteral("id"))
                            .toInteger();
    ok(cli, QStringLiteral("deals|win|%1").arg(deal));

    const QJsonObject funnel =
        ok(cli, QStringLiteral("funnel|--from|2026-11-01|--to|2026-11-30|--json")).json().object();
    CHECK(funnel.value(QStringLiteral("leads")).toInteger() == 2);
    CHECK(funnel.value(QStringLiteral("lost_now")).toInteger() == 1);
    const QJsonArray stages = funnel.value(QStringLiteral("stages")).toArray();
    REQUIRE(stages.size() == 5);
    const QJsonObject cold = stages.at(0).toObject();
    CHECK(cold.value(QStringLiteral("stage")).toString() == QStringLiteral("cold"));
    CHECK(cold.value(QStringLiteral("reached")).toInteger() == 2);
    CHECK(cold.value(QStringLiteral("current")).toInteger() == 0);
    CHECK(cold.value(QStringLiteral("conversion_to_next")).toDouble() == Approx(0.5));
    CHECK(cold.value(QStringLiteral("median_days")).toDouble() == Approx(5.5)); // 3 and 8
    CHECK(cold.value(QStringLiteral("lost")).toInteger() == 1);
    const QJsonObject warm = stages.at(1).toObject();
    CHECK(warm.value(QStringLiteral("reached")).toInteger() == 1); // hot passed warm
    CHECK(warm.value(QStringLiteral("median_days")).isNull());
    const QJsonObject customer = stages.at(3).toObject();
    CHECK(customer.value(QStringLiteral("reached")).toInteger() == 1);
    CHECK(customer.value(QStringLiteral("current")).toInteger() == 1);
    CHECK(stages.at(4).toObject().value(QStringLiteral("conversion_to_next")).isNull());

    const QJsonArray sources = funnel.value(QStringLiteral("sources")).toArray();
    REQUIRE(sources.size() == 1);
    const QJsonObject show = sources.at(0).toObject();
    CHECK(show.value(QStringLiteral("name")).toString() == QStringLiteral("産業交流展2026"));
    CHECK(show.value(QStringLiteral("leads")).toInteger() == 2);
    CHECK(show.value(QStringLiteral("customers")).toInteger() == 1);
    CHECK(show.value(QStringLiteral("revenue")).toInteger() == 1200000);
    CHECK(show.value(QStringLiteral("roi")).toDouble() == Approx(3.0));
    const QJsonArray cohorts = funnel.value(QStringLiteral("cohorts")).toArray();
    REQUIRE(cohorts.size() == 1);
    CHECK(cohorts.at(0).toObject().value(QStringLiteral("month")).toString() ==
          QStringLiteral("2026-11"));

    // All time, to today (2026-11-24): the October lead counts too.
    CHECK(ok(cli, QStringLiteral("funnel|--json"))
              .json()
              .object()
              .value(QStringLiteral("leads"))
              .toInteger() == 3);
    CHECK(ok(cli, QStringLiteral("funnel|--source|産業交流展2026"))
              .out.contains(QStringLiteral("産業交流展2026")));
    CHECK(cli.run({QStringLiteral("funnel"), QStringLiteral("--from"), QStringLiteral("2026-12-01"),
                   QStringLiteral("--to"), QStringLiteral("2026-11-01")})
              .exitCode == 2);
    CHECK(cli.run({QStringLiteral("funnel"), QStringLiteral("--from"), QStringLiteral("someday")})
              .exitCode == 2);
}
