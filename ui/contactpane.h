#pragma once

#include "domain/activity.h"
#include "domain/followup.h"
#include "domain/personname.h"
#include "followupdone.h"
#include "nurture/followupservice.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTreeView;

namespace kizuna {

class ContactDetailView;
class ContactService;
class DealService;
class DealTableModel;
class OpenFollowUpModel;
class ScoreExplanationModel;
class StageHistoryModel;
class TimelineModel;

/// The selected contact beside the list: their card (ContactDetailView) with the lead score
/// point by point and the stage history under the fields, and tabs for the open follow-ups
/// (mark done, snooze, skip), the deals and the whole timeline. "Log touch…" and "Schedule
/// follow-up…" beside Edit open a small dialog each, filled in from what is known. Every
/// section reads again whenever the card is shown anew, which the window does after each
/// change. A follow-up marked done is handed to the window as a step to undo.
class ContactPane final : public QWidget
{
    Q_OBJECT

public:
    /// `service` must outlive the pane.
    ContactPane(ContactService &service, NameOrder order, QWidget *parent = nullptr);
    ~ContactPane() override;

    ContactDetailView *detailView() const { return m_detail; }
    StageHistoryModel *stageHistoryModel() const { return m_stageHistory; }
    OpenFollowUpModel *followUpModel() const { return m_followUps; }
    DealTableModel *dealModel() const { return m_deals; }
    ScoreExplanationModel *scoreModel() const { return m_score; }
    TimelineModel *timelineModel() const { return m_timeline; }
    QTreeView *followUpView() const { return m_followUpView; }
    QPushButton *logTouchButton() const { return m_logTouch; }
    QPushButton *scheduleButton() const { return m_schedule; }
    QPushButton *markDoneButton() const { return m_markDone; }
    QPushButton *skipButton() const { return m_skip; }
    QLabel *scoreHeading() const { return m_scoreHeading; }

    // Each writes for the contact shown (the follow-up selected), says what happened and
    // emits changed(); false (with a message box) when it could not be done. The pane reads
    // its sections again when the owner shows the contact again after changed(), as the
    // window does after every change, so a write is read back once, not twice.
    bool logTouch(const Activity &touch);
    bool scheduleFollowUp(const FollowUp &followUp);
    bool completeSelected(Channel channel, Outcome outcome, const QString &summary,
                          const FollowUpService::Next &next);
    bool snoozeSelected(int days);
    bool skipSelected();

signals:
    /// Touches, follow-ups or deals were written: the other pages read again.
    void changed();
    /// A follow-up was marked done (after changed()): the window keeps the step to undo.
    void followUpCompleted(const kizuna::FollowUpDone &done);
    void message(const QString &text);

private:
    QWidget *buildFollowUpsTab();
    QWidget *buildDealsTab();
    QWidget *buildTimelineTab();
    void showContact(qint64 contactId);
    void updateButtons();
    /// The follow-up selected on the Follow-ups tab; null for none.
    const FollowUp *selectedFollowUp() const;
    /// How the contact is usually reached: the next follow-up's channel, else the last
    /// touch's, else the phone.
    Channel usualChannel() const;
    QString contactName() const;
    /// The cadence's next day for the contact shown; empty when it could not be read.
    std::optional<QDate> proposedNext();
    void askLogTouch();
    void askSchedule();
    void askMarkDone();
    void askNewDeal();
    /// Runs a write, then reads again and tells; reports a failure.
    bool write(const std::function<QString()> &change);
    /// Says what a write did and has the pages read again.
    void tell(const QString &done);
    // The writes themselves: each throws StorageError or ValidationError and returns what
    // it did, in a sentence. The dialogs run them before they close, so a failed one leaves
    // the user's input in the dialog.
    QString storeTouch(const Activity &touch);
    QString storeFollowUp(const FollowUp &followUp);
    QString storeCompletion(qint64 followUpId, FollowUpDone &done);
    void warn(const QString &text);

    ContactService &m_service;
    NameOrder m_order;
    std::unique_ptr<DealService> m_dealService;
    ContactDetailView *m_detail = nullptr;
    StageHistoryModel *m_stageHistory = nullptr;
    OpenFollowUpModel *m_followUps = nullptr;
    DealTableModel *m_deals = nullptr;
    ScoreExplanationModel *m_score = nullptr;
    TimelineModel *m_timeline = nullptr;
    QLabel *m_scoreHeading = nullptr;
    QTreeView *m_followUpView = nullptr;
    QPushButton *m_logTouch = nullptr;
    QPushButton *m_schedule = nullptr;
    QPushButton *m_markDone = nullptr;
    QPushButton *m_snoozeDay = nullptr;
    QPushButton *m_snoozeWeek = nullptr;
    QPushButton *m_skip = nullptr;
    int m_followUpsTab = -1;
    int m_dealsTab = -1;
};

} // namespace kizuna
