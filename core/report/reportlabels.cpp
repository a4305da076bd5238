#include "reportlabels.h"

#include "domain/personname.h"

#include <QCoreApplication>

namespace kizuna {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReportLabels", text);
}
} // namespace

QString ReportLabels::stage(Stage stage)
{
    switch (stage) {
    case Stage::Cold:
        return tr("Cold");
    case Stage::Warm:
        return tr("Warm");
    case Stage::Hot:
        return tr("Hot");
    case Stage::Customer:
        return tr("Customer");
    case Stage::Loyal:
        return tr("Loyal");
    case Stage::Lost:
        return tr("Lost");
    }
    return stageKey(stage);
}

QString ReportLabels::channel(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
        return tr("Phone");
    case Channel::Email:
        return tr("E-mail");
    case Channel::Visit:
        return tr("Visit");
    case Channel::Letter:
        return tr("Letter");
    case Channel::Social:
        return tr("Social");
    case Channel::Event:
        return tr("Event");
    case Channel::Other:
        return tr("Other");
    }
    return channelKey(channel);
}

QString ReportLabels::dealStatus(DealStatus status)
{
    switch (status) {
    case DealStatus::Open:
        return tr("Open");
    case DealStatus::Won:
        return tr("Won");
    case DealStatus::Lost:
        return tr("Lost");
    }
    return dealStatusKey(status);
}

QString ReportLabels::amount(qint64 amount, const QString &currency, const QLocale &locale)
{
    return locale.toString(amount) + QLatin1Char(' ') + currency;
}

QString ReportLabels::nameWithReadingHtml(const QString &familyName, const QString &givenName,
                                          const QString &familyKana, const QString &givenKana,
                                          const QLocale &locale)
{
    const NameOrder order = nameOrderFor(locale);
    QString html = QStringLiteral("<span class=\"name\">") +
                   displayName(familyName, givenName, order).toHtmlEscaped() +
                   QStringLiteral("</span>");
    const QString reading = displayName(familyKana, givenKana, order);
    if (!reading.isEmpty())
        html += QStringLiteral(" <span class=\"muted\">") + reading.toHtmlEscaped() +
                QStringLiteral("</span>");
    return html;
}

QString ReportLabels::linesHtml(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            escaped.append(line.trimmed().toHtmlEscaped());
    }
    return escaped.join(QStringLiteral("<br>"));
}

} // namespace kizuna
