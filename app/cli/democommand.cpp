#include "democommand.h"

#include "clicontext.h"
#include "commandline.h"
#include "contacts/contactservice.h"
#include "demo/demoloader.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace kizuna::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoCommand", text);
}

int positiveOption(const CommandLine &line, const QString &name, int fallback, int maximum)
{
    if (!line.isSet(name))
        return fallback;
    bool ok = false;
    const int value = line.value(name).toInt(&ok);
    if (!ok || value < 1 || value > maximum)
        throw UsageError{tr("--%1 must be a whole number from 1 to %2").arg(name).arg(maximum)};
    return value;
}

qint64 storedContacts(ContactService &contacts)
{
    ContactListQuery trash;
    trash.inTrash = true;
    return contacts.count({}) + contacts.count(trash);
}

} // namespace

int runDemo(CliContext &context, const QStringList &arguments)
{
    const CommandLine line(arguments, {QStringLiteral("count"), QStringLiteral("seed")}, {});
    line.expectPositionals(0);
    const int count = positiveOption(line, QStringLiteral("count"), 300, 1000000);
    const int seed = positiveOption(line, QStringLiteral("seed"), 1, 1000000);

    ContactService &contacts = context.contacts();
    const QString path = context.database().path();
    // The demo is for a first look; mixing it into someone's real cards would be a mess.
    if (storedContacts(contacts) > 0) {
        context.out() << tr("%1 already holds contacts; the demo data was not added.").arg(path)
                      << '\n';
        return 0;
    }

    const DemoLoader::Result added =
        DemoLoader(context.database(), contacts, static_cast<quint32>(seed), context.today())
            .load(count);
    context.out() << tr("Added %1 demo contacts and %2 sources to %3.")
                         .arg(added.contacts)
                         .arg(added.sources)
                         .arg(path)
                  << '\n';
    return 0;
}

} // namespace kizuna::cli
