#include "presetcommands.h"

#include "clicontext.h"
#include "commandline.h"
#include "import/importpresetservice.h"
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
    return QCoreApplication::translate("PresetCommands", text);
}

const QString kJson = QStringLiteral("json");
const QString kFrom = QStringLiteral("from");
const QString kBase = QStringLiteral("base");
const QString kMap = QStringLiteral("map");
const QString kEncoding = QStringLiteral("encoding");

QString kindKey(bool saved)
{
    return saved ? QStringLiteral("saved") : QStringLiteral("built_in");
}

// "HEADER=FIELD": the last '=' splits, because field keys never hold one and a header may.
std::pair<QString, ContactField> parseMap(const QString &text)
{
    const qsizetype eq = text.lastIndexOf(QLatin1Char('='));
    if (eq <= 0)
        throw UsageError{tr("--map takes HEADER=FIELD, not \"%1\"").arg(text)};
    const QString key = text.mid(eq + 1).trimmed().toLower();
    if (!contactFieldKeys().contains(key))
        throw UsageError{tr("--map: unknown field \"%1\"; use one of %2")
                             .arg(key, contactFieldKeys().join(QStringLiteral(", ")))};
    return {text.left(eq), contactFieldFromKey(key)};
}

void printColumns(CliContext &context, const QString &name, bool saved,
                  const QList<PresetColumn> &columns, bool json)
{
    if (json) {
        QJsonArray array;
        for (const PresetColumn &c : columns)
            array.append(QJsonObject{{QStringLiteral("header"), c.header},
                                     {QStringLiteral("field"), contactFieldKey(c.field)}});
        context.printJson(QJsonObject{{QStringLiteral("name"), name},
                                      {QStringLiteral("kind"), kindKey(saved)},
                                      {QStringLiteral("columns"), array}});
        return;
    }
    for (const PresetColumn &c : columns)
        context.out() << c.header << '\t' << contactFieldKey(c.field) << '\n';
    context.out().flush();
}

QList<PresetColumn> columnsOf(const PresetDraft &draft)
{
    QList<PresetColumn> columns;
    for (qsizetype i = 0; i < draft.header.size(); ++i)
        columns.append({draft.header.at(i), draft.mapping.fields.value(i)});
    return columns;
}

int listPresets(CliContext &context, const CommandLine &line)
{
    line.expectPositionals(0);
    const PresetCatalog catalog = ImportPresetService(context.database()).catalog();
    if (line.isSet(kJson)) {
        QJsonArray array;
        for (const QString &name : ImportPreset::names())
            array.append(QJsonObject{{QStringLiteral("name"), name},
                                     {QStringLiteral("kind"), kindKey(false)}});
        for (const SavedPreset &p : catalog.saved())
            array.append(
                QJsonObject{{QStringLiteral("name"), p.name},
                            {QStringLiteral("kind"), kindKey(true)},
                            {QStringLiteral("columns"), p.columns.size()},
                            {QStringLiteral("saved_at"), p.savedAt.toString(Qt::ISODate)}});
        context.printJson(array);
        return 0;
    }
    for (const QString &name : ImportPreset::names())
        context.out() << name << '\t' << tr("built-in") << '\n';
    for (const SavedPreset &p : catalog.saved())
        context.out() << p.name << '\t' << tr("saved") << '\t'
                      << tr("%1 columns").arg(p.columns.size()) << '\t'
                      << p.savedAt.toLocalTime().toString(Qt::ISODate) << '\n';
    context.out().flush();
    return 0;
}

int savePreset(CliContext &context, const CommandLine &line)
{
    line.expectPositionals(1);
    const QString name = line.positional(0, tr("preset name"));
    if (!line.isSet(kFrom))
        throw UsageError{tr("presets save needs --from FILE, the file whose header it maps")};
    QList<std::pair<QString, ContactField>> overrides;
    for (const QString &map : line.values(kMap))
        overrides.append(parseMap(map));

    ImportPresetService presets(context.database());
    PresetDraft draft = presets.draft(line.value(kFrom), line.value(kBase, QStringLiteral("auto")),
                                      line.value(kEncoding));
    for (const auto &[column, field] : std::as_const(overrides))
        ImportPresetService::remap(draft, column, field);
    const bool replaced = presets.save(name, draft.header, draft.mapping);
    const auto mapped = std::count_if(draft.mapping.fields.cbegin(), draft.mapping.fields.cend(),
                                      [](ContactField f) { return f != ContactField::Ignore; });
    context.out()
        << (replaced ? tr("Replaced preset %1: ") : tr("Saved preset %1: ")).arg(name.trimmed())
        << tr("%1 of %2 columns mapped").arg(mapped).arg(draft.header.size()) << '\n';
    return 0;
}

int showPreset(CliContext &context, const CommandLine &line)
{
    line.expectPositionals(1);
    const QString name = line.positional(0, tr("preset name"));
    ImportPresetService presets(context.database());
    if (line.isSet(kFrom)) {
        const PresetDraft draft = presets.draft(line.value(kFrom), name, line.value(kEncoding));
        printColumns(context, draft.mapping.presetName,
                     presets.catalog().find(draft.mapping.presetName) != nullptr, columnsOf(draft),
                     line.isSet(kJson));
        return 0;
    }
    if (PresetCatalog::isReserved(name))
        throw ValidationError(kFrom, tr("\"%1\" is a built-in preset that maps columns by their "
                                        "header names; add --from FILE to see how it maps a file")
                                         .arg(name));
    const auto saved = presets.find(name);
    if (!saved)
        throw StorageError(StorageError::Kind::NotFound, context.database().path(),
                           tr("no saved preset named \"%1\"").arg(name));
    printColumns(context, saved->name, true, saved->columns, line.isSet(kJson));
    return 0;
}

} // namespace

int runPresets(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QStringLiteral("list"))
        return listPresets(context, CommandLine(rest, {}, {kJson}));
    if (sub == QStringLiteral("save"))
        return savePreset(context, CommandLine(rest, {kFrom, kBase, kMap, kEncoding}, {}));
    if (sub == QStringLiteral("show"))
        return showPreset(context, CommandLine(rest, {kFrom, kEncoding}, {kJson}));
    if (sub == QStringLiteral("delete")) {
        const CommandLine line(rest, {}, {});
        line.expectPositionals(1);
        const QString name = line.positional(0, tr("preset name"));
        ImportPresetService(context.database()).remove(name);
        context.out() << tr("Preset %1 deleted.").arg(name.trimmed()) << '\n';
        return 0;
    }
    throw UsageError{tr("presets takes list, save, show or delete")};
}

} // namespace kizuna::cli
