#include "duplicatecommands.h"

#include "clicontext.h"
#include "commandline.h"
#include "contacts/contactservice.h"
#include "contacts/duplicatefinder.h"
#include "domain/personname.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kizuna::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DuplicateCommands", text);
}
} // namespace

int runDuplicates(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    DuplicateFinder finder(context.database(), context.contacts());
    if (sub == QStringLiteral("find")) {
        const CommandLine line(arguments.mid(1), {}, {QStringLiteral("json")});
        line.expectPositionals(0);
        const QList<DuplicateGroup> groups = finder.find();
        if (line.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const DuplicateGroup &g : groups) {
                QJsonArray ids;
                for (const qint64 id : g.contactIds)
                    ids.append(id);
                array.append(QJsonObject{{QStringLiteral("reason"), g.reason},
                                         {QStringLiteral("key"), g.key},
                                         {QStringLiteral("ids"), ids}});
            }
            context.printJson(array);
            return 0;
        }
        for (const DuplicateGroup &g : groups) {
            context.out() << g.reason << ": " << g.key << '\n';
            for (const qint64 id : g.contactIds) {
                const Contact c = context.contacts().get(id);
                context.out() << "  " << id << '\t' << displayName(c, NameOrder::FamilyFirst)
                              << '\t' << c.company << '\n';
            }
        }
        if (groups.isEmpty())
            context.out() << tr("No duplicates found.") << '\n';
        return 0;
    }
    if (sub == QStringLiteral("merge")) {
        const CommandLine line(arguments.mid(1), {}, {});
        line.expectPositionals(2);
        const qint64 keep = line.id(0, tr("id of the contact to keep"));
        const qint64 other = line.id(1, tr("id of the duplicate"));
        finder.merge(keep, other);
        context.out() << tr("Merged %1 into %2; %1 is in the trash.").arg(other).arg(keep) << '\n';
        return 0;
    }
    throw UsageError{tr("duplicates takes find or merge")};
}

} // namespace kizuna::cli
