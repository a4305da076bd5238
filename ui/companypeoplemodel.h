#pragma once

#include "domain/companypage.h"
#include "domain/personname.h"
#include "rowtablemodel.h"

namespace kizuna {

/// The people of one company, as its page lists them: name, department, title, stage (in
/// its colour) and the next follow-up planned.
class CompanyPeopleModel final : public RowTableModel<CompanyPerson>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn = 0,
        DepartmentColumn,
        TitleColumn,
        StageColumn,
        NextFollowUpColumn,
        ColumnCount,
    };

    explicit CompanyPeopleModel(NameOrder order, QObject *parent = nullptr);

    void setPeople(QList<CompanyPerson> people);
    const CompanyPerson &personAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    NameOrder m_order;
};

} // namespace kizuna
