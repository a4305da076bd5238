#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "demo/demodatagenerator.h"
#include "export/contactexporter.h"
#include "export/csvwriter.h"
#include "import/contactimporter.h"
#include "qtcatch.h"
#include "storage/storageerror.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace kizuna;
using test::ContactBuilder;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// What a person is, without the bookkeeping a new database gives them anew.
QStringList people(ContactService &service)
{
    ContactListQuery all;
    all.limit = 1000;
    QStringList out;
    for (const Contact &c : service.page(all).contacts) {
        out.append(QStringList{c.familyName,
                               c.givenName,
                               c.familyKana,
                               c.givenKana,
                               c.company,
                               c.department,
                               c.title,
                               c.email,
                               c.email2,
                               c.phoneWork,
                               c.phoneDirect,
                               c.phoneMobile,
                               c.fax,
                               c.postalCode,
                               c.address,
                               c.url,
                               c.notes,
                               c.tags.join(QLatin1Char('|')),
                               c.cardExchangedOn.toString(Qt::ISODate),
                               c.source,
                               stageKey(c.stage)}
                       .join(QLatin1Char('\t')));
    }
    return out;
}

void fill(ContactService &service)
{
    const DemoDataGenerator generator(9, QDate(2026, 11, 24));
    QList<Contact> cards;
    for (int i = 0; i < 120; ++i)
        cards.append(generator.contact(i));
    Contact tricky = ContactBuilder()
                         .name(s("髙橋"), s("一郎"))
                         .kana(s("たかはし"), s("いちろう"))
                         .notes(s("=HYPERLINK(\"http://evil.example\")\n二行目, \"引用\"; 終わり"));
    tricky.phoneMobile = s("+81 90-1234-5678");
    tricky.company = s("㈱ひかり電子");
    tricky.tags = {s("展示会"), s("VIP")};
    cards.append(tricky);
    service.addAll(cards);
}

} // namespace

TEST_CASE("export then import gives back the same people", "[export][import]")
{
    test::TestDatabase source;
    ContactService from(source.db(), nullptr);
    fill(from);
    const QStringList expected = people(from);
    QTemporaryDir dir;
    const auto roundTrip = [&](const QString &file, auto exportTo) {
        exportTo(ContactExporter(from), file);
        test::TestDatabase target;
        ContactService to(target.db(), nullptr);
        ContactImporter importer(target.db(), to);
        const ImportSummary summary = importer.importFile(file, {});
        CHECK(summary.created == expected.size());
        CHECK(summary.rejected == 0);
        return people(to);
    };
    CHECK(
        roundTrip(dir.filePath(QStringLiteral("all.csv")), [](ContactExporter e, const QString &f) {
            e.exportCsv(f, {}, CsvWriter::Encoding::Utf8);
        }) == expected);
    CHECK(roundTrip(dir.filePath(QStringLiteral("all-sjis.csv")),
                    [](ContactExporter e, const QString &f) {
                        e.exportCsv(f, {}, CsvWriter::Encoding::Cp932);
                    }) == expected);
    CHECK(roundTrip(dir.filePath(QStringLiteral("all.vcf")),
                    [](ContactExporter e, const QString &f) { e.exportVcard(f, {}); }) == expected);
}

TEST_CASE("exports guard formulas and warn about what CP932 cannot hold", "[export]")
{
    CHECK(CsvWriter::guarded(s("=1+1")) == s("'=1+1"));
    CHECK(CsvWriter::guarded(s("+81 90")) == s("'+81 90"));
    CHECK(CsvWriter::guarded(s("-")) == s("'-"));
    CHECK(CsvWriter::guarded(s("@sum")) == s("'@sum"));
    CHECK(CsvWriter::guarded(s("山田")) == s("山田"));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvWriter::Encoding::Cp932);
    writer.writeRow({s("氏名"), s("メモ")});
    writer.writeRow({s("髙橋 ①郎"), s("😀 と 𠮷")});
    REQUIRE(writer.warnings().size() == 1);
    CHECK(writer.warnings().first().row == 2);
    CHECK(writer.warnings().first().column == 1);

    QBuffer utf8;
    utf8.open(QIODevice::WriteOnly);
    CsvWriter plain(&utf8, CsvWriter::Encoding::Utf8, false);
    plain.writeRow({s("=1+1")});
    CHECK(utf8.data() == QByteArray("\xEF\xBB\xBF\"=1+1\"\r\n"));
}

TEST_CASE("an export can be limited to a filter", "[export]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    fill(service);
    ContactListQuery vip;
    vip.tag = s("VIP");
    QTemporaryDir dir;
    const ExportSummary summary =
        ContactExporter(service).exportVcard(dir.filePath(QStringLiteral("vip.vcf")), vip);
    CHECK(summary.contacts == service.count(vip));
    CHECK(summary.contacts > 0);
    CHECK(summary.contacts < 121);
}

TEST_CASE("an export of chosen contacts holds exactly them, or fails before writing",
          "[export][bulk]")
{
    test::TestDatabase source;
    ContactService from(source.db(), nullptr);
    fill(from);
    ContactListQuery all;
    all.limit = 1000;
    const QList<Contact> contacts = from.page(all).contacts;
    REQUIRE(contacts.size() == 121);
    // Out of reading order, as a selection hands them over; the file is in reading order.
    const QList<qint64> chosen{contacts.at(77).id, contacts.at(3).id, contacts.at(40).id};
    // A QString, not the string builder `+` makes, which would outlive its operands.
    const auto key = [](const Contact &c) -> QString {
        return c.familyName + c.givenName + c.email;
    };
    const QStringList expected{key(contacts.at(3)), key(contacts.at(40)), key(contacts.at(77))};
    ContactListQuery query;
    query.ids = chosen;
    QTemporaryDir dir;

    const auto imported = [&](const QString &file) {
        test::TestDatabase target;
        ContactService to(target.db(), nullptr);
        ContactImporter(target.db(), to).importFile(file, {});
        QStringList keys;
        for (const Contact &c : to.page(all).contacts)
            keys.append(key(c));
        return keys;
    };
    const QString csv = dir.filePath(QStringLiteral("chosen.csv"));
    CHECK(ContactExporter(from).exportCsv(csv, query, CsvWriter::Encoding::Utf8).contacts == 3);
    CHECK(imported(csv) == expected);
    const QString vcf = dir.filePath(QStringLiteral("chosen.vcf"));
    CHECK(ContactExporter(from).exportVcard(vcf, query).contacts == 3);
    CHECK(imported(vcf) == expected);

    // The ids narrow the other filters further, never widen them.
    query.search = contacts.at(40).familyName + QLatin1Char(' ') + contacts.at(40).givenName;
    CHECK(ContactExporter(from).exportVcard(vcf, query).contacts == 1);
    CHECK(imported(vcf) == QStringList{key(contacts.at(40))});

    // A chosen person who is gone would be silently missing from the file: nothing is written.
    ContactListQuery gone;
    gone.ids = QList<qint64>{contacts.at(3).id, 99999};
    const QString missing = dir.filePath(QStringLiteral("missing.csv"));
    CHECK_THROWS_AS(ContactExporter(from).exportCsv(missing, gone, CsvWriter::Encoding::Utf8),
                    StorageError);
    from.moveToTrash(contacts.at(40).id);
    CHECK_THROWS_AS(ContactExporter(from).exportVcard(missing, query), StorageError);
    CHECK_FALSE(QFile::exists(missing));
}
