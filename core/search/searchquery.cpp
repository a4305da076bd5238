#include "searchquery.h"

#include "searchdocument.h"
#include "text/textnormalizer.h"

namespace kizuna {

SearchQuery::SearchQuery(const QString &userText)
{
    const QStringList words =
        TextNormalizer::fold(userText).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &word : words) {
        const QString folded = TextNormalizer::searchForm(word);
        if (folded.isEmpty())
            continue;
        m_words.append(folded);
        const qsizetype length = folded.toUcs4().size();
        if (length == 1) {
            terms.append(QLatin1Char('"') + folded + QStringLiteral("\"*"));
            continue;
        }
        QString tokens;
        if (length >= 3 && SearchDocument::isLatinOrDigits(folded)) {
            // Romaji and digits: the phrase of trigrams, which are far rarer than pairs.
            SearchDocument::appendTrigrams(folded, tokens);
        } else {
            // The document's tokens of the word, minus the lone last character.
            SearchDocument::appendTokens(folded, tokens);
            tokens.truncate(tokens.lastIndexOf(QLatin1Char(' ')));
        }
        terms.append(QLatin1Char('"') + tokens + QLatin1Char('"'));
    }
    m_expression = terms.join(QStringLiteral(" AND "));
}

} // namespace kizuna
