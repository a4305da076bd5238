#pragma once

#include <QString>

namespace kizuna {

/// The folding rules shared by the search index, the sort key and duplicate matching, so
/// that what is stored and what is typed meet in one form.
///
/// All functions are pure and thread-safe.
class TextNormalizer final
{
public:
    /// NFKC (full-width letters and digits and half-width katakana become standard), old and
    /// variant kanji forms folded (髙→高), case folded, katakana folded to hiragana, trimmed,
    /// runs of white space (including U+3000) collapsed to one ASCII space.
    static QString fold(const QString &text);

    /// fold(), then only letters and digits are kept: spaces, punctuation, hyphens and symbols
    /// are dropped ("03-1234-5678" → "0312345678", "ヤマダ タロウ" → "やまだたろう").
    static QString searchForm(const QString &text);

    /// The decimal digits of a text after NFKC ("０３－１２３４" → "031234").
    static QString digits(const QString &text);

    /// Katakana (including half-width, through NFKC) to hiragana; other characters unchanged.
    static QString toHiragana(const QString &text);

    /// Hiragana to katakana; other characters unchanged.
    static QString toKatakana(const QString &text);

    /// Replaces old and variant kanji forms by the common form used in dictionaries and by
    /// most people typing (髙→高, 﨑→崎, 齋/齊→斎, 邊/邉→辺, 澤→沢, 濱→浜, 德→徳, ...).
    static QString foldOldForms(const QString &text);

    /// The primary level of 50音順: hiragana with voicing marks removed (が→か, ぱ→は) and small
    /// kana made large (ゃ→や, っ→つ), so that がか sorts between かか and かき.
    static QString sortPrimary(const QString &reading);

    /// True for hiragana, katakana (full and half width) and the prolonged sound mark.
    static bool isKana(QChar c);
    /// True when the text holds at least one CJK ideograph (kanji), including 々.
    static bool containsKanji(const QString &text);
    /// True when every letter of the text is kana (spaces and ー allowed); false for empty text.
    static bool isKanaOnly(const QString &text);
};

} // namespace kizuna
