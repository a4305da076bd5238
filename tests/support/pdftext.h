#pragma once

#include <QString>
#include <QStringList>

namespace kizuna::test {

/// What a reader of a PDF file sees: its text page by page (poppler's pdftotext) and the
/// page count in its catalogue (pdfinfo). Ends the test as skipped when poppler-utils is
/// not installed.
struct PdfText
{
    QStringList pages; ///< the text of each page
    int pageCount = 0; ///< as pdfinfo reports it

    static PdfText read(const QString &path);

    QString all() const { return pages.join(QLatin1Char('\f')); }
    /// The text without any white space: a table cell may wrap a name or a sentence.
    static QString squeezed(const QString &text);
};

} // namespace kizuna::test
