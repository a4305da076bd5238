#pragma once

#include <QString>

namespace kizuna {

/// A person's name cut into family and given name.
struct SplitName
{
    QString family;
    QString given;
};

/// Splits the single name column that many exports have ("山田 太郎", "山田　太郎",
/// "Doe, Jane", "Jane Doe", "山田太郎").
///
/// Japanese names are family name first; Western names given name first unless a comma
/// says otherwise. A Japanese name written without a space is split after a known family
/// name when one starts it; otherwise the whole name is kept as the family name rather
/// than cut in a wrong place.
class NameSplitter final
{
public:
    static SplitName split(const QString &fullName);
};

} // namespace kizuna
