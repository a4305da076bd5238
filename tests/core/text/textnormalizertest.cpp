#include "text/textnormalizer.h"

#include <catch2/catch.hpp>

using kizuna::TextNormalizer;

namespace {
QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

TEST_CASE("fold meets full-width, half-width, katakana, case and old forms in one form", "[text]")
{
    CHECK(TextNormalizer::fold(s("ヤマダ")) == s("やまだ"));
    CHECK(TextNormalizer::fold(s("ﾔﾏﾀﾞ")) == s("やまだ"));
    CHECK(TextNormalizer::fold(s("ＹＡＭＡＤＡ")) == s("yamada"));
    CHECK(TextNormalizer::fold(s("０３")) == s("03"));
    CHECK(TextNormalizer::fold(s("  山田\u3000\u3000太郎 ")) == s("山田 太郎"));
    CHECK(TextNormalizer::fold(s("髙橋")) == s("高橋"));
    CHECK(TextNormalizer::fold(s("㈱ひかり")) == s("(株)ひかり"));
    CHECK(TextNormalizer::fold(s("ｶﾞｯｺｳ")) == s("がっこう"));
    CHECK(TextNormalizer::fold(QString()).isEmpty());
}

TEST_CASE("searchForm keeps only letters and digits", "[text]")
{
    CHECK(TextNormalizer::searchForm(s("03-1234-5678")) == s("0312345678"));
    CHECK(TextNormalizer::searchForm(s("ヤマダ タロウ")) == s("やまだたろう"));
    CHECK(TextNormalizer::searchForm(s("taro.yamada@example.jp")) == s("taroyamadaexamplejp"));
    CHECK(TextNormalizer::searchForm(s("佐々木")) == s("佐々木"));
    CHECK(TextNormalizer::searchForm(s("ラーメン")) == s("らーめん"));
}

TEST_CASE("digits reads full-width digits and drops the rest", "[text]")
{
    CHECK(TextNormalizer::digits(s("０３－１２３４－５６７８")) == s("0312345678"));
    CHECK(TextNormalizer::digits(s("TEL: (03) 1234")) == s("031234"));
    CHECK(TextNormalizer::digits(s("なし")).isEmpty());
}

TEST_CASE("kana conversion both ways", "[text]")
{
    CHECK(TextNormalizer::toHiragana(s("ヤマダ タロウ")) == s("やまだ たろう"));
    CHECK(TextNormalizer::toHiragana(s("ｻﾄｳ")) == s("さとう"));
    CHECK(TextNormalizer::toHiragana(s("ヴァイオリン")) == s("ゔぁいおりん"));
    CHECK(TextNormalizer::toHiragana(s("山田ABC")) == s("山田ABC"));
    CHECK(TextNormalizer::toKatakana(s("やまだ")) == s("ヤマダ"));
    CHECK(TextNormalizer::toKatakana(s("ゝ山")) == s("ヽ山"));
}

TEST_CASE("old and variant kanji forms fold to the common form", "[text]")
{
    CHECK(TextNormalizer::foldOldForms(s("髙橋")) == s("高橋"));
    CHECK(TextNormalizer::foldOldForms(s("山﨑")) == s("山崎"));
    CHECK(TextNormalizer::foldOldForms(s("齋藤")) == s("斎藤"));
    CHECK(TextNormalizer::foldOldForms(s("渡邊")) == s("渡辺"));
    CHECK(TextNormalizer::foldOldForms(s("渡邉")) == s("渡辺"));
    CHECK(TextNormalizer::foldOldForms(s("𠮷田")) == s("吉田"));
    CHECK(TextNormalizer::foldOldForms(s("山田")) == s("山田"));
}

TEST_CASE("sortPrimary drops voicing and enlarges small kana", "[text]")
{
    CHECK(TextNormalizer::sortPrimary(s("がっこう")) == s("かつこう"));
    CHECK(TextNormalizer::sortPrimary(s("ぱん")) == s("はん"));
    CHECK(TextNormalizer::sortPrimary(s("きょう")) == s("きよう"));
    CHECK(TextNormalizer::sortPrimary(s("カ")) == s("か"));
    // The point of the primary level: がか sorts between かか and かき.
    CHECK(TextNormalizer::sortPrimary(s("かか")) <= TextNormalizer::sortPrimary(s("がか")));
    CHECK(TextNormalizer::sortPrimary(s("がか")) < TextNormalizer::sortPrimary(s("かき")));
}

TEST_CASE("character classes", "[text]")
{
    CHECK(TextNormalizer::isKana(QChar(u'あ')));
    CHECK(TextNormalizer::isKana(QChar(u'ア')));
    CHECK(TextNormalizer::isKana(QChar(u'ｱ')));
    CHECK(TextNormalizer::isKana(QChar(u'ー')));
    CHECK_FALSE(TextNormalizer::isKana(QChar(u'山')));
    CHECK_FALSE(TextNormalizer::isKana(QChar(u'a')));
    CHECK(TextNormalizer::containsKanji(s("佐々木")));
    CHECK(TextNormalizer::containsKanji(s("𠮷田")));
    CHECK_FALSE(TextNormalizer::containsKanji(s("やまだ yamada")));
    CHECK(TextNormalizer::isKanaOnly(s("やまだ たろう")));
    CHECK(TextNormalizer::isKanaOnly(s("ジョン・スミス")));
    CHECK_FALSE(TextNormalizer::isKanaOnly(s("やまだ太郎")));
    CHECK_FALSE(TextNormalizer::isKanaOnly(s("")));
    CHECK_FALSE(TextNormalizer::isKanaOnly(s("   ")));
}
