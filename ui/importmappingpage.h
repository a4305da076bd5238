#pragma once

#include "import/importpreset.h"

#include <QList>
#include <QStringList>
#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace kizuna {

class Database;
struct ImportSession;

/// The wizard's third page (CSV only): one row per column of the file, its heading, a value
/// from it and the Kizuna field it goes to, starting from the preset detected for the
/// header. The mapping can be saved as a named preset that later files of the same shape
/// are read with.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    /// `db` (the window's connection) is where presets are saved.
    ImportMappingPage(ImportSession &session, Database &db, QWidget *parent = nullptr);

    int columnCount() const { return int(m_fields.size()); }
    QComboBox *fieldChoice(int column) const { return m_fields.at(column); }
    QPushButton *savePresetButton() const { return m_save; }
    QString statusText() const;

    /// Saves the mapping shown under `name`; false (with the reason shown) when the name or
    /// the mapping cannot be saved. A preset of that name is replaced.
    bool savePreset(const QString &name);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void rebuild();
    void fieldChosen();
    void askAndSavePreset();
    void showStartingPoint();

    ImportSession &m_session;
    Database &m_db;
    QStringList m_header; ///< the header the rows were built for
    ColumnMapping m_base; ///< the preset's mapping, or the one last saved
    QLabel *m_intro = nullptr;
    QWidget *m_rows = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<QComboBox *> m_fields;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace kizuna
