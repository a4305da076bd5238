#include "nurturecommands.h"

#include "clicontext.h"
#include "commandline.h"
#include "contactoptions.h"
#include "contacts/contactservice.h"
#include "nurture/activityservice.h"
#include "nurture/dealservice.h"
#include "nurture/nurturesettings.h"
#include "nurture/scorekeeper.h"
#include "nurture/stageservice.h"
#include "nurturejson.h"
#include "nurtureoptions.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace kizuna::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NurtureCommands", text);
}

const QString kJson = QStringLiteral("json");

qint64 amountOf(const CommandLine &line)
{
    bool ok = false;
    // Amounts are whole yen; "1,200,000" as people write it is accepted.
    const QString text = line.value(QStringLiteral("amount")).remove(QLatin1Char(','));
    const qint64 amount = text.toLongLong(&ok);
    if (!ok || amount < 0)
        throw UsageError{tr("--amount must be a whole number of at least 0")};
    return amount;
}

} // namespace

int runStage(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const CommandLine line(arguments.mid(1), {QStringLiteral("note"), QStringLiteral("on")},
                           {kJson});
    StageService stages(context.database(), context.today());
    if (sub == QStringLiteral("set")) {
        const QStringList words = line.positionals();
        if (words.size() < 2)
            throw UsageError{tr("stage set needs one or more contact ids and a stage")};
        const Stage stage = parseStage(words.last());
        QList<qint64> ids;
        for (int i = 0; i < words.size() - 1; ++i)
            ids.append(line.id(i, tr("contact id")));
        const QDate on =
            line.isSet(QStringLiteral("on"))
                ? parseDateOption(QStringLiteral("on"), line.value(QStringLiteral("on")))
                : QDate();
        const int moved = stages.set(ids, stage, line.value(QStringLiteral("note")), on);
        if (line.isSet(kJson))
            context.printJson(QJsonObject{{QStringLiteral("changed"), moved}});
        else
            context.out() << moved << '\n';
    } else if (sub == QStringLiteral("history")) {
        line.expectPositionals(1);
        const qint64 id = line.id(0, tr("contact id"));
        context.contacts().get(id);
        QJsonArray array;
        for (const StageChange &c : stages.history(id))
            array.append(stageChangeToJson(c));
        if (line.isSet(kJson)) {
            context.printJson(array);
        } else {
            for (const StageChange &c : stages.history(id))
                context.out() << c.changedOn.toString(Qt::ISODate) << '\t'
                              << (c.from ? stageKey(*c.from) : QStringLiteral("-")) << " → "
                              << stageKey(c.to) << '\t' << c.note << '\n';
        }
    } else {
        throw UsageError{tr("stage: expected set or history")};
    }
    context.out().flush();
    return 0;
}

int runActivities(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const CommandLine line(arguments.mid(1),
                           {QStringLiteral("channel"), QStringLiteral("direction"),
                            QStringLiteral("summary"), QStringLiteral("outcome"),
                            QStringLiteral("at"), QStringLiteral("contact"),
                            QStringLiteral("limit")},
                           {kJson});
    ActivityService activities(context.database(), context.today());
    if (sub == QStringLiteral("add")) {
        line.expectPositionals(1);
        Activity a;
        a.contactId = line.id(0, tr("contact id"));
        a.channel = parseChannel(line.value(QStringLiteral("channel"), QStringLiteral("phone")));
        a.direction =
            parseDirection(line.value(QStringLiteral("direction"), QStringLiteral("outbound")));
        a.summary = line.value(QStringLiteral("summary"));
        a.outcome = parseOutcome(line.value(QStringLiteral("outcome"), QStringLiteral("none")));
        if (line.isSet(QStringLiteral("at"))) {
            const QString at = line.value(QStringLiteral("at"));
            a.occurredAt = QDateTime::fromString(at, Qt::ISODate);
            if (!a.occurredAt.isValid())
                a.occurredAt = QDateTime(parseDateOption(QStringLiteral("at"), at), QTime(9, 0));
        }
        const qint64 id = activities.log(a);
        if (line.isSet(kJson)) {
            for (const Activity &stored : activities.list(a.contactId)) {
                if (stored.id == id)
                    context.printJson(activityToJson(stored));
            }
        } else {
            context.out() << id << '\n';
        }
    } else if (sub == QStringLiteral("list")) {
        line.expectPositionals(0);
        const int limit =
            line.isSet(QStringLiteral("limit"))
                ? parseCount(QStringLiteral("limit"), line.value(QStringLiteral("limit")))
                : 1000;
        const QList<Activity> list = activities.list(contactOption(line), limit);
        if (line.isSet(kJson)) {
            QJsonArray array;
            for (const Activity &a : list)
                array.append(activityToJson(a));
            context.printJson(array);
        } else {
            for (const Activity &a : list)
                context.out() << a.id << '\t' << a.contactId << '\t'
                              << a.occurredAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
                              << channelKey(a.channel) << '\t' << directionKey(a.direction) << '\t'
                              << outcomeKey(a.outcome) << '\t' << a.summary << '\n';
        }
    } else {
        throw UsageError{tr("activities: expected add or list")};
    }
    context.out().flush();
    return 0;
}

int runScore(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const CommandLine line(arguments.mid(1), {}, {kJson});
    if (sub == QStringLiteral("show")) {
        line.expectPositionals(1);
        const qint64 id = line.id(0, tr("contact id"));
        context.refreshScores();
        const ScoreExplanation score = ScoreKeeper(context.database()).explain(id, context.today());
        if (line.isSet(kJson)) {
            context.printJson(scoreToJson(id, score));
        } else {
            context.out() << score.score << '\n';
            for (const auto &p : score.points)
                context.out() << (p.points > 0 ? "+" : "") << p.points << '\t' << p.reason << '\n';
        }
    } else if (sub == QStringLiteral("recompute")) {
        line.expectPositionals(0);
        Transaction transaction(context.database());
        const qint64 changed = ScoreKeeper(context.database()).recomputeAll(context.today());
        transaction.commit();
        if (line.isSet(kJson))
            context.printJson(QJsonObject{{QStringLiteral("changed"), changed}});
        else
            context.out() << changed << '\n';
    } else {
        throw UsageError{tr("score: expected show or recompute")};
    }
    context.out().flush();
    return 0;
}

int runDeals(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const CommandLine line(arguments.mid(1),
                           {QStringLiteral("title"), QStringLiteral("amount"),
                            QStringLiteral("currency"), QStringLiteral("expected-close"),
                            QStringLiteral("contact")},
                           {kJson, QStringLiteral("keep-stage")});
    DealService deals(context.database(), context.today());
    const bool json = line.isSet(kJson);
    if (sub == QStringLiteral("add")) {
        line.expectPositionals(1);
        if (!line.isSet(QStringLiteral("title")) || !line.isSet(QStringLiteral("amount")))
            throw UsageError{tr("deals add needs --title and --amount")};
        Deal d;
        d.contactId = line.id(0, tr("contact id"));
        d.title = line.value(QStringLiteral("title"));
        d.amount = amountOf(line);
        d.currency = line.value(QStringLiteral("currency"), QStringLiteral("JPY")).toUpper();
        if (line.isSet(QStringLiteral("expected-close")))
            d.expectedCloseOn = parseDateOption(QStringLiteral("expected-close"),
                                                line.value(QStringLiteral("expected-close")));
        const qint64 id = deals.add(d);
        if (json)
            context.printJson(dealToJson(deals.get(id)));
        else
            context.out() << id << '\n';
    } else if (sub == QStringLiteral("win")) {
        line.expectPositionals(1);
        const qint64 id = line.id(0, tr("deal id"));
        const auto stage = deals.win(id, line.isSet(QStringLiteral("keep-stage")));
        if (json) {
            QJsonObject object = dealToJson(deals.get(id));
            object.insert(QStringLiteral("contact_stage"),
                          stage ? QJsonValue(stageKey(*stage)) : QJsonValue());
            context.printJson(object);
        } else if (stage) {
            context.out() << tr("contact is now %1").arg(stageKey(*stage)) << '\n';
        }
    } else if (sub == QStringLiteral("lose")) {
        line.expectPositionals(1);
        const qint64 id = line.id(0, tr("deal id"));
        deals.lose(id);
        if (json)
            context.printJson(dealToJson(deals.get(id)));
    } else if (sub == QStringLiteral("list")) {
        line.expectPositionals(0);
        const QList<Deal> list = deals.list(contactOption(line));
        if (json) {
            QJsonArray array;
            for (const Deal &d : list)
                array.append(dealToJson(d));
            context.printJson(array);
        } else {
            for (const Deal &d : list)
                context.out() << d.id << '\t' << d.contactId << '\t' << dealStatusKey(d.status)
                              << '\t' << d.amount << ' ' << d.currency << '\t' << d.title << '\n';
        }
    } else {
        throw UsageError{tr("deals: expected add, win, lose or list")};
    }
    context.out().flush();
    return 0;
}

int runSettings(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const CommandLine line(arguments.mid(1), {}, {kJson});
    SettingsRepository repository(context.database());
    if (sub == QStringLiteral("list")) {
        line.expectPositionals(0);
        const QMap<QString, QString> values = NurtureSettings::load(repository).toMap();
        if (line.isSet(kJson)) {
            QJsonObject object;
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                object.insert(it.key(), it.value());
            context.printJson(object);
        } else {
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                context.out() << it.key() << " = " << it.value() << '\n';
        }
    } else if (sub == QStringLiteral("set")) {
        line.expectPositionals(2);
        Transaction transaction(context.database());
        NurtureSettings::store(repository, line.positional(0, tr("setting")),
                               line.positional(1, tr("value")));
        // New weights change every score: apply them now, not tomorrow.
        if (line.positional(0, tr("setting")).startsWith(QLatin1String("score.")))
            ScoreKeeper(context.database()).recomputeAll(context.today());
        transaction.commit();
    } else {
        throw UsageError{tr("settings: expected list or set")};
    }
    context.out().flush();
    return 0;
}

} // namespace kizuna::cli
