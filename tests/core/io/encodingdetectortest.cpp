#include "io/encodingdetector.h"
#include "qtcatch.h"

#include <QStringEncoder>

using kizuna::EncodingDetector;

namespace {
QByteArray encoded(const char *utf8, const char *encoding)
{
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    return encoder(QString::fromUtf8(utf8));
}
} // namespace

TEST_CASE("encodings are told apart by their bytes", "[io][encoding]")
{
    const char *text = "氏名,会社名,メモ\n山田 太郎,株式会社ひかり電子,展示会で名刺交換\n";
    CHECK(EncodingDetector::detect(QByteArray(text), true).name == QStringLiteral("utf-8"));
    CHECK(EncodingDetector::detect(encoded(text, "CP932"), true).name == QStringLiteral("cp932"));
    CHECK(EncodingDetector::detect(encoded(text, "EUC-JP"), true).name == QStringLiteral("euc-jp"));
    CHECK(EncodingDetector::detect(QByteArray("name,email\nJane,jane@example.com\n"), true).name ==
          QStringLiteral("utf-8"));
    const auto utf16 =
        EncodingDetector::detect(QByteArray("\xFF\xFE" + encoded(text, "UTF-16LE")), true);
    CHECK(utf16.name == QStringLiteral("utf-16le"));
    CHECK(utf16.bomLength == 2);
    CHECK(EncodingDetector::detect(QByteArray("\xFE\xFF" + encoded(text, "UTF-16BE")), true).name ==
          QStringLiteral("utf-16be"));
    CHECK(EncodingDetector::detect(QByteArray("\xEF\xBB\xBF" + QByteArray(text)), true).bomLength ==
          3);
}

TEST_CASE("a sample cut inside a character is not held against it", "[io][encoding]")
{
    const QByteArray utf8 = QByteArray("会社名");
    CHECK(EncodingDetector::detect(utf8.left(utf8.size() - 1), false).name ==
          QStringLiteral("utf-8"));
    const QByteArray sjis = encoded("会社名会社名", "CP932");
    CHECK(EncodingDetector::firstInvalidCp932(sjis.left(sjis.size() - 1), false) == -1);
    CHECK(EncodingDetector::firstInvalidCp932(sjis.left(sjis.size() - 1), true) >= 0);
}

TEST_CASE("bytes that fit nothing, and binary data, are refused with a reason", "[io][encoding]")
{
    const auto binary =
        EncodingDetector::detect(QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), true);
    CHECK_FALSE(binary.isValid());
    CHECK(binary.reason.contains(QStringLiteral("binary")));
    const auto garbage = EncodingDetector::detect(QByteArray("\xFF\xFD\x80\xA0\xFE"), true);
    CHECK_FALSE(garbage.isValid());
    CHECK(garbage.reason.contains(QStringLiteral("offset 0")));
}

TEST_CASE("encoding names a user may type", "[io][encoding]")
{
    CHECK(EncodingDetector::canonicalName(QStringLiteral("Shift_JIS")) == QStringLiteral("cp932"));
    CHECK(EncodingDetector::canonicalName(QStringLiteral("SJIS")) == QStringLiteral("cp932"));
    CHECK(EncodingDetector::canonicalName(QStringLiteral("UTF8")) == QStringLiteral("utf-8"));
    CHECK(EncodingDetector::canonicalName(QStringLiteral("euc-jp")) == QStringLiteral("euc-jp"));
    CHECK(EncodingDetector::canonicalName(QStringLiteral("latin1")).isEmpty());
}
