#include "openfollowupmodel.h"

#include "channellabel.h"
#include "storage/followuprepository.h"
#include "text/dateformat.h"
#include "themecolours.h"

#include <QColor>
#include <QFont>
#include <QPalette>

namespace kizuna {

OpenFollowUpModel::OpenFollowUpModel(const Database &db, QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_db(db)
{}

void OpenFollowUpModel::setContact(qint64 contactId, const QDate &today)
{
    m_today = today;
    setRows(contactId ? FollowUpRepository(m_db).forContact(contactId, FollowUpStatus::Open)
                      : QList<FollowUp>());
}

QVariant OpenFollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!holds(index))
        return {};
    const FollowUp &f = rowAt(index.row());
    if (role == Qt::ForegroundRole && f.dueOn < m_today)
        return ThemeColours::negative(QPalette());
    if (role == Qt::FontRole && f.dueOn == m_today) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DueColumn: {
        QString due = DateFormat::shortDate(f.dueOn, QLocale());
        if (f.dueAt.isValid())
            due += QLatin1Char(' ') + QLocale().toString(f.dueAt, QLocale::ShortFormat);
        return due;
    }
    case ChannelColumn:
        return ChannelLabel::text(f.channel);
    case PurposeColumn:
        return f.purpose;
    default:
        return {};
    }
}

QVariant OpenFollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn:
        return tr("Due");
    case ChannelColumn:
        return tr("Channel");
    case PurposeColumn:
        return tr("Purpose");
    default:
        return {};
    }
}

} // namespace kizuna
