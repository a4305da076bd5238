#pragma once

#include <QList>

namespace kizuna::bench {

/// Latency summary in milliseconds.
struct Summary
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
    int samples = 0;
};

Summary summarize(QList<double> milliseconds);

} // namespace kizuna::bench
