#pragma once

#include "domain/activity.h"
#include "domain/personname.h"
#include "followupdone.h"
#include "nurture/followupservice.h"
#include "report/callsheetreport.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QPrinter;
class QLabel;
class QTreeView;

namespace kizuna {

class AgendaModel;
class Database;
class OwnerChooser;
struct AgendaItem;

/// The agenda page: what is overdue, due today and this week, the dropped leads and the
/// details to review, with the actions on the selected line (mark done, snooze, reschedule,
/// skip; schedule a follow-up for a dropped lead) and the call sheet for a period as PDF.
/// The actions that ask something open a dialog, then call the ...Selected() functions.
class AgendaView final : public QWidget
{
    Q_OBJECT

public:
    /// `db` must outlive the view.
    AgendaView(Database &db, const QDate &today, NameOrder order, QWidget *parent = nullptr);

    /// The agenda's model, counted (the page counts it when first shown).
    AgendaModel *model() const;
    QTreeView *treeView() const { return m_tree; }
    QAction *markDoneAction() const { return m_markDone; }
    QAction *snoozeDayAction() const { return m_snoozeDay; }
    QAction *snoozeWeekAction() const { return m_snoozeWeek; }
    QAction *rescheduleAction() const { return m_reschedule; }
    QAction *skipAction() const { return m_skip; }
    QAction *scheduleAction() const { return m_schedule; }
    QAction *callSheetAction() const { return m_callSheet; }
    QAction *printAction() const { return m_print; }

    /// The line selected; null when none or a section heading is.
    const AgendaItem *selectedItem() const;
    /// Selects the first line of the section (after reading its first page).
    void selectFirst(int section);

    // Each acts on the selected line, reloads the agenda and says what happened in the
    // status line; false (with a message box) when it could not be done.
    bool completeSelected(Channel channel, Outcome outcome, const QString &summary,
                          const FollowUpService::Next &next);
    bool snoozeSelected(int days);
    bool rescheduleSelected(const QDate &day);
    bool skipSelected();
    /// A follow-up on `day` for the selected dropped lead (or person to review).
    bool scheduleSelected(const QDate &day);

    /// Writes the call sheet of the period to `path`; returns the pages, 0 on failure.
    int saveCallSheet(const QString &path, const QDate &from, const QDate &to);

    /// Prints the call sheet of the period on `printer` (set up by the caller or the print
    /// dialog); returns the pages, 0 on failure.
    int printCallSheet(QPrinter &printer, const QDate &from, const QDate &to);

    /// Reads the agenda again, keeping the selection near where it was.
    void reload();

signals:
    /// A line was double-clicked or opened with Enter: show the person.
    void contactActivated(qint64 contactId);
    /// A follow-up or touch was written: other pages showing them should reload.
    void agendaChanged();
    /// A follow-up was marked done (after agendaChanged): the window keeps the step to undo.
    void followUpCompleted(const kizuna::FollowUpDone &done);
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildActions();
    void updateActions();
    /// The cadence's day for the line's contact (null for none); empty when it could not be
    /// read (and the user was told).
    std::optional<QDate> proposedNext(const AgendaItem &item);
    void markDone();
    void reschedule();
    void schedule();
    void saveCallSheetAs();
    void printCallSheetOf();
    /// Offers the users the database knows in the owner list, keeping the choice.
    void showUsers();
    /// The call sheet of the follow-ups the agenda shows: the same owner's.
    CallSheetReport callSheet() const;
    void expandSections();
    void activate(const QModelIndex &index);
    /// Runs a change on the selected line and reloads; reports a failure.
    bool change(const std::function<QString(const AgendaItem &)> &write);
    /// Reads again after a change and says what it did.
    void tell(const QString &done);
    /// Marks `item`'s follow-up done as `done` says and fills in what core wrote; throws
    /// StorageError or ValidationError. Returns what happened, in a sentence.
    QString storeCompletion(const AgendaItem &item, FollowUpDone &done);

    Database &m_db;
    QDate m_today;
    NameOrder m_order;
    AgendaModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QAction *m_markDone = nullptr;
    QAction *m_snoozeDay = nullptr;
    QAction *m_snoozeWeek = nullptr;
    QAction *m_reschedule = nullptr;
    QAction *m_skip = nullptr;
    QAction *m_schedule = nullptr;
    QAction *m_callSheet = nullptr;
    QAction *m_print = nullptr;
    OwnerChooser *m_owner = nullptr;
};

} // namespace kizuna
