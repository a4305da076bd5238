#include "contacts/contactservice.h"
#include "import/contactimporter.h"
#include "io/fileerror.h"
#include "qtcatch.h"
#include "testdatabase.h"
#include "testpaths.h"

#include <QFile>
#include <QTemporaryDir>

using namespace kizuna;

namespace {
QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
Contact onlyContact(ContactService &service, const QString &search)
{
    ContactListQuery q;
    q.search = search;
    const QList<Contact> found = service.page(q).contacts;
    REQUIRE(found.size() == 1);
    return found.first();
}
} // namespace

TEST_CASE("a vCard 2.1 from an old phone: Shift_JIS, quoted-printable, IrMC reading",
          "[import][vcard]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    ContactImporter importer(t.db(), service);
    const ImportSummary summary =
        importer.importFile(test::testDataDir() + QStringLiteral("/import/phone-21-sjis.vcf"), {});
    CHECK(summary.preset == s("vcard"));
    CHECK(summary.encoding == s("cp932"));
    CHECK(summary.created == 1);
    const Contact c = onlyContact(service, s("たかはし"));
    CHECK(c.familyName == s("髙橋"));
    CHECK(c.givenKana == s("いちろう"));
    CHECK(c.company == s("株式会社ひかり電子"));
    CHECK(c.department == s("第二営業部"));
    CHECK(c.phoneMobile == s("090-1111-2222"));
    CHECK(c.phoneWork == s("03-1234-5678"));
    CHECK(c.notes == s("展示会で名刺交換。来月に再訪"));
}

TEST_CASE("vCard 3.0 and 4.0: escapes, folding, types, SORT-AS", "[import][vcard]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    ContactImporter importer(t.db(), service);
    const QString rejects = QTemporaryDir().path() + QStringLiteral("-rejects.csv");
    ImportOptions options;
    options.rejectFile = rejects;
    const ImportSummary summary = importer.importFile(
        test::testDataDir() + QStringLiteral("/import/contacts-3-4.vcf"), options);
    CHECK(summary.created == 2);
    CHECK(summary.rejected == 1);
    CHECK(summary.rejects.first().line == 28);
    const Contact sato = onlyContact(service, s("さとう"));
    CHECK(sato.department == s("総務部"));
    CHECK(sato.fax == s("06-6123-4568"));
    CHECK(sato.phoneMobile == s("080-3333-4444"));
    CHECK(sato.address == s("大阪府 大阪市北区 梅田1-1-1 梅田ビル5F"));
    CHECK(sato.postalCode == s("530-0001"));
    CHECK(sato.notes == s("セミナー後に個別相談, 資料送付済み\n来月再訪"));
    CHECK(sato.tags == QStringList{s("セミナー参加"), s("決裁者")});
    const Contact yamada = onlyContact(service, s("やまだ"));
    CHECK(yamada.familyKana == s("やまだ"));
    CHECK(yamada.phoneMobile == s("+81-90-5555-6666"));
    CHECK(yamada.notes.endsWith(s("超えて続きます。")));
    QFile file(rejects);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(s("名前のないカード")));
    file.remove();
}

TEST_CASE("broken vCards say where", "[import][vcard]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    ContactImporter importer(t.db(), service);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.vcf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane;;;\r\nEND:VCARD\r\n"
               "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roe;Rick;;;\r\n");
    file.close();
    const ImportSummary summary = importer.importFile(path, {});
    CHECK(summary.created == 1);
    CHECK(summary.rejected == 1);
    CHECK(summary.rejects.first().reason.contains(s("line 5")));
    CHECK(summary.rows == 2);
}
