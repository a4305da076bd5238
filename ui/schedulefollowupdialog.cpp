#include "schedulefollowupdialog.h"

#include "channellabel.h"
#include "text/dateformat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kizuna {

ScheduleFollowUpDialog::ScheduleFollowUpDialog(const QString &who, Channel channel,
                                               const QDate &day, const QDate &proposed,
                                               QWidget *parent)
    : FormDialog(parent)
{
    setWindowTitle(tr("Schedule follow-up: %1").arg(who));
    m_day = new QDateEdit(day, this);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_channel = new QComboBox(this);
    ChannelLabel::fill(*m_channel, channel);
    m_purpose = new QLineEdit(tr("Follow-up"), this);
    m_purpose->setPlaceholderText(tr("What it is for, e.g. send the quote"));
    auto *hint = new QLabel(
        proposed.isValid()
            ? tr("The cadence proposes %1.").arg(DateFormat::dayHeading(proposed, QLocale()))
            : tr("This stage has no cadence."),
        this);
    hint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Day:"), m_day);
    form->addRow(QString(), hint);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Purpose:"), m_purpose);
    setForm(form);
    m_purpose->selectAll();
    m_purpose->setFocus();
    resize(420, sizeHint().height());
}

FollowUp ScheduleFollowUpDialog::followUp() const
{
    FollowUp followUp;
    followUp.dueOn = m_day->date();
    followUp.channel = static_cast<Channel>(m_channel->currentData().toInt());
    followUp.purpose = m_purpose->text().trimmed();
    return followUp;
}

} // namespace kizuna
