#pragma once

#include <QString>
#include <QStringList>

namespace kizuna {

struct Contact;

/// The text the search index holds for a contact.
///
/// Every searchable value (name, readings in kana and romaji, company and its reading,
/// department, title, e-mails, phone digits, notes, tags) is folded with
/// TextNormalizer::searchForm and cut into overlapping two-character tokens, the last
/// character of each value also standing alone: "やまだ" → "やま まだ だ". A substring of one
/// value is then a run of adjacent tokens, which FTS5 finds as a phrase, and tokens never
/// straddle two values, so a match never spans two fields.
///
/// Values of Latin letters and digits alone (romaji, phone digits, e-mail addresses) are
/// also cut into three-character tokens, in a run of their own after the pairs: with only
/// 36 characters, pairs such as "ta" or "03" are in almost every document, and a phrase of
/// them costs a scan of most of the index, while a phrase of trigrams ("yam ama mad ada")
/// is answered from short lists.
class SearchDocument final
{
public:
    /// The values indexed for a contact. `companyKana` is the company's reading, if known.
    static QStringList valuesOf(const Contact &contact, const QString &companyKana = {});

    /// The token text stored in the index for these values.
    static QString tokensOf(const QStringList &values);
    /// The folded values, each once, one per line: what a server's trigram index holds
    /// (PostgreSQL finds a word in it with LIKE, see SearchQuery::words).
    static QString textOf(const QStringList &values);
    /// The distinct one- and two-character pieces of each line of textOf's text: what a
    /// server finds a word of one or two characters in (a trigram index cannot narrow those
    /// down), as FTS5 finds it among the two-character tokens.
    static QStringList gramsOf(const QString &text);

    /// Tokens of one already folded value, appended to `out`.
    static void appendTokens(const QString &foldedValue, QString &out);
    /// The three-character tokens of a Latin or digit value, appended to `out`.
    static void appendTrigrams(const QString &foldedValue, QString &out);
    static bool isLatinOrDigits(const QString &foldedValue);
};

} // namespace kizuna
