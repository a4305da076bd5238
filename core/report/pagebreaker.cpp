#include "pagebreaker.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace kizuna {

namespace {

// A place a page may start: between blocks or lines, or before a table row (with the
// table's header rows to repeat).
struct Cut
{
    qreal y = 0;
    qreal headerTop = 0;
    qreal headerBottom = 0;

    bool operator<(const Cut &other) const { return y < other.y; }
};

class CutCollector
{
public:
    explicit CutCollector(QTextDocument &document)
        : m_layout(*document.documentLayout())
    {}

    void collect(QTextFrame *frame)
    {
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (QTextFrame *child = it.currentFrame()) {
                if (auto *table = qobject_cast<QTextTable *>(child))
                    addTable(*table);
                else
                    addCut(m_layout.frameBoundingRect(child).top());
                m_afterHeading = false;
                // The empty block Qt keeps after a frame reports a top inside the frame.
                m_floor = m_layout.frameBoundingRect(child).bottom();
            } else {
                addBlock(it.currentBlock());
            }
        }
    }

    const QList<Cut> &cuts() const { return m_cuts; }

private:
    void addCut(qreal y)
    {
        // A cut right after a heading would leave it alone at the foot of a page: the cut
        // before the heading serves instead.
        if (!m_afterHeading)
            m_cuts.append(Cut{y});
    }

    void addBlock(const QTextBlock &block)
    {
        const QRectF box = m_layout.blockBoundingRect(block);
        addCut(std::max(box.top(), m_floor));
        const QTextLayout *lines = block.layout();
        for (int i = 1; lines && i < lines->lineCount(); ++i)
            m_cuts.append(Cut{std::max(box.top() + lines->lineAt(i).y(), m_floor)});
        m_afterHeading = block.blockFormat().headingLevel() > 0;
    }

    void addTable(QTextTable &table)
    {
        const qreal top = m_layout.frameBoundingRect(&table).top();
        addCut(top);
        const int headerRows = table.format().headerRowCount();
        // Header rows stay with the first row below them, and are shown again above the
        // rows a later page starts with.
        const qreal headerBottom =
            headerRows > 0 && headerRows < table.rows() ? rowTop(table, headerRows) : top;
        for (int row = std::max(1, headerRows + 1); row < table.rows(); ++row)
            m_cuts.append(Cut{rowTop(table, row), top, headerBottom});
    }

    qreal rowTop(QTextTable &table, int row) const
    {
        qreal top = std::numeric_limits<qreal>::max();
        for (int column = 0; column < table.columns(); ++column) {
            const QTextTableCell cell = table.cellAt(row, column);
            if (!cell.isValid() || cell.row() != row)
                continue; // spanned from a row above
            const QTextTableCellFormat format = cell.format().toTableCellFormat();
            const qreal inset = format.topPadding() + format.topBorder();
            top = std::min(
                top, m_layout.blockBoundingRect(cell.firstCursorPosition().block()).top() - inset);
        }
        return top;
    }

    QAbstractTextDocumentLayout &m_layout;
    QList<Cut> m_cuts;
    bool m_afterHeading = false;
    qreal m_floor = 0;
};

} // namespace

QList<PageSlice> PageBreaker::pages(QTextDocument &document, qreal pageHeight)
{
    if (document.pageSize().height() > 0) // laid out as pages: once more without
        document.setPageSize(QSizeF(document.pageSize().width(), -1));
    CutCollector collector(document);
    collector.collect(document.rootFrame());
    QList<Cut> cuts = collector.cuts();
    std::stable_sort(cuts.begin(), cuts.end());
    const qreal end = document.documentLayout()->documentSize().height();

    QList<PageSlice> pages;
    Cut start;
    // Nothing narrower than a hair counts as progress: a cut that close to the page start
    // would make an empty page.
    const qreal hair = pageHeight / 1000;
    auto next = cuts.cbegin();
    for (;;) {
        PageSlice page{start.y, end, start.headerTop, start.headerBottom};
        const qreal limit = start.y + pageHeight - page.headerHeight();
        if (end <= limit) {
            pages.append(page);
            return pages;
        }
        next = std::upper_bound(next, cuts.cend(), Cut{limit});
        const auto best = next == cuts.cbegin() ? cuts.cend() : std::prev(next);
        start = best != cuts.cend() && best->y > start.y + hair ? *best : Cut{limit};
        page.bottom = start.y;
        pages.append(page);
    }
}

} // namespace kizuna
