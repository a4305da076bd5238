#pragma once

#include "domain/channel.h"
#include "domain/deal.h"
#include "domain/stage.h"

#include <QLocale>
#include <QString>

namespace kizuna {

/// The words and small HTML pieces the printed reports share, so a call sheet and a profile
/// name a stage or a channel the same way. Words are translatable (context "ReportLabels");
/// every piece of user text that reaches HTML is escaped here or by the caller.
class ReportLabels final
{
public:
    static QString stage(Stage stage);
    static QString channel(Channel channel);
    static QString dealStatus(DealStatus status);
    /// "1,200,000 JPY" in the locale's digit grouping.
    static QString amount(qint64 amount, const QString &currency, const QLocale &locale);

    /// The person's name in the locale's order (family first in Japanese) as escaped HTML,
    /// followed by the reading in small type when there is one.
    static QString nameWithReadingHtml(const QString &familyName, const QString &givenName,
                                       const QString &familyKana, const QString &givenKana,
                                       const QLocale &locale);
    /// Escaped lines joined by <br>, the empty ones left out.
    static QString linesHtml(const QStringList &lines);
};

} // namespace kizuna
