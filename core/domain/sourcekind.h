#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kizuna {

/// What kind of channel brought a lead in.
enum class SourceKind
{
    TradeShow = 0,
    Referral,
    Web,
    Seminar,
    Advertisement,
    ColdCall,
    Other,
};

QList<SourceKind> allSourceKinds();

/// Stable key as stored and typed on the CLI: "trade_show", "referral", "web", "seminar",
/// "advertisement", "cold_call", "other".
QString sourceKindKey(SourceKind kind);

/// Accepts the key, also with '-' for '_' ("trade-show"); empty when the text names no kind.
std::optional<SourceKind> sourceKindFromKey(const QString &key);

} // namespace kizuna
