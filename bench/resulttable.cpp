#include "resulttable.h"

#include <QFile>
#include <QStringList>

#include <cstdio>

#include <utility>

namespace kizuna::bench {

ResultTable::ResultTable(QString benchmark)
    : m_benchmark(std::move(benchmark))
{}

void ResultTable::add(const QString &figure, const QString &value, const QString &target,
                      const QString &baseline, std::optional<bool> met) const
{
    const QString path = qEnvironmentVariable("KIZUNA_BENCH_RESULTS");
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::Append | QIODevice::Text)) {
        std::fprintf(stderr, "cannot append to %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return;
    }
    const QString verdict =
        met ? (*met ? QStringLiteral("ok") : QStringLiteral("MISSED")) : QString();
    const QStringList fields{m_benchmark, figure, value, target, baseline, verdict};
    file.write((fields.join(QLatin1Char('\t')) + QLatin1Char('\n')).toUtf8());
}

QString ResultTable::milliseconds(double ms)
{
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', ms < 100 ? 1 : 0);
}

QString ResultTable::seconds(double s)
{
    return QStringLiteral("%1 s").arg(s, 0, 'f', 2);
}

} // namespace kizuna::bench
