#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace kizuna {

class Database;
struct ImportPreview;
struct ImportSession;

/// The wizard's second page: the first rows of the file as they will be read, with the
/// encoding and the delimiter detected and the choice to override either, and the app the
/// file came from as its header says. The first row of a CSV file is always its header: the
/// importer maps columns by their headings.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    /// Rows shown: enough to judge the columns, few enough to read at once.
    static constexpr int kRows = 20;

    /// `db` (the window's connection) is read for the saved presets.
    ImportPreviewPage(ImportSession &session, Database &db, QWidget *parent = nullptr);

    QComboBox *encodingChoice() const { return m_encoding; }
    QComboBox *delimiterChoice() const { return m_delimiter; }
    QTableWidget *table() const { return m_table; }
    /// The preset detected, in words ("Eight").
    QString formatText() const;
    /// The encoding and delimiter the file was read with, in words.
    QString readingText() const;
    QString errorText() const;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void reread();
    void display(const ImportPreview &preview);
    void showCards(const ImportPreview &preview);
    void showRows(const ImportPreview &preview);
    void showError(const QString &message);

    ImportSession &m_session;
    Database &m_db;
    QLabel *m_file = nullptr;
    QLabel *m_format = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLabel *m_reading = nullptr;
    QLabel *m_headerNote = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    bool m_readable = false;
};

} // namespace kizuna
