#include "fittedtreeview.h"

#include <QHeaderView>

namespace kizuna {

FittedTreeView::FittedTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    header()->setStretchLastSection(true);
    header()->setSectionsMovable(false);
}

void FittedTreeView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    // Rows come and go with the contact shown: the layout makes room for them.
    connect(model, &QAbstractItemModel::modelReset, this, &QWidget::updateGeometry);
    connect(model, &QAbstractItemModel::rowsInserted, this, &QWidget::updateGeometry);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &QWidget::updateGeometry);
}

QSize FittedTreeView::sizeHint() const
{
    const int rows = model() ? model()->rowCount() : 0;
    const int rowHeight = rows > 0 ? sizeHintForRow(0) : fontMetrics().height();
    const int height = header()->sizeHint().height() + rows * rowHeight + 2 * frameWidth();
    return {QTreeView::sizeHint().width(), height};
}

QSize FittedTreeView::minimumSizeHint() const
{
    return {QTreeView::minimumSizeHint().width(), sizeHint().height()};
}

} // namespace kizuna
