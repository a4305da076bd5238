#include "clirunner.h"
#include "pdftext.h"
#include "qtcatch.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>

using kizuna::test::CliRunner;
using kizuna::test::PdfText;

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

// Three leads from one trade show: one on to hot and a won deal, one lost, one before the
// period.
void addHistory(const CliRunner &cli)
{
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
}

} // namespace

TEST_CASE("report funnel prints the chart, the stages, the sources and the cohorts",
          "[cli][funnel][report]")
{
    CliRunner cli;
    addHistory(cli);
    const QString pdf = cli.databasePath() + QStringLiteral(".funnel.pdf");
    const QString png = cli.databasePath() + QStringLiteral(".chart.png");

    const auto result = ok(cli, QStringLiteral("report|funnel|--from|2026-11-01|--to|2026-11-30|"
                                               "--lang|en|--pdf|%1|--png|%2")
                                    .arg(pdf, png));
    CHECK(result.out.contains(QStringLiteral("Wrote 1 page to")));
    const QImage chart(png);
    CHECK(chart.size() == QSize(2000, 900));
    // The cold bar (both leads) spans the middle of its row in the cold colour.
    CHECK(chart.pixelColor(1260, 90) == QColor(0x4A, 0x7F, 0xC1));

    const PdfText text = PdfText::read(pdf);
    CHECK(text.pageCount == 1);
    const QString all = PdfText::squeezed(text.all());
    CHECK(all.contains(QStringLiteral("Funnelsummary")));
    CHECK(all.contains(QStringLiteral("Leadsthatentered")));
    CHECK(all.contains(QStringLiteral("November1,2026")));
    CHECK(all.contains(QStringLiteral("November30,2026")));
    CHECK(all.contains(QStringLiteral("2leadsentered;1ofthemstandatlostnow.")));
    // Stage, reached, now, on to the next, median stay (3 and 8 days), lost from here.
    CHECK(all.contains(QStringLiteral("Cold2050.0%5.5days1")));
    CHECK(all.contains(QStringLiteral("Customer110.0%—0")));
    // Source, leads, customers, revenue, cost, cost per customer, ROI.
    CHECK(all.contains(QStringLiteral("産業交流展2026211,200,000JPY300,000JPY300,000JPY300.0%")));
    CHECK(all.contains(QStringLiteral("November2026")));
    CHECK(all.contains(QStringLiteral("1/1")));

    // In Japanese the period reads in Japanese dates; the October lead joins for all time.
    ok(cli, QStringLiteral("report|funnel|--pdf|%1").arg(pdf));
    const QString ja = PdfText::squeezed(PdfText::read(pdf).all());
    CHECK(ja.contains(QStringLiteral("2026年11月24日")));
    CHECK(ja.contains(QStringLiteral("ファネル集計"))); // the report's own words too
    CHECK(ja.contains(QStringLiteral("認知3")));        // all time: three leads reached cold
    CHECK_FALSE(ja.contains(QStringLiteral("Funnelsummary")));
    CHECK(ja.contains(QStringLiteral("2026年10月")));
    CHECK(ja.contains(QStringLiteral("産業交流展2026")));

    CHECK(cli.run({QStringLiteral("report"), QStringLiteral("funnel")}).exitCode != 0); // no --pdf
    CHECK(cli.run({QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--from"),
                   QStringLiteral("2026-12-01"), QStringLiteral("--to"),
                   QStringLiteral("2026-11-01"), QStringLiteral("--pdf"), pdf})
              .exitCode != 0);
}

TEST_CASE("funnel --json gives the stages, sources and cohorts of a period", "[cli][funnel]")
{
    CliRunner cli;
    addHistory(cli);

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
