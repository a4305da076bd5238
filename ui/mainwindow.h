#pragma once

#include "sessionrequest.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace kizuna {

class AgendaView;
class ChangeFollower;
class CompaniesView;
class ContactActions;
class FunnelView;
class ImportsView;
class ImportWizard;
class SourcesView;
class ContactDetailView;
class ContactFilterBar;
class ContactPane;
class DatabaseMenu;
class ContactListModel;
class ContactService;

/// The main window: a sidebar of pages (the contact list with search-as-you-type, a stage
/// filter and the selected person's card beside it; the agenda; the funnel; sources and
/// deals; past imports; companies) over a stack of them. A CSV or vCard file dropped on it is
/// imported. Layout, geometry and the last page are remembered between runs.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// `service` must outlive the window. `databasePath` is shown in the title.
    MainWindow(ContactService &service, const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    QLineEdit *searchField() const { return m_search; }
    QComboBox *stageFilter() const;
    ContactFilterBar *filterBar() const { return m_filters; }
    QTableView *contactsView() const { return m_table; }
    ContactListModel *contactsModel() const { return m_model; }
    ContactDetailView *detailView() const { return m_detail; }
    /// The card with the selected contact's follow-ups, deals, score and timeline.
    ContactPane *contactPane() const { return m_pane; }
    AgendaView *agendaView() const { return m_agenda; }
    FunnelView *funnelView() const { return m_funnel; }
    SourcesView *sourcesView() const { return m_sources; }
    CompaniesView *companiesView() const { return m_companies; }
    ImportsView *importsView() const { return m_imports; }
    QListWidget *pageList() const { return m_pages; }
    QStackedWidget *pageStack() const { return m_pageStack; }
    DatabaseMenu *databaseMenu() const { return m_databaseMenu; }
    /// New, edit, stage, tags, delete and the undo stack of the Edit menu.
    ContactActions *contactActions() const { return m_contactActions; }
    /// Brings others' changes into the window. After the connection was opened anew, its
    /// watcher() must resubscribe(); null watcher() when the server refused to listen.
    ChangeFollower *changeFollower() const { return m_changeFollower; }
    /// File › Settings: the preferences dialog; what it saved is shown at once.
    void showSettings();
    /// The contact selected in the list; 0 for none.
    qint64 selectedContactId() const;
    /// Every contact selected in the list, the current one first.
    QList<qint64> selectedContactIds() const;
    /// Writes the selected contact's profile report as a PDF; returns the pages. Throws
    /// FileError or StorageError.
    int saveProfile(const QString &path) const;
    QAction *printProfileAction() const { return m_printProfile; }
    /// What the user asked for by closing: quit, another database, or a restore.
    SessionRequest sessionRequest() const;
    /// The counts shown in the status bar.
    QString statusText() const;

    /// Adds a page to the sidebar and the stack; returns its index. Pages are added in the
    /// order the sidebar shows them.
    int addPage(const QString &title, QWidget *page);
    /// Shows the contact on the Contacts page: selected in the list when it is read, on the
    /// card in any case.
    void showContact(qint64 contactId);
    /// Opens the import wizard (window-modal, deleted when closed), on the preview of `file`
    /// when one is given.
    ImportWizard *openImportWizard(const QString &file = {});
    /// Whether a file of that name is one the wizard imports (by its extension).
    static bool isImportable(const QString &file);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    /// The Edit menu (undo, redo) and the contact actions of the Contact menu, over
    /// ContactActions.
    void buildEditMenu();
    void addContactEditActions(QMenu *contact);
    /// Everything that shows contacts or follow-ups reads again.
    void refreshAll();
    /// Someone else changed the database: everything reads again, while what the user was
    /// looking at (the selected people, the list's scroll position) stays as it was.
    void refreshFromOthers();
    void applyFilters();
    void reload();
    /// Contacts came in or went out with an import: every page that counts them reads again.
    void afterImport();
    void showCounts();
    void showSelected();
    void showAbout();
    void restoreLayout();
    void saveLayout() const;
    QWidget *buildContactsPage();

    ContactService &m_service;
    ContactListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    ContactFilterBar *m_filters = nullptr;
    QTimer *m_searchDelay = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyState = nullptr;
    QSplitter *m_splitter = nullptr;
    ContactPane *m_pane = nullptr;
    ContactDetailView *m_detail = nullptr;
    QLabel *m_counts = nullptr;
    QListWidget *m_pages = nullptr;
    QStackedWidget *m_pageStack = nullptr;
    QWidget *m_contactsPage = nullptr;
    AgendaView *m_agenda = nullptr;
    FunnelView *m_funnel = nullptr;
    SourcesView *m_sources = nullptr;
    CompaniesView *m_companies = nullptr;
    ImportsView *m_imports = nullptr;
    QString m_databasePath;
    QAction *m_printProfile = nullptr;
    QAction *m_saveProfile = nullptr;
    DatabaseMenu *m_databaseMenu = nullptr;
    ContactActions *m_contactActions = nullptr;
    ChangeFollower *m_changeFollower = nullptr;
};

} // namespace kizuna
