#include "io/csvreader.h"
#include "io/csvfile.h"
#include "io/fileerror.h"
#include "qtcatch.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace kizuna;

namespace {

QList<QStringList> readAll(const QByteArray &bytes, QChar delimiter = QLatin1Char(','),
                           int chunk = 64 * 1024, QString *error = nullptr,
                           const QString &encoding = QStringLiteral("utf-8"))
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, encoding, delimiter, 0, chunk);
    QList<QStringList> rows;
    CsvRow row;
    while (reader.readRow(row))
        rows.append(row.fields);
    if (error)
        *error = reader.error();
    else
        CHECK(reader.error().isEmpty());
    return rows;
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    const QByteArray bytes = encoder(text);
    REQUIRE_FALSE(encoder.hasError());
    return bytes;
}

} // namespace

TEST_CASE("line ends of every kind, with or without a last one", "[io][csv]")
{
    const QList<QStringList> expected{{s("a"), s("b")}, {s("1"), s("2")}};
    CHECK(readAll("a,b\r\n1,2\r\n") == expected);
    CHECK(readAll("a,b\n1,2") == expected);
    CHECK(readAll("a,b\r1,2\r") == expected);
    CHECK(readAll("a,b\n\n\r\n1,2\n\n") == expected);
}

TEST_CASE("quoted fields keep delimiters, quotes and line breaks", "[io][csv]")
{
    const auto rows = readAll("name,note\n\"山田, 太郎\",\"He said \"\"hi\"\"\r\nthen left\"\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1) == QStringList{s("山田, 太郎"), s("He said \"hi\"\r\nthen left")});
}

TEST_CASE("ragged rows are kept as they are", "[io][csv]")
{
    const auto rows = readAll("a,b,c\n1\n1,2,3,4\n,,\n");
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(1).size() == 1);
    CHECK(rows.at(2).size() == 4);
    CHECK(rows.at(3) == QStringList{QString(), QString(), QString()});
}

TEST_CASE("a stray quote inside an unquoted field is a character", "[io][csv]")
{
    const auto rows = readAll("a,b\n37.8\"N,x\n\"ab\"c,d\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(1).at(0) == s("37.8\"N"));
    CHECK(rows.at(2).at(0) == s("abc"));
}

TEST_CASE("records know their line and their original text", "[io][csv]")
{
    QBuffer buffer;
    buffer.setData("a,b\n\n\"x\ny\",2\r\nlast,row");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("utf-8"), QLatin1Char(','));
    CsvRow row;
    REQUIRE(reader.readRow(row));
    CHECK(row.record == 1);
    CHECK(row.line == 1);
    REQUIRE(reader.readRow(row));
    CHECK(row.record == 2);
    CHECK(row.line == 3);
    CHECK(row.raw == s("\"x\ny\",2"));
    REQUIRE(reader.readRow(row));
    CHECK(row.record == 3);
    CHECK(row.line == 5);
    CHECK(row.raw == s("last,row"));
    CHECK_FALSE(reader.readRow(row));
    CHECK_FALSE(reader.hasError());
}

TEST_CASE("multibyte characters split across chunks are decoded whole", "[io][csv]")
{
    const QByteArray utf8 = s("氏名,会社\n山田太郎,株式会社ひかり電子\n髙橋一郎,㈱絆\n").toUtf8();
    const auto expected = readAll(utf8);
    for (const int chunk : {4, 5, 7, 11})
        CHECK(readAll(utf8, QLatin1Char(','), chunk) == expected);
    const QByteArray sjis = encoded(s("氏名,会社\n山田太郎,株式会社ひかり電子\n"), "CP932");
    for (const int chunk : {4, 5, 7})
        CHECK(readAll(sjis, QLatin1Char(','), chunk, nullptr, QStringLiteral("cp932")) ==
              QList<QStringList>{{s("氏名"), s("会社")}, {s("山田太郎"), s("株式会社ひかり電子")}});
}

TEST_CASE("an unterminated quote names the line where it opened", "[io][csv]")
{
    QString error;
    const auto rows =
        readAll("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n", QLatin1Char(','), 64 * 1024, &error);
    CHECK(rows.size() == 2);
    CHECK(error.contains(QStringLiteral("line 3")));
}

TEST_CASE("binary data and giant fields stop the reader with a reason", "[io][csv]")
{
    QString error;
    readAll(QByteArray("a,b\n1,\0\0\0\x01\x02", 11), QLatin1Char(','), 64 * 1024, &error);
    CHECK(error.contains(QStringLiteral("binary")));

    QByteArray huge("a\n\"");
    huge.append(QByteArray(CsvReader::kMaxFieldChars + 10, 'x'));
    readAll(huge, QLatin1Char(','), 64 * 1024, &error);
    CHECK(error.contains(QStringLiteral("longer than")));
}

TEST_CASE("memory stays flat on a large file", "[io][csv]")
{
    // 200,000 rows (about 12 MB) through a reader with 64 KiB chunks.
    QByteArray data("family,given,email\n");
    const QByteArray line = s("山田,太郎,\"taro.yamada@example.jp\"\n").toUtf8();
    constexpr int kRows = 200000;
    data.reserve(data.size() + line.size() * kRows);
    for (int i = 0; i < kRows; ++i)
        data.append(line);
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("utf-8"), QLatin1Char(','));
    CsvRow row;
    qint64 rows = 0;
    while (reader.readRow(row))
        ++rows;
    CHECK_FALSE(reader.hasError());
    CHECK(rows == kRows + 1);
    CHECK(reader.bytesRead() == data.size());
    CHECK(reader.maxBufferedChars() < 2 * 64 * 1024);
}

TEST_CASE("CSV files open in their encoding with their delimiter", "[io][csv]")
{
    QTemporaryDir dir;
    const QString text = s("会社名,氏名,電話\n㈱ひかり電子,髙橋 ①郎,０３－１２３４－５６７８\n");

    SECTION("CP932 with NEC and IBM extension characters")
    {
        CsvFile csv(writeFile(dir, QStringLiteral("sjis.csv"), encoded(text, "CP932")));
        CHECK(csv.encoding() == QStringLiteral("cp932"));
        CsvRow row;
        REQUIRE(csv.readRow(row));
        CHECK(row.fields ==
              QStringList{s("㈱ひかり電子"), s("髙橋 ①郎"), s("０３－１２３４－５６７８")});
    }
    SECTION("EUC-JP")
    {
        const QString plain = s("会社名,氏名\n株式会社ひかり電子,山田 太郎\n青葉商事,佐藤 花子\n");
        CsvFile csv(writeFile(dir, QStringLiteral("euc.csv"), encoded(plain, "EUC-JP")));
        CHECK(csv.encoding() == QStringLiteral("euc-jp"));
        CsvRow row;
        REQUIRE(csv.readRow(row));
        CHECK(row.fields == QStringList{s("株式会社ひかり電子"), s("山田 太郎")});
    }
    SECTION("UTF-8 with a byte-order mark")
    {
        CsvFile csv(
            writeFile(dir, QStringLiteral("bom.csv"), QByteArray("\xEF\xBB\xBF" + text.toUtf8())));
        CHECK(csv.encoding() == QStringLiteral("utf-8"));
        CHECK(csv.header().fields.first() == s("会社名"));
    }
    SECTION("UTF-16LE tab-separated, as Excel saves Unicode text")
    {
        QString tabbed = text;
        tabbed.replace(QLatin1Char(','), QLatin1Char('\t'));
        tabbed.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        CsvFile csv(
            writeFile(dir, QStringLiteral("excel.txt"), "\xFF\xFE" + encoded(tabbed, "UTF-16LE")));
        CHECK(csv.encoding() == QStringLiteral("utf-16le"));
        CHECK(csv.delimiter() == QLatin1Char('\t'));
        CHECK(csv.header().fields == QStringList{s("会社名"), s("氏名"), s("電話")});
    }
    SECTION("semicolons, as European spreadsheets write")
    {
        CsvFile csv(writeFile(dir, QStringLiteral("semi.csv"), "name;company\nJane;\"A;B\"\n"));
        CHECK(csv.delimiter() == QLatin1Char(';'));
        CsvRow row;
        REQUIRE(csv.readRow(row));
        CHECK(row.fields == QStringList{s("Jane"), s("A;B")});
    }
    SECTION("an encoding chosen by the user wins")
    {
        CsvFile csv(writeFile(dir, QStringLiteral("forced.csv"), encoded(text, "CP932")),
                    QStringLiteral("Shift_JIS"));
        CHECK(csv.encoding() == QStringLiteral("cp932"));
        CHECK(csv.encodingReason().contains(QStringLiteral("user")));
    }
    SECTION("a delimiter chosen by the user wins")
    {
        // Every line has one comma and one semicolon: detection takes the comma, the user
        // knows better.
        const QString path = writeFile(dir, QStringLiteral("semi-comma.csv"),
                                       "name;office,floor\nJane;Osaka,5F\nJohn;Kobe,2F\n");
        CHECK(CsvFile(path).delimiter() == QLatin1Char(','));
        CsvFile csv(path, {}, QLatin1Char(';'));
        CHECK(csv.delimiter() == QLatin1Char(';'));
        CHECK(csv.header().fields == QStringList{s("name"), s("office,floor")});
        CsvRow row;
        REQUIRE(csv.readRow(row));
        CHECK(row.fields == QStringList{s("Jane"), s("Osaka,5F")});
        CHECK_THROWS_AS(CsvFile(path, {}, QLatin1Char('|')), FileError);
    }
}

TEST_CASE("files that cannot be read say why, naming the file", "[io][csv]")
{
    QTemporaryDir dir;
    const auto errorFor = [&dir](const QString &name, const QByteArray &bytes) {
        const QString path = writeFile(dir, name, bytes);
        try {
            CsvFile csv(path);
            CsvRow row;
            while (csv.readRow(row)) {
            }
            csv.throwIfFailed();
        } catch (const FileError &error) {
            CHECK(error.message().contains(path));
            return error.reason();
        }
        return QString();
    };
    CHECK(errorFor(QStringLiteral("empty.csv"), {}).contains(QStringLiteral("empty")));
    CHECK(
        errorFor(QStringLiteral("header.csv"), "name,email\n").contains(QStringLiteral("no data")));
    CHECK(errorFor(QStringLiteral("binary.csv"), QByteArray("PK\x03\x04\0\0\x14\0", 8))
              .contains(QStringLiteral("binary")));
    CHECK(errorFor(QStringLiteral("latin.csv"), "name\n\xFF\xFE\xFD\x80\xA0\n")
              .contains(QStringLiteral("no supported encoding")));
    CHECK(errorFor(QStringLiteral("quote.csv"), "a,b\n1,\"open\n2,3\n")
              .contains(QStringLiteral("never closed")));
    CHECK_THROWS_AS(CsvFile(dir.filePath(QStringLiteral("missing.csv"))), FileError);
    CHECK_THROWS_AS(
        CsvFile(writeFile(dir, QStringLiteral("x.csv"), "a\n1\n"), QStringLiteral("klingon")),
        FileError);
}
