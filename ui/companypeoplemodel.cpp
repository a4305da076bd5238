#include "companypeoplemodel.h"

#include "moneyformat.h"
#include "stagepalette.h"
#include "text/dateformat.h"

#include <QLocale>
#include <QPalette>

#include <utility>

namespace kizuna {

CompanyPeopleModel::CompanyPeopleModel(NameOrder order, QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_order(order)
{}

void CompanyPeopleModel::setPeople(QList<CompanyPerson> people)
{
    setRows(std::move(people));
}

QVariant CompanyPeopleModel::data(const QModelIndex &index, int role) const
{
    if (!holds(index))
        return {};
    const CompanyPerson &p = rowAt(index.row());
    if (role == Qt::BackgroundRole && index.column() == StageColumn)
        return StagePalette::background(p.stage, QPalette());
    if (role == Qt::ForegroundRole && index.column() == StageColumn)
        return StagePalette::foreground(p.stage, QPalette());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return displayName(p.familyName, p.givenName, m_order);
    case DepartmentColumn:
        return p.department;
    case TitleColumn:
        return p.title;
    case StageColumn:
        return StagePalette::label(p.stage);
    case NextFollowUpColumn:
        // A dash, not a blank: nobody planned to get in touch.
        return p.nextFollowUp.isValid() ? DateFormat::shortDate(p.nextFollowUp, QLocale())
                                        : MoneyFormat::none();
    default:
        return {};
    }
}

QVariant CompanyPeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DepartmentColumn:
        return tr("Department");
    case TitleColumn:
        return tr("Title");
    case StageColumn:
        return tr("Stage");
    case NextFollowUpColumn:
        return tr("Next follow-up");
    default:
        return {};
    }
}

} // namespace kizuna
