#include "text/mecabreadingguesser.h"

#include <catch2/catch.hpp>

using kizuna::MecabReadingGuesser;

namespace {
QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

// CI and the README's commands install mecab-ipadic-utf8, so the dictionary is required here:
// a machine without it would silently stop guessing readings, which is a real failure.
TEST_CASE("MeCab guesses the readings of common names", "[text][mecab]")
{
    const MecabReadingGuesser guesser;
    INFO(guesser.errorString().toStdString());
    REQUIRE(guesser.isAvailable());
    CHECK(guesser.guess(s("山田")) == s("やまだ"));
    CHECK(guesser.guess(s("田中")) == s("たなか"));
    CHECK(guesser.guess(s("太郎")) == s("たろう"));
    CHECK(guesser.guess(s("佐々木")) == s("ささき"));
}

TEST_CASE("old forms are folded before the dictionary sees them", "[text][mecab]")
{
    const MecabReadingGuesser guesser;
    REQUIRE(guesser.isAvailable());
    CHECK(guesser.guess(s("髙橋")) == guesser.guess(s("高橋")));
    CHECK(guesser.guess(s("髙橋")) == s("たかはし"));
}

TEST_CASE("kana comes back as hiragana, no partial guesses", "[text][mecab]")
{
    const MecabReadingGuesser guesser;
    REQUIRE(guesser.isAvailable());
    CHECK(guesser.guess(s("ヤマダ")) == s("やまだ"));
    CHECK(guesser.guess(s("ｻﾄｳ")) == s("さとう"));
    CHECK(guesser.guess(QString()).isEmpty());
    CHECK(guesser.guess(s("   ")).isEmpty());
    // Latin letters have no reading in the dictionary: no guess rather than half a guess.
    CHECK(guesser.guess(s("Smith")).isEmpty());
}
