#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace kizuna {

/// A table of whole rows to look at and pick from, not to edit: no row numbers, alternating
/// rows, one row selected at a time, no word wrap.
QTableView *readOnlyTable(QAbstractItemModel *model, QWidget *parent);

} // namespace kizuna
