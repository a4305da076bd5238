#include "contactcommands.h"

#include "clicontext.h"
#include "commandline.h"
#include "contactjson.h"
#include "contactoptions.h"
#include "contacts/contactservice.h"
#include "domain/personname.h"
#include "nurture/stageservice.h"
#include "nurturejson.h"
#include "storage/activityrepository.h"
#include "storage/followuprepository.h"
#include "storage/timelinerepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace kizuna::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactCommands", text);
}

const QStringList kListOptions{QStringLiteral("stage"), QStringLiteral("tag"),
                               QStringLiteral("source"), QStringLiteral("limit")};

int maxRows(const CommandLine &line)
{
    if (!line.isSet(QStringLiteral("limit")))
        return 0;
    bool ok = false;
    const int limit = line.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        throw UsageError{tr("--limit must be a positive number")};
    return limit;
}

// Pages through the whole result (or up to `max` rows when max > 0) in reading order.
QList<Contact> collect(ContactService &service, ContactListQuery query, int max)
{
    QList<Contact> all;
    query.limit = 500;
    for (;;) {
        const ContactPage page = service.page(query);
        all += page.contacts;
        if (!page.next || (max > 0 && all.size() >= max))
            break;
        query.after = page.next;
    }
    if (max > 0 && all.size() > max)
        all.resize(max);
    return all;
}

void printContact(CliContext &context, const Contact &c, bool json)
{
    if (json) {
        context.printJson(contactToJson(c));
        return;
    }
    const QJsonObject object = contactToJson(c);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString value = it->isArray()
                                  ? it->toVariant().toStringList().join(QStringLiteral(", "))
                                  : it->toVariant().toString();
        if (!value.isEmpty())
            context.out() << it.key() << ": " << value << '\n';
    }
    context.out().flush();
}

int add(CliContext &context, const QStringList &args)
{
    const CommandLine line(args, contactFieldOptions(), {QStringLiteral("json")});
    line.expectPositionals(0);
    Contact contact;
    applyContactOptions(line, contact);
    const qint64 id = context.contacts().add(contact);
    const Contact stored = context.contacts().get(id);
    if (line.isSet(QStringLiteral("json")))
        printContact(context, stored, true);
    else
        context.out() << id << '\n';
    return 0;
}

int edit(CliContext &context, const QStringList &args)
{
    QStringList options = contactFieldOptions();
    // A stage change is an event with a date for the funnel, not a field edit.
    options.removeAll(QStringLiteral("stage"));
    const CommandLine line(args, options, {QStringLiteral("json")});
    line.expectPositionals(1);
    const Contact base = context.contacts().get(line.id(0, tr("contact id")));
    Contact contact = base;
    applyContactOptions(line, contact);
    // Saved as an edit of what was read, so another program's change meanwhile to a field
    // not named here survives.
    context.contacts().update(base, contact);
    if (line.isSet(QStringLiteral("json")))
        printContact(context, context.contacts().get(contact.id), true);
    return 0;
}

int list(CliContext &context, const QStringList &args)
{
    const CommandLine line(args, kListOptions, {QStringLiteral("json"), QStringLiteral("trash")});
    line.expectPositionals(0);
    printContactList(context, collect(context.contacts(), listQueryFrom(line), maxRows(line)),
                     line.isSet(QStringLiteral("json")));
    return 0;
}

struct NurtureSummary
{
    QJsonArray stageHistory;
    QJsonValue nextFollowUp;
    QJsonValue lastTouch;
};

NurtureSummary nurtureSummaryOf(CliContext &context, qint64 id)
{
    NurtureSummary summary;
    for (const StageChange &c : StageService(context.database(), context.today()).history(id))
        summary.stageHistory.append(stageChangeToJson(c));
    const auto next = FollowUpRepository(context.database()).nextOpen(id);
    summary.nextFollowUp = next ? QJsonValue(followUpToJson(*next)) : QJsonValue();
    const auto last = ActivityRepository(context.database()).last(id);
    summary.lastTouch = last ? QJsonValue(activityToJson(*last)) : QJsonValue();
    return summary;
}

int show(CliContext &context, const QStringList &args)
{
    const CommandLine line(args, {}, {QStringLiteral("json")});
    line.expectPositionals(1);
    const qint64 id = line.id(0, tr("contact id"));
    context.refreshScores();
    const Contact c = context.contacts().get(id);
    const NurtureSummary summary = nurtureSummaryOf(context, id);
    if (line.isSet(QStringLiteral("json"))) {
        QJsonObject object = contactToJson(c);
        object.insert(QStringLiteral("stage_history"), summary.stageHistory);
        object.insert(QStringLiteral("next_follow_up"), summary.nextFollowUp);
        object.insert(QStringLiteral("last_touch"), summary.lastTouch);
        context.printJson(object);
        return 0;
    }
    printContact(context, c, false);
    for (const QJsonValue &step : summary.stageHistory) {
        const QJsonObject o = step.toObject();
        context.out() << "stage_change: " << o.value(QStringLiteral("changed_on")).toString() << ' '
                      << o.value(QStringLiteral("from")).toString(QStringLiteral("-")) << " → "
                      << o.value(QStringLiteral("to")).toString() << ' '
                      << o.value(QStringLiteral("note")).toString() << '\n';
    }
    if (summary.nextFollowUp.isObject())
        context.out() << "next_follow_up: "
                      << summary.nextFollowUp[QStringLiteral("due_on")].toString() << ' '
                      << summary.nextFollowUp[QStringLiteral("purpose")].toString() << '\n';
    if (summary.lastTouch.isObject())
        context.out() << "last_touch: "
                      << summary.lastTouch[QStringLiteral("occurred_at")].toString() << ' '
                      << summary.lastTouch[QStringLiteral("summary")].toString() << '\n';
    context.out().flush();
    return 0;
}

int timeline(CliContext &context, const QStringList &args)
{
    const CommandLine line(args, {}, {QStringLiteral("json")});
    line.expectPositionals(1);
    const qint64 id = line.id(0, tr("contact id"));
    context.contacts().get(id);
    const QList<TimelineEntry> entries = TimelineRepository(context.database()).forContact(id);
    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const TimelineEntry &e : entries)
            array.append(timelineEntryToJson(e));
        context.printJson(array);
        return 0;
    }
    for (const TimelineEntry &e : entries)
        context.out() << e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
                      << timelineKindKey(e.kind) << '\t' << e.summary << '\n';
    context.out().flush();
    return 0;
}

int simpleAction(CliContext &context, const QStringList &args, const QString &action)
{
    const CommandLine line(args, {}, {QStringLiteral("yes")});
    line.expectPositionals(1);
    const qint64 id = line.id(0, tr("contact id"));
    ContactService &contacts = context.contacts();
    if (action == QStringLiteral("delete")) {
        contacts.moveToTrash(id);
    } else if (action == QStringLiteral("restore")) {
        contacts.restore(id);
    } else if (action == QStringLiteral("confirm-reading")) {
        contacts.confirmReading(id);
    } else if (action == QStringLiteral("confirm")) {
        contacts.confirmDetails(id);
    } else {
        if (!line.isSet(QStringLiteral("yes")))
            throw UsageError{tr("erase deletes the person and every trace of them for good; "
                                "add --yes to confirm"),
                             false};
        contacts.get(id);
        contacts.erase(id);
    }
    return 0;
}

} // namespace

void printContactList(CliContext &context, const QList<Contact> &contacts, bool json)
{
    if (json) {
        QJsonArray array;
        for (const Contact &c : contacts)
            array.append(contactToJson(c));
        context.printJson(array);
        return;
    }
    for (const Contact &c : contacts) {
        context.out() << c.id << '\t' << displayName(c, NameOrder::FamilyFirst) << '\t'
                      << displayReading(c, NameOrder::FamilyFirst) << '\t' << c.company << '\t'
                      << stageKey(c.stage) << '\n';
    }
    context.out().flush();
}

int runContacts(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QStringLiteral("add"))
        return add(context, rest);
    if (sub == QStringLiteral("edit"))
        return edit(context, rest);
    if (sub == QStringLiteral("list"))
        return list(context, rest);
    if (sub == QStringLiteral("show"))
        return show(context, rest);
    if (sub == QStringLiteral("timeline"))
        return timeline(context, rest);
    if (sub == QStringLiteral("delete") || sub == QStringLiteral("restore") ||
        sub == QStringLiteral("erase") || sub == QStringLiteral("confirm-reading") ||
        sub == QStringLiteral("confirm"))
        return simpleAction(context, rest, sub);
    throw UsageError{tr("contacts: expected add, list, show, timeline, edit, delete, restore, "
                        "erase, confirm or confirm-reading")};
}

int runSearch(CliContext &context, const QStringList &arguments)
{
    const CommandLine line(arguments, kListOptions, {QStringLiteral("json")});
    line.expectPositionals(1);
    ContactListQuery query = listQueryFrom(line);
    query.search = line.positional(0, tr("search text"));
    printContactList(context, collect(context.contacts(), query, maxRows(line)),
                     line.isSet(QStringLiteral("json")));
    return 0;
}

} // namespace kizuna::cli
