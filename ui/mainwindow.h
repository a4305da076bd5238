#pragma once

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace kizuna {

class ContactDetailView;
class ContactListModel;
class ContactService;
class FunnelView;
class SourcesView;

/// The main window: the contact list with search-as-you-type and a stage filter, and the
/// selected person's card beside it; the funnel and the sources and deals on pages of their
/// own. Layout and geometry are remembered between runs.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// `service` must outlive the window. `databasePath` is shown in the title.
    MainWindow(ContactService &service, const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    QLineEdit *searchField() const { return m_search; }
    QComboBox *stageFilter() const { return m_stageFilter; }
    QTableView *contactsView() const { return m_table; }
    ContactListModel *contactsModel() const { return m_model; }
    ContactDetailView *detailView() const { return m_detail; }
    QTabWidget *pages() const { return m_pages; }
    FunnelView *funnelView() const { return m_funnel; }
    SourcesView *sourcesView() const { return m_sources; }
    /// The counts shown in the status bar.
    QString statusText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void addAnalysisPages();
    void applyFilters();
    void reload();
    void sizeColumns();
    void showCounts();
    void showSelected();
    void showAbout();
    void restoreLayout();
    void saveLayout() const;

    ContactService &m_service;
    ContactListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stageFilter = nullptr;
    QTimer *m_searchDelay = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyState = nullptr;
    QSplitter *m_splitter = nullptr;
    ContactDetailView *m_detail = nullptr;
    QLabel *m_counts = nullptr;
    QTabWidget *m_pages = nullptr;
    FunnelView *m_funnel = nullptr;
    SourcesView *m_sources = nullptr;
};

} // namespace kizuna
