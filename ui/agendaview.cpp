#include "agendaview.h"

#include "agendamodel.h"
#include "datepickerdialog.h"
#include "io/fileerror.h"
#include "markdonedialog.h"
#include "ownerchooser.h"
#include "report/callsheetreport.h"
#include "reportpreview.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/userrepository.h"
#include "text/dateformat.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPrinter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace kizuna {

AgendaView::AgendaView(Database &db, const QDate &today, NameOrder order, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_today(today)
    , m_order(order)
{
    m_model = new AgendaModel(db, today, order, this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("agenda"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->header()->setStretchLastSection(true);
    const QFontMetrics metrics = m_tree->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    const QList<std::pair<int, QString>> samples{
        {AgendaModel::DueColumn, DateFormat::dayHeading(QDate(2026, 12, 30), QLocale())},
        {AgendaModel::ContactColumn, QStringLiteral("長谷川 由美子")},
        {AgendaModel::CompanyColumn, QStringLiteral("株式会社ひかり電子工業")},
        {AgendaModel::ChannelColumn, QStringLiteral("Letter")},
        {AgendaModel::PurposeColumn, QStringLiteral("定期フォロー（温かい、30日ごと）")},
        {AgendaModel::StageColumn, QStringLiteral("Customer")},
        {AgendaModel::ScoreColumn, QStringLiteral("100")},
    };
    for (const auto &[column, sample] : samples)
        m_tree->setColumnWidth(column, metrics.horizontalAdvance(sample) + padding);
    // The lines sit two steps in: the headings' branch marks, then their own indentation.
    m_tree->setColumnWidth(AgendaModel::DueColumn,
                           m_tree->columnWidth(AgendaModel::DueColumn) + 2 * m_tree->indentation());

    auto *toolBar = new QToolBar(tr("Agenda"), this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(m_tree);

    buildActions();
    for (QAction *action :
         {m_markDone, m_snoozeDay, m_snoozeWeek, m_reschedule, m_skip, m_schedule}) {
        toolBar->addAction(action);
        m_tree->addAction(action);
    }
    toolBar->addSeparator();
    toolBar->addAction(m_print);
    toolBar->addAction(m_callSheet);
    toolBar->addSeparator();
    m_owner = new OwnerChooser(OwnerChooser::Default::Mine, this);
    m_owner->setObjectName(QStringLiteral("agendaOwner"));
    toolBar->addWidget(m_owner);
    showUsers();
    connect(m_owner, &OwnerChooser::filterChanged, this, [this] {
        m_model->setOwner(m_owner->filter());
        reload();
    });

    connect(m_model, &QAbstractItemModel::modelReset, this, &AgendaView::expandSections);
    connect(m_model, &AgendaModel::fetchFailed, this, [this](const QString &text) {
        emit message(tr("Could not read the agenda: %1").arg(text));
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgendaView::updateActions);
    // Activated is a double-click, or Enter, in the platform's own way.
    connect(m_tree, &QTreeView::activated, this, &AgendaView::activate);
    updateActions();
}

AgendaModel *AgendaView::model() const
{
    m_model->ensureCounted();
    return m_model;
}

// The agenda is counted when the page first shows, not while the window is built; its reset
// opens the sections.
void AgendaView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->ensureCounted();
}

void AgendaView::buildActions()
{
    const auto make = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_markDone =
        make(tr("Mark &done…"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] { markDone(); });
    m_snoozeDay = make(tr("Snooze 1 d&ay"), QKeySequence(Qt::CTRL | Qt::Key_1),
                       [this] { snoozeSelected(1); });
    m_snoozeWeek = make(tr("Snooze 1 &week"), QKeySequence(Qt::CTRL | Qt::Key_7),
                        [this] { snoozeSelected(7); });
    m_reschedule =
        make(tr("&Reschedule…"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] { reschedule(); });
    m_skip = make(tr("S&kip"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] { skipSelected(); });
    m_schedule = make(tr("&Schedule follow-up…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                      [this] { schedule(); });
    m_print = make(tr("&Print call sheet…"), QKeySequence::Print, [this] { printCallSheetOf(); });
    m_callSheet = make(tr("Call sheet as PD&F…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                       [this] { saveCallSheetAs(); });
}

const AgendaItem *AgendaView::selectedItem() const
{
    return m_model->itemAt(m_tree->selectionModel()->currentIndex());
}

void AgendaView::updateActions()
{
    const AgendaItem *item = selectedItem();
    const bool followUp = item && item->followUp.id != 0;
    for (QAction *action : {m_markDone, m_snoozeDay, m_snoozeWeek, m_reschedule, m_skip})
        action->setEnabled(followUp);
    m_schedule->setEnabled(item && !followUp);
}

void AgendaView::expandSections()
{
    for (int section = 0; section < AgendaModel::SectionCount; ++section)
        m_tree->expand(m_model->sectionIndex(static_cast<AgendaModel::Section>(section)));
}

void AgendaView::selectFirst(int section)
{
    m_model->ensureCounted();
    const QModelIndex heading = m_model->sectionIndex(static_cast<AgendaModel::Section>(section));
    if (m_model->rowCount(heading) == 0 && m_model->canFetchMore(heading))
        m_model->fetchMore(heading);
    const QModelIndex first = m_model->index(0, 0, heading);
    m_tree->selectionModel()->setCurrentIndex(first.isValid() ? first : heading,
                                              QItemSelectionModel::ClearAndSelect |
                                                  QItemSelectionModel::Rows);
}

void AgendaView::showUsers()
{
    try {
        m_owner->setUsers(UserRepository(m_db).known(), m_db.userName());
    } catch (const StorageError &) {
        // The list offers the user and everyone; the agenda itself reports what failed.
        m_owner->setUsers({}, m_db.userName());
    }
}

CallSheetReport AgendaView::callSheet() const
{
    CallSheetReport report(m_db, QLocale());
    report.setOwner(m_model->owner());
    return report;
}

void AgendaView::reload()
{
    showUsers();
    const QModelIndex current = m_tree->selectionModel()->currentIndex();
    const auto section = m_model->sectionOf(current);
    const int row = current.parent().isValid() ? current.row() : -1;
    try {
        m_model->reload();
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Kizuna"), error.message());
        return;
    }
    if (!section)
        return;
    // The next line moves up into the place of the one just handled: keyboard work goes on.
    const QModelIndex heading = m_model->sectionIndex(*section);
    while (m_model->rowCount(heading) <= row && m_model->canFetchMore(heading))
        m_model->fetchMore(heading);
    const int rows = m_model->rowCount(heading);
    const QModelIndex target =
        rows > 0 && row >= 0 ? m_model->index(std::min(row, rows - 1), 0, heading) : heading;
    m_tree->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    updateActions();
}

bool AgendaView::change(const std::function<QString(const AgendaItem &)> &write)
{
    const AgendaItem *item = selectedItem();
    if (!item)
        return false;
    QString done;
    try {
        done = write(*item);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Kizuna"), error.message());
        return false;
    } catch (const ValidationError &error) {
        QMessageBox::warning(this, tr("Kizuna"), error.message());
        return false;
    }
    tell(done);
    return true;
}

void AgendaView::tell(const QString &done)
{
    reload();
    emit message(done);
    emit agendaChanged();
}

QString AgendaView::storeCompletion(const AgendaItem &item, FollowUpDone &done)
{
    done.contactName = displayName(item.familyName, item.givenName, m_order);
    done.completion =
        FollowUpService(m_db, m_today)
            .complete(item.followUp.id, done.summary, done.outcome, done.next, done.channel);
    return done.completion.nextId
               ? tr("Done. Next follow-up: %1")
                     .arg(DateFormat::dayHeading(done.completion.nextDue, QLocale()))
               : tr("Done. No further follow-up.");
}

bool AgendaView::completeSelected(Channel channel, Outcome outcome, const QString &summary,
                                  const FollowUpService::Next &next)
{
    FollowUpDone done{{}, summary, outcome, next, channel, m_today, {}};
    const bool completed =
        change([&](const AgendaItem &item) { return storeCompletion(item, done); });
    if (completed)
        emit followUpCompleted(done);
    return completed;
}

bool AgendaView::snoozeSelected(int days)
{
    return change([&](const AgendaItem &item) {
        const QDate day = FollowUpService(m_db, m_today).snooze(item.followUp.id, days);
        return tr("Snoozed to %1").arg(DateFormat::dayHeading(day, QLocale()));
    });
}

bool AgendaView::rescheduleSelected(const QDate &day)
{
    return change([&](const AgendaItem &item) {
        FollowUpService(m_db, m_today).reschedule(item.followUp.id, day, item.followUp.dueAt);
        return tr("Moved to %1").arg(DateFormat::dayHeading(day, QLocale()));
    });
}

bool AgendaView::skipSelected()
{
    return change([&](const AgendaItem &item) {
        const auto result = FollowUpService(m_db, m_today).skip(item.followUp.id, {});
        return result.nextId ? tr("Skipped. Next follow-up: %1")
                                   .arg(DateFormat::dayHeading(result.nextDue, QLocale()))
                             : tr("Skipped.");
    });
}

bool AgendaView::scheduleSelected(const QDate &day)
{
    return change([&](const AgendaItem &item) {
        FollowUp followUp;
        followUp.contactId = item.followUp.contactId;
        followUp.dueOn = day;
        followUp.purpose = tr("Follow-up");
        FollowUpService(m_db, m_today).add(followUp);
        return tr("Follow-up scheduled for %1").arg(DateFormat::dayHeading(day, QLocale()));
    });
}

std::optional<QDate> AgendaView::proposedNext(const AgendaItem &item)
{
    try {
        return FollowUpService(m_db, m_today).proposedNext(item.followUp.contactId);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Kizuna"), error.message());
        return std::nullopt;
    }
}

void AgendaView::markDone()
{
    const AgendaItem *item = selectedItem();
    if (!item || item->followUp.id == 0)
        return;
    const auto proposed = proposedNext(*item);
    if (!proposed)
        return;
    const AgendaItem chosen = *item;
    MarkDoneDialog dialog(displayName(item->familyName, item->givenName, m_order),
                          item->followUp.channel, *proposed, this);
    FollowUpDone done;
    QString said;
    dialog.saveOnAccept(m_db, [&] {
        done = FollowUpDone{
            {}, dialog.summary(), dialog.outcome(), dialog.next(), dialog.channel(), m_today, {}};
        said = storeCompletion(chosen, done);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    tell(said);
    emit followUpCompleted(done);
}

void AgendaView::reschedule()
{
    const AgendaItem *item = selectedItem();
    if (!item || item->followUp.id == 0)
        return;
    DatePickerDialog dialog(tr("Reschedule"), item->followUp.dueOn, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        rescheduleSelected(dialog.from());
}

void AgendaView::schedule()
{
    const AgendaItem *item = selectedItem();
    if (!item || item->followUp.id != 0)
        return;
    const auto proposed = proposedNext(*item);
    if (!proposed)
        return;
    DatePickerDialog dialog(tr("Schedule follow-up"),
                            proposed->isValid() ? *proposed : m_today.addDays(1), {}, this);
    if (dialog.exec() == QDialog::Accepted)
        scheduleSelected(dialog.from());
}

int AgendaView::saveCallSheet(const QString &path, const QDate &from, const QDate &to)
{
    try {
        const int pages = callSheet().write(path, from, to, m_today);
        emit message(tr("Call sheet saved: %1 (%n page(s))", nullptr, pages).arg(path));
        return pages;
    } catch (const FileError &error) {
        QMessageBox::warning(this, tr("Kizuna"), error.message());
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Kizuna"), error.message());
    }
    return 0;
}

int AgendaView::printCallSheet(QPrinter &printer, const QDate &from, const QDate &to)
{
    // Laid out at the reports' resolution on A4 with their margins, as the PDF is.
    printer.setResolution(ReportWriter::resolution());
    try {
        const int pages = callSheet().print(printer, from, to, m_today);
        if (pages == 0)
            QMessageBox::warning(this, tr("Kizuna"), tr("The printer could not print."));
        else
            emit message(tr("Call sheet printed (%n page(s))", nullptr, pages));
        return pages;
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Kizuna"), error.message());
    }
    return 0;
}

void AgendaView::printCallSheetOf()
{
    DatePickerDialog range(tr("Call sheet"), m_today, m_today.addDays(6), this);
    if (range.exec() != QDialog::Accepted)
        return;
    // The preview first: the sheet can run to many pages, and its Print button prints it.
    const QDate from = range.from();
    const QDate to = range.to();
    ReportPreview::preview(this, tr("Call sheet"), [this, from, to](QPrinter &printer) {
        return callSheet().print(printer, from, to, m_today);
    });
}

void AgendaView::saveCallSheetAs()
{
    DatePickerDialog range(tr("Call sheet"), m_today, m_today.addDays(6), this);
    if (range.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save call sheet as PDF"),
        tr("call-sheet-%1.pdf").arg(range.from().toString(Qt::ISODate)), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        saveCallSheet(path, range.from(), range.to());
}

void AgendaView::activate(const QModelIndex &index)
{
    if (const AgendaItem *item = m_model->itemAt(index))
        emit contactActivated(item->followUp.contactId);
}

} // namespace kizuna
