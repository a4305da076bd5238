#include "contactdetailview.h"

#include "stagepalette.h"
#include "text/dateformat.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kizuna {

ContactDetailView::ContactDetailView(NameOrder order, QWidget *parent)
    : QWidget(parent)
    , m_order(order)
{
    auto *layout = new QVBoxLayout(this);
    m_placeholder = new QLabel(tr("Select a contact to see their card."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    layout->addWidget(m_placeholder);

    m_card = new QWidget(this);
    auto *cardLayout = new QVBoxLayout(m_card);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    m_reading = new QLabel(m_card);
    m_reading->setObjectName(QStringLiteral("reading"));
    m_name = new QLabel(m_card);
    m_name->setObjectName(QStringLiteral("name"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cardLayout->addWidget(m_reading);
    cardLayout->addWidget(m_name);
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight);
    cardLayout->addLayout(m_form);
    cardLayout->addStretch(1);
    layout->addWidget(m_card);

    addField(QStringLiteral("company"), tr("Company"));
    addField(QStringLiteral("department"), tr("Department"));
    addField(QStringLiteral("title"), tr("Title"));
    addField(QStringLiteral("stage"), tr("Stage"));
    addField(QStringLiteral("phone_work"), tr("Phone"));
    addField(QStringLiteral("phone_direct"), tr("Direct"));
    addField(QStringLiteral("phone_mobile"), tr("Mobile"));
    addField(QStringLiteral("fax"), tr("Fax"));
    addField(QStringLiteral("email"), tr("E-mail"));
    addField(QStringLiteral("address"), tr("Address"));
    addField(QStringLiteral("url"), tr("Web"));
    addField(QStringLiteral("source"), tr("Source"));
    addField(QStringLiteral("tags"), tr("Tags"));
    addField(QStringLiteral("card_exchanged_on"), tr("Card exchanged"));
    addField(QStringLiteral("notes"), tr("Notes"));
    // The stage reads as a coloured chip, not a bar across the card.
    auto *stage = findChild<QLabel *>(QStringLiteral("stage"));
    stage->setWordWrap(false);
    stage->setAutoFillBackground(true);
    stage->setContentsMargins(6, 1, 6, 1);
    stage->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    setContact(std::nullopt);
}

QLabel *ContactDetailView::addField(const QString &objectName, const QString &label)
{
    auto *value = new QLabel(m_card);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

QString ContactDetailView::fieldText(const QString &field) const
{
    const auto *label = findChild<QLabel *>(field);
    return label ? label->text() : QString();
}

void ContactDetailView::setContact(const std::optional<Contact> &contact)
{
    m_placeholder->setVisible(!contact);
    m_card->setVisible(contact.has_value());
    if (!contact)
        return;
    const Contact &c = *contact;
    const QLocale locale;
    m_name->setText(displayName(c, m_order));
    QString reading = displayReading(c, m_order);
    if (c.readingGuessed && !reading.isEmpty())
        reading = tr("%1 (guessed)").arg(reading);
    m_reading->setText(reading);

    QString address = c.address;
    if (!c.postalCode.isEmpty())
        address = QStringLiteral("〒") + c.postalCode + QLatin1Char(' ') + address;
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("company"), c.company},
        {QStringLiteral("department"), c.department},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("stage"), StagePalette::label(c.stage)},
        {QStringLiteral("phone_work"), c.phoneWork},
        {QStringLiteral("phone_direct"), c.phoneDirect},
        {QStringLiteral("phone_mobile"), c.phoneMobile},
        {QStringLiteral("fax"), c.fax},
        {QStringLiteral("email"),
         c.email2.isEmpty() ? c.email : c.email + QLatin1Char('\n') + c.email2},
        {QStringLiteral("address"), address.trimmed()},
        {QStringLiteral("url"), c.url},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("tags"), c.tags.join(QStringLiteral(", "))},
        {QStringLiteral("card_exchanged_on"), DateFormat::longDate(c.cardExchangedOn, locale)},
        {QStringLiteral("notes"), c.notes},
    };
    for (const auto &[field, text] : values) {
        auto *label = findChild<QLabel *>(field);
        label->setText(text);
        // Empty rows would make every card look like a form half filled in.
        m_form->setRowVisible(label, !text.isEmpty());
    }
    auto *stage = findChild<QLabel *>(QStringLiteral("stage"));
    QPalette palette = stage->palette();
    palette.setColor(QPalette::Window, StagePalette::background(c.stage));
    stage->setPalette(palette);
}

} // namespace kizuna
