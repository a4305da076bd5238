#include "import/contactimporter.h"
#include "contacts/contactservice.h"
#include "import/importhistory.h"
#include "io/fileerror.h"
#include "nurture/followupservice.h"
#include "qtcatch.h"
#include "searchresults.h"
#include "storage/contacthistoryrepository.h"
#include "testdatabase.h"
#include "testpaths.h"
#include "text/mecabreadingguesser.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace kizuna;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString eightFile()
{
    return test::testDataDir() + QStringLiteral("/import/eight-cp932.csv");
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text,
                  const char *encoding, const QByteArray &bom = {})
{
    QStringEncoder encoder(encoding);
    QByteArray bytes = bom;
    bytes += QByteArray(encoder(text));
    REQUIRE_FALSE(encoder.hasError());
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

// Everything a user can see of the database, table by table, row by row, for comparing a
// database before and after an undo. The search index is compared through searching.
QStringList snapshot(Database &db)
{
    QStringList rows;
    for (const char *table : {"companies", "sources", "tags", "contacts", "contact_tags",
                              "contact_match_keys", "contact_history", "import_batch_contacts"}) {
        // Table names are the fixed list above, not input.
        QSqlQuery q = db.prepare(QStringLiteral("SELECT * FROM ") + QLatin1String(table));
        db.exec(q);
        while (q.next()) {
            QStringList values{QLatin1String(table)};
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
    }
    rows.sort();
    return rows;
}

struct Fixture
{
    test::TestDatabase t;
    MecabReadingGuesser guesser;
    ContactService service{t.db(), &guesser};
    ContactImporter importer{t.db(), service};
    QTemporaryDir dir;
};

} // namespace

TEST_CASE("an Eight export in CP932 comes in with tags, dates and merges", "[import]")
{
    Fixture f;
    const QString rejects = f.dir.filePath(QStringLiteral("rejects.csv"));
    ImportOptions options;
    options.rejectFile = rejects;
    const ImportSummary s1 = f.importer.importCsv(eightFile(), options);
    CHECK(s1.encoding == s("cp932"));
    CHECK(s1.preset == s("eight"));
    CHECK(s1.rows == 6);
    CHECK(s1.created == 2);
    CHECK(s1.merged == 1); // the same man twice, by e-mail in another case
    CHECK(s1.rejected == 3);
    CHECK(s1.created + s1.merged + s1.skipped + s1.rejected == s1.rows);
    CHECK(s1.batchId > 0);

    const QList<qint64> takahashi = test::idsFound(f.service, s("たかはし"));
    REQUIRE(takahashi.size() == 1);
    const Contact c = f.service.get(takahashi.first());
    CHECK(c.familyName == s("高橋"));
    CHECK(c.company == s("㈱ひかり電子"));
    CHECK(c.title == s("部長")); // the later card wins ...
    CHECK(c.postalCode == s("101-0041"));
    CHECK(c.phoneMobile == s("090-1111-2222"));
    CHECK(c.cardExchangedOn == QDate(2026, 11, 12));
    CHECK(c.tags.contains(s("展示会")));
    CHECK(c.tags.contains(s("VIP")));
    CHECK(c.familyKana == s("たかはし"));
    CHECK(c.readingGuessed);
    // ... and the title it replaced stays in the contact's history.
    bool titleKept = false;
    for (const HistoryEntry &e : ContactHistoryRepository(f.t.db()).forContact(c.id))
        titleKept = titleKept || (e.field == s("title") && e.oldValue == s("課長"));
    CHECK(titleKept);

    const Contact sato = f.service.get(test::idsFound(f.service, s("佐藤")).value(0));
    // The line break inside the quoted cell is kept as a space in the one-line address.
    CHECK(sato.address == s("大阪府大阪市北区梅田1-1-1 梅田ビル5F"));
    CHECK(sato.cardExchangedOn == QDate(2026, 11, 12)); // written R8.11.12

    QFile rejected(rejects);
    REQUIRE(rejected.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(rejected.readAll());
    CHECK(text.contains(s("not-an-address")));
    CHECK(text.contains(s("line 8")));
    CHECK(text.contains(s("きのう")));

    // The same file again: everyone merges, nobody is created twice.
    const ImportSummary s2 = f.importer.importCsv(eightFile(), {});
    CHECK(s2.created == 0);
    CHECK(s2.merged == 3);
    CHECK(f.service.count({}) == 2);
}

TEST_CASE("duplicates are merged, skipped or created as asked", "[import]")
{
    Fixture f;
    f.importer.importCsv(eightFile(), {});
    ImportOptions skip;
    skip.onDuplicate = OnDuplicate::Skip;
    const ImportSummary skipped = f.importer.importCsv(eightFile(), skip);
    CHECK(skipped.skipped == 3);
    CHECK(f.service.count({}) == 2);
    ImportOptions create;
    create.onDuplicate = OnDuplicate::Create;
    const ImportSummary created = f.importer.importCsv(eightFile(), create);
    CHECK(created.created == 3);
    CHECK(f.service.count({}) == 5);
}

TEST_CASE("a delimiter the user names is the one the import splits at", "[import]")
{
    Fixture f;
    // One comma and one semicolon a line: detection takes the comma and finds no name column.
    const QString path = writeFile(f.dir, QStringLiteral("semicolons.csv"),
                                   s("氏名;会社名,支店\n山田 太郎;ひかり電子,大阪\n"), "UTF-8");
    ImportOptions options;
    options.dryRun = true;
    CHECK(f.importer.importCsv(path, options).created == 0);
    options.delimiter = QLatin1Char(';');
    const ImportSummary summary = f.importer.importCsv(path, options);
    CHECK(summary.created == 1);
    CHECK(summary.rejected == 0);
}

TEST_CASE("a dry run reports and stores nothing, cancelling stores nothing", "[import]")
{
    Fixture f;
    const QStringList before = snapshot(f.t.db());
    ImportOptions dry;
    dry.dryRun = true;
    const ImportSummary summary = f.importer.importCsv(eightFile(), dry);
    CHECK(summary.created == 2);
    CHECK(summary.batchId == 0);
    CHECK(snapshot(f.t.db()) == before);
    CHECK(ImportHistory(f.t.db(), f.service).list().isEmpty());

    QString many = s("氏名,メール\n");
    for (int i = 0; i < 1000; ++i)
        many += s("山田 太郎%1,taro%1@example.jp\n").arg(i);
    ImportOptions cancel;
    cancel.progress = [](qint64 rows, qint64, qint64) {
        return rows < 400;
    };
    const ImportSummary cancelled =
        f.importer.importCsv(writeFile(f.dir, QStringLiteral("many.csv"), many, "UTF-8"), cancel);
    CHECK(cancelled.cancelled);
    CHECK(f.service.count({}) == 0);
}

TEST_CASE("undoing imports restores the database exactly, merges included", "[import]")
{
    Fixture f;
    f.importer.importCsv(eightFile(), {});
    const QStringList afterFirst = snapshot(f.t.db());
    const ImportSummary second = f.importer.importCsv(eightFile(), {});
    REQUIRE(second.merged == 3);
    ImportHistory history(f.t.db(), f.service);
    const qint64 first = history.list().last().id;

    // The first import cannot be undone while the second builds on its contacts.
    CHECK_THROWS_AS(history.undo(first), StorageError);
    CHECK(snapshot(f.t.db()).size() > afterFirst.size());

    history.undo(second.batchId);
    CHECK(snapshot(f.t.db()) == afterFirst);
    CHECK_THROWS_AS(history.undo(second.batchId), StorageError);

    history.undo(first);
    CHECK(f.service.count({}) == 0);
    CHECK(test::idsFound(f.service, s("たかはし")).isEmpty());
    CHECK(snapshot(f.t.db()).isEmpty());
    CHECK(history.list().size() == 2);
    if (test::TestDatabase::onServer()) {
        // A server has no file to check; what its triggers keep must have gone with the rows.
        CHECK(f.t.db().scalar(QStringLiteral("SELECT count(*) FROM company_stats")).toInt() == 0);
        CHECK(f.t.db().scalar(QStringLiteral("SELECT count(*) FROM search_postings")).toInt() == 0);
    } else {
        CHECK(f.t.db().scalar(QStringLiteral("PRAGMA integrity_check")).toString() == s("ok"));
    }
}

TEST_CASE("an import is not undone over a follow-up scheduled for someone it brought in",
          "[import][followups]")
{
    Fixture f;
    const ImportSummary imported = f.importer.importCsv(eightFile(), {});
    const qint64 id = test::idsFound(f.service, s("たかはし")).value(0);
    REQUIRE(id > 0);
    FollowUpService followUps(f.t.db(), QDate(2026, 11, 24));
    FollowUp call;
    call.contactId = id;
    call.dueOn = QDate(2026, 11, 30);
    call.channel = Channel::Phone;
    call.purpose = s("展示会のお礼");
    const qint64 scheduled = followUps.add(call);
    ImportHistory history(f.t.db(), f.service);

    // Undoing would delete the person and the call planned with them.
    CHECK_THROWS_MATCHES(history.undo(imported.batchId), StorageError,
                         Catch::Predicate<StorageError>([](const StorageError &e) {
                             return e.kind() == StorageError::Kind::Conflict;
                         }));
    CHECK(followUps.get(scheduled).status == FollowUpStatus::Open);
    // With the call taken off again, the person is as the import left them.
    followUps.removeOpen({scheduled});
    history.undo(imported.batchId);
    CHECK(f.service.count({}) == 0);
}

TEST_CASE("an erasure takes the undo data of the imports that brought the person in",
          "[import][erasure]")
{
    Fixture f;
    const ImportSummary s1 = f.importer.importCsv(eightFile(), {});
    const qint64 id = test::idsFound(f.service, s("たかはし")).value(0);
    f.service.erase(id);
    ImportHistory history(f.t.db(), f.service);
    CHECK_FALSE(history.list().first().undoable);
    CHECK_THROWS_AS(history.undo(s1.batchId), StorageError);
    CHECK(f.t.db()
              .scalar(
                  QStringLiteral("SELECT count(*) FROM import_batches WHERE changeset IS NOT NULL"))
              .toInt() == 0);
}

TEST_CASE("every preset reads a realistic sample in its real encoding", "[import]")
{
    Fixture f;
    struct Sample
    {
        const char *name;
        const char *encoding;
        QByteArray bom;
        const char *text;
        const char *preset;
        const char *family;
        const char *given;
        const char *company;
        const char *mobile;
    };
    const Sample samples[] = {
        {"sansan.csv",
         "CP932",
         {},
         "会社名,部署名,役職,氏名,氏名（カナ）,メールアドレス,郵便番号,都道府県,住所1,電話番号,FAX,"
         "携帯電話,URL,名刺交換日,所有者\r\n"
         "株式会社青葉製作所,購買部,課長,鈴木 一郎,スズキ イチロウ,i.suzuki@aoba.example.jp,"
         "460-0008,愛知県,名古屋市中区栄1-2-3,052-123-4567,052-123-4568,090-2222-3333,,"
         "2026/10/01,山田 太郎\r\n",
         "sansan",
         "鈴木",
         "一郎",
         "株式会社青葉製作所",
         "090-2222-3333"},
        {"camcard.csv", "UTF-8", QByteArray("\xEF\xBB\xBF"),
         "Name,Name Pronunciation,Company,Department,Title,Mobile,Work Tel,Work Fax,Email,"
         "Address,Website,Note\n"
         "田中 花子,たなか はなこ,富士精機株式会社,技術部,主任,080-4444-5555,03-5555-6666,,"
         "h.tanaka@fuji.example.jp,東京都港区芝公園1-1-1,,展示会で交換\n",
         "camcard", "田中", "花子", "富士精機株式会社", "080-4444-5555"},
        {"google.csv",
         "UTF-8",
         {},
         "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
         "Phonetic Last Name,Organization Name,Organization Title,Organization Department,"
         "Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n"
         "健太,,伊藤,けんた,,いとう,三和商事株式会社,部長,営業部,,* myContacts ::: 展示会,"
         "* Work,k.ito@sanwa.example.jp,Mobile,070-6666-7777\n",
         "google",
         "伊藤",
         "健太",
         "三和商事株式会社",
         "070-6666-7777"},
        {"google-old.csv",
         "UTF-8",
         {},
         "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,"
         "Additional Name Yomi,Family Name Yomi,Group Membership,E-mail 1 - Type,"
         "E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name,"
         "Organization 1 - Title\n"
         "渡辺 美香,美香,,渡辺,,みか,,わたなべ,* My Contacts,* Work,m.watanabe@kyowa.example.jp,"
         "Mobile,090-8888-9999,協和電機株式会社,課長\n",
         "google",
         "渡辺",
         "美香",
         "協和電機株式会社",
         "090-8888-9999"},
        {"outlook-ja.csv",
         "CP932",
         {},
         "姓,名,姓 (フリガナ),名 (フリガナ),会社名,部署,役職,勤務先電話番号,勤務先ファックス,"
         "携帯電話,電子メール アドレス,勤務先住所 郵便番号,勤務先住所 都道府県,"
         "勤務先住所 市区町村,勤務先住所 番地,メモ\r\n"
         "小林,直樹,コバヤシ,ナオキ,有限会社旭運輸,総務部,係長,06-1111-2222,,080-1212-3434,"
         "n.kobayashi@asahi.example.jp,530-0001,大阪府,大阪市北区,梅田2-2-2,\r\n",
         "outlook",
         "小林",
         "直樹",
         "有限会社旭運輸",
         "080-1212-3434"},
        {"outlook-en.csv",
         "UTF-8",
         {},
         "First Name,Middle Name,Last Name,Title,Company,Department,Job Title,Business Phone,"
         "Mobile Phone,E-mail Address,Given Name Yomi,Family Name Yomi\n"
         "Taro,,Yamamoto,Mr.,Hokuto Denshi Co.,Sales,Manager,03-9999-0000,090-5656-7878,"
         "taro.yamamoto@hokuto.example.jp,タロウ,ヤマモト\n",
         "outlook",
         "Yamamoto",
         "Taro",
         "Hokuto Denshi Co.",
         "090-5656-7878"},
        {"thunderbird.csv",
         "UTF-8",
         {},
         "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Work Phone,"
         "Mobile Number,Job Title,Department,Organization\n"
         "Jane,Doe,Jane Doe,,jane.doe@example.com,,+1 555 0100,+81 90-1234-5678,CTO,R&D,"
         "Example Inc.\n",
         "thunderbird",
         "Doe",
         "Jane",
         "Example Inc.",
         "+81 90-1234-5678"},
        {"excel.txt", "UTF-16LE", QByteArray("\xFF\xFE"),
         "氏名\tふりがな\t会社名\t携帯\tメール\r\n"
         "松本 恵子\tまつもと "
         "けいこ\t株式会社日之出食品\t080-9090-1010\tk.matsumoto@hinode.example.jp\r\n",
         "generic", "松本", "恵子", "株式会社日之出食品", "080-9090-1010"},
        {"euc.csv",
         "EUC-JP",
         {},
         "氏名,会社,携帯電話,メール\n中村 "
         "誠,株式会社瑞穂化学,090-3030-4040,m.nakamura@mizuho.example.jp\n",
         "generic",
         "中村",
         "誠",
         "株式会社瑞穂化学",
         "090-3030-4040"},
    };
    for (const Sample &sample : samples) {
        CAPTURE(sample.name);
        const QString path = writeFile(f.dir, QString::fromLatin1(sample.name),
                                       QString::fromUtf8(sample.text), sample.encoding, sample.bom);
        const ImportSummary summary = f.importer.importCsv(path, {});
        CHECK(summary.preset == QString::fromLatin1(sample.preset));
        CHECK(summary.rows == 1);
        INFO(
            (summary.rejects.isEmpty() ? QString() : summary.rejects.first().reason).toStdString());
        REQUIRE(summary.created == 1);
        ContactListQuery all;
        all.limit = 1000;
        Contact stored;
        for (const Contact &c : f.service.page(all).contacts) {
            if (c.familyName == QString::fromUtf8(sample.family))
                stored = c;
        }
        CHECK(stored.givenName == QString::fromUtf8(sample.given));
        CHECK(stored.company == QString::fromUtf8(sample.company));
        CHECK(stored.phoneMobile == QString::fromUtf8(sample.mobile));
        CHECK_FALSE(stored.email.isEmpty());
    }
    // Readings from the files, not guesses.
    const Contact suzuki = f.service.get(test::idsFound(f.service, s("鈴木一郎")).value(0));
    CHECK(suzuki.familyKana == s("すずき"));
    CHECK_FALSE(suzuki.readingGuessed);
    const Contact ito = f.service.get(test::idsFound(f.service, s("伊藤健太")).value(0));
    CHECK(ito.tags == QStringList{s("展示会")});
    CHECK(ito.givenKana == s("けんた"));
}

TEST_CASE("files that cannot be imported say why and store nothing", "[import]")
{
    Fixture f;
    const QString headerOnly =
        writeFile(f.dir, QStringLiteral("header.csv"), s("氏名,メール\n"), "UTF-8");
    CHECK_THROWS_AS(f.importer.importCsv(headerOnly, {}), FileError);
    ImportOptions badPreset;
    badPreset.preset = QStringLiteral("rolodex");
    CHECK_THROWS_AS(f.importer.importCsv(eightFile(), badPreset), FileError);
    const QString broken =
        writeFile(f.dir, QStringLiteral("broken.csv"),
                  s("氏名,メール\n山田 太郎,taro@example.jp\n\"佐藤,x\n"), "UTF-8");
    const ImportSummary summary = f.importer.importCsv(broken, {});
    CHECK(summary.created == 1);
    CHECK(summary.rejected == 1);
    CHECK(summary.rejects.first().line == 3);
    CHECK(summary.rows == summary.created + summary.merged + summary.skipped + summary.rejected);
    CHECK(f.service.count({}) == 1);
}
