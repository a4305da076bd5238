#include "text/kanaromanizer.h"

#include <catch2/catch.hpp>

using kizuna::KanaRomanizer;

namespace {
QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

TEST_CASE("Hepburn as written on passports and business cards", "[text][romaji]")
{
    CHECK(KanaRomanizer::hepburn(s("やまだ")) == s("yamada"));
    CHECK(KanaRomanizer::hepburn(s("たろう")) == s("taro"));
    CHECK(KanaRomanizer::hepburn(s("おおの")) == s("ono"));
    CHECK(KanaRomanizer::hepburn(s("ゆうこ")) == s("yuko"));
    CHECK(KanaRomanizer::hepburn(s("いのうえ")) == s("inoue"));
    CHECK(KanaRomanizer::hepburn(s("しみず")) == s("shimizu"));
    CHECK(KanaRomanizer::hepburn(s("ちあき")) == s("chiaki"));
    CHECK(KanaRomanizer::hepburn(s("つじ")) == s("tsuji"));
    CHECK(KanaRomanizer::hepburn(s("ふじた")) == s("fujita"));
    CHECK(KanaRomanizer::hepburn(s("きょうこ")) == s("kyoko"));
    CHECK(KanaRomanizer::hepburn(s("しょうへい")) == s("shohei"));
    CHECK(KanaRomanizer::hepburn(s("はっとり")) == s("hattori"));
    CHECK(KanaRomanizer::hepburn(s("えっちゅう")) == s("etchu"));
    CHECK(KanaRomanizer::hepburn(s("なんば")) == s("namba"));
    CHECK(KanaRomanizer::hepburn(s("けんじ")) == s("kenji"));
    CHECK(KanaRomanizer::hepburn(s("じゅん")) == s("jun"));
    CHECK(KanaRomanizer::hepburn(s("ヤマダ")) == s("yamada"));
    CHECK(KanaRomanizer::hepburn(s("ﾔﾏﾀﾞ")) == s("yamada"));
    CHECK(KanaRomanizer::hepburn(s("けいこ")) == s("keiko"));
}

TEST_CASE("wapuro writes long vowels out", "[text][romaji]")
{
    CHECK(KanaRomanizer::wapuro(s("たろう")) == s("tarou"));
    CHECK(KanaRomanizer::wapuro(s("おおの")) == s("oono"));
    CHECK(KanaRomanizer::wapuro(s("なんば")) == s("nanba"));
    CHECK(KanaRomanizer::wapuro(s("ラーメン")) == s("raamen"));
    CHECK(KanaRomanizer::wapuro(s("しんいち")) == s("shinichi"));
}

TEST_CASE("characters that are not kana pass through, case folded", "[text][romaji]")
{
    CHECK(KanaRomanizer::hepburn(s("ABCやま")) == s("abcyama"));
    CHECK(KanaRomanizer::hepburn(s("山田")) == s("山田"));
    CHECK(KanaRomanizer::hepburn(QString()).isEmpty());
    CHECK(KanaRomanizer::hepburn(s("っ")).isEmpty());
}
