#include "logtouchdialog.h"

#include "channellabel.h"
#include "outcomelabel.h"
#include "text/dateformat.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kizuna {

LogTouchDialog::LogTouchDialog(const QString &who, Channel channel, const QDateTime &now,
                               const QDate &proposed, QWidget *parent)
    : FormDialog(parent)
{
    setWindowTitle(tr("Log touch: %1").arg(who));
    m_channel = new QComboBox(this);
    ChannelLabel::fill(*m_channel, channel);
    m_direction = new QComboBox(this);
    m_direction->addItem(tr("We reached out"), static_cast<int>(Direction::Outbound));
    m_direction->addItem(tr("They reached out"), static_cast<int>(Direction::Inbound));
    m_outcome = new QComboBox(this);
    for (const Outcome outcome : OutcomeLabel::choices())
        m_outcome->addItem(OutcomeLabel::text(outcome), static_cast<int>(outcome));
    m_when = new QDateTimeEdit(now, this);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_summary = new QLineEdit(this);
    m_summary->setPlaceholderText(tr("What was said or agreed"));
    auto *proposal =
        new QLabel(proposed.isValid() ? tr("The next regular follow-up then falls on %1.")
                                            .arg(DateFormat::dayHeading(proposed, QLocale()))
                                      : tr("This stage has no cadence."),
                   this);
    proposal->setObjectName(QStringLiteral("proposal"));
    proposal->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Who:"), m_direction);
    form->addRow(tr("Wh&en:"), m_when);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(proposal);
    setForm(form);
    m_summary->setFocus();
    resize(460, sizeHint().height());
}

Activity LogTouchDialog::activity() const
{
    Activity touch;
    touch.channel = static_cast<Channel>(m_channel->currentData().toInt());
    touch.direction = static_cast<Direction>(m_direction->currentData().toInt());
    touch.outcome = static_cast<Outcome>(m_outcome->currentData().toInt());
    touch.occurredAt = m_when->dateTime();
    touch.summary = m_summary->text().trimmed();
    return touch;
}

} // namespace kizuna
