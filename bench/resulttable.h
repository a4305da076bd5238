#pragma once

#include <QString>

#include <optional>

namespace kizuna::bench {

/// One figure of a benchmark for the combined table that bench/run-all prints. When the
/// environment names a file in KIZUNA_BENCH_RESULTS, each figure is appended to it as a
/// tab-separated line (benchmark, figure, value, target, baseline, verdict); otherwise
/// nothing happens and the benchmark's own table is all there is.
class ResultTable final
{
public:
    explicit ResultTable(QString benchmark);

    /// `target` and `baseline` are as printed ("p95 <= 20 ms", "sqlite3 1.9 s"); either may
    /// be empty. The verdict is "ok", "MISSED" or empty for a figure without a target.
    void add(const QString &figure, const QString &value, const QString &target = {},
             const QString &baseline = {}, std::optional<bool> met = std::nullopt) const;

    static QString milliseconds(double ms);
    static QString seconds(double s);

private:
    QString m_benchmark;
};

} // namespace kizuna::bench
