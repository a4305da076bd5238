#include "markdonedialog.h"

#include "channellabel.h"
#include "outcomelabel.h"
#include "text/dateformat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

namespace kizuna {

MarkDoneDialog::MarkDoneDialog(const QString &who, Channel channel, const QDate &proposed,
                               QWidget *parent)
    : FormDialog(parent)
    , m_proposed(proposed)
{
    setWindowTitle(tr("Mark done: %1").arg(who));
    m_channel = new QComboBox(this);
    ChannelLabel::fill(*m_channel, channel);
    m_outcome = new QComboBox(this);
    for (const Outcome o : OutcomeLabel::choices())
        m_outcome->addItem(OutcomeLabel::text(o), static_cast<int>(o));
    m_summary = new QLineEdit(this);
    m_summary->setPlaceholderText(tr("What was said or agreed"));

    m_onDay = new QRadioButton(tr("Next follow-up on"), this);
    m_none = new QRadioButton(tr("No further follow-up"), this);
    m_day = new QDateEdit(this);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_day->setDate(proposed.isValid() ? proposed : QDate::currentDate().addDays(7));
    connect(m_onDay, &QRadioButton::toggled, m_day, &QWidget::setEnabled);
    (proposed.isValid() ? m_onDay : m_none)->setChecked(true);
    m_day->setEnabled(m_onDay->isChecked());
    auto *proposal = new QLabel(
        proposed.isValid()
            ? tr("The cadence proposes %1.").arg(DateFormat::dayHeading(proposed, QLocale()))
            : tr("This stage has no cadence."),
        this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(proposal);
    form->addRow(m_onDay, m_day);
    form->addRow(m_none);
    setForm(form);
}

Channel MarkDoneDialog::channel() const
{
    return static_cast<Channel>(m_channel->currentData().toInt());
}

Outcome MarkDoneDialog::outcome() const
{
    return static_cast<Outcome>(m_outcome->currentData().toInt());
}

QString MarkDoneDialog::summary() const
{
    return m_summary->text().trimmed();
}

FollowUpService::Next MarkDoneDialog::next() const
{
    using Mode = FollowUpService::Next::Mode;
    if (m_none->isChecked())
        return {Mode::None, {}};
    // The cadence's own day is scheduled as a cadence follow-up, which later touches move.
    if (m_day->date() == m_proposed)
        return {Mode::Cadence, {}};
    return {Mode::On, m_day->date()};
}

} // namespace kizuna
