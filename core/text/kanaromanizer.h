#pragma once

#include <QString>

namespace kizuna {

/// Writes kana readings in the Latin alphabet so that a reading can be found by typing romaji.
///
/// Input may be hiragana or katakana; characters that are not kana pass through unchanged
/// (case folded). Output is lower case. Pure and thread-safe.
class KanaRomanizer final
{
public:
    /// Hepburn as used in passports and on business cards: し→shi, ち→chi, つ→tsu, ふ→fu,
    /// じ→ji, ん→n, っ doubles the next consonant (っち→tchi), long vowels are not written
    /// (たろう→taro, おおの→ono, ゆうこ→yuko).
    static QString hepburn(const QString &kana);

    /// Wāpuro romaji, kana as typed on a keyboard: long vowels written out (たろう→tarou,
    /// おおの→oono), ん→n, otherwise Hepburn spellings (し→shi).
    static QString wapuro(const QString &kana);
};

} // namespace kizuna
