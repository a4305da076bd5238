#include "importpreviewpage.h"

#include "importformatlabel.h"
#include "importpageid.h"
#include "importpreview.h"
#include "importsession.h"
#include "themecolours.h"

#include "domain/personname.h"
#include "import/importpresetservice.h"
#include "io/csvdialect.h"
#include "io/encodingdetector.h"
#include "io/fileerror.h"
#include "storage/storageerror.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kizuna {

namespace {

const QString kAuto = QStringLiteral("auto");

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportSession &session, Database &db, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_db(db)
{
    setTitle(tr("Check how the file reads"));
    setSubTitle(tr("The first rows as Kizuna reads them. If the Japanese looks garbled, choose "
                   "another encoding."));

    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("previewFile"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_format = new QLabel(this);
    m_format->setObjectName(QStringLiteral("previewFormat"));

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingChoice"));
    m_encoding->addItem(tr("Automatic"), kAuto);
    for (const QString &name : EncodingDetector::supportedNames())
        m_encoding->addItem(ImportFormatLabel::encoding(name), name);
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterChoice"));
    m_delimiter->addItem(tr("Automatic"), QString());
    for (const QChar c : CsvDialect::delimiters())
        m_delimiter->addItem(ImportFormatLabel::delimiter(c), QString(c));
    m_reading = new QLabel(this);
    m_reading->setObjectName(QStringLiteral("previewReading"));

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Exported by:"), m_format);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), m_reading);

    m_headerNote = new QLabel(tr("The first row is read as the column headings."), this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("previewError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette error = m_error->palette();
    error.setColor(QPalette::WindowText, ThemeColours::negative(error));
    m_error->setPalette(error);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_headerNote);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);

    connect(m_encoding, &QComboBox::activated, this, &ImportPreviewPage::reread);
    connect(m_delimiter, &QComboBox::activated, this, &ImportPreviewPage::reread);
}

QString ImportPreviewPage::formatText() const
{
    return m_format->text();
}

QString ImportPreviewPage::readingText() const
{
    return m_reading->text();
}

QString ImportPreviewPage::errorText() const
{
    return m_readable ? QString() : m_error->text();
}

void ImportPreviewPage::initializePage()
{
    m_file->setText(QFileInfo(m_session.path).fileName());
    m_file->setToolTip(m_session.path);
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(m_session.encoding)));
    m_delimiter->setCurrentIndex(
        m_session.delimiter.isNull()
            ? 0
            : std::max(0, m_delimiter->findData(QString(m_session.delimiter))));
    reread();
}

bool ImportPreviewPage::isComplete() const
{
    return m_readable;
}

int ImportPreviewPage::nextId() const
{
    // A vCard names its fields itself: there are no columns to map.
    return m_session.isVcard ? ImportPolicyPageId : ImportMappingPageId;
}

void ImportPreviewPage::reread()
{
    m_session.encoding = m_encoding->currentData().toString();
    const QString delimiter = m_delimiter->currentData().toString();
    m_session.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    try {
        const PresetCatalog presets = ImportPresetService(m_db).catalog();
        display(ImportPreview::read(m_session.path, m_session.encoding, m_session.delimiter,
                                    presets, kRows));
    } catch (const FileError &error) {
        showError(error.reason());
    } catch (const StorageError &error) {
        showError(error.message());
    }
    emit completeChanged();
}

void ImportPreviewPage::display(const ImportPreview &preview)
{
    m_readable = true;
    m_error->hide();
    m_session.isVcard = preview.isVcard;
    const QString encoding = ImportFormatLabel::encoding(preview.encoding);
    if (preview.encodingDetected)
        m_encoding->setItemText(0, tr("Automatic: %1").arg(encoding));
    const QString how = preview.encodingDetected
                            ? tr("Encoding: %1, detected from the file's bytes.").arg(encoding)
                            : tr("Encoding: %1, as you chose.").arg(encoding);
    m_delimiter->setEnabled(!preview.isVcard);
    m_headerNote->setVisible(!preview.isVcard);
    if (preview.isVcard) {
        m_format->setText(tr("vCard (a phone's or an address book's contacts)"));
        m_reading->setText(how);
        showCards(preview);
        return;
    }
    const QString delimiter = ImportFormatLabel::delimiter(preview.delimiter);
    if (preview.delimiterDetected)
        m_delimiter->setItemText(0, tr("Automatic: %1").arg(delimiter));
    m_format->setText(ImportFormatLabel::preset(preview.mapping.presetName));
    const QString split = preview.delimiterDetected
                              ? tr("Columns separated by: %1, detected.").arg(delimiter)
                              : tr("Columns separated by: %1, as you chose.").arg(delimiter);
    m_reading->setText(how + QLatin1Char('\n') + split);
    // The mapping page starts again from the preset only when the columns changed.
    if (m_session.header != preview.header) {
        m_session.header = preview.header;
        m_session.mapping = preview.mapping;
    }
    m_session.samples = preview.samples();
    showRows(preview);
}

void ImportPreviewPage::showCards(const ImportPreview &preview)
{
    m_table->clear();
    const QStringList columns{tr("Name"), tr("Reading"), tr("Company"), tr("E-mail"), tr("Phone")};
    m_table->setColumnCount(int(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setRowCount(int(preview.cards.size()));
    const NameOrder order = nameOrderFor(QLocale());
    for (int row = 0; row < preview.cards.size(); ++row) {
        const Contact &c = preview.cards.at(row);
        const QString phone = !c.phoneMobile.isEmpty() ? c.phoneMobile
                              : !c.phoneWork.isEmpty() ? c.phoneWork
                                                       : c.phoneDirect;
        const QStringList values{displayName(c, order), displayReading(c, order), c.company,
                                 c.email, phone};
        for (int column = 0; column < values.size(); ++column)
            m_table->setItem(row, column, cell(values.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void ImportPreviewPage::showRows(const ImportPreview &preview)
{
    m_table->clear();
    m_table->setColumnCount(int(preview.header.size()));
    m_table->setHorizontalHeaderLabels(preview.header);
    m_table->setRowCount(int(preview.rows.size()));
    for (int row = 0; row < preview.rows.size(); ++row) {
        const QStringList &cells = preview.rows.at(row);
        for (int column = 0; column < preview.header.size(); ++column)
            m_table->setItem(row, column, cell(cells.value(column)));
    }
    m_table->resizeColumnsToContents();
    // A long address must not push every other column out of sight.
    const int widest = m_table->fontMetrics().averageCharWidth() * 28;
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    m_table->horizontalHeader()->setStretchLastSection(false);
}

void ImportPreviewPage::showError(const QString &message)
{
    m_readable = false;
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_format->clear();
    m_reading->clear();
    m_error->setText(tr("This file cannot be read: %1").arg(message));
    m_error->show();
}

} // namespace kizuna
