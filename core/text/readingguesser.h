#pragma once

#include <QString>

namespace kizuna {

/// Guesses the reading (yomigana) of a name written in kanji, for contacts imported or typed
/// without one. A guess is only a guess: callers keep a flag so the user can confirm it.
class ReadingGuesser
{
public:
    virtual ~ReadingGuesser();

    /// The reading in hiragana, or an empty string when no confident guess exists (a part of
    /// the text has no known reading). Text that is already kana comes back as hiragana.
    virtual QString guess(const QString &text) const = 0;
};

} // namespace kizuna
