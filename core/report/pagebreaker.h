#pragma once

#include <QList>

class QTextDocument;

namespace kizuna {

/// A page of a report: the part of the document laid out as one endless page that it shows.
struct PageSlice
{
    qreal top = 0;
    qreal bottom = 0;
    /// When the page starts inside a table with header rows: where those rows are, to be
    /// shown again above the rest of the table. Both 0 otherwise.
    qreal headerTop = 0;
    qreal headerBottom = 0;

    qreal headerHeight() const { return headerBottom - headerTop; }
};

/// Decides where a report's pages end. Qt's own pagination breaks wherever a line ends, so
/// a table row (a follow-up with its phones and ruled lines) can start at the foot of one
/// page and end at the head of the next, and a heading can be left alone at the foot of a
/// page. Here the document is laid out once as one endless page and cut only between
/// blocks, between the lines of a paragraph and between table rows, never inside a row and
/// never right after a heading or a table's header row; only what is taller than a page is
/// cut where the page ends. A table that goes on over a page shows its header rows again.
class PageBreaker final
{
public:
    /// Lays `document` out without pages at its page width and returns its pages, in the
    /// document's coordinates; the document keeps that layout, so a page is painted by
    /// drawing its slice (and the header rows it repeats) of it.
    static QList<PageSlice> pages(QTextDocument &document, qreal pageHeight);
};

} // namespace kizuna
