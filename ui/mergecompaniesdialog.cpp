#include "mergecompaniesdialog.h"

#include "moneyformat.h"

#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kizuna {

MergeCompaniesDialog::MergeCompaniesDialog(const CompanySummary &first,
                                           const CompanySummary &second, QWidget *parent)
    : FormDialog(parent)
    , m_first(first)
    , m_second(second)
{
    setWindowTitle(tr("Merge companies"));
    auto *intro = new QLabel(tr("These two companies become one. Which one stays?"), this);
    intro->setWordWrap(true);
    // The larger account is the likelier to be the one people know: it is offered first.
    const bool firstIsLarger = first.people >= second.people;
    m_keepFirst = new QRadioButton(choice(first), this);
    m_keepFirst->setObjectName(QStringLiteral("keepFirst"));
    auto *keepSecond = new QRadioButton(choice(second), this);
    keepSecond->setObjectName(QStringLiteral("keepSecond"));
    (firstIsLarger ? m_keepFirst : keepSecond)->setChecked(true);
    auto *note = new QLabel(tr("The other company's people move, with their deals, follow-ups "
                               "and history, and its name goes. Edit › Undo takes the merge "
                               "back."),
                            this);
    note->setWordWrap(true);
    auto *form = new QVBoxLayout;
    form->addWidget(intro);
    form->addWidget(m_keepFirst);
    form->addWidget(keepSecond);
    form->addWidget(note);
    setForm(form);
}

QString MergeCompaniesDialog::choice(const CompanySummary &company) const
{
    return tr("Keep %1 (%n people, won %2)", nullptr, company.people)
        .arg(company.name, MoneyFormat::yen(company.wonRevenue, QLocale()));
}

const CompanySummary &MergeCompaniesDialog::kept() const
{
    return m_keepFirst->isChecked() ? m_first : m_second;
}

const CompanySummary &MergeCompaniesDialog::absorbed() const
{
    return m_keepFirst->isChecked() ? m_second : m_first;
}

} // namespace kizuna
