#include "importbatchmodel.h"

#include "importformatlabel.h"

#include "import/importhistory.h"
#include "text/dateformat.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPalette>

namespace kizuna {

namespace {

QString dateAndTime(const QDateTime &utc)
{
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    return DateFormat::shortDate(local.date(), locale) + QLatin1Char(' ') +
           locale.toString(local.time(), QLocale::ShortFormat);
}

} // namespace

ImportBatchModel::ImportBatchModel(const ImportHistory &history, QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_history(history)
{}

void ImportBatchModel::reload()
{
    setRows(m_history.list());
}

const ImportBatch *ImportBatchModel::batchAt(int row) const
{
    if (row < 0 || row >= rows().size())
        return nullptr;
    return &rowAt(row);
}

bool ImportBatchModel::canUndo(int row) const
{
    const ImportBatch *batch = batchAt(row);
    return batch && batch->undoable && !batch->undoneAt.isValid();
}

QVariant ImportBatchModel::data(const QModelIndex &index, int role) const
{
    if (!holds(index))
        return {};
    const ImportBatch &batch = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(batch, index.column());
    case Qt::ToolTipRole:
        return index.column() == FileColumn ? QVariant(QDir::toNativeSeparators(batch.file))
                                            : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= CreatedColumn && index.column() <= RejectedColumn
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ForegroundRole:
        return batch.undoneAt.isValid() ? QVariant(QPalette().brush(QPalette::PlaceholderText))
                                        : QVariant();
    case Qt::UserRole:
        return batch.id;
    default:
        return {};
    }
}

QVariant ImportBatchModel::display(const ImportBatch &batch, int column) const
{
    const QLocale locale;
    switch (column) {
    case DateColumn:
        return dateAndTime(batch.importedAt);
    case FileColumn:
        return QFileInfo(batch.file).fileName();
    case PresetColumn:
        return ImportFormatLabel::preset(batch.preset);
    case CreatedColumn:
        return locale.toString(batch.created);
    case MergedColumn:
        return locale.toString(batch.merged);
    case SkippedColumn:
        return locale.toString(batch.skipped);
    case RejectedColumn:
        return locale.toString(batch.rejected);
    case StatusColumn:
        return status(batch);
    default:
        return {};
    }
}

QString ImportBatchModel::status(const ImportBatch &batch) const
{
    if (batch.undoneAt.isValid())
        return tr("Undone %1").arg(dateAndTime(batch.undoneAt));
    if (!batch.undoable)
        return tr("Cannot be undone (a person in it was erased)");
    return tr("Imported");
}

QVariant ImportBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Imported on");
    case FileColumn:
        return tr("File");
    case PresetColumn:
        return tr("Read as");
    case CreatedColumn:
        return tr("New");
    case MergedColumn:
        return tr("Merged");
    case SkippedColumn:
        return tr("Skipped");
    case RejectedColumn:
        return tr("Rejected");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace kizuna
