#pragma once

#include <QString>
#include <QStringList>

namespace kizuna {

/// Turns what a user types into an FTS5 query over SearchDocument tokens.
///
/// The text is folded exactly like the documents. Each word (split at white space) must
/// occur in the contact: a one-character word is a prefix query on the tokens, a
/// two-character word one token, a longer word the phrase of its overlapping tokens. The
/// expression contains only letters, digits, quotes and operators, and is always bound as a
/// parameter, never spliced into SQL.
class SearchQuery final
{
public:
    explicit SearchQuery(const QString &userText);

    /// True when nothing searchable was typed (only spaces or punctuation).
    bool isEmpty() const { return m_expression.isEmpty(); }
    /// The FTS5 MATCH expression.
    QString expression() const { return m_expression; }
    /// The folded words, each of which a match contains (a server looks for them in
    /// SearchDocument::textOf with LIKE).
    const QStringList &words() const { return m_words; }

private:
    QString m_expression;
    QStringList m_words;
};

} // namespace kizuna
