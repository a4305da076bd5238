#pragma once

#include "domain/companysummary.h"
#include "formdialog.h"

class QRadioButton;

namespace kizuna {

/// Merge companies…: two companies that are one firm, and which of them stays. The other's
/// people (with their deals and history) move to it and the other goes; Undo takes it back.
class MergeCompaniesDialog final : public FormDialog
{
    Q_OBJECT

public:
    MergeCompaniesDialog(const CompanySummary &first, const CompanySummary &second,
                         QWidget *parent = nullptr);

    /// The company chosen to stay.
    const CompanySummary &kept() const;
    /// The one merged into it.
    const CompanySummary &absorbed() const;

private:
    QString choice(const CompanySummary &company) const;

    CompanySummary m_first;
    CompanySummary m_second;
    QRadioButton *m_keepFirst = nullptr;
};

} // namespace kizuna
