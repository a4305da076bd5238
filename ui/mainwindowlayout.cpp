// The window's layout between runs (geometry, docks, splitter, columns, page): MainWindow's
// settings, kept apart from building and running the window.
#include "mainwindow.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace kizuna {

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1280, 760);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    // "contactColumns": the list of columns grew; a layout saved for the old one is dropped.
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("contactColumns")).toByteArray());
    const int page = settings.value(QStringLiteral("page"), 0).toInt();
    m_pages->setCurrentRow(page >= 0 && page < m_pages->count() ? page : 0);
    settings.endGroup();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("contactColumns"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("page"), m_pages->currentRow());
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace kizuna
