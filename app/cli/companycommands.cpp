#include "companycommands.h"

#include "clicontext.h"
#include "commandline.h"
#include "contacts/companyservice.h"
#include "domain/personname.h"
#include "nurturejson.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace kizuna::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CompanyCommands", text);
}

const QString kJson = QStringLiteral("json");

// The --sort keys, in the order the usage names them.
const QList<std::pair<QString, CompanySort>> kSortKeys{
    {QStringLiteral("reading"), CompanySort::Reading},
    {QStringLiteral("people"), CompanySort::People},
    {QStringLiteral("stage"), CompanySort::BestStage},
    {QStringLiteral("open-deals"), CompanySort::OpenDeals},
    {QStringLiteral("revenue"), CompanySort::WonRevenue},
};

CompanySort sortFrom(const QString &key)
{
    for (const auto &[name, sort] : kSortKeys) {
        if (name == key)
            return sort;
    }
    throw UsageError{tr("--sort must be reading, people, stage, open-deals or revenue")};
}

int count(const CommandLine &line, const QString &option, int fallback)
{
    if (!line.isSet(option))
        return fallback;
    bool ok = false;
    const int value = line.value(option).toInt(&ok);
    if (!ok || value < 0)
        throw UsageError{tr("--%1 must be a whole number, 0 or more").arg(option)};
    return value;
}

QString bestStageKey(const CompanySummary &summary)
{
    return summary.bestStage ? stageKey(*summary.bestStage) : QString();
}

QJsonObject summaryToJson(const CompanySummary &s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("name_kana"), s.nameKana},
        {QStringLiteral("contacts"), s.people},
        {QStringLiteral("best_stage"),
         s.bestStage ? QJsonValue(stageKey(*s.bestStage)) : QJsonValue()},
        {QStringLiteral("open_deals"), s.openDeals},
        {QStringLiteral("won_revenue"), s.wonRevenue},
    };
}

QJsonObject personToJson(const CompanyPerson &p)
{
    return QJsonObject{
        {QStringLiteral("contact_id"), p.contactId},
        {QStringLiteral("family_name"), p.familyName},
        {QStringLiteral("given_name"), p.givenName},
        {QStringLiteral("family_kana"), p.familyKana},
        {QStringLiteral("given_kana"), p.givenKana},
        {QStringLiteral("department"), p.department},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("stage"), stageKey(p.stage)},
        {QStringLiteral("next_follow_up"), dateOrNull(p.nextFollowUp)},
    };
}

QJsonObject mergeToJson(const CompanyMerge &m)
{
    QJsonArray moved;
    for (const qint64 id : m.movedContactIds)
        moved.append(id);
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("kept_id"), m.keptId},
        {QStringLiteral("kept_name"), m.keptName},
        {QStringLiteral("absorbed_id"), m.absorbedId},
        {QStringLiteral("absorbed_name"), m.absorbedName},
        {QStringLiteral("moved_contacts"), moved},
        {QStringLiteral("moved_deals"), m.movedDeals},
    };
}

QString personName(const CompanyPerson &p)
{
    return displayName(p.familyName, p.givenName, NameOrder::FamilyFirst);
}

int list(CliContext &context, const QStringList &args)
{
    const CommandLine line(args,
                           {QStringLiteral("search"), QStringLiteral("sort"),
                            QStringLiteral("limit"), QStringLiteral("offset")},
                           {QStringLiteral("desc"), kJson});
    line.expectPositionals(0);
    CompanyListQuery query;
    query.search = line.value(QStringLiteral("search"));
    query.sort = sortFrom(line.value(QStringLiteral("sort"), QStringLiteral("reading")));
    query.descending = line.isSet(QStringLiteral("desc"));
    query.offset = count(line, QStringLiteral("offset"), 0);
    CompanyService companies(context.database());
    // Without --limit, every company: the list pages itself through the whole of them.
    query.limit = count(line, QStringLiteral("limit"),
                        int(std::min<qint64>(companies.count(query.search), 1 << 30)));
    const QList<CompanySummary> rows = companies.page(query);
    if (line.isSet(kJson)) {
        QJsonArray array;
        for (const CompanySummary &s : rows)
            array.append(summaryToJson(s));
        context.printJson(array);
        return 0;
    }
    for (const CompanySummary &s : rows)
        context.out() << s.id << '\t' << s.name << '\t' << s.nameKana << '\t' << s.people << '\t'
                      << bestStageKey(s) << '\t' << s.openDeals << '\t' << s.wonRevenue << '\n';
    context.out().flush();
    return 0;
}

int show(CliContext &context, const QStringList &args)
{
    const CommandLine line(args, {}, {kJson});
    line.expectPositionals(1);
    const CompanyPage page =
        CompanyService(context.database()).companyPage(line.id(0, tr("company id")));
    if (line.isSet(kJson)) {
        QJsonArray people;
        for (const CompanyPerson &p : page.people)
            people.append(personToJson(p));
        QJsonArray deals;
        for (const Deal &d : page.deals)
            deals.append(dealToJson(d));
        QJsonArray timeline;
        for (const CompanyTimelineEntry &e : page.timeline) {
            QJsonObject entry = timelineEntryToJson(e.entry);
            entry.insert(QStringLiteral("contact_id"), e.contactId);
            entry.insert(QStringLiteral("person"), e.personName);
            timeline.append(entry);
        }
        QJsonObject object = summaryToJson(page.summary);
        object.insert(QStringLiteral("people"), people);
        object.insert(QStringLiteral("deals"), deals);
        object.insert(QStringLiteral("timeline"), timeline);
        context.printJson(object);
        return 0;
    }
    QTextStream &out = context.out();
    const CompanySummary &s = page.summary;
    out << "id: " << s.id << '\n'
        << "name: " << s.name << '\n'
        << "name_kana: " << s.nameKana << '\n'
        << "contacts: " << s.people << '\n'
        << "best_stage: " << bestStageKey(s) << '\n'
        << "open_deals: " << s.openDeals << '\n'
        << "won_revenue: " << s.wonRevenue << '\n';
    for (const CompanyPerson &p : page.people)
        out << "person: " << p.contactId << '\t' << personName(p) << '\t' << stageKey(p.stage)
            << '\t' << p.nextFollowUp.toString(Qt::ISODate) << '\n';
    for (const Deal &d : page.deals)
        out << "deal: " << d.id << '\t' << d.contactId << '\t' << d.title << '\t' << d.amount
            << '\t' << dealStatusKey(d.status) << '\n';
    for (const CompanyTimelineEntry &e : page.timeline)
        out << "timeline: " << e.entry.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
            << e.personName << '\t' << timelineKindKey(e.entry.kind) << '\t' << e.entry.summary
            << '\n';
    out.flush();
    return 0;
}

void printMerge(CliContext &context, const CompanyMerge &merge, const QString &verb)
{
    context.out() << verb << ' ' << merge.id << ": " << merge.absorbedName << " ("
                  << merge.absorbedId << ") -> " << merge.keptName << " (" << merge.keptId << "), "
                  << merge.movedContactIds.size() << " contacts, " << merge.movedDeals
                  << " deals\n";
    context.out().flush();
}

int merge(CliContext &context, const QStringList &args)
{
    const CommandLine line(args, {}, {kJson});
    line.expectPositionals(2);
    const CompanyMerge done = CompanyService(context.database())
                                  .merge(line.id(0, tr("id of the company to keep")),
                                         line.id(1, tr("id of the company to absorb")));
    if (line.isSet(kJson))
        context.printJson(mergeToJson(done));
    else
        printMerge(context, done, QStringLiteral("merged"));
    return 0;
}

int undoMerge(CliContext &context, const QStringList &args)
{
    const CommandLine line(args, {}, {kJson});
    if (line.positionals().size() > 1)
        line.expectPositionals(1);
    CompanyService companies(context.database());
    qint64 mergeId = 0;
    if (line.positionals().isEmpty()) {
        const auto latest = companies.latestMerge();
        if (!latest)
            throw StorageError(StorageError::Kind::NotFound, context.database().path(),
                               tr("no company merge to undo"));
        mergeId = *latest;
    } else {
        mergeId = line.id(0, tr("merge id"));
    }
    const CompanyMerge undone = companies.undoMerge(mergeId);
    if (line.isSet(kJson))
        context.printJson(mergeToJson(undone));
    else
        printMerge(context, undone, QStringLiteral("undid merge"));
    return 0;
}

} // namespace

int runCompanies(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QStringLiteral("list"))
        return list(context, rest);
    if (sub == QStringLiteral("show"))
        return show(context, rest);
    if (sub == QStringLiteral("merge"))
        return merge(context, rest);
    if (sub == QStringLiteral("undo-merge"))
        return undoMerge(context, rest);
    throw UsageError{tr("companies: expected list, show, merge or undo-merge")};
}

} // namespace kizuna::cli
