#include "reportwriter.h"

#include "io/fileerror.h"
#include "pagebreaker.h"
#include "text/dateformat.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace kizuna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportWriter", text);
}

// 300 dots per inch: fine enough for text positions, and layout numbers stay small.
constexpr int kResolution = 300;
constexpr qreal kMarginMm = 12.0;
constexpr qreal kHeadingMm = 16.0;
constexpr qreal kFooterMm = 9.0;
constexpr qreal kBodyPointSize = 8.0;

qreal millimetres(qreal mm)
{
    return mm / 25.4 * kResolution;
}

QFont fontOf(qreal pointSize, bool bold = false)
{
    QFont font(ReportWriter::fontFamily());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // Shaped runs of Latin text come out of Noto Sans CJK as glyphs its character map does
    // not name, and Qt's PDF writer then leaves them out of the text layer: digits vanish
    // when the file is searched or copied. Latin needs no shaping; CJK is shaped anyway.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

void paintHeading(QPainter &painter, const QRectF &band, const ReportWriter::Heading &heading,
                  const QLocale &locale)
{
    painter.setPen(Qt::black);
    painter.setFont(fontOf(14.0, true));
    painter.drawText(band, Qt::AlignLeft | Qt::AlignTop, heading.title);
    painter.setFont(fontOf(9.0));
    const QRectF lower = band.adjusted(0, 0, 0, -millimetres(3.0));
    painter.drawText(lower, Qt::AlignLeft | Qt::AlignBottom, heading.subtitle);
    painter.drawText(lower, Qt::AlignRight | Qt::AlignBottom,
                     tr("Printed %1").arg(DateFormat::longDate(heading.printedOn, locale)));
    QPen rule(Qt::black);
    rule.setWidthF(millimetres(0.3));
    painter.setPen(rule);
    const qreal y = band.bottom() - millimetres(1.5);
    painter.drawLine(QPointF(band.left(), y), QPointF(band.right(), y));
}

void paintFooter(QPainter &painter, const QRectF &band, int page, int pages)
{
    painter.setPen(Qt::black);
    painter.setFont(fontOf(8.0));
    painter.drawText(band, Qt::AlignHCenter | Qt::AlignBottom,
                     QStringLiteral("%1 / %2").arg(page).arg(pages));
}

} // namespace

ReportWriter::ReportWriter(const QLocale &locale)
    : m_locale(locale)
{}

void ReportWriter::addImage(const QString &name, const QImage &image)
{
    m_images.append({name, image});
}

QString ReportWriter::fontFamily()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families(QFontDatabase::Japanese);
        for (const QString &preferred :
             {QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Sans JP"),
              QStringLiteral("IPAexGothic"), QStringLiteral("IPAGothic")}) {
            if (families.contains(preferred))
                return preferred;
        }
        // Any family that can write Japanese beats one that prints empty boxes for kanji.
        for (const QString &family : families) {
            if (!QFontDatabase::isPrivateFamily(family))
                return family;
        }
        return QFont().family();
    }();
    return family;
}

QString ReportWriter::styleSheet()
{
    return QStringLiteral(
        "h2 { font-size: 11pt; font-weight: bold; margin-top: 8px; margin-bottom: 3px; }"
        "h3 { font-size: 9.5pt; font-weight: bold; margin-top: 6px; margin-bottom: 2px; }"
        "table { border-collapse: collapse; }"
        "th { font-size: 7.5pt; font-weight: normal; color: #555555; background-color: #eeeeee;"
        " text-align: left; border: 0.5px solid #999999; padding: 2px; }"
        "td { border: 0.5px solid #999999; padding: 2px; vertical-align: top; }"
        ".name { font-size: 9.5pt; font-weight: bold; }"
        ".muted { color: #555555; font-size: 7pt; }"
        ".notes { color: #aaaaaa; }"
        ".empty { color: #777777; }");
}

int ReportWriter::write(const QString &html, const Heading &heading, const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw FileError(path, 0, tr("cannot be written: %1").arg(file.errorString()));

    QPdfWriter writer(&file);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                     QPageLayout::Millimeter));
    writer.setTitle(heading.title);
    writer.setCreator(QStringLiteral("Kizuna %1").arg(QStringLiteral(KIZUNA_VERSION)));
    const int pages = print(html, heading, writer);
    if (pages == 0 || !file.commit())
        throw FileError(path, 0, tr("cannot be written: %1").arg(file.errorString()));
    return pages;
}

int ReportWriter::resolution()
{
    return kResolution;
}

int ReportWriter::print(const QString &html, const Heading &heading,
                        QPagedPaintDevice &writer) const
{
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    const QRectF headingBand(page.topLeft(), QSizeF(page.width(), millimetres(kHeadingMm)));
    const QRectF footerBand(QPointF(page.left(), page.bottom() - millimetres(kFooterMm)),
                            page.bottomRight());
    const QSizeF body(page.width(), footerBand.top() - headingBand.bottom());

    QTextDocument document;
    // Laid out with the PDF's own metrics, so what was measured is what is painted.
    document.documentLayout()->setPaintDevice(&writer);
    document.setDefaultFont(fontOf(kBodyPointSize));
    document.setDefaultStyleSheet(styleSheet());
    document.setDocumentMargin(0);
    // One endless page: PageBreaker decides where pages end.
    document.setPageSize(QSizeF(body.width(), -1));
    for (const auto &[name, image] : m_images)
        document.addResource(QTextDocument::ImageResource, QUrl(name), image);
    document.setHtml(html);
    const QList<PageSlice> slices = PageBreaker::pages(document, body.height());
    const int pages = static_cast<int>(slices.size());

    QPainter painter;
    if (!painter.begin(&writer))
        return 0;
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    // Draws [top, bottom) of the document with its top at `at` on the page.
    const auto paintBand = [&](qreal top, qreal bottom, const QPointF &at) {
        painter.save();
        // A cut between table rows runs along the rule between them; a hair either side
        // draws that rule on both pages, still short of the cells' text.
        const qreal bleed = millimetres(0.12);
        painter.translate(at - QPointF(0, top));
        painter.setClipRect(
            QRectF(QPointF(0, top - bleed), QSizeF(body.width(), bottom - top + 2 * bleed)));
        // The layout draws what meets context.clip: without the bleed, so that no line of
        // the page before is drawn (clipped away, yet still in the PDF's text).
        context.clip = QRectF(QPointF(0, top), QSizeF(body.width(), bottom - top));
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    };
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        paintHeading(painter, headingBand, heading, m_locale);
        paintFooter(painter, footerBand, i + 1, pages);
        const PageSlice &slice = slices.at(i);
        QPointF at = headingBand.bottomLeft();
        if (slice.headerHeight() > 0) {
            paintBand(slice.headerTop, slice.headerBottom, at);
            at.ry() += slice.headerHeight();
        }
        paintBand(slice.top, slice.bottom, at);
    }
    return painter.end() ? pages : 0;
}

} // namespace kizuna
