#include "followupcommands.h"

#include "clicontext.h"
#include "commandline.h"
#include "contactcommands.h"
#include "contactoptions.h"
#include "domain/personname.h"
#include "nurture/agenda.h"
#include "nurture/followupservice.h"
#include "nurturejson.h"
#include "nurtureoptions.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace kizuna::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FollowUpCommands", text);
}

const QString kJson = QStringLiteral("json");

void printFollowUps(CliContext &context, const QList<FollowUp> &list, bool json)
{
    if (json) {
        QJsonArray array;
        for (const FollowUp &f : list)
            array.append(followUpToJson(f));
        context.printJson(array);
        return;
    }
    for (const FollowUp &f : list)
        context.out() << f.id << '\t' << f.contactId << '\t' << f.dueOn.toString(Qt::ISODate)
                      << '\t' << channelKey(f.channel) << '\t' << followUpStatusKey(f.status)
                      << '\t' << f.purpose << '\n';
    context.out().flush();
}

FollowUpService::Next nextFrom(const CommandLine &line)
{
    const bool date = line.isSet(QStringLiteral("next"));
    const bool none = line.isSet(QStringLiteral("no-next"));
    if (date && none)
        throw UsageError{tr("give --next DATE or --no-next, not both")};
    if (date)
        return {FollowUpService::Next::Mode::On,
                parseDateOption(QStringLiteral("next"), line.value(QStringLiteral("next")))};
    if (none)
        return {FollowUpService::Next::Mode::None, {}};
    return {};
}

void printCompletion(CliContext &context, const FollowUpService::Completion &done, bool json)
{
    if (json) {
        context.printJson(QJsonObject{
            {QStringLiteral("activity_id"),
             done.activityId ? QJsonValue(done.activityId) : QJsonValue()},
            {QStringLiteral("next_follow_up"),
             done.nextId
                 ? QJsonValue(followUpToJson(
                       FollowUpService(context.database(), context.today()).get(done.nextId)))
                 : QJsonValue()}});
        return;
    }
    if (done.nextId)
        context.out() << tr("next follow-up %1 on %2")
                             .arg(done.nextId)
                             .arg(done.nextDue.toString(Qt::ISODate))
                      << '\n';
    else
        context.out() << tr("no further follow-up") << '\n';
    context.out().flush();
}

FollowUp followUpFrom(const CommandLine &line, qint64 contactId)
{
    if (!line.isSet(QStringLiteral("due")))
        throw UsageError{tr("a follow-up needs --due DATE")};
    FollowUp f;
    f.contactId = contactId;
    f.dueOn = parseDateOption(QStringLiteral("due"), line.value(QStringLiteral("due")));
    if (line.isSet(QStringLiteral("time")))
        f.dueAt = parseTimeOption(QStringLiteral("time"), line.value(QStringLiteral("time")));
    f.channel = parseChannel(line.value(QStringLiteral("channel"), QStringLiteral("phone")));
    f.purpose = line.value(QStringLiteral("purpose"));
    f.assignedTo = line.value(QStringLiteral("assign"));
    return f;
}

const QStringList kFollowUpOptions{
    QStringLiteral("due"),     QStringLiteral("time"),   QStringLiteral("channel"),
    QStringLiteral("purpose"), QStringLiteral("assign"), QStringLiteral("summary"),
    QStringLiteral("outcome"), QStringLiteral("next"),   QStringLiteral("days"),
    QStringLiteral("contact"), QStringLiteral("status"), QStringLiteral("limit"),
    QStringLiteral("stage"),   QStringLiteral("tag"),    QStringLiteral("source"),
    QStringLiteral("search")};

} // namespace

int runFollowUps(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const CommandLine line(arguments.mid(1), kFollowUpOptions, {kJson, QStringLiteral("no-next")});
    FollowUpService service(context.database(), context.today());
    const bool json = line.isSet(kJson);
    if (sub == QStringLiteral("add")) {
        const qsizetype count = line.positionals().size();
        if (count == 0)
            throw UsageError{tr("followups add needs one or more contact ids")};
        if (count == 1) {
            const qint64 id = service.add(followUpFrom(line, line.id(0, tr("contact id"))));
            if (json)
                context.printJson(followUpToJson(service.get(id)));
            else
                context.out() << id << '\n';
        } else {
            // Several contacts: one follow-up each, all in one transaction or none.
            QList<qint64> contactIds;
            for (int i = 0; i < count; ++i)
                contactIds.append(line.id(i, tr("contact id")));
            const QList<qint64> made = service.addForContacts(contactIds, followUpFrom(line, 0));
            QJsonArray array;
            for (qint64 id : made) {
                if (json)
                    array.append(followUpToJson(service.get(id)));
                else
                    context.out() << id << '\n';
            }
            if (json)
                context.printJson(array);
        }
    } else if (sub == QStringLiteral("done")) {
        line.expectPositionals(1);
        const Outcome outcome =
            parseOutcome(line.value(QStringLiteral("outcome"), QStringLiteral("none")));
        printCompletion(context,
                        service.complete(line.id(0, tr("follow-up id")),
                                         line.value(QStringLiteral("summary")), outcome,
                                         nextFrom(line)),
                        json);
    } else if (sub == QStringLiteral("skip")) {
        line.expectPositionals(1);
        printCompletion(context, service.skip(line.id(0, tr("follow-up id")), nextFrom(line)),
                        json);
    } else if (sub == QStringLiteral("snooze")) {
        line.expectPositionals(1);
        const int days =
            line.isSet(QStringLiteral("days"))
                ? parseCount(QStringLiteral("days"), line.value(QStringLiteral("days")))
                : 1;
        const qint64 id = line.id(0, tr("follow-up id"));
        service.snooze(id, days);
        if (json)
            context.printJson(followUpToJson(service.get(id)));
        else
            context.out() << service.get(id).dueOn.toString(Qt::ISODate) << '\n';
    } else if (sub == QStringLiteral("reschedule")) {
        line.expectPositionals(1);
        if (!line.isSet(QStringLiteral("due")))
            throw UsageError{tr("followups reschedule needs --due DATE")};
        const qint64 id = line.id(0, tr("follow-up id"));
        service.reschedule(
            id, parseDateOption(QStringLiteral("due"), line.value(QStringLiteral("due"))),
            line.isSet(QStringLiteral("time"))
                ? parseTimeOption(QStringLiteral("time"), line.value(QStringLiteral("time")))
                : QTime());
        if (json)
            context.printJson(followUpToJson(service.get(id)));
    } else if (sub == QStringLiteral("list")) {
        line.expectPositionals(0);
        std::optional<FollowUpStatus> status;
        if (line.isSet(QStringLiteral("status")))
            status = parseFollowUpStatus(line.value(QStringLiteral("status")));
        const int limit =
            line.isSet(QStringLiteral("limit"))
                ? parseCount(QStringLiteral("limit"), line.value(QStringLiteral("limit")))
                : 1000;
        printFollowUps(context, service.list(contactOption(line), status, limit), json);
    } else if (sub == QStringLiteral("bulk")) {
        line.expectPositionals(0);
        ContactListQuery query = listQueryFrom(line);
        query.search = line.value(QStringLiteral("search"));
        const int made = service.addForAll(query, followUpFrom(line, 0));
        if (json)
            context.printJson(QJsonObject{{QStringLiteral("created"), made}});
        else
            context.out() << made << '\n';
    } else if (sub == QStringLiteral("plan")) {
        line.expectPositionals(0);
        const int made = service.planDropped();
        if (json)
            context.printJson(QJsonObject{{QStringLiteral("created"), made}});
        else
            context.out() << made << '\n';
    } else {
        throw UsageError{
            tr("followups: expected add, done, skip, snooze, reschedule, list, bulk or plan")};
    }
    context.out().flush();
    return 0;
}

namespace {

void printItems(CliContext &context, const QList<AgendaItem> &items, bool json)
{
    if (json) {
        QJsonArray array;
        for (const AgendaItem &item : items)
            array.append(agendaItemToJson(item));
        context.printJson(array);
        return;
    }
    for (const AgendaItem &item : items) {
        const QJsonObject o = agendaItemToJson(item);
        context.out() << item.followUp.id << '\t' << item.followUp.dueOn.toString(Qt::ISODate)
                      << '\t' << o.value(QStringLiteral("name")).toString() << '\t' << item.company
                      << '\t' << channelKey(item.followUp.channel) << '\t' << item.followUp.purpose
                      << '\n';
    }
    context.out().flush();
}

} // namespace

int runAgenda(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const CommandLine line(
        arguments.mid(1),
        {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("limit"), ownerOption()},
        QStringList{kJson} + ownerFlags());
    line.expectPositionals(0);
    const bool json = line.isSet(kJson);
    const int limit = line.isSet(QStringLiteral("limit"))
                          ? parseCount(QStringLiteral("limit"), line.value(QStringLiteral("limit")))
                          : 500;
    context.refreshScores();
    const Agenda agenda(context.database(), context.today(),
                        ownerFilterFrom(line, context.database().userName()));
    if (sub == QStringLiteral("today")) {
        printItems(context, agenda.today(limit), json);
    } else if (sub == QStringLiteral("overdue")) {
        printItems(context, agenda.overdue(limit), json);
    } else if (sub == QStringLiteral("week")) {
        printItems(context, agenda.week(limit), json);
    } else if (sub == QStringLiteral("range")) {
        if (!line.isSet(QStringLiteral("from")) || !line.isSet(QStringLiteral("to")))
            throw UsageError{tr("agenda range needs --from DATE and --to DATE")};
        const QDate from =
            parseDateOption(QStringLiteral("from"), line.value(QStringLiteral("from")));
        const QDate to = parseDateOption(QStringLiteral("to"), line.value(QStringLiteral("to")));
        if (to < from)
            throw UsageError{tr("--to is before --from")};
        printItems(context, agenda.range(from, to, limit), json);
    } else if (sub == QStringLiteral("dropped")) {
        printContactList(context, agenda.dropped(limit), json);
    } else if (sub == QStringLiteral("review")) {
        printContactList(context, agenda.review(limit), json);
    } else if (sub == QStringLiteral("sales-ready")) {
        printContactList(context, agenda.salesReady(limit), json);
    } else {
        throw UsageError{tr("agenda: expected today, overdue, week, range, dropped, review or "
                            "sales-ready")};
    }
    return 0;
}

} // namespace kizuna::cli
