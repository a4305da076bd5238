#include "importresultpage.h"

#include "importcountsview.h"
#include "importformatlabel.h"
#include "importsession.h"
#include "importundo.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace kizuna {

ImportResultPage::ImportResultPage(ImportSession &session, ContactService &service, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_service(service)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_summary->setWordWrap(true);

    m_counts = new ImportCountsView(this);
    m_counts->setObjectName(QStringLiteral("resultCounts"));
    m_format = new QLabel(m_counts);
    m_format->setObjectName(QStringLiteral("format"));
    m_encoding = new QLabel(m_counts);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_counts->addDetailRow(tr("Exported by:"), m_format);
    m_counts->addDetailRow(tr("Encoding:"), m_encoding);

    m_rejectsNote = new QLabel(this);
    m_rejectsNote->setObjectName(QStringLiteral("rejectsNote"));
    m_rejectsNote->setWordWrap(true);
    m_openRejects = new QPushButton(tr("&Open the rejected rows"), this);
    m_openRejects->setObjectName(QStringLiteral("openRejects"));
    m_undo = new QPushButton(tr("&Undo this import…"), this);
    m_undo->setObjectName(QStringLiteral("undoImport"));
    m_undoStatus = new QLabel(this);
    m_undoStatus->setObjectName(QStringLiteral("undoStatus"));
    m_undoStatus->setWordWrap(true);

    auto *rejectsRow = new QHBoxLayout;
    rejectsRow->addWidget(m_openRejects);
    rejectsRow->addStretch(1);
    auto *undoRow = new QHBoxLayout;
    undoRow->addWidget(m_undo);
    undoRow->addWidget(m_undoStatus, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_counts);
    layout->addSpacing(12);
    layout->addWidget(m_rejectsNote);
    layout->addLayout(rejectsRow);
    layout->addSpacing(12);
    layout->addLayout(undoRow);
    layout->addStretch(1);

    connect(m_openRejects, &QPushButton::clicked, this, &ImportResultPage::openRejects);
    connect(m_undo, &QPushButton::clicked, this, &ImportResultPage::undo);
}

QString ImportResultPage::summaryText() const
{
    return m_summary->text();
}

QString ImportResultPage::countText(const QString &which) const
{
    return m_counts->countText(which);
}

void ImportResultPage::initializePage()
{
    m_undoStatus->clear();
    const QString file = QFileInfo(m_session.path).fileName();
    if (!m_session.summary) {
        setTitle(tr("The import could not run"));
        setSubTitle(tr("The file or the database could not be used as asked."));
        m_summary->setText(tr("Nothing was stored. %1").arg(m_session.failure));
        showCounts(false);
        return;
    }
    const ImportSummary &s = *m_session.summary;
    if (s.cancelled) {
        setTitle(tr("Import cancelled"));
        setSubTitle(tr("Kizuna is as it was before the import."));
        m_summary->setText(tr("The import of %1 was cancelled. Nothing was stored.").arg(file));
        showCounts(false);
        return;
    }
    setTitle(tr("Import finished"));
    setSubTitle(tr("What came of each row of the file. Until you undo it, the import stays on "
                   "the Imports page."));
    m_summary->setText(tr("%n row(s) of %1 were read.", nullptr, int(s.rows)).arg(file));
    m_format->setText(ImportFormatLabel::preset(s.preset));
    m_encoding->setText(ImportFormatLabel::encoding(s.encoding));
    m_counts->setSummary(s);
    showCounts(true);
    const bool rejectsSaved = s.rejected > 0 && QFileInfo::exists(m_session.rejectFile);
    m_rejectsNote->setVisible(s.rejected > 0);
    m_openRejects->setVisible(rejectsSaved);
    m_rejectsNote->setText(
        rejectsSaved
            ? tr("The rejected rows were saved with the reason for each, to fix and import "
                 "again: %1")
                  .arg(QFileInfo(m_session.rejectFile).fileName())
            : tr("The rejected rows could not be saved to a file."));
    m_rejectsNote->setToolTip(QDir::toNativeSeparators(m_session.rejectFile));
    m_undo->setVisible(s.batchId > 0);
    m_undo->setEnabled(true);
}

void ImportResultPage::showCounts(bool visible)
{
    m_counts->setVisible(visible);
    m_rejectsNote->setVisible(false);
    m_openRejects->setVisible(false);
    m_undo->setVisible(visible);
}

void ImportResultPage::openRejects()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_session.rejectFile));
}

void ImportResultPage::undo()
{
    const ImportSummary &s = *m_session.summary;
    if (!ImportUndo::askAndUndo(this, m_service, s.batchId, s.created, s.merged))
        return;
    m_undo->setEnabled(false);
    m_undoStatus->setText(tr("The import was undone: Kizuna is as it was before it."));
    emit undone();
}

} // namespace kizuna
