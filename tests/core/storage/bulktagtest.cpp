#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "searchresults.h"
#include "storage/storageerror.h"
#include "storage/tagrepository.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using test::ContactBuilder;

namespace {

struct Fixture
{
    test::TestDatabase t;
    ContactService service{t.db(), nullptr};
    QList<qint64> ids =
        service.addAll({ContactBuilder()
                            .name(QStringLiteral("山田"), QStringLiteral("太郎"))
                            .tags({QStringLiteral("VIP")}),
                        ContactBuilder().name(QStringLiteral("佐藤"), QStringLiteral("花子")),
                        ContactBuilder().name(QStringLiteral("鈴木"), QStringLiteral("一郎"))});
    qint64 taro = ids.at(0);
    qint64 hanako = ids.at(1);
    qint64 ichiro = ids.at(2);

    QStringList tagsOf(qint64 id) const { return service.get(id).tags; }
};

} // namespace

TEST_CASE("a tag goes on several contacts in one change, and its undo takes off only what it "
          "put on",
          "[contacts][tags][bulk]")
{
    Fixture f;
    const TagChange change = f.service.addTag({f.taro, f.hanako}, QStringLiteral("ｖｉｐ"));
    CHECK(change.kind == TagChange::Kind::Added);
    // Taro had it already (matched across width and case): he is not part of the change.
    CHECK(change.contactIds == QList<qint64>{f.hanako});
    CHECK_FALSE(change.tagCreated);
    CHECK(f.tagsOf(f.taro) == QStringList{QStringLiteral("VIP")});
    CHECK(f.tagsOf(f.hanako) == QStringList{QStringLiteral("VIP")});
    CHECK(f.tagsOf(f.ichiro).isEmpty());
    // The search index follows.
    CHECK(test::idsFound(f.service, QStringLiteral("vip")).contains(f.hanako));

    f.service.undoTagChange(change);
    CHECK(f.tagsOf(f.taro) == QStringList{QStringLiteral("VIP")});
    CHECK(f.tagsOf(f.hanako).isEmpty());
    CHECK_FALSE(test::idsFound(f.service, QStringLiteral("vip")).contains(f.hanako));
}

TEST_CASE("undoing a new tag on a selection deletes the tag again", "[contacts][tags][bulk]")
{
    Fixture f;
    const TagChange change = f.service.addTag({f.hanako, f.ichiro}, QStringLiteral(" 展示会 "));
    CHECK(change.tagCreated);
    CHECK(change.tag == QStringLiteral("展示会"));
    CHECK(change.contactIds == QList<qint64>{f.hanako, f.ichiro});
    CHECK(f.tagsOf(f.ichiro) == QStringList{QStringLiteral("展示会")});

    f.service.undoTagChange(change);
    CHECK(f.tagsOf(f.hanako).isEmpty());
    CHECK(f.tagsOf(f.ichiro).isEmpty());
    CHECK(f.service.repository().tags().idOf(QStringLiteral("展示会")) == 0);

    // A tag that was there before the change stays, even when nobody carries it after.
    f.service.addTag(f.ichiro, QStringLiteral("紹介"));
    const TagChange added = f.service.addTag(QList<qint64>{f.hanako}, QStringLiteral("紹介"));
    CHECK_FALSE(added.tagCreated);
    f.service.removeTag(f.ichiro, QStringLiteral("紹介"));
    f.service.undoTagChange(added);
    CHECK(f.tagsOf(f.hanako).isEmpty());
    CHECK(f.service.repository().tags().idOf(QStringLiteral("紹介")) != 0);
}

TEST_CASE("a tag comes off several contacts in one change, and its undo puts it back on them "
          "only",
          "[contacts][tags][bulk]")
{
    Fixture f;
    f.service.addTag(f.hanako, QStringLiteral("VIP"));
    const TagChange change =
        f.service.removeTag({f.taro, f.hanako, f.ichiro}, QStringLiteral("vip"));
    CHECK(change.kind == TagChange::Kind::Removed);
    CHECK(change.tag == QStringLiteral("VIP"));
    CHECK(change.contactIds == QList<qint64>{f.taro, f.hanako});
    for (qint64 id : f.ids)
        CHECK(f.tagsOf(id).isEmpty());

    f.service.undoTagChange(change);
    CHECK(f.tagsOf(f.taro) == QStringList{QStringLiteral("VIP")});
    CHECK(f.tagsOf(f.hanako) == QStringList{QStringLiteral("VIP")});
    CHECK(f.tagsOf(f.ichiro).isEmpty());
    CHECK(test::idsFound(f.service, QStringLiteral("vip")).size() == 2);
}

TEST_CASE("a tag change for a selection is all or none", "[contacts][tags][bulk]")
{
    Fixture f;
    CHECK_THROWS_AS(f.service.addTag({f.hanako, 9999}, QStringLiteral("新規")), StorageError);
    CHECK(f.tagsOf(f.hanako).isEmpty());
    // The tag the failed change created went with it.
    CHECK(f.service.repository().tags().idOf(QStringLiteral("新規")) == 0);

    CHECK_THROWS_AS(f.service.removeTag({f.taro, 9999}, QStringLiteral("VIP")), StorageError);
    CHECK(f.tagsOf(f.taro) == QStringList{QStringLiteral("VIP")});
    CHECK_THROWS_AS(f.service.removeTag(QList<qint64>{f.taro}, QStringLiteral("無い")),
                    StorageError);

    // Undoing a removal from a person erased since gives nobody the tag back.
    f.service.addTag(f.hanako, QStringLiteral("VIP"));
    const TagChange change = f.service.removeTag({f.taro, f.hanako}, QStringLiteral("VIP"));
    f.service.erase(f.hanako);
    CHECK_THROWS_AS(f.service.undoTagChange(change), StorageError);
    CHECK(f.tagsOf(f.taro).isEmpty());
}

TEST_CASE("the tags a selection carries, each once", "[contacts][tags][bulk]")
{
    Fixture f;
    f.service.addTag({f.taro, f.hanako}, QStringLiteral("展示会"));
    f.service.addTag(f.ichiro, QStringLiteral("紹介"));
    CHECK(f.service.tagsOf({f.taro, f.hanako}) ==
          QStringList{QStringLiteral("VIP"), QStringLiteral("展示会")});
    CHECK(f.service.tagsOf({f.hanako}) == QStringList{QStringLiteral("展示会")});
    CHECK(f.service.tagsOf({}).isEmpty());
}
