#include "clirunner.h"
#include "pdftext.h"
#include "qtcatch.h"

#include <QFile>

using kizuna::test::CliRunner;
using kizuna::test::PdfText;

namespace {

CliRunner::Result ok(const CliRunner &cli, const QString &line)
{
    return kizuna::test::runOk(cli, line);
}

struct People
{
    qint64 aoki = 0;
    qint64 inoue = 0;
    qint64 ueda = 0;
};

People addPeople(const CliRunner &cli)
{
    const auto add = [&cli](const QString &family, const QString &email) {
        return ok(cli, QStringLiteral("contacts|add|--family-name|%1|--given-name|太郎|--email|%2")
                           .arg(family, email))
            .out.trimmed()
            .toLongLong();
    };
    return {add(QStringLiteral("青木"), QStringLiteral("aoki@a.example.jp")),
            add(QStringLiteral("井上"), QStringLiteral("inoue@i.example.jp")),
            add(QStringLiteral("上田"), QStringLiteral("ueda@u.example.jp"))};
}

QString fileText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("export --ids writes exactly the contacts named, or nothing when one is missing",
          "[cli][export][bulk]")
{
    CliRunner cli;
    const auto [aoki, inoue, ueda] = addPeople(cli);
    const QString vcf = cli.databasePath() + QStringLiteral(".two.vcf");

    const auto result =
        ok(cli, QStringLiteral("export|vcard|%1|--ids|%2,%3").arg(vcf).arg(ueda).arg(aoki));
    CHECK(result.out.contains(QStringLiteral("Exported 2 contacts")));
    const QString vcard = fileText(vcf);
    CHECK(vcard.count(QStringLiteral("BEGIN:VCARD")) == 2);
    CHECK(vcard.contains(QStringLiteral("aoki@a.example.jp")));
    CHECK(vcard.contains(QStringLiteral("ueda@u.example.jp")));
    CHECK_FALSE(vcard.contains(QStringLiteral("inoue")));

    // Repeated, and narrowed by another filter.
    const QString csv = cli.databasePath() + QStringLiteral(".one.csv");
    ok(cli, QStringLiteral("export|csv|%1|--ids|%2|--ids|%3|--search|inoue")
                .arg(csv)
                .arg(aoki)
                .arg(inoue));
    const QStringList lines = fileText(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1).contains(QStringLiteral("inoue@i.example.jp")));

    // An id that names nobody: an error, and no file.
    const QString none = cli.databasePath() + QStringLiteral(".none.csv");
    const auto missing = cli.run({QStringLiteral("export"), QStringLiteral("csv"), none,
                                  QStringLiteral("--ids"), QStringLiteral("%1,999").arg(aoki)});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("999")));
    CHECK_FALSE(QFile::exists(none));
    const auto malformed = cli.run({QStringLiteral("export"), QStringLiteral("csv"), none,
                                    QStringLiteral("--ids"), QStringLiteral("1,two")});
    CHECK(malformed.exitCode == 2);
    CHECK(malformed.err.contains(QStringLiteral("--ids")));
}

TEST_CASE("report followups --ids prints only those contacts' follow-ups", "[cli][report][bulk]")
{
    CliRunner cli;
    const auto [aoki, inoue, ueda] = addPeople(cli);
    ok(cli, QStringLiteral("followups|add|%1|%2|%3|--due|2026-11-26|--purpose|見積のご連絡")
                .arg(aoki)
                .arg(inoue)
                .arg(ueda));
    const QString path = cli.databasePath() + QStringLiteral(".sheet.pdf");

    ok(cli,
       QStringLiteral("report|followups|--from|2026-11-24|--to|2026-11-30|--ids|%1,%2|--pdf|%3")
           .arg(aoki)
           .arg(ueda)
           .arg(path));
    const QString text = PdfText::squeezed(PdfText::read(path).all());
    CHECK(text.contains(QStringLiteral("青木太郎")));
    CHECK(text.contains(QStringLiteral("上田太郎")));
    CHECK_FALSE(text.contains(QStringLiteral("井上")));
    // The heading says the sheet is not everyone's (in Japanese by default).
    CHECK(text.contains(QStringLiteral("選んだ2人")));

    const auto missing =
        cli.run({QStringLiteral("report"), QStringLiteral("followups"), QStringLiteral("--from"),
                 QStringLiteral("2026-11-24"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
                 QStringLiteral("--ids"), QStringLiteral("999"), QStringLiteral("--pdf"), path});
    CHECK(missing.exitCode == 1);
}
