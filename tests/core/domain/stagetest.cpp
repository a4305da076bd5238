#include "domain/stage.h"
#include "domain/sourcekind.h"

#include <catch2/catch.hpp>

using namespace kizuna;

TEST_CASE("stage keys round-trip and unknown keys are rejected", "[domain]")
{
    for (Stage stage : allStages())
        CHECK(stageFromKey(stageKey(stage)) == stage);
    CHECK(stageFromKey(QStringLiteral(" HOT ")) == Stage::Hot);
    CHECK_FALSE(stageFromKey(QStringLiteral("lukewarm")).has_value());
    CHECK(stageKey(Stage::Customer) == QStringLiteral("customer"));
}

TEST_CASE("source kind keys accept hyphens", "[domain]")
{
    for (SourceKind kind : allSourceKinds())
        CHECK(sourceKindFromKey(sourceKindKey(kind)) == kind);
    CHECK(sourceKindFromKey(QStringLiteral("trade-show")) == SourceKind::TradeShow);
    CHECK_FALSE(sourceKindFromKey(QStringLiteral("newspaper")).has_value());
}
