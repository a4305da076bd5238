#include "pdftext.h"

#include "report/reportwriter.h"
#include "testpaths.h"

#include <QFont>
#include <QHash>
#include <QRawFont>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace kizuna::test {

namespace {

QString runTool(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    skipUnlessExists(program.isEmpty() ? tool : program);
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

// Noto Sans CJK draws 一 (U+4E00) and the radical ⼀ (U+2F00) with one glyph, and Qt's PDF
// writer (6.4) names each glyph by its lowest code point, so extracted text says ⼀郎 where
// the page shows 一郎. The page is right; each radical is mapped back here to the ideograph
// the report font draws with the same glyph, so the tests read what a person reads.
QHash<char16_t, QChar> radicalsOfReportFont()
{
    const QRawFont font = QRawFont::fromFont(QFont(ReportWriter::fontFamily()));
    QHash<quint32, QChar> ideographOfGlyph;
    for (char16_t c = 0x4E00; c <= 0x9FFF; ++c) {
        const QList<quint32> glyphs = font.glyphIndexesForString(QString(QChar(c)));
        if (!glyphs.isEmpty() && glyphs.first() != 0 && !ideographOfGlyph.contains(glyphs.first()))
            ideographOfGlyph.insert(glyphs.first(), QChar(c));
    }
    QHash<char16_t, QChar> radicals;
    for (char16_t c = 0x2E80; c <= 0x2FDF; ++c) {
        const QList<quint32> glyphs = font.glyphIndexesForString(QString(QChar(c)));
        if (!glyphs.isEmpty() && ideographOfGlyph.contains(glyphs.first()))
            radicals.insert(c, ideographOfGlyph.value(glyphs.first()));
    }
    return radicals;
}

QString foldRadicals(const QString &text)
{
    static const QHash<char16_t, QChar> radicals = radicalsOfReportFont();
    QString out = text;
    for (QChar &c : out)
        c = radicals.value(c.unicode(), c);
    return out;
}

PdfText PdfText::read(const QString &path)
{
    PdfText result;
    const QString text = runTool(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                  QStringLiteral("-layout"), path, QStringLiteral("-")});
    // pdftotext ends every page with a form feed.
    result.pages = foldRadicals(text).split(QLatin1Char('\f'));
    if (!result.pages.isEmpty() && result.pages.last().trimmed().isEmpty())
        result.pages.removeLast();
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                                             QRegularExpression::MultilineOption)
                                              .match(info);
    result.pageCount = pages.hasMatch() ? pages.captured(1).toInt() : -1;
    return result;
}

QString PdfText::squeezed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

} // namespace kizuna::test
