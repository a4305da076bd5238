#include "funnelchartrenderer.h"

#include "reportlabels.h"
#include "reportwriter.h"
#include "stagecolours.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace kizuna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FunnelChartRenderer", text);
}

QFont chartFont(int pixelSize, bool bold = false)
{
    QFont font(ReportWriter::fontFamily());
    font.setPixelSize(std::max(1, pixelSize));
    font.setBold(bold);
    return font;
}

} // namespace

FunnelChartRenderer::FunnelChartRenderer(const QLocale &locale)
    : m_locale(locale)
{}

QImage FunnelChartRenderer::render(const Funnel &funnel, const QSize &size) const
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const int rows = int(funnel.stages.size());
    if (rows == 0)
        return image;
    const qreal labelWidth = size.width() * 0.26;
    const qreal barArea = size.width() - labelWidth;
    const qreal rowHeight = qreal(size.height()) / rows;
    const qreal barHeight = rowHeight * 0.72;
    qint64 widest = 0;
    for (const FunnelStage &stage : funnel.stages)
        widest = std::max(widest, stage.reached);
    const int textSize = int(rowHeight * 0.22);

    for (int i = 0; i < rows; ++i) {
        const FunnelStage &stage = funnel.stages.at(i);
        const qreal top = i * rowHeight + (rowHeight - barHeight) / 2;
        const QColor colour = StageColours::accent(stage.stage);

        // The bar: as wide as the count, centred, a hairline when nobody got this far.
        const qreal share = widest > 0 ? double(stage.reached) / double(widest) : 0.0;
        const qreal width = std::max(barArea * 0.96 * share, qreal(3));
        const QRectF bar(labelWidth + (barArea - width) / 2, top, width, barHeight);
        painter.fillRect(bar, stage.reached > 0 ? colour : QColor(0xdd, 0xdd, 0xdd));

        // Name and count on the left; the share from the stage above below them.
        const QRectF label(0, top, labelWidth - rowHeight * 0.2, barHeight);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.setFont(chartFont(textSize, true));
        const QString title =
            tr("%1: %2").arg(ReportLabels::stage(stage.stage), m_locale.toString(stage.reached));
        painter.drawText(label, Qt::AlignRight | Qt::AlignTop, title);
        if (i > 0) {
            const std::optional<double> conversion = funnel.stages.at(i - 1).conversionToNext;
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.setFont(chartFont(int(textSize * 0.8)));
            painter.drawText(label, Qt::AlignRight | Qt::AlignBottom,
                             conversion ? tr("%1% of the stage above")
                                              .arg(m_locale.toString(*conversion * 100.0, 'f', 1))
                                        : tr("none reached the stage above"));
        }
    }
    return image;
}

} // namespace kizuna
