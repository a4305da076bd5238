#pragma once

#include <QString>

#include <algorithm>

namespace kizuna {

// splitmix64: a full-period generator whose every output is a good hash of its state, so
// seeding it with (seed, index) gives independent streams per card.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 state)
        : m_state(state)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(qsizetype n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    /// Favours the front of a list: the minimum of two draws (common names come first).
    int frontLoaded(qsizetype n) { return std::min(below(n), below(n)); }
    bool percent(int p) { return below(100) < p; }
    QString digits(int count)
    {
        QString out;
        for (int i = 0; i < count; ++i)
            out.append(QChar(u'0' + below(10)));
        return out;
    }
    /// Digits that do not start with 0: a trunk prefix never appears inside a number.
    QString exchange(int count) { return QChar(u'1' + below(9)) + digits(count - 1); }

private:
    quint64 m_state;
};

} // namespace kizuna
