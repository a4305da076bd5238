#include "contacteditordialog.h"

#include "contacts/contacteditmerger.h"
#include "contacts/contactnormalizer.h"
#include "contacts/contactservice.h"
#include "contacts/contactvalidator.h"
#include "domain/contacttextfields.h"
#include "domain/personname.h"
#include "optionaldatefield.h"
#include "stagepalette.h"
#include "storage/storageerror.h"
#include "text/dateformat.h"
#include "themecolours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace kizuna {

namespace {

QStringList tagsIn(const QString &text)
{
    // Typed with either keyboard: 、 and ， are commas to a Japanese writer.
    static const QRegularExpression separators(QStringLiteral("[,、，]"));
    QStringList tags;
    for (const QString &part : text.split(separators)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

} // namespace

ContactEditorDialog::ContactEditorDialog(ContactService &service, const Contact &contact,
                                         QWidget *parent)
    : CheckedDialog(parent)
    , m_service(service)
    , m_base(contact)
{
    setWindowTitle(contact.id ? tr("Edit %1").arg(displayName(contact, nameOrderFor(QLocale())))
                              : tr("New contact"));
    retryLostConnectionOn(service.database());
    auto *person = new QFormLayout;
    auto *reach = new QFormLayout;
    for (QFormLayout *form : {person, reach})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_labels = {
        {QStringLiteral("family_name"), tr("Family name")},
        {QStringLiteral("given_name"), tr("Given name")},
        {QStringLiteral("family_kana"), tr("Reading of the family name")},
        {QStringLiteral("given_kana"), tr("Reading of the given name")},
        {QStringLiteral("company"), tr("Company")},
        {QStringLiteral("department"), tr("Department")},
        {QStringLiteral("title"), tr("Title")},
        {QStringLiteral("email"), tr("E-mail")},
        {QStringLiteral("email2"), tr("Second e-mail")},
        {QStringLiteral("phone_work"), tr("Work phone")},
        {QStringLiteral("phone_direct"), tr("Direct line")},
        {QStringLiteral("phone_mobile"), tr("Mobile")},
        {QStringLiteral("fax"), tr("Fax")},
        {QStringLiteral("postal_code"), tr("Postal code")},
        {QStringLiteral("address"), tr("Address")},
        {QStringLiteral("url"), tr("Web")},
        {QStringLiteral("notes"), tr("Notes")},
        {QStringLiteral("source"), tr("Source")},
        {QStringLiteral("stage"), tr("Stage")},
        {QStringLiteral("owner"), tr("Owner")},
        {QStringLiteral("card_exchanged_on"), tr("Card exchanged")},
    };

    // Names as a Japanese card writes them: family name first.
    QLineEdit *family = addField("family_name", tr("family name, e.g. 山田"));
    QLineEdit *given = addField("given_name", tr("given name, e.g. 太郎"));
    person->addRow(tr("&Name:"), pair(family, given));
    QLineEdit *familyKana = addField("family_kana", tr("e.g. やまだ"));
    QLineEdit *givenKana = addField("given_kana", tr("e.g. たろう"));
    person->addRow(tr("&Reading:"), pair(familyKana, givenKana));
    m_guessed = new QLabel(tr("Guessed — please confirm"), this);
    m_guessed->setObjectName(QStringLiteral("guessed"));
    QPalette warning = m_guessed->palette();
    warning.setColor(QPalette::WindowText, ThemeColours::caution(warning));
    m_guessed->setPalette(warning);
    m_readingRight = new QCheckBox(tr("The reading is &right"), this);
    m_readingRight->setObjectName(QStringLiteral("readingRight"));
    person->addRow(QString(), pair(m_guessed, m_readingRight));

    QLineEdit *company = addField("company");
    person->addRow(tr("&Company:"), company);
    try {
        auto *completer = new QCompleter(m_service.repository().companies().names(), company);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        // "ひかり" finds 株式会社ひかり電子: legal forms come first in many names.
        completer->setFilterMode(Qt::MatchContains);
        company->setCompleter(completer);
    } catch (const StorageError &) {
        // Without the list the name is typed in full; the dialog works all the same.
    }
    person->addRow(tr("&Department:"), addField("department"));
    person->addRow(tr("&Title:"), addField("title"));

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->addItem(tr("(unknown)"), QString());
    try {
        for (const Source &source : m_service.repository().sources().definitions())
            m_source->addItem(source.name, source.name);
    } catch (const StorageError &) {
        // The contact's own source is still offered below.
    }
    if (!contact.source.isEmpty() && m_source->findData(contact.source) < 0)
        m_source->addItem(contact.source, contact.source);
    person->addRow(tr("S&ource:"), m_source);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stage"));
    for (const Stage stage : allStages())
        m_stage->addItem(StagePalette::label(stage), int(stage));
    person->addRow(tr("St&age:"), m_stage);
    // Editable: a colleague who owns nothing yet is typed in by their login name.
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->lineEdit()->setPlaceholderText(tr("nobody"));
    QStringList users;
    try {
        users = m_service.knownUsers();
    } catch (const StorageError &) {
        // The contact's own owner and the user are still offered; any name can be typed.
    }
    for (const QString &user : {m_service.currentUser(), contact.owner}) {
        if (!user.isEmpty() && !users.contains(user))
            users.append(user);
    }
    users.sort();
    m_owner->addItems(users);
    person->addRow(tr("O&wner:"), m_owner);
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("separated by commas, e.g. VIP, 展示会2026"));
    person->addRow(tr("Ta&gs:"), m_tags);
    m_cardExchanged =
        new OptionalDateField(tr("Card e&xchanged on"), contact.cardExchangedOn, this);
    m_cardExchanged->setObjectName(QStringLiteral("cardExchanged"));
    person->addRow(m_cardExchanged);

    reach->addRow(tr("&E-mail:"), addField("email", tr("e.g. taro.yamada@example.co.jp")));
    reach->addRow(tr("Second e-&mail:"), addField("email2"));
    reach->addRow(tr("&Work phone:"), addField("phone_work", tr("e.g. 03-1234-5678")));
    reach->addRow(tr("Direct &line:"), addField("phone_direct"));
    reach->addRow(tr("Mo&bile:"), addField("phone_mobile", tr("e.g. 090-1234-5678")));
    reach->addRow(tr("&Fax:"), addField("fax"));
    reach->addRow(tr("&Postal code:"), addField("postal_code", tr("e.g. 101-0041")));
    reach->addRow(tr("Addre&ss:"), addField("address"));
    reach->addRow(tr("&Web:"), addField("url", tr("e.g. https://www.example.co.jp")));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(4 * fontMetrics().height());
    reach->addRow(tr("N&otes:"), m_notes);

    m_reload = new QPushButton(tr("&Reload"), this);
    m_reload->setObjectName(QStringLiteral("reload"));
    m_reload->setToolTip(tr("Show what is stored now in the fields changed elsewhere, and keep "
                            "your other changes"));
    m_reload->hide();
    connect(m_reload, &QPushButton::clicked, this, &ContactEditorDialog::reload);
    m_reloaded = new QLabel(this);
    m_reloaded->setObjectName(QStringLiteral("reloaded"));
    m_reloaded->setWordWrap(true);
    m_reloaded->setTextFormat(Qt::RichText);
    m_reloaded->hide();
    connect(m_reloaded, &QLabel::linkActivated, this, &ContactEditorDialog::useMine);

    // Both columns as wide as a typical address: the right one would otherwise get only
    // what its labels leave over and cut off every e-mail address.
    const int wide = fontMetrics().horizontalAdvance(QStringLiteral("taro.yamada@example.co.jp")) +
                     4 * fontMetrics().averageCharWidth();
    for (const char *key : {"email", "email2", "phone_work", "phone_direct", "phone_mobile", "fax",
                            "postal_code", "address", "url", "company", "department", "title"})
        m_fields.value(QString::fromLatin1(key))->setMinimumWidth(wide);
    m_notes->setMinimumWidth(wide);
    auto *columns = new QHBoxLayout;
    columns->addLayout(person, 1);
    columns->addSpacing(2 * fontMetrics().averageCharWidth());
    columns->addLayout(reach, 1);
    auto *fields = new QVBoxLayout;
    fields->addLayout(columns);
    auto *reloadRow = new QHBoxLayout;
    reloadRow->addWidget(m_reloaded, 1);
    reloadRow->addWidget(m_reload);
    fields->addLayout(reloadRow);

    setValues(contact);
    for (QLineEdit *edit : std::as_const(m_fields))
        connect(edit, &QLineEdit::textChanged, this, &ContactEditorDialog::check);
    for (QLineEdit *edit : {familyKana, givenKana})
        connect(edit, &QLineEdit::textChanged, this, &ContactEditorDialog::showGuessed);
    connect(m_readingRight, &QCheckBox::toggled, this, &ContactEditorDialog::showGuessed);
    setFields(fields);
    family->setFocus();
}

QLineEdit *ContactEditorDialog::addField(const char *key, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    const QString name = QString::fromLatin1(key);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(m_labels.value(name));
    m_fields.insert(name, edit);
    return edit;
}

QWidget *ContactEditorDialog::pair(QWidget *first, QWidget *second)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(first, 1);
    layout->addWidget(second, 1);
    return row;
}

void ContactEditorDialog::setValues(const Contact &c)
{
    for (const ContactTextField &text : kContactTextFields) {
        if (QLineEdit *edit = m_fields.value(QString::fromLatin1(text.key)))
            edit->setText(c.*text.member);
    }
    m_notes->setPlainText(c.notes);
    m_source->setCurrentIndex(std::max(0, m_source->findData(c.source)));
    m_stage->setCurrentIndex(m_stage->findData(int(c.stage)));
    // A new contact is its maker's, as ContactService would make it.
    m_owner->setCurrentText(c.id == 0 && c.owner.isEmpty() ? m_service.currentUser() : c.owner);
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_cardExchanged->setDate(c.cardExchangedOn);
    m_readingRight->setChecked(!c.readingGuessed);
    showGuessed();
}

bool ContactEditorDialog::readingTouched() const
{
    return m_fields.value(QStringLiteral("family_kana"))->text() != m_base.familyKana ||
           m_fields.value(QStringLiteral("given_kana"))->text() != m_base.givenKana;
}

void ContactEditorDialog::showGuessed()
{
    // A reading typed over the guess is the user's own: nothing left to confirm.
    const bool guessed = m_base.readingGuessed && !readingTouched();
    m_guessed->setVisible(guessed && !m_readingRight->isChecked());
    m_readingRight->setVisible(guessed);
}

Contact ContactEditorDialog::contact() const
{
    Contact c = m_base;
    for (const ContactTextField &text : kContactTextFields) {
        if (const QLineEdit *edit = m_fields.value(QString::fromLatin1(text.key)))
            c.*text.member = edit->text();
    }
    c.notes = m_notes->toPlainText();
    c.source = m_source->currentData().toString();
    c.stage = Stage(m_stage->currentData().toInt());
    c.owner = m_owner->currentText().trimmed();
    c.tags = tagsIn(m_tags->text());
    c.cardExchangedOn = m_cardExchanged->date();
    c.readingGuessed = m_base.readingGuessed && !readingTouched() && !m_readingRight->isChecked();
    return c;
}

QString ContactEditorDialog::problem() const
{
    const Contact c = ContactNormalizer::normalized(contact());
    try {
        ContactValidator::validate(c);
    } catch (const ValidationError &error) {
        // Core's rules decide; the words are the dialog's, in the user's language.
        const QString field = error.field();
        const QString label = m_labels.value(field);
        const QLineEdit *edit = m_fields.value(field);
        const QString value = edit ? edit->text().trimmed() : QString();
        if (field == QLatin1String("family_name"))
            return tr("Give the contact a name or an e-mail address.");
        if (field.startsWith(QLatin1String("email")))
            return tr("%1: \"%2\" is not an e-mail address.").arg(label, value);
        if (field.startsWith(QLatin1String("phone")) || field == QLatin1String("fax"))
            return tr("%1: \"%2\" is not a phone number.").arg(label, value);
        if (field == QLatin1String("postal_code"))
            return tr("%1: \"%2\" is not a postal code.").arg(label, value);
        if (field == QLatin1String("url"))
            return tr("%1: \"%2\" is not a web address.").arg(label, value);
        if (field.endsWith(QLatin1String("_kana")))
            return tr("%1: write the reading in kana.").arg(label);
        return error.message();
    }
    return {};
}

QString ContactEditorDialog::labelsOf(const QStringList &keys) const
{
    QStringList labels;
    for (const QString &key : keys)
        labels.append(m_labels.value(key, key));
    return labels.join(tr(", "));
}

void ContactEditorDialog::save()
{
    m_conflicts.clear();
    if (m_base.id == 0) {
        const qint64 id = m_service.add(contact());
        m_after = m_service.get(id);
        return;
    }
    const Contact edited = contact();
    // Read just before and after the save: between the two is only this edit, so an undo
    // takes back nothing that someone else did.
    m_before = m_service.get(m_base.id);
    try {
        m_service.update(m_base, edited);
    } catch (const StorageError &error) {
        if (error.kind() == StorageError::Kind::Conflict)
            m_conflicts = ContactEditMerger::merge(m_base, edited, m_before).conflicts;
        throw;
    }
    m_after = m_service.get(m_base.id);
}

void ContactEditorDialog::accept()
{
    CheckedDialog::accept();
    if (m_conflicts.isEmpty())
        return;
    const QString who = m_before.authorship.changedBy;
    const QString name = displayName(m_before, nameOrderFor(QLocale()));
    showProblem((who.isEmpty() || who == m_service.currentUser()
                     ? tr("%1 was changed in another window or program since you opened it (%2). ")
                           .arg(name, labelsOf(m_conflicts))
                     : tr("%1 was changed by %3 since you opened it (%2). ")
                           .arg(name, labelsOf(m_conflicts), who)) +
                tr("Nothing was saved. Reload to see the stored values and choose, field by field, "
                   "whether to keep them or yours; your other changes stay in the fields."));
    m_reload->show();
    m_reload->setDefault(true);
}

void ContactEditorDialog::reload()
{
    Contact stored;
    try {
        stored = m_service.get(m_base.id);
    } catch (const StorageError &error) {
        showProblem(error.message());
        return;
    }
    m_mine = contact();
    const EditMerge merged = ContactEditMerger::merge(m_base, m_mine, stored);
    m_base = stored;
    setValues(merged.contact);
    m_reload->hide();
    m_unsettled = merged.conflicts;
    showUnsettled();
    m_conflicts.clear();
    check();
}

QString ContactEditorDialog::valueText(const QString &key, const Contact &c) const
{
    for (const ContactTextField &field : kContactTextFields) {
        if (key == QLatin1String(field.key))
            return c.*field.member;
    }
    if (key == QLatin1String("source"))
        return c.source;
    if (key == QLatin1String("owner"))
        return c.owner;
    if (key == QLatin1String("stage"))
        return StagePalette::label(c.stage);
    if (key == QLatin1String("card_exchanged_on"))
        return c.cardExchangedOn.isValid() ? DateFormat::longDate(c.cardExchangedOn, QLocale())
                                           : QString();
    return {};
}

void ContactEditorDialog::showUnsettled()
{
    m_reloaded->setVisible(!m_unsettled.isEmpty());
    if (m_unsettled.isEmpty())
        return;
    QStringList lines;
    for (const QString &key : std::as_const(m_unsettled)) {
        const QString mine = valueText(key, m_mine);
        lines.append(tr("%1: yours was “%2” — <a href=\"%3\">use yours</a>")
                         .arg(m_labels.value(key, key).toHtmlEscaped(),
                              mine.isEmpty() ? tr("(empty)") : mine.toHtmlEscaped(), key));
    }
    m_reloaded->setText(tr("Reloaded: these fields now show what is stored. Keep them, or use "
                           "yours, then press OK to save.") +
                        QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
}

void ContactEditorDialog::useMine(const QString &key)
{
    Contact c = contact();
    ContactEditMerger::takeField(key, m_mine, c);
    setValues(c);
    m_unsettled.removeAll(key);
    showUnsettled();
    check();
}

} // namespace kizuna
