#include "dealdialog.h"

#include "contacts/contactservice.h"
#include "moneyformat.h"
#include "nurture/dealservice.h"
#include "optionaldatefield.h"
#include "storage/storageerror.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QTimer>

namespace kizuna {

namespace {
// As in the contact list: one query for a typed word, not one a keystroke.
constexpr int kSearchDelayMs = 150;

QString describe(const Contact &c, NameOrder order)
{
    const QString name = displayName(c, order);
    return c.company.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, c.company);
}
} // namespace

DealDialog::DealDialog(DealService &deals, ContactService &contacts, NameOrder order,
                       const Deal &deal, QWidget *parent)
    : CheckedDialog(parent)
    , m_deals(deals)
    , m_contacts(contacts)
    , m_order(order)
    , m_original(deal)
{
    setWindowTitle(deal.id ? tr("Edit deal") : tr("New deal"));
    retryLostConnectionOn(contacts.database());
    auto *form = new QFormLayout;
    m_contact = new QComboBox(this);
    m_contact->setObjectName(QStringLiteral("contact"));
    if (deal.id || deal.contactId) {
        // A deal stays with its contact; a new one may come with its contact chosen.
        try {
            m_contact->addItem(describe(contacts.get(deal.contactId), order), deal.contactId);
        } catch (const StorageError &error) {
            m_contact->addItem(error.message(), deal.contactId);
        }
        m_contact->setEnabled(false);
    }
    if (!deal.id) {
        m_search = new QLineEdit(this);
        m_search->setObjectName(QStringLiteral("contactSearch"));
        m_search->setPlaceholderText(tr("Name, reading, company or phone"));
        m_search->setClearButtonEnabled(true);
        form->addRow(tr("&Find contact:"), m_search);
        auto *delay = new QTimer(this);
        delay->setSingleShot(true);
        delay->setInterval(kSearchDelayMs);
        connect(m_search, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
        connect(delay, &QTimer::timeout, this, &DealDialog::findContacts);
        connect(m_search, &QLineEdit::returnPressed, this, &DealDialog::findContacts);
    }
    form->addRow(tr("&Contact:"), m_contact);
    m_title = new QLineEdit(deal.title, this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("What is being sold, e.g. Maintenance contract 2027"));
    form->addRow(tr("&Deal:"), m_title);
    m_amount = new QLineEdit(deal.id ? QString::number(deal.amount) : QString(), this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("whole yen, e.g. 1200000"));
    form->addRow(tr("&Amount (yen):"), m_amount);
    m_expected = new OptionalDateField(tr("&Expected to close on"), deal.expectedCloseOn, this);
    form->addRow(m_expected);

    connect(m_contact, &QComboBox::currentIndexChanged, this, &DealDialog::check);
    connect(m_title, &QLineEdit::textChanged, this, &DealDialog::check);
    connect(m_amount, &QLineEdit::textChanged, this, &DealDialog::check);
    setFields(form);
    resize(480, sizeHint().height());
}

void DealDialog::findContacts()
{
    if (!m_search)
        return;
    ContactListQuery query;
    query.search = m_search->text().trimmed();
    query.limit = kMostMatches;
    m_contact->clear();
    if (query.search.isEmpty())
        return;
    try {
        for (const Contact &c : m_contacts.page(query).contacts)
            m_contact->addItem(describe(c, m_order), c.id);
    } catch (const StorageError &error) {
        m_contact->clear();
        m_contact->addItem(error.message());
    }
    check();
}

Deal DealDialog::deal() const
{
    Deal d = m_original;
    d.contactId = m_contact->currentData().toLongLong();
    d.title = m_title->text().trimmed();
    d.amount = MoneyFormat::parseYen(m_amount->text()).value_or(0);
    d.expectedCloseOn = m_expected->date();
    return d;
}

QString DealDialog::problem() const
{
    if (m_contact->currentData().toLongLong() <= 0)
        return m_search && !m_search->text().trimmed().isEmpty() && m_contact->count() == 0
                   ? tr("Nobody matches \"%1\".").arg(m_search->text().trimmed())
                   : tr("Find the contact the deal is with.");
    if (m_title->text().trimmed().isEmpty())
        return tr("Say what the deal is about.");
    if (!MoneyFormat::parseYen(m_amount->text()))
        return tr("The amount \"%1\" is not an amount in whole yen (0 or more).")
            .arg(m_amount->text().trimmed());
    return {};
}

void DealDialog::save()
{
    const Deal d = deal();
    if (d.id) {
        m_deals.edit(d);
        m_savedId = d.id;
    } else {
        m_savedId = m_deals.add(d);
    }
}

} // namespace kizuna
