#include "search/searchquery.h"
#include "search/searchdocument.h"

#include <catch2/catch.hpp>

using namespace kizuna;

TEST_CASE("documents are overlapping two-character tokens per value", "[search]")
{
    CHECK(SearchDocument::tokensOf({QStringLiteral("ヤマダ")}) == QStringLiteral("やま まだ だ"));
    // Latin and digit values also get a run of trigrams after their pairs.
    CHECK(SearchDocument::tokensOf({QStringLiteral("03-12"), QStringLiteral("x")}) ==
          QStringLiteral("03 31 12 2 031 312 x"));
    // A character outside the BMP is one character.
    CHECK(SearchDocument::tokensOf({QString::fromUtf8("\xF0\xA0\xAE\xB7田")})
              .count(QLatin1Char(' ')) == 1);
    // The same value twice is indexed once.
    CHECK(SearchDocument::tokensOf({QStringLiteral("ab"), QStringLiteral("AB")}) ==
          QStringLiteral("ab b"));
}

TEST_CASE("typed text becomes prefix, term and phrase queries", "[search]")
{
    CHECK(SearchQuery(QStringLiteral("山")).expression() == QStringLiteral("\"山\"*"));
    CHECK(SearchQuery(QStringLiteral("ヤマ")).expression() == QStringLiteral("\"やま\""));
    CHECK(SearchQuery(QStringLiteral("yamada")).expression() ==
          QStringLiteral("\"yam ama mad ada\""));
    CHECK(SearchQuery(QStringLiteral("ya")).expression() == QStringLiteral("\"ya\""));
    CHECK(SearchQuery(QStringLiteral("03-1")).expression() == QStringLiteral("\"031\""));
    CHECK(SearchQuery(QStringLiteral("山田　太郎")).expression() ==
          QStringLiteral("\"山田\" AND \"太郎\""));
    CHECK(SearchQuery(QStringLiteral(" - ")).isEmpty());
    CHECK(SearchQuery(QStringLiteral("\"a\"")).expression() == QStringLiteral("\"a\"*"));
}

TEST_CASE("a server's grams are each line's distinct characters and pairs of characters",
          "[search]")
{
    const QString text = QString::fromUtf8("やまだ\nab\xF0\xA0\xAE\xB7\nab");
    // Pairs never straddle two lines; 𠮷 is one character, not two halves.
    QStringList expected{QStringLiteral("や"),
                         QStringLiteral("やま"),
                         QStringLiteral("ま"),
                         QStringLiteral("まだ"),
                         QStringLiteral("だ"),
                         QStringLiteral("a"),
                         QStringLiteral("ab"),
                         QStringLiteral("b"),
                         QString::fromUtf8("b\xF0\xA0\xAE\xB7"),
                         QString::fromUtf8("\xF0\xA0\xAE\xB7")};
    expected.sort();
    CHECK(SearchDocument::gramsOf(text) == expected);
    CHECK(SearchDocument::gramsOf({}).isEmpty());
}
