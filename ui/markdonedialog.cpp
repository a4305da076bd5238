#include "markdonedialog.h"

#include "channellabel.h"
#include "text/dateformat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kizuna {

namespace {
const QList<Outcome> kOutcomes{Outcome::Reached,    Outcome::NoAnswer,      Outcome::LeftMessage,
                               Outcome::Interested, Outcome::NotInterested, Outcome::MeetingBooked,
                               Outcome::Bounced,    Outcome::None};
} // namespace

MarkDoneDialog::MarkDoneDialog(const QString &who, Channel channel, const QDate &proposed,
                               QWidget *parent)
    : QDialog(parent)
    , m_proposed(proposed)
{
    setWindowTitle(tr("Mark done: %1").arg(who));
    m_channel = new QComboBox(this);
    for (const Channel c : allChannels())
        m_channel->addItem(ChannelLabel::text(c), static_cast<int>(c));
    m_channel->setCurrentIndex(m_channel->findData(static_cast<int>(channel)));
    m_outcome = new QComboBox(this);
    for (const Outcome o : kOutcomes)
        m_outcome->addItem(outcomeLabel(o), static_cast<int>(o));
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
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

QString MarkDoneDialog::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::None:
        return tr("No particular outcome");
    case Outcome::Reached:
        return tr("Reached");
    case Outcome::NoAnswer:
        return tr("No answer");
    case Outcome::LeftMessage:
        return tr("Left a message");
    case Outcome::Interested:
        return tr("Interested");
    case Outcome::NotInterested:
        return tr("Not interested");
    case Outcome::MeetingBooked:
        return tr("Meeting booked");
    case Outcome::Bounced:
        return tr("E-mail bounced");
    }
    return {};
}

} // namespace kizuna
