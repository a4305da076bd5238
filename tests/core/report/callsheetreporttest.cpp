#include "report/callsheetreport.h"
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "io/fileerror.h"
#include "nurture/followupservice.h"
#include "pdftext.h"
#include "testdatabase.h"
#include "text/dateformat.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace kizuna;
using test::ContactBuilder;
using test::PdfText;

namespace {

const QDate kToday(2026, 11, 24);
const QLocale kJapanese(QLocale::Japanese, QLocale::Japan);

const QStringList kFamilies{QStringLiteral("佐藤"), QStringLiteral("鈴木"), QStringLiteral("高橋"),
                            QStringLiteral("田中"), QStringLiteral("伊藤"), QStringLiteral("渡辺"),
                            QStringLiteral("山本"), QStringLiteral("中村"), QStringLiteral("小林"),
                            QStringLiteral("加藤")};
const QStringList kGivens{QStringLiteral("一郎"), QStringLiteral("花子"), QStringLiteral("健太"),
                          QStringLiteral("美咲"), QStringLiteral("翔"),   QStringLiteral("陽子"),
                          QStringLiteral("大輔"), QStringLiteral("愛"),   QStringLiteral("誠"),
                          QStringLiteral("由美"), QStringLiteral("拓也"), QStringLiteral("恵")};

qint64 addWithFollowUp(Database &db, const Contact &card, const QDate &due, const QString &purpose)
{
    ContactService contacts(db, nullptr);
    contacts.setToday(kToday);
    const qint64 id = contacts.add(card);
    FollowUp f;
    f.contactId = id;
    f.dueOn = due;
    f.dueAt = QTime(10, 30);
    f.channel = Channel::Visit;
    f.purpose = purpose;
    FollowUpService(db, kToday).add(f);
    return id;
}

} // namespace

TEST_CASE("a call sheet spans pages and names every follow-up's contact under its day",
          "[report][callsheet]")
{
    test::TestDatabase t;
    QStringList names;
    // 120 people, a working week of four days from Tuesday 1 December.
    for (int i = 0; i < 120; ++i) {
        const QString family = kFamilies.at(i % kFamilies.size());
        const QString given = kGivens.at(i / kFamilies.size());
        names.append(family + given);
        addWithFollowUp(t.db(),
                        ContactBuilder()
                            .name(family, given)
                            .company(QStringLiteral("株式会社ひかり電子"))
                            .phone(QStringLiteral("03-1234-5678")),
                        QDate(2026, 12, 1).addDays(i % 4), QStringLiteral("新製品のご案内"));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    const CallSheetReport report(t.db(), kJapanese);
    REQUIRE(report.items(QDate(2026, 12, 1), QDate(2026, 12, 4)).size() == 120);

    const int pages = report.write(path, QDate(2026, 12, 1), QDate(2026, 12, 4), kToday);

    const PdfText pdf = PdfText::read(path);
    CHECK(pages > 3);
    CHECK(pdf.pageCount == pages);
    REQUIRE(pdf.pages.size() == pages);
    const QString all = PdfText::squeezed(pdf.all());
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK(all.contains(name));
    }
    CHECK(all.contains(QStringLiteral("株式会社ひかり電子")));
    CHECK(all.contains(QStringLiteral("新製品のご案内")));
    CHECK(all.contains(QStringLiteral("03-1234-5678")));
    for (const QString &day :
         {QStringLiteral("2026年12月1日(火)"), QStringLiteral("2026年12月2日(水)"),
          QStringLiteral("2026年12月3日(木)"), QStringLiteral("2026年12月4日(金)")})
        CHECK(all.contains(day));
    // Every page carries the heading (period, print date) and its number.
    for (int i = 0; i < pages; ++i) {
        INFO("page " << i + 1);
        const QString page = PdfText::squeezed(pdf.pages.at(i));
        for (const QString &part : {QStringLiteral("Period:"), QStringLiteral("2026年12月1日(火)"),
                                    QStringLiteral("2026年12月4日(金)"), QStringLiteral("Printed"),
                                    QStringLiteral("2026年11月24日")})
            CHECK(page.contains(part));
        CHECK(page.contains(QStringLiteral("2026年11月24日")));
        CHECK(page.contains(QStringLiteral("%1/%2").arg(i + 1).arg(pages)));
    }
}

TEST_CASE("a page break never cuts a follow-up nor leaves a day's heading alone",
          "[report][callsheet]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    contacts.setToday(kToday);
    FollowUpService followUps(t.db(), kToday);
    // Days of uneven length, so that page ends fall at many places in a row and a heading.
    const QList<int> perDay{7, 23, 3, 30, 1, 11, 16};
    struct Entry
    {
        QString name, email, purpose;
        QDate day;
        bool firstOfDay = false;
    };
    QList<Entry> entries;
    QDate day(2026, 12, 1);
    for (const int count : perDay) {
        for (int k = 0; k < count; ++k) {
            const qsizetype i = entries.size();
            Entry e{kFamilies.at(i % kFamilies.size()) + kGivens.at(i / kFamilies.size()),
                    QStringLiteral("p%1@example.jp").arg(i), QStringLiteral("用件%1番").arg(i), day,
                    k == 0};
            Contact card =
                ContactBuilder()
                    .name(kFamilies.at(i % kFamilies.size()), kGivens.at(i / kFamilies.size()))
                    .company(QStringLiteral("株式会社ひかり電子"))
                    .email(e.email)
                    .phone(QStringLiteral("03-1234-5678"));
            card.phoneMobile = QStringLiteral("090-1111-2222");
            FollowUp f;
            f.contactId = contacts.add(card);
            f.dueOn = day;
            f.dueAt = QTime(8, 0).addSecs(60 * k);
            f.channel = Channel::Phone;
            f.purpose = e.purpose;
            followUps.add(f);
            entries.append(e);
        }
        day = day.addDays(1);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    const int pages =
        CallSheetReport(t.db(), kJapanese).write(path, QDate(2026, 12, 1), day.addDays(-1), kToday);
    const PdfText pdf = PdfText::read(path);
    REQUIRE(pdf.pages.size() == pages);
    REQUIRE(pages >= 6);
    const auto pageOf = [&](const QString &text) {
        QList<int> found;
        for (int p = 0; p < pages; ++p) {
            if (PdfText::squeezed(pdf.pages.at(p)).contains(text))
                found.append(p);
        }
        return found;
    };
    // A day's table that goes on over a page names its columns again there.
    for (int p = 0; p < pages; ++p) {
        INFO("page " << p + 1);
        CHECK(PdfText::squeezed(pdf.pages.at(p)).contains(QStringLiteral("Phone/e-mail")));
    }
    for (const Entry &e : entries) {
        INFO(e.name.toStdString() << " " << e.email.toStdString());
        // A follow-up whole on one page: its name, purpose and e-mail (the last line of its
        // row) together.
        const QList<int> namePages = pageOf(e.name);
        REQUIRE(namePages.size() == 1);
        CHECK(pageOf(e.email) == namePages);
        CHECK(pageOf(e.purpose) == namePages);
        if (e.firstOfDay) {
            // The day's heading stands on the page of its first follow-up.
            const QString heading = DateFormat::dayHeading(e.day, kJapanese);
            CHECK(pageOf(heading).contains(namePages.first()));
        }
    }
}

TEST_CASE("a call sheet reads the day's follow-ups in time order with their details",
          "[report][callsheet]")
{
    test::TestDatabase t;
    addWithFollowUp(t.db(),
                    ContactBuilder()
                        .name(QStringLiteral("山田"), QStringLiteral("太郎"))
                        .kana(QStringLiteral("やまだ"), QStringLiteral("たろう"))
                        .company(QStringLiteral("株式会社ひかり電子"))
                        .email(QStringLiteral("taro@hikari.example.jp")),
                    QDate(2026, 12, 2), QStringLiteral("見積 <b>A&B</b> の件"));
    const CallSheetReport report(t.db(), kJapanese);
    const QList<AgendaItem> items = report.items(QDate(2026, 12, 1), QDate(2026, 12, 7));
    REQUIRE(items.size() == 1);

    const QString html = report.html(items);
    // User text is text, never markup.
    CHECK(html.contains(QStringLiteral("見積 &lt;b&gt;A&amp;B&lt;/b&gt; の件")));
    CHECK(html.contains(QStringLiteral("山田 太郎")));
    CHECK(html.contains(QStringLiteral("やまだ たろう")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("one.pdf"));
    CHECK(report.write(path, QDate(2026, 12, 1), QDate(2026, 12, 7), kToday) == 1);
    const QString text = PdfText::read(path).all();
    CHECK(text.contains(QStringLiteral("見積 <b>A&B</b> の件")));
    CHECK(text.contains(QStringLiteral("taro@hikari.example.jp")));
    CHECK(text.contains(QStringLiteral("10:30")));
    CHECK(PdfText::squeezed(text).contains(QStringLiteral("1/1")));
}

TEST_CASE("a call sheet of an empty period is one page that says so", "[report][callsheet]")
{
    test::TestDatabase t;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.pdf"));
    const CallSheetReport report(t.db(), kJapanese);
    CHECK(report.write(path, QDate(2027, 1, 4), QDate(2027, 1, 8), kToday) == 1);
    const PdfText pdf = PdfText::read(path);
    CHECK(pdf.pageCount == 1);
    CHECK(pdf.all().contains(QStringLiteral("No follow-ups are due in this period.")));
}

TEST_CASE("a call sheet that cannot be written names the file", "[report][callsheet]")
{
    test::TestDatabase t;
    const QString path = t.folder() + QStringLiteral("/missing/folder/sheet.pdf");
    const CallSheetReport report(t.db(), kJapanese);
    try {
        report.write(path, kToday, kToday, kToday);
        FAIL("no error");
    } catch (const FileError &error) {
        CHECK(error.file() == path);
    }
}

TEST_CASE("a call sheet for chosen contacts holds only their follow-ups and says so",
          "[report][callsheet][bulk]")
{
    test::TestDatabase t;
    const QDate monday(2026, 11, 30);
    const qint64 taro = addWithFollowUp(
        t.db(), ContactBuilder().name(QStringLiteral("山田"), QStringLiteral("太郎")), monday,
        QStringLiteral("見積の確認"));
    const qint64 hanako = addWithFollowUp(
        t.db(), ContactBuilder().name(QStringLiteral("佐藤"), QStringLiteral("花子")),
        monday.addDays(2), QStringLiteral("新製品のご案内"));
    addWithFollowUp(t.db(), ContactBuilder().name(QStringLiteral("鈴木"), QStringLiteral("一郎")),
                    monday.addDays(1), QStringLiteral("展示会のお礼"));
    // Taro's second follow-up falls after the period: not on the sheet.
    FollowUp later;
    later.contactId = taro;
    later.dueOn = monday.addDays(9);
    later.purpose = QStringLiteral("契約の相談");
    FollowUpService(t.db(), kToday).add(later);

    CallSheetReport report(t.db(), kJapanese);
    report.setContacts({taro, hanako});
    const QList<AgendaItem> items = report.items(monday, monday.addDays(4));
    REQUIRE(items.size() == 2);
    CHECK(items.at(0).followUp.contactId == taro);
    CHECK(items.at(1).followUp.contactId == hanako);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chosen.pdf"));
    CHECK(report.write(path, monday, monday.addDays(4), kToday) == 1);
    const QString text = PdfText::squeezed(PdfText::read(path).all());
    CHECK(text.contains(QStringLiteral("山田太郎")));
    CHECK(text.contains(QStringLiteral("佐藤花子")));
    CHECK(text.contains(QStringLiteral("見積の確認")));
    CHECK(text.contains(QStringLiteral("2chosencontacts")));
    CHECK_FALSE(text.contains(QStringLiteral("鈴木")));
    CHECK_FALSE(text.contains(QStringLiteral("展示会のお礼")));
    CHECK_FALSE(text.contains(QStringLiteral("契約の相談")));

    // Someone chosen with nothing due gets a sheet that says so, not everyone else's calls.
    report.setContacts({hanako});
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    CHECK(report.write(none, monday, monday, kToday) == 1);
    const QString empty = PdfText::read(none).all();
    CHECK(empty.contains(QStringLiteral("None of the chosen contacts has a follow-up")));
    CHECK_FALSE(empty.contains(QStringLiteral("山田")));
}
