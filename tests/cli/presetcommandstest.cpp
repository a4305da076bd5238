#include "clirunner.h"
#include "qtcatch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using kizuna::test::CliRunner;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const char *utf8)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(utf8);
    return path;
}

// An in-house CRM export: romaji headers no built-in preset knows, except Memo (notes).
const char *kCrm = "Kaisha,Tantou,Denwa,Memo\n"
                   "株式会社ひかり電子,山田 太郎,03-1234-5678,社外秘\n";

struct Crm
{
    CliRunner cli;
    QTemporaryDir dir;
    QString file = writeFile(dir, QStringLiteral("crm.csv"), kCrm);

    CliRunner::Result save(const QString &name, const QStringList &more = {}) const
    {
        return cli.run(QStringList{s("presets"), s("save"), name, s("--from"), file, s("--map"),
                                   s("Kaisha=company"), s("--map"), s("Tantou=full_name"),
                                   s("--map"), s("Denwa=phone_work"), s("--map"),
                                   s("Memo=ignore")} +
                       more);
    }

    QJsonArray columns(const QString &name) const
    {
        const auto shown = cli.run({s("presets"), s("show"), name, s("--json")});
        REQUIRE(shown.exitCode == 0);
        return shown.json().object().value(s("columns")).toArray();
    }

    QJsonArray contacts() const
    {
        return cli.run({s("contacts"), s("list"), s("--json")}).json().array();
    }
};

QString fieldOf(const QJsonArray &columns, const QString &header)
{
    for (const QJsonValue &c : columns) {
        if (c.toObject().value(QStringLiteral("header")).toString() == header)
            return c.toObject().value(QStringLiteral("field")).toString();
    }
    return {};
}

} // namespace

TEST_CASE("a saved preset is listed, shown and maps a later import as saved", "[cli][presets]")
{
    Crm crm;
    const auto saved = crm.save(s("crm"));
    REQUIRE(saved.exitCode == 0);
    CHECK(saved.out.contains(s("Saved preset crm: 3 of 4 columns mapped")));

    const QJsonArray list = crm.cli.run({s("presets"), s("list"), s("--json")}).json().array();
    REQUIRE(list.size() == 8);
    CHECK(list.first().toObject() ==
          QJsonObject{{s("name"), s("eight")}, {s("kind"), s("built_in")}});
    const QJsonObject mine = list.last().toObject();
    CHECK(mine.value(s("name")).toString() == s("crm"));
    CHECK(mine.value(s("kind")).toString() == s("saved"));
    CHECK(mine.value(s("columns")).toInt() == 4);
    const auto text = crm.cli.run({s("presets"), s("list")});
    CHECK(text.out.contains(s("eight\tbuilt-in\n")));
    CHECK(text.out.contains(s("crm\tsaved\t4 columns")));

    const QJsonArray columns = crm.columns(s("crm"));
    REQUIRE(columns.size() == 4);
    CHECK(columns.at(0).toObject() ==
          QJsonObject{{s("header"), s("Kaisha")}, {s("field"), s("company")}});
    CHECK(fieldOf(columns, s("Tantou")) == s("full_name"));
    CHECK(fieldOf(columns, s("Denwa")) == s("phone_work"));
    CHECK(fieldOf(columns, s("Memo")) == s("ignore"));
    CHECK(crm.cli.run({s("presets"), s("show"), s("crm")}).out ==
          s("Kaisha\tcompany\nTantou\tfull_name\nDenwa\tphone_work\nMemo\tignore\n"));

    // A later export of the same shape, its columns moved and one header full-width with a
    // trailing space.
    const QString later = writeFile(crm.dir, QStringLiteral("later.csv"),
                                    "Memo,Denwa,Tantou,Ｋａｉｓｈａ \n"
                                    "社外秘,06-1111-2222,佐藤 花子,梅田商事株式会社\n");
    const auto imported = crm.cli.run({s("import"), later, s("--preset"), s("crm"), s("--json")});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json().object().value(s("preset")).toString() == s("crm"));
    CHECK(imported.json().object().value(s("created")).toInt() == 1);
    const QJsonArray contacts = crm.contacts();
    REQUIRE(contacts.size() == 1);
    const QJsonObject c = contacts.first().toObject();
    CHECK(c.value(s("family_name")).toString() == s("佐藤"));
    CHECK(c.value(s("given_name")).toString() == s("花子"));
    CHECK(c.value(s("company")).toString() == s("梅田商事株式会社"));
    CHECK(c.value(s("phone_work")).toString() == s("06-1111-2222"));
    CHECK(c.value(s("notes")).toString().isEmpty()); // Memo=ignore dropped it

    // The file the preset was saved from is recognised without --preset.
    const auto detected = crm.cli.run({s("import"), crm.file, s("--json")});
    REQUIRE(detected.exitCode == 0);
    CHECK(detected.json().object().value(s("preset")).toString() == s("crm"));
    const auto batches = crm.cli.run({s("imports"), s("list"), s("--json")}).json().array();
    REQUIRE(batches.size() == 2);
    CHECK(batches.at(0).toObject().value(s("preset")).toString() == s("crm"));

    CHECK(crm.cli.run({s("presets"), s("delete"), s("crm")}).exitCode == 0);
    CHECK(crm.cli.run({s("presets"), s("list"), s("--json")}).json().array().size() == 7);
}

TEST_CASE("saving a preset again replaces it, and --base starts from another preset",
          "[cli][presets]")
{
    Crm crm;
    REQUIRE(crm.save(s("crm")).exitCode == 0);
    const auto again = crm.save(s("crm"), {s("--map"), s("Memo=notes")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(s("Replaced preset crm: 4 of 4 columns mapped")));
    CHECK(fieldOf(crm.columns(s("crm")), s("Memo")) == s("notes"));
    CHECK(crm.cli.run({s("presets"), s("list"), s("--json")}).json().array().size() == 8);

    // Based on crm, with one column changed: the rest is crm's.
    const auto based = crm.cli.run({s("presets"), s("save"), s("crm-mobile"), s("--from"), crm.file,
                                    s("--base"), s("crm"), s("--map"), s("denwa=phone_mobile")});
    REQUIRE(based.exitCode == 0);
    const QJsonArray columns = crm.columns(s("crm-mobile"));
    CHECK(fieldOf(columns, s("Kaisha")) == s("company"));
    CHECK(fieldOf(columns, s("Denwa")) == s("phone_mobile"));
    CHECK(fieldOf(columns, s("Memo")) == s("notes"));
    // Without --base the start is what import would detect: the saved preset the header
    // fits, the latest saved when several do.
    REQUIRE(crm.cli.run({s("presets"), s("save"), s("copy"), s("--from"), crm.file}).exitCode == 0);
    CHECK(crm.columns(s("copy")) == columns);
    // From a built-in preset, only what it knows is mapped: generic knows Memo.
    REQUIRE(crm.cli
                .run({s("presets"), s("save"), s("memo-only"), s("--from"), crm.file, s("--base"),
                      s("generic")})
                .exitCode == 0);
    CHECK(fieldOf(crm.columns(s("memo-only")), s("Kaisha")) == s("ignore"));
    CHECK(fieldOf(crm.columns(s("memo-only")), s("Memo")) == s("notes"));
}

TEST_CASE("built-in preset names cannot be saved over or deleted", "[cli][presets]")
{
    Crm crm;
    for (const char *name : {"eight", "Google"}) {
        CAPTURE(name);
        const auto refused = crm.save(s(name));
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(s("\"%1\" is the name of a built-in preset").arg(s(name))));
    }
    const auto reserved = crm.save(s("auto"));
    CHECK(reserved.exitCode == 1);
    CHECK(reserved.err.contains(s("\"auto\" has a meaning of its own")));
    CHECK(crm.cli.run({s("presets"), s("delete"), s("eight")}).exitCode == 1);
    const auto shown = crm.cli.run({s("presets"), s("show"), s("eight")});
    CHECK(shown.exitCode == 1);
    CHECK(shown.err.contains(s("--from FILE")));
    // With a file, a built-in preset shows what it would do with it.
    const auto preview =
        crm.cli.run({s("presets"), s("show"), s("generic"), s("--from"), crm.file, s("--json")});
    REQUIRE(preview.exitCode == 0);
    CHECK(preview.json().object().value(s("kind")).toString() == s("built_in"));
    CHECK(fieldOf(preview.json().object().value(s("columns")).toArray(), s("Memo")) == s("notes"));
    CHECK(crm.cli.run({s("presets"), s("list"), s("--json")}).json().array().size() == 7);
}

TEST_CASE("unknown presets and malformed mappings are refused with the reason", "[cli][presets]")
{
    Crm crm;
    REQUIRE(crm.save(s("crm")).exitCode == 0);
    const auto unknown = crm.cli.run({s("import"), crm.file, s("--preset"), s("crn")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(s("unknown preset \"crn\"")));
    CHECK(unknown.err.contains(s("crm"))); // the saved ones are among those offered
    CHECK(crm.contacts().isEmpty());
    const auto noShow = crm.cli.run({s("presets"), s("show"), s("crn")});
    CHECK(noShow.exitCode == 1);
    CHECK(noShow.err.contains(s("no saved preset named \"crn\"")));
    CHECK(crm.cli.run({s("presets"), s("delete"), s("crn")}).exitCode == 1);
    const auto badBase = crm.cli.run(
        {s("presets"), s("save"), s("x"), s("--from"), crm.file, s("--base"), s("crn")});
    CHECK(badBase.exitCode == 1);
    CHECK(badBase.err.contains(s("unknown preset \"crn\"")));

    const auto noColumn = crm.save(s("x"), {s("--map"), s("Shamei=company")});
    CHECK(noColumn.exitCode == 1);
    CHECK(noColumn.err.contains(s("no column \"Shamei\"")));
    const auto badField = crm.save(s("x"), {s("--map"), s("Kaisha=firm")});
    CHECK(badField.exitCode == 2);
    CHECK(badField.err.contains(s("unknown field \"firm\"")));
    CHECK(crm.save(s("x"), {s("--map"), s("Kaisha")}).exitCode == 2);
    CHECK(crm.cli.run({s("presets"), s("save"), s("x")}).exitCode == 2);
    CHECK(crm.cli.run({s("presets"), s("rename"), s("crm")}).exitCode == 2);
    CHECK(crm.cli.runBare({s("--help")}).out.contains(s("presets save NAME --from FILE")));
    // Nothing half-saved: only crm is there.
    CHECK(crm.cli.run({s("presets"), s("list"), s("--json")}).json().array().size() == 8);
}
