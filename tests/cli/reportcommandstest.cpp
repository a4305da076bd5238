#include "clirunner.h"
#include "pdftext.h"
#include "qtcatch.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using kizuna::test::CliRunner;
using kizuna::test::PdfText;

namespace {

CliRunner::Result ok(const CliRunner &cli, const QString &line)
{
    return kizuna::test::runOk(cli, line);
}

// "Wrote 3 pages to FILE." -> 3
int pagesWritten(const CliRunner::Result &result)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("(\\d+) page")).match(result.out);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

QString pdfPath(const CliRunner &cli, const QString &name)
{
    return cli.databasePath() + QLatin1Char('.') + name + QStringLiteral(".pdf");
}

} // namespace

TEST_CASE("report followups prints the demo's fortnight, every follow-up's contact on it",
          "[cli][report]")
{
    CliRunner cli;
    ok(cli, QStringLiteral("demo|--count|150"));
    const QJsonArray due =
        ok(cli, QStringLiteral("agenda|range|--from|2026-11-24|--to|2026-12-07|--limit|100000|"
                               "--json"))
            .json()
            .array();
    REQUIRE(due.size() > 10);
    const QString path = pdfPath(cli, QStringLiteral("sheet"));

    const auto result =
        ok(cli, QStringLiteral("report|followups|--from|2026-11-24|--to|2026-12-07|--pdf|") + path);

    const int pages = pagesWritten(result);
    CHECK(result.out.contains(path));
    const PdfText pdf = PdfText::read(path);
    CHECK(pdf.pageCount == pages);
    CHECK(pages > 1);
    const QString text = PdfText::squeezed(pdf.all());
    for (const QJsonValue &item : due) {
        const QString name = item.toObject().value(QStringLiteral("name")).toString();
        INFO(name.toStdString());
        CHECK(text.contains(PdfText::squeezed(name)));
    }
    CHECK(text.contains(QStringLiteral("2026年11月24日(火)")));
    CHECK(PdfText::squeezed(pdf.pages.last()).contains(QStringLiteral("%1/%1").arg(pages)));
}

TEST_CASE("report contact prints one person with their history", "[cli][report]")
{
    CliRunner cli;
    const qint64 id = ok(cli, QStringLiteral("contacts|add|--family-name|山田|--given-name|太郎|"
                                             "--family-kana|やまだ|--given-kana|たろう|"
                                             "--company|株式会社ひかり電子|--tag|展示会2026"))
                          .out.trimmed()
                          .toLongLong();
    ok(cli, QStringLiteral("stage|set|%1|warm|--note|セミナー参加").arg(id));
    ok(cli, QStringLiteral("activities|add|%1|--channel|email|--direction|in|--summary|見積依頼")
                .arg(id));
    const QString path = pdfPath(cli, QStringLiteral("profile"));

    const auto result = ok(cli, QStringLiteral("report|contact|%1|--pdf|%2").arg(id).arg(path));

    const PdfText pdf = PdfText::read(path);
    CHECK(pdf.pageCount == pagesWritten(result));
    const QString text = PdfText::squeezed(pdf.all());
    CHECK(text.contains(QStringLiteral("山田太郎")));
    CHECK(text.contains(QStringLiteral("株式会社ひかり電子")));
    CHECK(text.contains(QStringLiteral("展示会2026")));
    CHECK(text.contains(QStringLiteral("セミナー参加")));
    CHECK(text.contains(QStringLiteral("見積依頼")));
    CHECK(text.contains(QStringLiteral("2026年11月24日")));
}

TEST_CASE("report refuses an unknown contact, an unwritable file and a missing --pdf",
          "[cli][report]")
{
    CliRunner cli;
    ok(cli, QStringLiteral("contacts|add|--family-name|山田"));
    const QString path = pdfPath(cli, QStringLiteral("nobody"));

    const auto unknown = cli.run({QStringLiteral("report"), QStringLiteral("contact"),
                                  QStringLiteral("999"), QStringLiteral("--pdf"), path});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("999")));
    CHECK_FALSE(QFileInfo::exists(path));

    const QString unwritable = cli.databasePath() + QStringLiteral(".missing/sheet.pdf");
    const auto blocked =
        cli.run({QStringLiteral("report"), QStringLiteral("followups"), QStringLiteral("--from"),
                 QStringLiteral("2026-11-24"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
                 QStringLiteral("--pdf"), unwritable});
    CHECK(blocked.exitCode == 1);
    CHECK(blocked.err.contains(unwritable));

    CHECK(cli.run({QStringLiteral("report"), QStringLiteral("contact"), QStringLiteral("1")})
              .exitCode == 2);
    CHECK(cli.run({QStringLiteral("report"), QStringLiteral("followups"), QStringLiteral("--from"),
                   QStringLiteral("2026-12-01"), QStringLiteral("--to"),
                   QStringLiteral("2026-11-01"), QStringLiteral("--pdf"), path})
              .exitCode == 2);
    CHECK(cli.run({QStringLiteral("report"), QStringLiteral("summary")}).exitCode == 2);
}
