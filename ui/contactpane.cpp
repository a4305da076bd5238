#include "contactpane.h"

#include "contactdetailview.h"
#include "contacts/contactservice.h"
#include "dealdialog.h"
#include "dealtablemodel.h"
#include "fittedtreeview.h"
#include "logtouchdialog.h"
#include "markdonedialog.h"
#include "nurture/activityservice.h"
#include "nurture/dealservice.h"
#include "openfollowupmodel.h"
#include "schedulefollowupdialog.h"
#include "scoreexplanationmodel.h"
#include "stagehistorymodel.h"
#include "storage/storageerror.h"
#include "text/dateformat.h"
#include "timelinemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace kizuna {

namespace {

// A list of the pane: rows selected whole, the first columns as wide as their text, the
// last taking the rest.
void setUpList(QTreeView &view, QAbstractItemModel *model)
{
    view.setModel(model);
    view.setRootIsDecorated(false);
    view.setUniformRowHeights(true);
    view.setAlternatingRowColors(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.header()->setStretchLastSection(true);
    for (int column = 0; column + 1 < model->columnCount(); ++column)
        view.header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

QWidget *listWithButtons(QTreeView *view, const QList<QPushButton *> &buttons, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(view, 1);
    auto *row = new QHBoxLayout;
    for (QPushButton *button : buttons)
        row->addWidget(button);
    row->addStretch(1);
    layout->addLayout(row);
    return page;
}

} // namespace

ContactPane::ContactPane(ContactService &service, NameOrder order, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_order(order)
    , m_dealService(std::make_unique<DealService>(service.database(), service.today()))
{
    Database &db = service.database();
    m_stageHistory = new StageHistoryModel(db, this);
    m_followUps = new OpenFollowUpModel(db, this);
    m_deals = new DealTableModel(*m_dealService, service, order, this);
    m_score = new ScoreExplanationModel(db, this);
    m_timeline = new TimelineModel(db, this);

    m_detail = new ContactDetailView(order, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_detail);

    m_logTouch = new QPushButton(tr("&Log touch…"), this);
    m_logTouch->setObjectName(QStringLiteral("logTouch"));
    m_logTouch->setToolTip(tr("Log a call, mail or visit with this contact"));
    m_schedule = new QPushButton(tr("Schedule follo&w-up…"), this);
    m_schedule->setObjectName(QStringLiteral("scheduleFollowUp"));
    m_schedule->setToolTip(tr("Put a follow-up with this contact on the agenda"));
    m_detail->addButton(m_logTouch);
    m_detail->addButton(m_schedule);
    connect(m_logTouch, &QPushButton::clicked, this, &ContactPane::askLogTouch);
    connect(m_schedule, &QPushButton::clicked, this, &ContactPane::askSchedule);

    auto *scoreView = new FittedTreeView(this);
    scoreView->setObjectName(QStringLiteral("scorePoints"));
    setUpList(*scoreView, m_score);
    scoreView->setSelectionMode(QAbstractItemView::NoSelection);
    m_scoreHeading = m_detail->addSection(tr("Lead score"), scoreView);
    auto *stageView = new FittedTreeView(this);
    stageView->setObjectName(QStringLiteral("stageHistory"));
    setUpList(*stageView, m_stageHistory);
    stageView->setSelectionMode(QAbstractItemView::NoSelection);
    m_detail->addSection(tr("Stage history"), stageView);

    m_followUpsTab = m_detail->tabs()->addTab(buildFollowUpsTab(), tr("Follow-ups"));
    m_dealsTab = m_detail->tabs()->addTab(buildDealsTab(), tr("Deals"));
    m_detail->tabs()->addTab(buildTimelineTab(), tr("Timeline"));

    connect(m_detail, &ContactDetailView::contactShown, this, &ContactPane::showContact);
    // In characters: a larger font needs a wider card.
    setMinimumWidth(fontMetrics().averageCharWidth() * 48);
}

ContactPane::~ContactPane() = default;

QWidget *ContactPane::buildFollowUpsTab()
{
    m_followUpView = new QTreeView(this);
    m_followUpView->setObjectName(QStringLiteral("openFollowUps"));
    setUpList(*m_followUpView, m_followUps);
    m_markDone = new QPushButton(tr("Mark &done…"), this);
    m_snoozeDay = new QPushButton(tr("+1 day"), this);
    m_snoozeDay->setToolTip(tr("Snooze by one day"));
    m_snoozeWeek = new QPushButton(tr("+1 week"), this);
    m_snoozeWeek->setToolTip(tr("Snooze by one week"));
    m_skip = new QPushButton(tr("S&kip"), this);
    m_skip->setToolTip(tr("Skip it; the cadence schedules the next one"));
    connect(m_markDone, &QPushButton::clicked, this, &ContactPane::askMarkDone);
    connect(m_snoozeDay, &QPushButton::clicked, this, [this] { snoozeSelected(1); });
    connect(m_snoozeWeek, &QPushButton::clicked, this, [this] { snoozeSelected(7); });
    connect(m_skip, &QPushButton::clicked, this, [this] { skipSelected(); });
    connect(m_followUpView, &QTreeView::activated, this, &ContactPane::askMarkDone);
    connect(m_followUpView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ContactPane::updateButtons);
    return listWithButtons(m_followUpView, {m_markDone, m_snoozeDay, m_snoozeWeek, m_skip}, this);
}

QWidget *ContactPane::buildDealsTab()
{
    auto *view = new QTreeView(this);
    view->setObjectName(QStringLiteral("contactDeals"));
    setUpList(*view, m_deals);
    // Whose deals they are is the card's name; the day it opened is on the timeline.
    view->setColumnHidden(DealTableModel::ContactColumn, true);
    view->setColumnHidden(DealTableModel::CreatedColumn, true);
    view->header()->setStretchLastSection(false);
    for (int column = 0; column < DealTableModel::ColumnCount; ++column)
        view->header()->setSectionResizeMode(column, column == DealTableModel::TitleColumn
                                                         ? QHeaderView::Stretch
                                                         : QHeaderView::ResizeToContents);
    auto *newDeal = new QPushButton(tr("&New deal…"), this);
    newDeal->setObjectName(QStringLiteral("newDeal"));
    connect(newDeal, &QPushButton::clicked, this, &ContactPane::askNewDeal);
    return listWithButtons(view, {newDeal}, this);
}

QWidget *ContactPane::buildTimelineTab()
{
    auto *view = new QTreeView(this);
    view->setObjectName(QStringLiteral("timeline"));
    setUpList(*view, m_timeline);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(view);
    return page;
}

void ContactPane::showContact(qint64 contactId)
{
    const qint64 selected = selectedFollowUp() ? selectedFollowUp()->id : 0;
    try {
        m_stageHistory->setContact(contactId);
        m_followUps->setContact(contactId, m_service.today());
        m_deals->setContact(contactId);
        m_score->setContact(contactId, m_service.today());
        m_timeline->setContact(contactId);
    } catch (const StorageError &error) {
        emit message(tr("Could not read the contact's history: %1").arg(error.message()));
    }
    m_scoreHeading->setText(contactId ? tr("Lead score: %1").arg(m_score->score())
                                      : tr("Lead score"));
    QTabWidget *tabs = m_detail->tabs();
    tabs->setTabText(m_followUpsTab, tr("Follow-ups (%1)").arg(m_followUps->rowCount()));
    tabs->setTabText(m_dealsTab, tr("Deals (%1)").arg(m_deals->rowCount()));
    // The same follow-up stays selected, else the soonest: one click marks it done.
    int row = 0;
    for (int r = 0; r < m_followUps->rowCount(); ++r) {
        if (m_followUps->followUpAt(r).id == selected)
            row = r;
    }
    if (m_followUps->rowCount() > 0)
        m_followUpView->setCurrentIndex(m_followUps->index(row, 0));
    m_logTouch->setEnabled(contactId != 0);
    m_schedule->setEnabled(contactId != 0);
    updateButtons();
}

void ContactPane::updateButtons()
{
    const bool any = selectedFollowUp() != nullptr;
    for (QPushButton *button : {m_markDone, m_snoozeDay, m_snoozeWeek, m_skip})
        button->setEnabled(any);
}

const FollowUp *ContactPane::selectedFollowUp() const
{
    const QModelIndex current = m_followUpView->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_followUps->rowCount())
        return nullptr;
    return &m_followUps->followUpAt(current.row());
}

Channel ContactPane::usualChannel() const
{
    if (m_followUps->rowCount() > 0)
        return m_followUps->followUpAt(0).channel;
    for (int row = 0; row < m_timeline->rowCount(); ++row) {
        const TimelineEntry &entry = m_timeline->entryAt(row);
        if (entry.kind == TimelineEntry::Kind::Activity)
            return channelFromKey(entry.channel).value_or(Channel::Phone);
    }
    return Channel::Phone;
}

QString ContactPane::contactName() const
{
    return m_detail->fieldText(QStringLiteral("name"));
}

void ContactPane::warn(const QString &text)
{
    QMessageBox::warning(this, tr("Kizuna"), text);
}

bool ContactPane::write(const std::function<QString()> &change)
{
    if (!m_detail->contactId())
        return false;
    QString done;
    try {
        done = change();
    } catch (const StorageError &error) {
        warn(error.message());
        return false;
    } catch (const ValidationError &error) {
        warn(error.message());
        return false;
    }
    tell(done);
    return true;
}

void ContactPane::tell(const QString &done)
{
    emit message(done);
    emit changed();
}

QString ContactPane::storeTouch(const Activity &touch)
{
    Activity a = touch;
    a.contactId = m_detail->contactId();
    ActivityService(m_service.database(), m_service.today()).log(a);
    return tr("Touch with %1 logged.").arg(contactName());
}

QString ContactPane::storeFollowUp(const FollowUp &followUp)
{
    FollowUp f = followUp;
    f.contactId = m_detail->contactId();
    FollowUpService(m_service.database(), m_service.today()).add(f);
    return tr("Follow-up scheduled for %1").arg(DateFormat::dayHeading(f.dueOn, QLocale()));
}

QString ContactPane::storeCompletion(qint64 followUpId, FollowUpDone &done)
{
    done.completion =
        FollowUpService(m_service.database(), done.today)
            .complete(followUpId, done.summary, done.outcome, done.next, done.channel);
    if (!done.completion.nextId)
        return tr("Done. No further follow-up.");
    return tr("Done. Next follow-up: %1")
        .arg(DateFormat::dayHeading(done.completion.nextDue, QLocale()));
}

bool ContactPane::logTouch(const Activity &touch)
{
    return write([&] { return storeTouch(touch); });
}

bool ContactPane::scheduleFollowUp(const FollowUp &followUp)
{
    return write([&] { return storeFollowUp(followUp); });
}

bool ContactPane::completeSelected(Channel channel, Outcome outcome, const QString &summary,
                                   const FollowUpService::Next &next)
{
    const FollowUp *followUp = selectedFollowUp();
    if (!followUp)
        return false;
    const qint64 id = followUp->id;
    FollowUpDone done{contactName(), summary, outcome, next, channel, m_service.today(), {}};
    const bool completed = write([&] { return storeCompletion(id, done); });
    if (completed)
        emit followUpCompleted(done);
    return completed;
}

bool ContactPane::snoozeSelected(int days)
{
    const FollowUp *followUp = selectedFollowUp();
    if (!followUp)
        return false;
    const qint64 id = followUp->id;
    return write([&] {
        const QDate day = FollowUpService(m_service.database(), m_service.today()).snooze(id, days);
        return tr("Snoozed to %1").arg(DateFormat::dayHeading(day, QLocale()));
    });
}

bool ContactPane::skipSelected()
{
    const FollowUp *followUp = selectedFollowUp();
    if (!followUp)
        return false;
    const qint64 id = followUp->id;
    return write([&] {
        const auto skipped = FollowUpService(m_service.database(), m_service.today()).skip(id, {});
        if (!skipped.nextId)
            return tr("Skipped.");
        return tr("Skipped. Next follow-up: %1")
            .arg(DateFormat::dayHeading(skipped.nextDue, QLocale()));
    });
}

std::optional<QDate> ContactPane::proposedNext()
{
    try {
        return FollowUpService(m_service.database(), m_service.today())
            .proposedNext(m_detail->contactId());
    } catch (const StorageError &error) {
        warn(error.message());
        return std::nullopt;
    }
}

void ContactPane::askLogTouch()
{
    const auto proposed = m_detail->contactId() ? proposedNext() : std::nullopt;
    if (!proposed)
        return;
    LogTouchDialog dialog(contactName(), usualChannel(), m_service.now(), *proposed, this);
    QString done;
    dialog.saveOnAccept(m_service.database(), [&] { done = storeTouch(dialog.activity()); });
    if (dialog.exec() == QDialog::Accepted)
        tell(done);
}

void ContactPane::askSchedule()
{
    const auto proposed = m_detail->contactId() ? proposedNext() : std::nullopt;
    if (!proposed)
        return;
    const QDate today = m_service.today();
    ScheduleFollowUpDialog dialog(contactName(), usualChannel(),
                                  proposed->isValid() ? *proposed : today.addDays(7), *proposed,
                                  this);
    QString done;
    dialog.saveOnAccept(m_service.database(), [&] { done = storeFollowUp(dialog.followUp()); });
    if (dialog.exec() == QDialog::Accepted)
        tell(done);
}

void ContactPane::askMarkDone()
{
    const FollowUp *followUp = selectedFollowUp();
    if (!followUp)
        return;
    const Channel channel = followUp->channel;
    const qint64 id = followUp->id;
    const auto proposed = proposedNext();
    if (!proposed)
        return;
    MarkDoneDialog dialog(contactName(), channel, *proposed, this);
    FollowUpDone done;
    QString said;
    dialog.saveOnAccept(m_service.database(), [&] {
        done = FollowUpDone{contactName(),
                            dialog.summary(),
                            dialog.outcome(),
                            dialog.next(),
                            dialog.channel(),
                            m_service.today(),
                            {}};
        said = storeCompletion(id, done);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    tell(said);
    emit followUpCompleted(done);
}

void ContactPane::askNewDeal()
{
    if (!m_detail->contactId())
        return;
    Deal deal;
    deal.contactId = m_detail->contactId();
    DealDialog dialog(*m_dealService, m_service, m_order, deal, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit message(tr("Deal \"%1\" opened.").arg(dialog.deal().title));
    emit changed();
}

} // namespace kizuna
