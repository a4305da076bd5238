#pragma once

#include "domain/contact.h"
#include "domain/personname.h"

#include <QWidget>

#include <optional>

class QLabel;
class QFormLayout;

namespace kizuna {

/// The business card of the selected contact, read-only: name and reading, company, ways to
/// reach them, where they came from and where they stand.
class ContactDetailView final : public QWidget
{
    Q_OBJECT

public:
    explicit ContactDetailView(NameOrder order, QWidget *parent = nullptr);

    /// Shows the contact, or the hint to select one when empty.
    void setContact(const std::optional<Contact> &contact);

    /// The text shown for a field, by its object name (for tests and accessibility).
    QString fieldText(const QString &field) const;

private:
    QLabel *addField(const QString &objectName, const QString &label);

    NameOrder m_order;
    QLabel *m_name = nullptr;
    QLabel *m_reading = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_card = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace kizuna
