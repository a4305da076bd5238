#include "stats.h"

#include <algorithm>
#include <cmath>

namespace kizuna::bench {

Summary summarize(QList<double> ms)
{
    Summary s;
    s.samples = static_cast<int>(ms.size());
    if (ms.isEmpty())
        return s;
    std::sort(ms.begin(), ms.end());
    // Nearest-rank percentiles: a value that was actually measured.
    const auto rank = [&](double p) {
        const auto index =
            static_cast<qsizetype>(std::ceil(p * static_cast<double>(ms.size()))) - 1;
        return ms.at(std::clamp<qsizetype>(index, 0, ms.size() - 1));
    };
    s.p50 = rank(0.50);
    s.p95 = rank(0.95);
    s.max = ms.last();
    return s;
}

} // namespace kizuna::bench
