#include "contactdetailview.h"

#include "stagepalette.h"
#include "text/dateformat.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
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
    m_buttons = new QHBoxLayout;
    m_editButton = new QPushButton(tr("&Edit…"), m_card);
    m_editButton->setObjectName(QStringLiteral("edit"));
    m_editButton->setToolTip(tr("Edit this contact (F2)"));
    connect(m_editButton, &QPushButton::clicked, this, [this] { emit editRequested(m_contactId); });
    m_confirmReading = new QPushButton(tr("Confirm &reading"), m_card);
    m_confirmReading->setObjectName(QStringLiteral("confirmReading"));
    m_confirmReading->setToolTip(tr("The guessed reading is right"));
    connect(m_confirmReading, &QPushButton::clicked, this,
            [this] { emit confirmReadingRequested(m_contactId); });
    m_buttons->addWidget(m_editButton);
    m_buttons->addWidget(m_confirmReading);
    m_buttons->addStretch(1);
    cardLayout->addLayout(m_buttons);

    // The name stays on top; what there is to know about the person is in tabs under it,
    // the card's own fields first, scrolling on their own.
    m_tabs = new QTabWidget(m_card);
    m_tabs->setObjectName(QStringLiteral("contactTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    auto *overview = new QWidget;
    auto *overviewLayout = new QVBoxLayout(overview);
    // A grid rather than a QFormLayout: Qt 6.4's QFormLayout reads past its rows in
    // heightForWidth() once rows of word-wrapped labels are hidden (valgrind shows it, a
    // crash follows); a grid hides a row with its two widgets.
    m_form = new QGridLayout;
    m_form->setColumnStretch(1, 1);
    overviewLayout->addLayout(m_form);
    m_sections = new QVBoxLayout;
    m_sections->setContentsMargins(0, 0, 0, 0);
    overviewLayout->addLayout(m_sections);
    overviewLayout->addStretch(1);
    auto *overviewScroll = new QScrollArea(m_tabs);
    overviewScroll->setObjectName(QStringLiteral("overview"));
    overviewScroll->setWidget(overview);
    overviewScroll->setWidgetResizable(true);
    overviewScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(overviewScroll, tr("Overview"));
    cardLayout->addWidget(m_tabs, 1);
    layout->addWidget(m_card);

    addField(QStringLiteral("company"), tr("Company"));
    addField(QStringLiteral("department"), tr("Department"));
    addField(QStringLiteral("title"), tr("Title"));
    // The stage is a combo: one click moves the contact on (an undoable step).
    m_stage = new QComboBox(m_card);
    m_stage->setObjectName(QStringLiteral("stage"));
    for (const Stage stage : allStages())
        m_stage->addItem(StagePalette::label(stage), int(stage));
    m_stage->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stage->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_stage, &QComboBox::activated, this, [this](int index) {
        emit stageRequested(m_contactId, Stage(m_stage->itemData(index).toInt()));
    });
    addRow(tr("Stage"), m_stage, Qt::AlignLeft);
    addField(QStringLiteral("phone_work"), tr("Phone"));
    addField(QStringLiteral("phone_direct"), tr("Direct"));
    addField(QStringLiteral("phone_mobile"), tr("Mobile"));
    addField(QStringLiteral("fax"), tr("Fax"));
    addField(QStringLiteral("email"), tr("E-mail"));
    addField(QStringLiteral("address"), tr("Address"));
    addField(QStringLiteral("url"), tr("Web"));
    addField(QStringLiteral("source"), tr("Source"));
    addField(QStringLiteral("owner"), tr("Owner"));
    addField(QStringLiteral("tags"), tr("Tags"));
    addField(QStringLiteral("card_exchanged_on"), tr("Card exchanged"));
    addField(QStringLiteral("notes"), tr("Notes"));
    addField(QStringLiteral("authorship"), tr("Record"));
    setContact(std::nullopt);
}

QLabel *ContactDetailView::addField(const QString &objectName, const QString &label)
{
    auto *value = new QLabel(m_card);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addRow(label, value);
    return value;
}

void ContactDetailView::addRow(const QString &label, QWidget *value, Qt::Alignment alignment)
{
    const int row = m_form->rowCount();
    auto *name = new QLabel(label, m_form->parentWidget());
    // Beside the first line of a long value; beside the middle of a combo.
    name->setAlignment(Qt::AlignRight | (alignment ? Qt::AlignVCenter : Qt::AlignTop));
    name->setBuddy(value);
    m_form->addWidget(name, row, 0);
    m_form->addWidget(value, row, 1, alignment);
    m_rowLabels.insert(value, name);
}

QLabel *ContactDetailView::addSection(const QString &title, QWidget *body)
{
    auto *heading = new QLabel(title, m_form->parentWidget());
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    // A gap above each section, so the fields and the sections read as blocks.
    heading->setContentsMargins(0, heading->fontMetrics().height() / 2, 0, 0);
    m_sections->addWidget(heading);
    m_sections->addWidget(body);
    return heading;
}

void ContactDetailView::addButton(QPushButton *button)
{
    // Before the stretch that keeps the row to the left.
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

QString ContactDetailView::fieldText(const QString &field) const
{
    if (const auto *label = findChild<QLabel *>(field))
        return label->text();
    const auto *combo = findChild<QComboBox *>(field);
    return combo ? combo->currentText() : QString();
}

void ContactDetailView::setContact(const std::optional<Contact> &contact)
{
    m_placeholder->setVisible(!contact);
    m_card->setVisible(contact.has_value());
    m_contactId = contact ? contact->id : 0;
    if (!contact) {
        emit contactShown(0);
        return;
    }
    const Contact &c = *contact;
    const QLocale locale;
    m_name->setText(displayName(c, m_order));
    QString reading = displayReading(c, m_order);
    if (c.readingGuessed && !reading.isEmpty())
        reading = tr("%1 (guessed)").arg(reading);
    m_reading->setText(reading);
    m_confirmReading->setVisible(c.readingGuessed && !reading.isEmpty());
    // A contact not stored yet (none is shown here) has nothing to edit.
    m_editButton->setEnabled(c.id != 0);
    m_stage->setEnabled(c.id != 0);

    QString address = c.address;
    if (!c.postalCode.isEmpty())
        address = QStringLiteral("〒") + c.postalCode + QLatin1Char(' ') + address;
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("company"), c.company},
        {QStringLiteral("department"), c.department},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("phone_work"), c.phoneWork},
        {QStringLiteral("phone_direct"), c.phoneDirect},
        {QStringLiteral("phone_mobile"), c.phoneMobile},
        {QStringLiteral("fax"), c.fax},
        {QStringLiteral("email"),
         c.email2.isEmpty() ? c.email : c.email + QLatin1Char('\n') + c.email2},
        {QStringLiteral("address"), address.trimmed()},
        {QStringLiteral("url"), c.url},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("owner"), c.owner},
        {QStringLiteral("tags"), c.tags.join(QStringLiteral(", "))},
        {QStringLiteral("card_exchanged_on"), DateFormat::longDate(c.cardExchangedOn, locale)},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("authorship"), authorshipText(c)},
    };
    for (const auto &[field, text] : values) {
        auto *label = findChild<QLabel *>(field);
        label->setText(text);
        // Empty rows would make every card look like a form half filled in.
        label->setVisible(!text.isEmpty());
        m_rowLabels.value(label)->setVisible(!text.isEmpty());
    }
    showStage(c.stage);
    emit contactShown(m_contactId);
}

QString ContactDetailView::authorshipText(const Contact &c)
{
    // Who to ask about a card: only worth a line once someone is known to have touched it.
    const Authorship &a = c.authorship;
    if (a.createdBy.isEmpty() && a.changedBy.isEmpty())
        return {};
    const QLocale locale;
    const QString made =
        a.createdBy.isEmpty()
            ? QString()
            : tr("added by %1 on %2")
                  .arg(a.createdBy, DateFormat::longDate(c.createdAt.toLocalTime().date(), locale));
    const QString changed =
        a.changedBy.isEmpty() || a.version <= 1
            ? QString()
            : tr("last changed by %1 on %2")
                  .arg(a.changedBy, DateFormat::longDate(c.updatedAt.toLocalTime().date(), locale));
    if (made.isEmpty())
        return changed;
    return changed.isEmpty() ? made : tr("%1; %2").arg(made, changed);
}

void ContactDetailView::showStage(Stage stage)
{
    m_stage->setCurrentIndex(m_stage->findData(int(stage)));
    // Coloured as the stage is everywhere, so the card still reads at a glance.
    QPalette palette = m_stage->palette();
    palette.setColor(QPalette::Button, StagePalette::background(stage, palette));
    palette.setColor(QPalette::ButtonText, StagePalette::foreground(stage, palette));
    m_stage->setPalette(palette);
}

} // namespace kizuna
