#include "catalogcommands.h"

#include "clicontext.h"
#include "commandline.h"
#include "contactjson.h"
#include "contactoptions.h"
#include "contacts/contactservice.h"
#include "nurturejson.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace kizuna::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CatalogCommands", text);
}

const QString kJson = QStringLiteral("json");

Source sourceNamed(CliContext &context, const QString &name)
{
    const auto source = context.contacts().repository().sources().findByName(name);
    if (!source)
        throw StorageError(StorageError::Kind::NotFound, context.database().path(),
                           tr("no source named \"%1\"").arg(name));
    return *source;
}

void applySourceOptions(const CommandLine &line, Source &source)
{
    if (line.isSet(QStringLiteral("kind"))) {
        const auto kind = sourceKindFromKey(line.value(QStringLiteral("kind")));
        if (!kind)
            throw UsageError{tr("--kind must be trade_show, referral, web, seminar, "
                                "advertisement, cold_call or other")};
        source.kind = *kind;
    }
    if (line.isSet(QStringLiteral("cost"))) {
        bool ok = false;
        source.cost = line.value(QStringLiteral("cost")).toLongLong(&ok);
        if (!ok)
            throw UsageError{tr("--cost must be a whole number of yen")};
    }
    if (line.isSet(QStringLiteral("from")))
        source.startedOn =
            parseDateOption(QStringLiteral("from"), line.value(QStringLiteral("from")));
    if (line.isSet(QStringLiteral("to")))
        source.endedOn = parseDateOption(QStringLiteral("to"), line.value(QStringLiteral("to")));
    if (line.isSet(QStringLiteral("notes")))
        source.notes = line.value(QStringLiteral("notes"));
    if (line.isSet(QStringLiteral("name")))
        source.name = line.value(QStringLiteral("name"));
}

void printSources(CliContext &context, const QList<Source> &sources, bool json)
{
    if (json) {
        QJsonArray array;
        for (const Source &s : sources)
            array.append(sourceToJson(s));
        context.printJson(array);
        return;
    }
    for (const Source &s : sources)
        context.out() << s.id << '\t' << s.name << '\t' << sourceKindKey(s.kind) << '\t' << s.cost
                      << '\t' << s.contactCount << '\n';
    context.out().flush();
}

} // namespace

int runUsers(CliContext &context, const QStringList &arguments)
{
    const CommandLine line(arguments, {}, {kJson});
    line.expectPositionals(0);
    const QString me = context.database().userName();
    const QStringList users = UserRepository(context.database()).known();
    if (line.isSet(kJson)) {
        QJsonArray array;
        for (const QString &user : users)
            array.append(QJsonObject{{QStringLiteral("name"), user},
                                     {QStringLiteral("current"), user == me}});
        context.printJson(array);
    } else {
        for (const QString &user : users)
            context.out() << user << (user == me ? QStringLiteral("\t*") : QString()) << '\n';
    }
    return 0;
}

int runTags(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const CommandLine line(arguments.mid(1), {}, {kJson});
    ContactService &contacts = context.contacts();
    if (sub == QStringLiteral("list")) {
        line.expectPositionals(0);
        const QList<Tag> tags = contacts.repository().tags().list();
        if (line.isSet(kJson)) {
            QJsonArray array;
            for (const Tag &t : tags)
                array.append(tagToJson(t));
            context.printJson(array);
        } else {
            for (const Tag &t : tags)
                context.out() << t.name << '\t' << t.contactCount << '\n';
        }
    } else if (sub == QStringLiteral("rename")) {
        line.expectPositionals(2);
        contacts.renameTag(line.positional(0, tr("tag")), line.positional(1, tr("new name")));
    } else if (sub == QStringLiteral("delete")) {
        line.expectPositionals(1);
        contacts.deleteTag(line.positional(0, tr("tag")));
    } else if (sub == QStringLiteral("add") || sub == QStringLiteral("remove")) {
        line.expectPositionals(2);
        const qint64 id = line.id(0, tr("contact id"));
        const QString tag = line.positional(1, tr("tag"));
        if (sub == QStringLiteral("add"))
            contacts.addTag(id, tag);
        else
            contacts.removeTag(id, tag);
    } else {
        throw UsageError{tr("tags: expected list, rename, delete, add or remove")};
    }
    context.out().flush();
    return 0;
}

namespace {

void printSourceStats(CliContext &context, const QList<SourceStats> &stats, bool json)
{
    if (json) {
        QJsonArray array;
        for (const SourceStats &s : stats)
            array.append(sourceStatsToJson(s));
        context.printJson(array);
        return;
    }
    for (const SourceStats &s : stats) {
        const auto roi = s.roi();
        context.out() << (s.sourceId ? s.name : tr("(no source)")) << '	' << s.leads << '	'
                      << s.customers << '	' << s.revenue << '	' << s.cost << '	'
                      << (roi ? QString::number(*roi, 'f', 2) : QStringLiteral("-")) << '\n';
    }
}

} // namespace

int runSources(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList valued{QStringLiteral("kind"),  QStringLiteral("cost"),
                             QStringLiteral("from"),  QStringLiteral("to"),
                             QStringLiteral("notes"), QStringLiteral("name")};
    const CommandLine line(arguments.mid(1), valued, {kJson});
    SourceRepository &sources = context.contacts().repository().sources();
    const Database &db = context.database();
    if (sub == QStringLiteral("list")) {
        line.expectPositionals(0);
        printSources(context, sources.list(), line.isSet(kJson));
    } else if (sub == QStringLiteral("add")) {
        line.expectPositionals(1);
        Source source;
        source.name = line.positional(0, tr("source name"));
        if (!line.isSet(QStringLiteral("kind")))
            throw UsageError{tr("sources add needs --kind")};
        applySourceOptions(line, source);
        Transaction transaction(db);
        const qint64 id = sources.add(source);
        transaction.commit();
        if (line.isSet(kJson))
            context.printJson(sourceToJson(*sources.find(id)));
        else
            context.out() << id << '\n';
    } else if (sub == QStringLiteral("show")) {
        line.expectPositionals(1);
        printSources(context, {sourceNamed(context, line.positional(0, tr("source name")))},
                     line.isSet(kJson));
    } else if (sub == QStringLiteral("edit")) {
        line.expectPositionals(1);
        Source source = sourceNamed(context, line.positional(0, tr("source name")));
        applySourceOptions(line, source);
        Transaction transaction(db);
        sources.update(source);
        transaction.commit();
    } else if (sub == QStringLiteral("stats")) {
        line.expectPositionals(0);
        printSourceStats(context, sources.stats(), line.isSet(kJson));
    } else if (sub == QStringLiteral("delete")) {
        line.expectPositionals(1);
        const Source source = sourceNamed(context, line.positional(0, tr("source name")));
        Transaction transaction(db);
        sources.remove(source.id);
        transaction.commit();
    } else {
        throw UsageError{tr("sources: expected add, list, show, stats, edit or delete")};
    }
    context.out().flush();
    return 0;
}

} // namespace kizuna::cli
