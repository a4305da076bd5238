#include "mainwindow.h"

#include "agendaview.h"
#include "changefollower.h"
#include "companiesview.h"
#include "contactactions.h"
#include "contactcolumnwidths.h"
#include "contactcounttext.h"
#include "contactdetailview.h"
#include "contactfilterbar.h"
#include "contactlistmodel.h"
#include "contactpane.h"
#include "contacts/contactservice.h"
#include "databaselabel.h"
#include "databasemenu.h"
#include "funnelview.h"
#include "importsview.h"
#include "importwizard.h"
#include "report/contactprofilereport.h"
#include "reportpreview.h"
#include "selectionoutputactions.h"
#include "settingsdialog.h"
#include "sourcesview.h"
#include "stagepalette.h"
#include "storage/changewatcher.h"
#include "storage/storageerror.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrinter>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kizuna {

namespace {
// Long enough that typing "やまだ" runs one query, short enough to feel immediate.
constexpr int kSearchDelayMs = 150;
} // namespace

MainWindow::MainWindow(ContactService &service, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_databasePath(databasePath)
    , m_databaseMenu(new DatabaseMenu(this, service.database(), databasePath))
{
    // The window system appends the application's display name ("… — Kizuna").
    setWindowTitle(databaseLabel(databasePath));
    const NameOrder order = nameOrderFor(QLocale());
    m_model = new ContactListModel(service, order, this, ContactListModel::Counting::Later);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search name, reading, company, phone… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(360);
    m_filters = new ContactFilterBar(service.database(), this);
    m_filters->setObjectName(QStringLiteral("contactFilters"));

    m_contactsPage = buildContactsPage();
    m_contactActions = new ContactActions(service, this, [this] { return selectedContactIds(); });

    m_pages = new QListWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setFrameShape(QFrame::NoFrame);
    m_pageStack = new QStackedWidget(this);
    m_pageStack->setObjectName(QStringLiteral("pageStack"));
    connect(m_pages, &QListWidget::currentRowChanged, m_pageStack,
            &QStackedWidget::setCurrentIndex);
    addPage(tr("Contacts"), m_contactsPage);
    m_agenda = new AgendaView(service.database(), service.today(), order, this);
    addPage(tr("Agenda"), m_agenda);
    connect(m_agenda, &AgendaView::contactActivated, this, &MainWindow::showContact);
    connect(m_agenda, &AgendaView::agendaChanged, this, &MainWindow::reload);
    connect(m_agenda, &AgendaView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_funnel = new FunnelView(m_service, this);
    m_funnel->setObjectName(QStringLiteral("funnel"));
    addPage(tr("Funnel"), m_funnel);
    m_sources = new SourcesView(m_service, this);
    m_sources->setObjectName(QStringLiteral("sourcesAndDeals"));
    addPage(tr("Sources & deals"), m_sources);
    // A won deal moves its contact on and adds revenue: the list, the agenda and the funnel
    // follow.
    connect(m_sources, &SourcesView::changed, m_funnel, &FunnelView::refresh);
    connect(m_sources, &SourcesView::changed, this, &MainWindow::reload);
    connect(m_agenda, &AgendaView::agendaChanged, m_funnel, &FunnelView::refresh);
    m_imports = new ImportsView(m_service, this);
    m_imports->setObjectName(QStringLiteral("imports"));
    addPage(tr("Imports"), m_imports);
    connect(m_imports, &ImportsView::importRequested, this, [this] { openImportWizard(); });
    connect(m_imports, &ImportsView::contactsChanged, this, &MainWindow::afterImport);
    m_companies = new CompaniesView(m_service, m_contactActions->undoStack(), order, this);
    addPage(tr("Companies"), m_companies);
    connect(m_companies, &CompaniesView::contactActivated, this, &MainWindow::showContact);
    connect(m_companies, &CompaniesView::changed, this, &MainWindow::reload);
    connect(m_sources, &SourcesView::changed, m_companies, &CompaniesView::refresh);
    connect(m_imports, &ImportsView::contactsChanged, m_companies, &CompaniesView::refresh);
    setAcceptDrops(true);

    m_pages->setSpacing(3);
    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_pages);
    centralLayout->addWidget(m_pageStack, 1);
    setCentralWidget(central);
    m_pages->setCurrentRow(0);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("counts"));
    statusBar()->addPermanentWidget(m_counts);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::applyFilters);
    connect(m_filters, &ContactFilterBar::changed, this, &MainWindow::applyFilters);
    connect(m_model, &ContactListModel::countsChanged, this, &MainWindow::showCounts);
    connect(m_model, &ContactListModel::fetchFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not read more contacts: %1").arg(message));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::showSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelected);

    buildActions();
    restoreLayout();
    showCounts();

    m_changeFollower = new ChangeFollower(service.database(), this);
    connect(m_changeFollower, &ChangeFollower::refreshDue, this, &MainWindow::refreshFromOthers);
    if (!m_changeFollower->problem().isEmpty())
        statusBar()->showMessage(
            tr("Others' changes show on View › Refresh only: %1").arg(m_changeFollower->problem()));
}

MainWindow::~MainWindow() = default;

int MainWindow::addPage(const QString &title, QWidget *page)
{
    m_pages->addItem(title);
    const int index = m_pageStack->addWidget(page);
    // As narrow as the longest title allows: the pages get the width.
    const QFontMetrics metrics = m_pages->fontMetrics();
    int width = 0;
    for (int i = 0; i < m_pages->count(); ++i)
        width = std::max(width, metrics.horizontalAdvance(m_pages->item(i)->text()));
    m_pages->setFixedWidth(width + 4 * metrics.averageCharWidth() + 16);
    return index;
}

void MainWindow::showContact(qint64 contactId)
{
    m_pages->setCurrentRow(m_pageStack->indexOf(m_contactsPage));
    if (const std::optional<int> row = m_model->rowOf(contactId)) {
        m_table->selectRow(*row);
        m_table->scrollTo(m_model->index(*row, 0));
        return;
    }
    // Not among the rows read: shown on the card, and the list left as the user had it.
    m_table->clearSelection();
    try {
        m_detail->setContact(m_service.get(contactId));
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Kizuna"), error.message());
    }
}

ImportWizard *MainWindow::openImportWizard(const QString &file)
{
    auto *wizard = new ImportWizard(m_service, file, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &ImportWizard::contactsChanged, this, &MainWindow::afterImport);
    wizard->show();
    return wizard;
}

bool MainWindow::isImportable(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("vcf") ||
           suffix == QLatin1String("txt");
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    // One file at a time: each import is its own batch, undone on its own.
    if (urls.size() == 1 && urls.first().isLocalFile() && isImportable(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile() ||
        !isImportable(urls.first().toLocalFile()))
        return;
    event->acceptProposedAction();
    openImportWizard(urls.first().toLocalFile());
}

QWidget *MainWindow::buildContactsPage()
{
    auto *page = new QWidget(this);
    auto *toolBar = new QToolBar(tr("Search"), page);
    toolBar->setObjectName(QStringLiteral("searchToolBar"));
    toolBar->addWidget(m_search);
    toolBar->addSeparator();
    toolBar->addWidget(m_filters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("contacts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // One height for every row: the view then never asks a million rows for their size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSortIndicator(ContactListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    ContactColumnWidths::apply(*m_table);

    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(40);

    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_emptyState);

    m_pane = new ContactPane(m_service, nameOrderFor(QLocale()), this);
    m_detail = m_pane->detailView();

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    // The card wide enough for its tabs; the list keeps most of the window.
    m_splitter->setSizes({1000, 480});
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(m_splitter);
    return page;
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import cards…"), this, [this] { openImportWizard(); });
    import->setObjectName(QStringLiteral("importCardsAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    m_databaseMenu->addTo(file);
    connect(m_databaseMenu, &DatabaseMenu::sessionEnding, this, &QWidget::close);
    connect(m_databaseMenu, &DatabaseMenu::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    file->addSeparator();
    QAction *preferences = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    buildEditMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find…"), this, [this] {
        m_pages->setCurrentRow(m_pageStack->indexOf(m_contactsPage));
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        reload();
        m_agenda->reload();
    });
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *contact = menuBar()->addMenu(tr("&Contact"));
    addContactEditActions(contact);
    m_printProfile = contact->addAction(tr("&Print Profile…"), this, [this] {
        const qint64 id = selectedContactId();
        ReportPreview::preview(this, tr("Contact profile"), [this, id](QPrinter &printer) {
            return ContactProfileReport(m_service.database(), m_service, QLocale())
                .print(printer, id, m_service.today());
        });
    });
    m_saveProfile = contact->addAction(tr("&Save Profile as PDF…"), this, [this] {
        ReportPreview::saveAsPdf(this, tr("Contact profile"), tr("profile.pdf"),
                                 [this](const QString &path) { return saveProfile(path); });
    });
    // Only a selected person has a profile to print.
    const auto enableProfile = [this] {
        const bool any = selectedContactId() != 0;
        m_printProfile->setEnabled(any);
        m_saveProfile->setEnabled(any);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            enableProfile);
    connect(m_model, &QAbstractItemModel::modelReset, this, enableProfile);
    enableProfile();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Kizuna"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_contactActions->undoAction());
    edit->addAction(m_contactActions->redoAction());
}

void MainWindow::addContactEditActions(QMenu *contact)
{
    ContactActions *actions = m_contactActions;
    contact->addAction(actions->newAction());
    contact->addAction(actions->editAction());
    contact->addAction(actions->addTagAction());
    contact->addAction(actions->removeTagAction());
    contact->addAction(actions->changeStageAction());
    contact->addAction(actions->scheduleAction());
    contact->addAction(actions->deleteAction());
    contact->addSeparator();
    auto *output =
        new SelectionOutputActions(m_service, this, [this] { return selectedContactIds(); });
    connect(output, &SelectionOutputActions::message, actions, &ContactActions::message);
    // New and Edit work anywhere on the Contacts page (the agenda has its own Ctrl+Shift+N);
    // Delete only in the list, where it cannot be meant for text.
    for (QAction *action : {actions->newAction(), actions->editAction()}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_contactsPage->addAction(action);
    }
    actions->deleteAction()->setShortcutContext(Qt::WidgetShortcut);
    // Right click or the Menu key on the list: what Contact offers for the selected rows.
    m_table->addActions({actions->editAction(), actions->addTagAction(), actions->removeTagAction(),
                         actions->changeStageAction(), actions->scheduleAction()});
    m_table->addAction(actions->deleteAction());
    output->addTo(contact, m_table);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Double-click or Return on a row.
    connect(m_table, &QTableView::activated, actions, [this, actions](const QModelIndex &index) {
        if (index.isValid() && index.row() < m_model->rowCount())
            actions->editContact(m_model->contactAt(index.row()).id);
    });
    connect(m_detail, &ContactDetailView::editRequested, actions, &ContactActions::editContact);
    connect(m_detail, &ContactDetailView::confirmReadingRequested, actions,
            &ContactActions::confirmReading);
    connect(m_detail, &ContactDetailView::stageRequested, this, [this](qint64 id, Stage stage) {
        // A move that did not happen leaves the card showing the stage as stored.
        if (!m_contactActions->setStage(id, stage))
            showSelected();
    });
    connect(m_agenda, &AgendaView::followUpCompleted, actions, &ContactActions::followUpDone);
    connect(m_pane, &ContactPane::followUpCompleted, actions, &ContactActions::followUpDone);
    connect(m_pane, &ContactPane::changed, this, &MainWindow::refreshAll);
    connect(m_pane, &ContactPane::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(actions, &ContactActions::changed, this, &MainWindow::refreshAll);
    connect(actions, &ContactActions::contactAdded, this, &MainWindow::showContact);
    connect(actions, &ContactActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, actions,
            &ContactActions::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, actions, &ContactActions::updateActions);
    actions->updateActions();
}

void MainWindow::refreshAll()
{
    reload();
    m_agenda->reload();
    m_funnel->refresh();
    m_companies->refresh();
}

void MainWindow::refreshFromOthers()
{
    const QList<qint64> selected = selectedContactIds();
    const int top = m_table->verticalScrollBar()->value();
    const int left = m_table->horizontalScrollBar()->value();
    refreshAll();
    m_sources->refresh();
    m_imports->refresh();
    // reload() kept the current person; the others of a multiple selection stay too.
    QItemSelectionModel *selection = m_table->selectionModel();
    for (const qint64 id : selected.mid(1)) {
        if (const std::optional<int> row = m_model->heldRowOf(id))
            selection->select(m_model->index(*row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    // The reset laid the list out anew; the user's place in it is put back.
    m_table->doItemsLayout();
    m_table->verticalScrollBar()->setValue(top);
    m_table->horizontalScrollBar()->setValue(left);
    statusBar()->showMessage(tr("Updated with changes from others"), 5000);
}

void MainWindow::applyFilters()
{
    m_searchDelay->stop();
    try {
        m_model->setFilters(m_filters->filters());
        m_model->setSearch(m_search->text());
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Kizuna"), error.message());
    }
}

void MainWindow::reload()
{
    m_filters->refreshChoices(); // an import or an edit may have brought new tags or sources
    // The same person stays selected; when they left the list (deleted), the row that took
    // their place is, so keyboard work goes on.
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const bool selected =
        current.isValid() && m_table->selectionModel()->isRowSelected(current.row());
    const qint64 id = selected ? selectedContactId() : 0;
    const int row = selected ? current.row() : -1;
    const qint64 shown = m_detail->contactId();
    try {
        m_model->reload();
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Kizuna"), error.message());
        return;
    }
    if (row < 0 && shown != 0) {
        // A person shown on the card but not in the list (opened from the agenda): read
        // again, gone from the card when they went to the trash.
        try {
            const Contact contact = m_service.get(shown);
            m_detail->setContact(contact.deletedAt.isValid() ? std::nullopt
                                                             : std::optional(contact));
        } catch (const StorageError &) {
            m_detail->setContact(std::nullopt);
        }
    }
    if (row < 0 || m_model->rowCount() == 0)
        return;
    // The page around the old row is read again first: a change seldom moves a person far,
    // and they are found there without reading the whole list.
    const int near = std::min(row, m_model->rowCount() - 1);
    m_model->idAt(near);
    m_table->selectRow(m_model->heldRowOf(id).value_or(near));
}

void MainWindow::afterImport()
{
    // The import wrote on a connection of its own: this program's work, not others'.
    if (ChangeWatcher *watcher = m_changeFollower->watcher())
        watcher->catchUp();
    reload();
    m_agenda->reload();
    m_funnel->refresh();
    m_imports->refresh();
}

qint64 MainWindow::selectedContactId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return 0;
    return m_model->idAt(current.row());
}

QList<qint64> MainWindow::selectedContactIds() const
{
    QList<qint64> ids;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row()))
        ids.append(selectedContactId());
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const qint64 id = m_model->idAt(index.row());
        if (id && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

int MainWindow::saveProfile(const QString &path) const
{
    return ContactProfileReport(m_service.database(), m_service, QLocale())
        .write(path, selectedContactId(), m_service.today());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_service.database(), m_databasePath, m_service.today(), this);
    connect(&dialog, &SettingsDialog::openDatabaseRequested, m_databaseMenu,
            &DatabaseMenu::openDatabase, Qt::QueuedConnection);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Cadences and weights move the agenda's dates and every score.
    reload();
    m_agenda->reload();
    m_funnel->refresh();
    statusBar()->showMessage(tr("Settings saved."), 5000);
}

QComboBox *MainWindow::stageFilter() const
{
    return m_filters->stageBox();
}

SessionRequest MainWindow::sessionRequest() const
{
    return m_databaseMenu->request();
}

QString MainWindow::statusText() const
{
    return m_counts->text();
}

void MainWindow::showCounts()
{
    m_counts->setText(contactCountText(*m_model));
    const qint64 matches = m_model->matchCount();
    if (m_model->isTotalKnown() && m_model->totalCount() == 0) {
        m_emptyState->setText(
            tr("No business cards yet.\n\nImport the CSV file your business-card app exports "
               "with File ▸ Import cards… (Ctrl+I) or by dropping it on this window, or load the "
               "demo data set with \"kizuna-cli demo\" to look around."));
        m_listStack->setCurrentWidget(m_emptyState);
    } else if (matches == 0) {
        m_emptyState->setText(tr("Nobody matches \"%1\".").arg(m_search->text()));
        m_listStack->setCurrentWidget(m_emptyState);
    } else {
        m_listStack->setCurrentWidget(m_table);
    }
}

void MainWindow::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const Contact contact = current.isValid() ? m_model->contactAt(current.row()) : Contact{};
    m_detail->setContact(contact.id != 0 ? std::optional(contact) : std::nullopt);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Kizuna"),
        tr("<h3>Kizuna %1</h3><p>Lead management for small businesses: business cards in, "
           "follow-ups that keep every lead warm.</p><p>Licensed under the GNU General "
           "Public License, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace kizuna
