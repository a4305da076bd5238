#pragma once

#include "domain/deal.h"
#include "domain/personname.h"

#include "checkeddialog.h"

class QComboBox;
class QLineEdit;

namespace kizuna {

class ContactService;
class DealService;
class OptionalDateField;

/// Opens a deal or edits an open one: whose it is (a new deal finds its contact by name,
/// reading, company or phone, as the contact list's search does), the title, the amount in
/// whole yen and the expected close.
class DealDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    /// Suggestions shown for a search: enough to pick from, few enough to read.
    static constexpr int kMostMatches = 20;

    /// `deal.id` 0 opens a new deal. Both services must outlive the dialog.
    DealDialog(DealService &deals, ContactService &contacts, NameOrder order, const Deal &deal,
               QWidget *parent = nullptr);

    Deal deal() const;
    QString problem() const override;
    qint64 savedId() const { return m_savedId; }

    QLineEdit *contactSearch() const { return m_search; }
    QComboBox *contactChoice() const { return m_contact; }
    QLineEdit *titleField() const { return m_title; }
    QLineEdit *amountField() const { return m_amount; }
    OptionalDateField *expectedCloseField() const { return m_expected; }
    /// Lists the contacts that match the search field.
    void findContacts();

private:
    void save() override;

    DealService &m_deals;
    ContactService &m_contacts;
    NameOrder m_order;
    Deal m_original;
    qint64 m_savedId = 0;
    QLineEdit *m_search = nullptr;
    QComboBox *m_contact = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_amount = nullptr;
    OptionalDateField *m_expected = nullptr;
};

} // namespace kizuna
