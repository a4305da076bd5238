#include "agendamodel.h"
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "nurture/followupservice.h"
#include "stagepalette.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <QBrush>
#include <QSignalSpy>

using namespace kizuna;
using test::ContactBuilder;

namespace {

const QDate kToday(2026, 11, 24); // a Tuesday

qint64 person(Database &db, const QString &family, Stage stage, const QDate &confirmed = kToday)
{
    ContactService contacts(db, nullptr);
    contacts.setToday(confirmed);
    return contacts.add(ContactBuilder()
                            .name(family, QStringLiteral("太郎"))
                            .company(QStringLiteral("株式会社ひかり"))
                            .stage(stage));
}

qint64 due(Database &db, qint64 contactId, const QDate &day, const QString &purpose)
{
    FollowUp f;
    f.contactId = contactId;
    f.dueOn = day;
    f.channel = Channel::Visit;
    f.purpose = purpose;
    return FollowUpService(db, kToday).add(f);
}

int loadAll(AgendaModel &model, AgendaModel::Section section)
{
    const QModelIndex heading = model.sectionIndex(section);
    int fetches = 0;
    while (model.canFetchMore(heading)) {
        model.fetchMore(heading);
        ++fetches;
    }
    return fetches;
}

} // namespace

TEST_CASE("the agenda model puts each line in its section and counts them", "[gui][agenda]")
{
    test::TestDatabase t;
    const qint64 aoki = person(t.db(), QStringLiteral("青木"), Stage::Hot);
    const qint64 inoue = person(t.db(), QStringLiteral("井上"), Stage::Warm);
    const qint64 ueda = person(t.db(), QStringLiteral("上田"), Stage::Cold); // dropped
    // Details last confirmed two years ago, and nothing open: dropped and to review.
    const qint64 eto = person(t.db(), QStringLiteral("江藤"), Stage::Warm, kToday.addYears(-2));
    person(t.db(), QStringLiteral("小野"), Stage::Lost); // lost leads are not dropped
    due(t.db(), aoki, QDate(2026, 11, 20), QStringLiteral("見積もりの確認"));
    due(t.db(), inoue, QDate(2026, 11, 23), QStringLiteral("お礼"));
    due(t.db(), inoue, kToday, QStringLiteral("訪問"));
    due(t.db(), aoki, QDate(2026, 11, 27), QStringLiteral("金曜"));
    due(t.db(), aoki, QDate(2026, 12, 1), QStringLiteral("来週"));   // seventh day: not this week
    due(t.db(), inoue, QDate(2026, 11, 30), QStringLiteral("月曜")); // sixth day: this week

    AgendaModel model(t.db(), kToday, NameOrder::FamilyFirst);
    // Nothing is counted, and no heading shows, until someone asks.
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.index(0, 0).isValid());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.ensureCounted();
    CHECK(reset.count() == 1);
    model.ensureCounted();
    CHECK(reset.count() == 1);
    CHECK(model.rowCount() == AgendaModel::SectionCount);
    CHECK(model.count(AgendaModel::OverdueSection) == 2);
    CHECK(model.count(AgendaModel::TodaySection) == 1);
    CHECK(model.count(AgendaModel::WeekSection) == 2);
    CHECK(model.count(AgendaModel::DroppedSection) == 2);
    CHECK(model.count(AgendaModel::ReviewSection) == 1);
    // The heading says the count; nothing below it is read before the view asks.
    const QModelIndex overdue = model.sectionIndex(AgendaModel::OverdueSection);
    CHECK(model.data(overdue).toString() == QStringLiteral("期限切れ（2）"));
    CHECK(model.rowCount(overdue) == 0);
    CHECK(model.canFetchMore(overdue));

    for (int s = 0; s < AgendaModel::SectionCount; ++s)
        loadAll(model, static_cast<AgendaModel::Section>(s));
    REQUIRE(model.rowCount(overdue) == 2);
    const auto cell = [&](const QModelIndex &parent, int row, int column,
                          int role = Qt::DisplayRole) {
        return model.data(model.index(row, column, parent), role);
    };
    CHECK(cell(overdue, 0, AgendaModel::DueColumn).toString() ==
          QStringLiteral("2026年11月20日(金)"));
    CHECK(cell(overdue, 0, AgendaModel::ContactColumn).toString() == QStringLiteral("青木 太郎"));
    CHECK(cell(overdue, 0, AgendaModel::CompanyColumn).toString() ==
          QStringLiteral("株式会社ひかり"));
    CHECK(cell(overdue, 0, AgendaModel::ChannelColumn).toString() == QStringLiteral("訪問"));
    CHECK(cell(overdue, 0, AgendaModel::PurposeColumn).toString() ==
          QStringLiteral("見積もりの確認"));
    CHECK(cell(overdue, 0, AgendaModel::StageColumn).toString() == StagePalette::label(Stage::Hot));
    CHECK(cell(overdue, 0, AgendaModel::StageColumn, Qt::BackgroundRole).value<QBrush>().color() ==
          StagePalette::background(Stage::Hot));
    CHECK(cell(overdue, 1, AgendaModel::PurposeColumn).toString() == QStringLiteral("お礼"));

    const QModelIndex week = model.sectionIndex(AgendaModel::WeekSection);
    REQUIRE(model.rowCount(week) == 2);
    CHECK(cell(week, 0, AgendaModel::PurposeColumn).toString() == QStringLiteral("金曜"));
    CHECK(cell(week, 1, AgendaModel::PurposeColumn).toString() == QStringLiteral("月曜"));

    const QModelIndex dropped = model.sectionIndex(AgendaModel::DroppedSection);
    REQUIRE(model.rowCount(dropped) == 2);
    // Warm before cold, and a dropped lead has no follow-up to show a day for.
    CHECK(model.itemAt(model.index(0, 0, dropped))->followUp.contactId == eto);
    CHECK(model.itemAt(model.index(1, 0, dropped))->followUp.contactId == ueda);
    CHECK(model.itemAt(model.index(1, 0, dropped))->followUp.id == 0);
    CHECK(cell(dropped, 1, AgendaModel::DueColumn).toString().isEmpty());

    const QModelIndex review = model.sectionIndex(AgendaModel::ReviewSection);
    REQUIRE(model.rowCount(review) == 1);
    CHECK(model.itemAt(model.index(0, 0, review))->followUp.contactId == eto);
    CHECK(model.sectionOf(model.index(0, 3, review)) == AgendaModel::ReviewSection);
    CHECK(model.itemAt(review) == nullptr);
}

TEST_CASE("the agenda model reads a long section a page at a time", "[gui][agenda]")
{
    test::TestDatabase t;
    const qint64 aoki = person(t.db(), QStringLiteral("青木"), Stage::Hot);
    const int lines = 2 * AgendaModel::kPageSize + 50;
    for (int i = 0; i < lines; ++i)
        due(t.db(), aoki, kToday.addDays(-1 - i % 30), QStringLiteral("遅れ%1").arg(i));

    AgendaModel model(t.db(), kToday, NameOrder::FamilyFirst);
    model.ensureCounted();
    const QModelIndex overdue = model.sectionIndex(AgendaModel::OverdueSection);
    CHECK(model.count(AgendaModel::OverdueSection) == lines);
    model.fetchMore(overdue);
    CHECK(model.rowCount(overdue) == AgendaModel::kPageSize);
    CHECK(model.loadedCount(AgendaModel::TodaySection) == 0); // other sections stay unread
    CHECK(loadAll(model, AgendaModel::OverdueSection) == 2);
    CHECK(model.rowCount(overdue) == lines);
    // In due order across the pages: oldest first, no line twice.
    QSet<qint64> ids;
    QDate previous;
    for (int row = 0; row < lines; ++row) {
        const AgendaItem *item = model.itemAt(model.index(row, 0, overdue));
        REQUIRE(item != nullptr);
        ids.insert(item->followUp.id);
        CHECK((!previous.isValid() || previous <= item->followUp.dueOn));
        previous = item->followUp.dueOn;
    }
    CHECK(ids.size() == lines);

    model.reload();
    CHECK(model.rowCount(overdue) == 0);
    CHECK(model.canFetchMore(overdue));
}
