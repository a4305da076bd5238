#include "clirunner.h"
#include "qtcatch.h"

#include <QJsonArray>
#include <QJsonObject>

using kizuna::test::CliRunner;

namespace {

// "a|b c|d" → {"a", "b c", "d"}: arguments with spaces stay readable in the tests.
QStringList args(const QString &line)
{
    return line.split(QLatin1Char('|'));
}

CliRunner::Result ok(const CliRunner &cli, const QString &line)
{
    return kizuna::test::runOk(cli, line);
}

qint64 addContact(const CliRunner &cli, const QString &family, const QString &extra = {})
{
    QString line = QStringLiteral("contacts|add|--family-name|%1|--given-name|太郎").arg(family);
    if (!extra.isEmpty())
        line += QLatin1Char('|') + extra;
    return ok(cli, line).out.trimmed().toLongLong();
}

QList<qint64> ids(const QJsonArray &array, const QString &key = QStringLiteral("id"))
{
    QList<qint64> list;
    for (const QJsonValue &v : array)
        list.append(v.toObject().value(key).toInteger());
    return list;
}

} // namespace

TEST_CASE("stage set records history that contacts show prints with the follow-up and touch",
          "[cli][nurture]")
{
    CliRunner cli;
    const qint64 id = addContact(cli, QStringLiteral("山田"),
                                 QStringLiteral("--company|株式会社ひかり電子|--title|部長|"
                                                "--email|taro@hikari.example.jp"));
    const qint64 other = addContact(cli, QStringLiteral("佐藤"));
    CHECK(ok(cli, QStringLiteral("stage|set|%1|%2|warm|--note|資料請求").arg(id).arg(other))
              .out.trimmed() == QStringLiteral("2"));
    ok(cli, QStringLiteral("activities|add|%1|--channel|email|--direction|in|--summary|見積依頼|"
                           "--at|2026-11-24T10:15")
                .arg(id));

    const QJsonObject shown =
        ok(cli, QStringLiteral("contacts|show|%1|--json").arg(id)).json().object();
    const QJsonArray history = shown.value(QStringLiteral("stage_history")).toArray();
    REQUIRE(history.size() == 2);
    CHECK(history.at(0)[QStringLiteral("from")].isNull());
    CHECK(history.at(0)[QStringLiteral("to")].toString() == QStringLiteral("cold"));
    CHECK(history.at(1)[QStringLiteral("from")].toString() == QStringLiteral("cold"));
    CHECK(history.at(1)[QStringLiteral("to")].toString() == QStringLiteral("warm"));
    CHECK(history.at(1)[QStringLiteral("changed_on")].toString() == QStringLiteral("2026-11-24"));
    CHECK(history.at(1)[QStringLiteral("note")].toString() == QStringLiteral("資料請求"));
    // Moving to warm scheduled the cadence follow-up; the inbound mail re-timed it.
    const QJsonObject next = shown.value(QStringLiteral("next_follow_up")).toObject();
    CHECK(next[QStringLiteral("due_on")].toString() == QStringLiteral("2026-12-24"));
    CHECK(next[QStringLiteral("cadence")].toBool());
    const QJsonObject last = shown.value(QStringLiteral("last_touch")).toObject();
    CHECK(last[QStringLiteral("occurred_at")].toString() == QStringLiteral("2026-11-24T10:15:00"));
    CHECK(last[QStringLiteral("summary")].toString() == QStringLiteral("見積依頼"));
    // 15 title + 5 company + 5 e-mail + 10 inbound + 1 touch + 10 warm.
    CHECK(shown.value(QStringLiteral("score")).toInt() == 46);

    const QJsonObject score =
        ok(cli, QStringLiteral("score|show|%1|--json").arg(id)).json().object();
    CHECK(score.value(QStringLiteral("score")).toInt() == 46);
    const QJsonArray explanation = score.value(QStringLiteral("explanation")).toArray();
    REQUIRE(explanation.size() == 6);
    CHECK(explanation.at(0)[QStringLiteral("points")].toInt() == 15);
    CHECK(explanation.at(0)[QStringLiteral("reason")].toString() ==
          QStringLiteral("senior manager by title (部長)"));
    CHECK(explanation.at(5)[QStringLiteral("reason")].toString() == QStringLiteral("stage: warm"));

    CHECK(cli.run(args(QStringLiteral("stage|set|%1|tepid").arg(id))).exitCode == 2);
    CHECK(cli.run(args(QStringLiteral("stage|set|999|hot"))).exitCode == 1);
}

TEST_CASE("follow-ups are added, done with the cadence's next, snoozed, skipped and listed",
          "[cli][nurture]")
{
    CliRunner cli;
    const qint64 id = addContact(cli, QStringLiteral("山田"), QStringLiteral("--stage|hot"));
    const QJsonObject added =
        ok(cli, QStringLiteral("followups|add|%1|--due|2026-11-24|--channel|visit|--purpose|"
                               "デモ機の説明|--json")
                    .arg(id))
            .json()
            .object();
    CHECK(added.value(QStringLiteral("due_on")).toString() == QStringLiteral("2026-11-24"));
    CHECK(added.value(QStringLiteral("channel")).toString() == QStringLiteral("visit"));
    CHECK(added.value(QStringLiteral("status")).toString() == QStringLiteral("open"));
    const qint64 f = added.value(QStringLiteral("id")).toInteger();

    const QJsonObject done = ok(cli, QStringLiteral("followups|done|%1|--summary|好感触|"
                                                    "--outcome|interested|--json")
                                         .arg(f))
                                 .json()
                                 .object();
    // Hot: every 7 days from today's visit.
    const QJsonObject next = done.value(QStringLiteral("next_follow_up")).toObject();
    CHECK(next.value(QStringLiteral("due_on")).toString() == QStringLiteral("2026-12-01"));
    const qint64 nextId = next.value(QStringLiteral("id")).toInteger();

    const QJsonArray touches =
        ok(cli, QStringLiteral("activities|list|--contact|%1|--json").arg(id)).json().array();
    REQUIRE(touches.size() == 1);
    CHECK(touches.at(0)[QStringLiteral("channel")].toString() == QStringLiteral("visit"));
    CHECK(touches.at(0)[QStringLiteral("direction")].toString() == QStringLiteral("outbound"));
    CHECK(touches.at(0)[QStringLiteral("summary")].toString() == QStringLiteral("好感触"));
    CHECK(touches.at(0)[QStringLiteral("outcome")].toString() == QStringLiteral("interested"));

    CHECK(ok(cli, QStringLiteral("followups|snooze|%1|--days|3").arg(nextId)).out.trimmed() ==
          QStringLiteral("2026-12-04"));
    const QJsonObject skipped =
        ok(cli, QStringLiteral("followups|skip|%1|--no-next|--json").arg(nextId)).json().object();
    CHECK(skipped.value(QStringLiteral("next_follow_up")).isNull());

    const QJsonArray open =
        ok(cli, QStringLiteral("followups|list|--status|open|--json")).json().array();
    CHECK(open.isEmpty());
    const QJsonArray all =
        ok(cli, QStringLiteral("followups|list|--contact|%1|--json").arg(id)).json().array();
    REQUIRE(all.size() == 2);
    CHECK(all.at(0)[QStringLiteral("status")].toString() == QStringLiteral("done"));
    CHECK(all.at(1)[QStringLiteral("status")].toString() == QStringLiteral("skipped"));
    for (const char *key : {"id", "contact_id", "due_on", "channel", "purpose", "status"})
        CHECK(all.at(0).toObject().contains(QLatin1String(key)));

    CHECK(cli.run(args(QStringLiteral("followups|done|%1").arg(f))).exitCode == 1);
    CHECK(cli.run(args(QStringLiteral("followups|add|%1|--due|someday").arg(id))).exitCode == 2);
    CHECK(cli.run(args(QStringLiteral("followups|add|%1|--due|2026-12-01|--channel|fax").arg(id)))
              .exitCode == 2);
}

TEST_CASE("the agenda lists today, overdue, the week, a range, dropped leads and reviews",
          "[cli][nurture]")
{
    CliRunner cli;
    const qint64 a = addContact(cli, QStringLiteral("青木"));
    const qint64 b = addContact(cli, QStringLiteral("井上"), QStringLiteral("--stage|warm"));
    const qint64 c = addContact(cli, QStringLiteral("上田"));
    ok(cli, QStringLiteral("followups|add|%1|--due|2026-11-20|--purpose|遅れ").arg(a));
    ok(cli, QStringLiteral("followups|add|%1|--due|2026-11-24|--purpose|今日").arg(b));
    ok(cli, QStringLiteral("followups|add|%1|--due|2026-11-27|--purpose|今週").arg(a));
    ok(cli, QStringLiteral("followups|add|%1|--due|2026-12-15|--purpose|来月").arg(b));

    const auto contactIds = [&](const QString &which) {
        return ids(ok(cli, QStringLiteral("agenda|%1|--json").arg(which)).json().array(),
                   QStringLiteral("contact_id"));
    };
    CHECK(contactIds(QStringLiteral("overdue")) == QList<qint64>{a});
    CHECK(contactIds(QStringLiteral("today")) == QList<qint64>{b});
    CHECK(contactIds(QStringLiteral("week")) == QList<qint64>{b, a});
    CHECK(ids(ok(cli, QStringLiteral("agenda|range|--from|2026-12-01|--to|2026-12-31|--json"))
                  .json()
                  .array(),
              QStringLiteral("contact_id")) == QList<qint64>{b});
    const QJsonObject item =
        ok(cli, QStringLiteral("agenda|today|--json")).json().array().at(0).toObject();
    CHECK(item.value(QStringLiteral("name")).toString() == QStringLiteral("井上 太郎"));
    CHECK(item.value(QStringLiteral("purpose")).toString() == QStringLiteral("今日"));
    CHECK(item.value(QStringLiteral("stage")).toString() == QStringLiteral("warm"));

    CHECK(ids(ok(cli, QStringLiteral("agenda|dropped|--json")).json().array()) == QList<qint64>{c});
    CHECK(ok(cli, QStringLiteral("followups|plan")).out.trimmed() == QStringLiteral("1"));
    CHECK(ok(cli, QStringLiteral("agenda|dropped|--json")).json().array().isEmpty());

    // A year and a month on, everyone's details are due for a check.
    CHECK(
        ids(cli.run(args(QStringLiteral("--today|2027-12-30|agenda|review|--json"))).json().array())
            .size() == 3);
    // The next day a mail to 上田 bounces; the day after, the new address is confirmed.
    ok(cli, QStringLiteral("--today|2026-11-25|activities|add|%1|--channel|email|--outcome|bounced")
                .arg(c));
    CHECK(ids(ok(cli, QStringLiteral("--today|2026-11-25|agenda|review|--json")).json().array()) ==
          QList<qint64>{c});
    ok(cli, QStringLiteral("--today|2026-11-26|contacts|confirm|%1").arg(c));
    CHECK(ok(cli, QStringLiteral("--today|2026-11-26|agenda|review|--json"))
              .json()
              .array()
              .isEmpty());

    CHECK(
        cli.run(args(QStringLiteral("agenda|range|--from|2026-12-31|--to|2026-12-01"))).exitCode ==
        2);
    CHECK(cli.run(args(QStringLiteral("agenda|someday"))).exitCode == 2);
}

TEST_CASE("deals move the stage, and sources stats show ROI, an erased contact leaves nothing",
          "[cli][nurture]")
{
    CliRunner cli;
    ok(cli, QStringLiteral("sources|add|産業交流展2026|--kind|trade_show|--cost|300000"));
    const qint64 a =
        addContact(cli, QStringLiteral("青木"), QStringLiteral("--source|産業交流展2026"));
    const qint64 b =
        addContact(cli, QStringLiteral("井上"), QStringLiteral("--source|産業交流展2026"));
    const QJsonObject deal =
        ok(cli, QStringLiteral("deals|add|%1|--title|検査装置|--amount|1,200,000|--json").arg(a))
            .json()
            .object();
    CHECK(deal.value(QStringLiteral("amount")).toInteger() == 1200000);
    CHECK(deal.value(QStringLiteral("currency")).toString() == QStringLiteral("JPY"));
    const qint64 dealId = deal.value(QStringLiteral("id")).toInteger();
    const QJsonObject won =
        ok(cli, QStringLiteral("deals|win|%1|--json").arg(dealId)).json().object();
    CHECK(won.value(QStringLiteral("status")).toString() == QStringLiteral("won"));
    CHECK(won.value(QStringLiteral("closed_on")).toString() == QStringLiteral("2026-11-24"));
    CHECK(won.value(QStringLiteral("contact_stage")).toString() == QStringLiteral("customer"));
    const qint64 second =
        ok(cli, QStringLiteral("deals|add|%1|--title|保守|--amount|300000|--json").arg(a))
            .json()
            .object()
            .value(QStringLiteral("id"))
            .toInteger();
    CHECK(ok(cli, QStringLiteral("deals|win|%1|--json").arg(second))
              .json()
              .object()
              .value(QStringLiteral("contact_stage"))
              .toString() == QStringLiteral("loyal"));
    const qint64 third =
        ok(cli, QStringLiteral("deals|add|%1|--title|試作|--amount|50000|--json").arg(b))
            .json()
            .object()
            .value(QStringLiteral("id"))
            .toInteger();
    ok(cli, QStringLiteral("deals|lose|%1").arg(third));

    const QJsonArray stats = ok(cli, QStringLiteral("sources|stats|--json")).json().array();
    REQUIRE(stats.size() == 1);
    const QJsonObject s = stats.at(0).toObject();
    CHECK(s.value(QStringLiteral("name")).toString() == QStringLiteral("産業交流展2026"));
    CHECK(s.value(QStringLiteral("leads")).toInt() == 2);
    CHECK(s.value(QStringLiteral("customers")).toInt() == 1);
    CHECK(s.value(QStringLiteral("revenue")).toInteger() == 1500000);
    CHECK(s.value(QStringLiteral("cost")).toInteger() == 300000);
    CHECK(s.value(QStringLiteral("cost_per_customer")).toDouble() == Approx(300000.0));
    CHECK(s.value(QStringLiteral("roi")).toDouble() == Approx(4.0)); // (1.5M − 0.3M) / 0.3M

    ok(cli, QStringLiteral("followups|add|%1|--due|2026-12-01").arg(a));
    ok(cli, QStringLiteral("activities|add|%1|--summary|電話").arg(a));
    ok(cli, QStringLiteral("contacts|erase|%1|--yes").arg(a));
    for (const QString &list : {QStringLiteral("followups|list|--contact|%1|--json"),
                                QStringLiteral("activities|list|--contact|%1|--json"),
                                QStringLiteral("deals|list|--contact|%1|--json")}) {
        CAPTURE(list);
        CHECK(ok(cli, list.arg(a)).json().array().isEmpty());
    }
    CHECK(ids(ok(cli, QStringLiteral("deals|list|--json")).json().array()) == QList<qint64>{third});
    CHECK(ok(cli, QStringLiteral("followups|list|--json")).json().array().isEmpty());
}

TEST_CASE("settings change the cadence and are checked", "[cli][nurture]")
{
    CliRunner cli;
    const QJsonObject defaults = ok(cli, QStringLiteral("settings|list|--json")).json().object();
    CHECK(defaults.value(QStringLiteral("cadence.warm")).toString() == QStringLiteral("30"));
    CHECK(defaults.value(QStringLiteral("schedule.skip_weekends")).toString() ==
          QStringLiteral("true"));
    ok(cli, QStringLiteral("settings|set|cadence.warm|14"));
    const qint64 id = addContact(cli, QStringLiteral("山田"));
    ok(cli, QStringLiteral("stage|set|%1|warm").arg(id));
    const QJsonArray open =
        ok(cli, QStringLiteral("followups|list|--contact|%1|--json").arg(id)).json().array();
    REQUIRE(open.size() == 1);
    CHECK(open.at(0)[QStringLiteral("due_on")].toString() == QStringLiteral("2026-12-08"));

    const auto bad = cli.run(args(QStringLiteral("settings|set|cadence.warm|often")));
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("cadence.warm")));
    CHECK(cli.run(args(QStringLiteral("settings|set|colour|red"))).exitCode == 1);
}

TEST_CASE("followups add with several contact ids schedules one each, or none", "[cli][nurture]")
{
    CliRunner cli;
    const qint64 a = addContact(cli, QStringLiteral("山田"));
    const qint64 b = addContact(cli, QStringLiteral("佐藤"));
    const QJsonArray made =
        ok(cli, QStringLiteral("followups|add|%1|%2|--due|2026-12-01|--channel|email|--purpose|"
                               "展示会のお礼|--json")
                    .arg(a)
                    .arg(b))
            .json()
            .array();
    REQUIRE(made.size() == 2);
    CHECK(ids(made, QStringLiteral("contact_id")) == QList<qint64>{a, b});
    for (const QJsonValue &f : made) {
        CHECK(f.toObject().value(QStringLiteral("due_on")).toString() ==
              QStringLiteral("2026-12-01"));
        CHECK(f.toObject().value(QStringLiteral("channel")).toString() == QStringLiteral("email"));
    }

    // An unknown contact among them: nobody gets one.
    CHECK(
        cli.run(args(QStringLiteral("followups|add|%1|999999|--due|2026-12-02").arg(a))).exitCode ==
        1);
    const QJsonArray open =
        ok(cli, QStringLiteral("followups|list|--contact|%1|--status|open|--json").arg(a))
            .json()
            .array();
    CHECK(open.size() == 1);
}
