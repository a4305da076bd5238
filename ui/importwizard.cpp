#include "importwizard.h"

#include "importfilepage.h"
#include "importmappingpage.h"
#include "importpageid.h"
#include "importpolicypage.h"
#include "importpreviewpage.h"
#include "importprogresspage.h"
#include "importresultpage.h"

#include "contacts/contactservice.h"
#include "storage/database.h"

namespace kizuna {

ImportWizard::ImportWizard(ContactService &service, const QString &file, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import business cards"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    m_session.path = file;

    Database &db = service.database();
    m_file = new ImportFilePage(m_session, this);
    m_preview = new ImportPreviewPage(m_session, db, this);
    m_mapping = new ImportMappingPage(m_session, db, this);
    m_policy = new ImportPolicyPage(m_session, db, this);
    m_progress = new ImportProgressPage(m_session, db, this);
    m_result = new ImportResultPage(m_session, service, this);
    setPage(ImportFilePageId, m_file);
    setPage(ImportPreviewPageId, m_preview);
    setPage(ImportMappingPageId, m_mapping);
    setPage(ImportPolicyPageId, m_policy);
    setPage(ImportProgressPageId, m_progress);
    setPage(ImportResultPageId, m_result);
    resize(860, 640);

    connect(m_progress, &ImportProgressPage::imported, this, &ImportWizard::contactsChanged);
    connect(m_result, &ImportResultPage::undone, this, &ImportWizard::contactsChanged);

    if (!file.isEmpty()) {
        // The file page stays in the history: Back chooses another file.
        restart();
        next();
    }
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::reject()
{
    m_policy->stopTrial();
    m_progress->stop();
    QWizard::reject();
}

} // namespace kizuna
