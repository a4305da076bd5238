#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kizuna {

/// Where a lead stands in nurturing. The main line runs Cold → Warm → Hot → Customer → Loyal;
/// Lost is a side state reachable from any stage, and a lost lead can be revived.
/// The numeric order is the main-line order, which funnel statistics rely on.
enum class Stage
{
    Cold = 0,
    Warm,
    Hot,
    Customer,
    Loyal,
    Lost,
};

/// All stages, main line first, Lost last.
QList<Stage> allStages();

/// The stable key stored in the database and printed by the CLI ("cold", "warm", ...).
QString stageKey(Stage stage);

/// Parses a stored or typed key; case-insensitive. Empty when the text names no stage.
std::optional<Stage> stageFromKey(const QString &key);

} // namespace kizuna
