#pragma once

#include "domain/personname.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace kizuna {

class ContactService;
class DealService;
class DealTableModel;
class SourceTableModel;

/// The "Sources & deals" page: what each lead source cost and brought in, with adding,
/// editing and deleting sources; and every deal, with opening, editing, winning and losing
/// one. Read when first shown and after each change.
class SourcesView final : public QWidget
{
    Q_OBJECT

public:
    /// `service` must outlive the view.
    explicit SourcesView(ContactService &service, QWidget *parent = nullptr);
    ~SourcesView() override;

    void refresh();

    SourceTableModel *sourcesModel() const { return m_sourceModel; }
    DealTableModel *dealsModel() const { return m_dealModel; }
    QTableView *sourcesTable() const { return m_sourceTable; }
    QTableView *dealsTable() const { return m_dealTable; }
    QString messageText() const;

    /// The actions of the buttons, for the keyboard and for tests.
    void addSource();
    void editSource();
    void deleteSource();
    void addDeal();
    void editDeal();
    void winDeal();
    void loseDeal();

signals:
    /// Sources or deals changed: other pages that count them are out of date.
    void changed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    int currentRow(const QTableView *table) const;
    /// Deals as of today: winning one dates it, and the app may run past midnight.
    DealService deals() const;
    void updateButtons();
    void closeDeal(bool won);
    void afterChange(const QString &message);
    void showError(const QString &message);

    ContactService &m_service;
    std::unique_ptr<DealService> m_deals;
    NameOrder m_order;
    bool m_stale = true;
    SourceTableModel *m_sourceModel = nullptr;
    DealTableModel *m_dealModel = nullptr;
    QTableView *m_sourceTable = nullptr;
    QTableView *m_dealTable = nullptr;
    QPushButton *m_editSource = nullptr;
    QPushButton *m_deleteSource = nullptr;
    QPushButton *m_editDeal = nullptr;
    QPushButton *m_winDeal = nullptr;
    QPushButton *m_loseDeal = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace kizuna
