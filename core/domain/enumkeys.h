#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace kizuna::enumkeys {

// Enums whose values are stored and typed as stable lowercase keys share these three steps;
// the key table's order is the enum's order.

template<typename Enum, std::size_t N>
QString keyOf(const std::array<const char *, N> &keys, Enum value)
{
    return QString::fromLatin1(keys.at(static_cast<std::size_t>(value)));
}

/// Case-insensitive; '-' is read as '_' so "no-answer" and "no_answer" both work.
template<typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<const char *, N> &keys, const QString &key)
{
    QString wanted = key.trimmed().toLower();
    wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (std::size_t i = 0; i < N; ++i) {
        if (wanted == QLatin1String(keys.at(i)))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QList<Enum> all(const std::array<const char *, N> &)
{
    QList<Enum> values;
    for (std::size_t i = 0; i < N; ++i)
        values.append(static_cast<Enum>(i));
    return values;
}

template<std::size_t N>
QStringList keyList(const std::array<const char *, N> &keys)
{
    QStringList list;
    for (const char *key : keys)
        list.append(QString::fromLatin1(key));
    return list;
}

} // namespace kizuna::enumkeys
