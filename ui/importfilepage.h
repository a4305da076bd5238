#pragma once

#include <QWizardPage>

class QLineEdit;
class QPushButton;

namespace kizuna {

struct ImportSession;

/// The wizard's first page: which file to import, typed or chosen in a file dialog.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportSession &session, QWidget *parent = nullptr);

    QLineEdit *pathField() const { return m_path; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportSession &m_session;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
};

} // namespace kizuna
