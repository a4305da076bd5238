#pragma once

#include "domain/personname.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace kizuna {

class CompanyListModel;
class CompanyPeopleModel;
class CompanyService;
class ContactService;
class DealService;
class DealTableModel;
class TimelineModel;

/// The "Companies" page, for accounts that deserve attention one by one: the companies
/// (searched by name or reading, sorted by any column, read a page at a time) beside the
/// selected company's page: its people with their stages and next follow-ups, its deals and
/// one timeline of them all. Two companies that are one firm are merged in one step on the
/// window's undo stack. Read when first shown and after each change.
class CompaniesView final : public QWidget
{
    Q_OBJECT

public:
    /// `service` and `undoStack` must outlive the view.
    CompaniesView(ContactService &service, QUndoStack *undoStack, NameOrder order,
                  QWidget *parent = nullptr);
    ~CompaniesView() override;

    /// Reads the list and the shown company again (at once when visible, else when next
    /// shown).
    void refresh();

    QLineEdit *searchField() const { return m_search; }
    CompanyListModel *companiesModel() const { return m_model; }
    QTableView *companiesTable() const { return m_table; }
    CompanyPeopleModel *peopleModel() const { return m_people; }
    QTableView *peopleTable() const { return m_peopleTable; }
    DealTableModel *dealsModel() const { return m_deals; }
    TimelineModel *timelineModel() const { return m_timeline; }
    QPushButton *mergeButton() const { return m_merge; }
    /// The company whose page is shown; 0 for none.
    qint64 shownCompanyId() const { return m_shownId; }

    /// Merges the two selected companies into the one the dialog keeps (the button's
    /// action). Does nothing unless exactly two are selected.
    void mergeSelected();
    /// Pushes the merge onto the undo stack, which performs it (for the dialog and tests).
    void merge(qint64 keptId, qint64 absorbedId);

signals:
    /// Someone on the page was opened (double-click or Return on a person).
    void contactActivated(qint64 contactId);
    /// A merge or its undo moved people between companies: the pages that show people's
    /// companies are out of date.
    void changed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void showCompany();
    void updateMergeButton();
    QList<int> selectedRows() const;
    QWidget *buildPage();

    ContactService &m_service;
    std::unique_ptr<CompanyService> m_companies;
    std::unique_ptr<DealService> m_dealService;
    QUndoStack *m_undoStack;
    NameOrder m_order;
    bool m_stale = true;
    qint64 m_shownId = 0;
    CompanyListModel *m_model = nullptr;
    CompanyPeopleModel *m_people = nullptr;
    DealTableModel *m_deals = nullptr;
    TimelineModel *m_timeline = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_merge = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_peopleTable = nullptr;
    QTableView *m_dealTable = nullptr;
    QTableView *m_timelineTable = nullptr;
};

} // namespace kizuna
