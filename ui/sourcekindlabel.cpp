#include "sourcekindlabel.h"

#include <QCoreApplication>

namespace kizuna {

QString SourceKindLabel::text(SourceKind kind)
{
    switch (kind) {
    case SourceKind::TradeShow:
        return QCoreApplication::translate("SourceKind", "Trade show");
    case SourceKind::Referral:
        return QCoreApplication::translate("SourceKind", "Referral");
    case SourceKind::Web:
        return QCoreApplication::translate("SourceKind", "Web");
    case SourceKind::Seminar:
        return QCoreApplication::translate("SourceKind", "Seminar");
    case SourceKind::Advertisement:
        return QCoreApplication::translate("SourceKind", "Advertisement");
    case SourceKind::ColdCall:
        return QCoreApplication::translate("SourceKind", "Cold call");
    case SourceKind::Other:
        return QCoreApplication::translate("SourceKind", "Other");
    }
    return {};
}

} // namespace kizuna
