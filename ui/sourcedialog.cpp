#include "sourcedialog.h"

#include "moneyformat.h"
#include "optionaldatefield.h"
#include "sourcekindlabel.h"
#include "storage/sourcerepository.h"
#include "storage/storageerror.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace kizuna {

SourceDialog::SourceDialog(SourceRepository &sources, const Source &source, QWidget *parent)
    : CheckedDialog(parent)
    , m_sources(sources)
    , m_original(source)
{
    setWindowTitle(source.id ? tr("Edit source") : tr("New source"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(source.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Trade show, autumn 2026"));
    form->addRow(tr("&Name:"), m_name);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const SourceKind kind : allSourceKinds())
        m_kind->addItem(SourceKindLabel::text(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(source.kind)));
    form->addRow(tr("&Kind:"), m_kind);
    m_cost = new QLineEdit(source.id ? QString::number(source.cost) : QString(), this);
    m_cost->setObjectName(QStringLiteral("cost"));
    m_cost->setPlaceholderText(tr("whole yen, e.g. 350000"));
    form->addRow(tr("&Cost (yen):"), m_cost);
    m_start = new OptionalDateField(tr("&Started on"), source.startedOn, this);
    form->addRow(m_start);
    m_end = new OptionalDateField(tr("&Ended on"), source.endedOn, this);
    form->addRow(m_end);
    m_notes = new QPlainTextEdit(source.notes, this);
    m_notes->setTabChangesFocus(true);
    // Four lines of the font in use, the frame and the document's margin of 4 around them.
    const int lines = 4 * m_notes->fontMetrics().lineSpacing();
    m_notes->setMaximumHeight(lines + 2 * (m_notes->frameWidth() + 4));
    form->addRow(tr("N&otes:"), m_notes);

    connect(m_name, &QLineEdit::textChanged, this, &SourceDialog::check);
    connect(m_cost, &QLineEdit::textChanged, this, &SourceDialog::check);
    connect(m_start, &OptionalDateField::changed, this, &SourceDialog::check);
    connect(m_end, &OptionalDateField::changed, this, &SourceDialog::check);
    setFields(form);
}

std::optional<qint64> SourceDialog::cost() const
{
    return MoneyFormat::parseYen(m_cost->text());
}

Source SourceDialog::source() const
{
    Source s = m_original;
    s.name = m_name->text().trimmed();
    s.kind = SourceKind(m_kind->currentData().toInt());
    s.cost = cost().value_or(0);
    s.startedOn = m_start->date();
    s.endedOn = m_end->date();
    s.notes = m_notes->toPlainText().trimmed();
    return s;
}

QString SourceDialog::problem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Give the source a name.");
    if (!cost())
        return tr("The cost \"%1\" is not an amount in whole yen (0 or more).")
            .arg(m_cost->text().trimmed());
    if (m_start->date().isValid() && m_end->date().isValid() && m_end->date() < m_start->date())
        return tr("The end is before the start.");
    try {
        const auto existing = m_sources.findByName(name);
        if (existing && existing->id != m_original.id)
            return tr("A source named \"%1\" exists already.").arg(name);
    } catch (const StorageError &error) {
        return error.message();
    }
    return {};
}

void SourceDialog::save()
{
    const Source s = source();
    if (s.id) {
        m_sources.update(s);
        m_savedId = s.id;
    } else {
        m_savedId = m_sources.add(s);
    }
}

} // namespace kizuna
