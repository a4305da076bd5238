#include "report/contactprofilereport.h"
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "nurture/activityservice.h"
#include "nurture/dealservice.h"
#include "nurture/followupservice.h"
#include "nurture/stageservice.h"
#include "pdftext.h"
#include "storage/storageerror.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QTemporaryDir>

using namespace kizuna;
using test::ContactBuilder;
using test::PdfText;

namespace {

const QDate kToday(2026, 11, 24);
const QLocale kJapanese(QLocale::Japanese, QLocale::Japan);

} // namespace

TEST_CASE("a contact profile shows the details, stage history, follow-ups, deals and timeline",
          "[report][profile]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    contacts.setToday(QDate(2026, 10, 1));
    Contact card = ContactBuilder()
                       .name(QStringLiteral("山田"), QStringLiteral("太郎"))
                       .kana(QStringLiteral("やまだ"), QStringLiteral("たろう"))
                       .company(QStringLiteral("株式会社ひかり電子"))
                       .email(QStringLiteral("taro@hikari.example.jp"))
                       .tags({QStringLiteral("展示会2026"), QStringLiteral("VIP")});
    card.title = QStringLiteral("営業部長");
    card.cardExchangedOn = QDate(2026, 10, 1);
    const qint64 id = contacts.add(card);
    StageService(t.db(), QDate(2026, 10, 15))
        .set({id}, Stage::Warm, QStringLiteral("セミナー参加"));
    StageService(t.db(), QDate(2026, 11, 2)).set({id}, Stage::Hot, QStringLiteral("予算確定"));
    Activity touch;
    touch.contactId = id;
    touch.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(15, 30));
    touch.channel = Channel::Phone;
    touch.direction = Direction::Inbound;
    touch.summary = QStringLiteral("見積依頼の電話");
    ActivityService(t.db(), QDate(2026, 11, 20)).log(touch);
    Deal deal;
    deal.contactId = id;
    deal.title = QStringLiteral("検査装置");
    deal.amount = 1200000;
    DealService(t.db(), kToday).add(deal);
    FollowUp visit;
    visit.contactId = id;
    visit.dueOn = QDate(2026, 12, 3);
    visit.channel = Channel::Visit;
    visit.purpose = QStringLiteral("デモ機のご説明");
    FollowUpService(t.db(), kToday).add(visit);

    const ContactProfileReport report(t.db(), contacts, kJapanese);
    const ContactProfileReport::Profile profile = report.profile(id);
    CHECK(profile.stageHistory.size() == 3);
    CHECK_FALSE(profile.timeline.isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.pdf"));
    const int pages = report.write(path, id, kToday);
    const PdfText pdf = PdfText::read(path);
    CHECK(pdf.pageCount == pages);
    const QString text = PdfText::squeezed(pdf.all());
    CHECK(text.contains(QStringLiteral("山田太郎")));
    CHECK(text.contains(QStringLiteral("やまだたろう")));
    CHECK(text.contains(QStringLiteral("株式会社ひかり電子")));
    CHECK(text.contains(QStringLiteral("営業部長")));
    CHECK(text.contains(QStringLiteral("展示会2026")));
    CHECK(text.contains(QStringLiteral("taro@hikari.example.jp")));
    // The stage history, step by step with its notes.
    CHECK(text.contains(QStringLiteral("Cold→Warm")));
    CHECK(text.contains(QStringLiteral("Warm→Hot")));
    CHECK(text.contains(QStringLiteral("セミナー参加")));
    CHECK(text.contains(QStringLiteral("2026/11/02")));
    // The open follow-ups, the deal and the timeline.
    CHECK(text.contains(QStringLiteral("デモ機のご説明")));
    CHECK(text.contains(QStringLiteral("検査装置")));
    CHECK(text.contains(QStringLiteral("1,200,000JPY")));
    CHECK(text.contains(QStringLiteral("見積依頼の電話")));
    CHECK(text.contains(QStringLiteral("2026/11/2015:30")));
    // The heading names the person and the print date on every page.
    for (const QString &page : pdf.pages) {
        CHECK(PdfText::squeezed(page).contains(QStringLiteral("山田太郎")));
        CHECK(PdfText::squeezed(page).contains(QStringLiteral("2026年11月24日")));
    }
    CHECK(text.contains(QStringLiteral("1/%1").arg(pages)));
}

TEST_CASE("a profile of an unknown contact is refused", "[report][profile]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    const ContactProfileReport report(t.db(), contacts, kJapanese);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nobody.pdf"));
    CHECK_THROWS_AS(report.write(path, 4242, kToday), StorageError);
    CHECK_FALSE(QFileInfo::exists(path));
}
