#pragma once

#include "domain/activity.h"
#include "domain/channel.h"
#include "formdialog.h"
#include "nurture/followupservice.h"

#include <QDate>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QRadioButton;

namespace kizuna {

/// Logs the touch that did a follow-up (channel, outcome, summary) and settles what comes
/// next: the day the stage's cadence proposes, a day the user picks, or nothing.
class MarkDoneDialog final : public FormDialog
{
    Q_OBJECT

public:
    /// `proposed` is the cadence's day (null when the stage has no cadence).
    MarkDoneDialog(const QString &who, Channel channel, const QDate &proposed,
                   QWidget *parent = nullptr);

    Channel channel() const;
    Outcome outcome() const;
    QString summary() const;
    FollowUpService::Next next() const;

    QComboBox *channelBox() const { return m_channel; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QLineEdit *summaryField() const { return m_summary; }
    QDateEdit *nextDayEdit() const { return m_day; }
    QRadioButton *noneButton() const { return m_none; }

private:
    QDate m_proposed;
    QComboBox *m_channel = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_summary = nullptr;
    QRadioButton *m_onDay = nullptr;
    QRadioButton *m_none = nullptr;
    QDateEdit *m_day = nullptr;
};

} // namespace kizuna
