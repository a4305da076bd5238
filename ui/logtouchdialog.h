#pragma once

#include "domain/activity.h"
#include "formdialog.h"

#include <QDate>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace kizuna {

/// Logs a touch with one contact from their card: how (channel, who reached out), when
/// (now unless changed), how it ended and what was said. It shows the day the stage's
/// cadence then proposes for the next follow-up, which the touch moves the regular
/// follow-up to.
class LogTouchDialog final : public FormDialog
{
    Q_OBJECT

public:
    /// `proposed` is the cadence's next day after a touch now (null when the stage has none).
    LogTouchDialog(const QString &who, Channel channel, const QDateTime &now, const QDate &proposed,
                   QWidget *parent = nullptr);

    /// The touch as entered, without its contact.
    Activity activity() const;

    QComboBox *channelBox() const { return m_channel; }
    QComboBox *directionBox() const { return m_direction; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QDateTimeEdit *whenEdit() const { return m_when; }
    QLineEdit *summaryField() const { return m_summary; }

private:
    QComboBox *m_channel = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_outcome = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QLineEdit *m_summary = nullptr;
};

} // namespace kizuna
