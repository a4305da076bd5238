#pragma once

#include "domain/followup.h"
#include "formdialog.h"

#include <QDate>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace kizuna {

/// Schedules one follow-up for one contact from their card: the day (the cadence's when it
/// has one), the channel and what it is for.
class ScheduleFollowUpDialog final : public FormDialog
{
    Q_OBJECT

public:
    /// `day` is filled in; `proposed` is the cadence's day, named under it (null for none).
    ScheduleFollowUpDialog(const QString &who, Channel channel, const QDate &day,
                           const QDate &proposed, QWidget *parent = nullptr);

    /// The follow-up as entered, without its contact.
    FollowUp followUp() const;

    QDateEdit *dayEdit() const { return m_day; }
    QComboBox *channelBox() const { return m_channel; }
    QLineEdit *purposeField() const { return m_purpose; }

private:
    QDateEdit *m_day = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_purpose = nullptr;
};

} // namespace kizuna
