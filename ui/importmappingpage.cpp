#include "importmappingpage.h"

#include "contactfieldlabel.h"
#include "importformatlabel.h"
#include "importsession.h"

#include "import/importpresetservice.h"
#include "storage/storageerror.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace kizuna {

namespace {

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportSession &session, Database &db, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_db(db)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the Kizuna field each column of the file goes to. Columns set to "
                   "\"(do not import)\" are left out."));

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("mappingIntro"));
    m_intro->setWordWrap(true);

    m_rows = new QWidget(this);
    m_grid = new QGridLayout(m_rows);
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(16);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mappingRows"));
    scroll->setWidget(m_rows);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);

    m_save = new QPushButton(tr("&Save as preset…"), this);
    m_save->setObjectName(QStringLiteral("savePreset"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mappingStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ImportMappingPage::askAndSavePreset);
}

QString ImportMappingPage::statusText() const
{
    return m_status->text();
}

void ImportMappingPage::initializePage()
{
    // Coming back with the same columns keeps what the user chose.
    if (m_header != m_session.header || m_fields.isEmpty()) {
        m_header = m_session.header;
        m_base = m_session.mapping;
        rebuild();
    }
    m_status->clear();
    showStartingPoint();
}

void ImportMappingPage::rebuild()
{
    m_fields.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_grid->addWidget(headingLabel(tr("Column in the file"), m_rows), 0, 0);
    m_grid->addWidget(headingLabel(tr("Example"), m_rows), 0, 1);
    m_grid->addWidget(headingLabel(tr("Goes to"), m_rows), 0, 2);
    const QList<ContactField> fields = ContactFieldLabel::pickerOrder();
    const int sampleWidth = fontMetrics().averageCharWidth() * 36;
    for (int column = 0; column < m_header.size(); ++column) {
        const int row = column + 1;
        const QString heading = m_header.at(column);
        auto *name = new QLabel(heading, m_rows);
        const QString sample = m_session.samples.value(column);
        auto *example =
            new QLabel(fontMetrics().elidedText(sample, Qt::ElideRight, sampleWidth), m_rows);
        example->setToolTip(sample);
        example->setForegroundRole(QPalette::PlaceholderText);
        auto *choice = new QComboBox(m_rows);
        choice->setObjectName(QStringLiteral("field%1").arg(column));
        choice->setAccessibleName(tr("Field for the column \"%1\"").arg(heading));
        for (const ContactField f : fields)
            choice->addItem(ContactFieldLabel::text(f), int(f));
        const ContactField current = m_session.mapping.fields.value(column, ContactField::Ignore);
        choice->setCurrentIndex(choice->findData(int(current)));
        name->setBuddy(choice);
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(example, row, 1);
        m_grid->addWidget(choice, row, 2);
        connect(choice, &QComboBox::currentIndexChanged, this, &ImportMappingPage::fieldChosen);
        m_fields.append(choice);
    }
    m_grid->setRowStretch(int(m_header.size()) + 1, 1);
}

void ImportMappingPage::fieldChosen()
{
    QList<ContactField> fields;
    for (const QComboBox *choice : std::as_const(m_fields))
        fields.append(static_cast<ContactField>(choice->currentData().toInt()));
    m_session.mapping.fields = fields;
    // A mapping the user changed is no longer the preset's.
    m_session.mapping.presetName =
        fields == m_base.fields ? m_base.presetName : QStringLiteral("custom");
    m_status->clear();
    showStartingPoint();
    emit completeChanged();
}

void ImportMappingPage::showStartingPoint()
{
    const QString base = ImportFormatLabel::preset(m_base.presetName);
    m_intro->setText(m_session.mapping.presetName == m_base.presetName
                         ? tr("Matched by the preset %1.").arg(base)
                         : tr("Started from the preset %1 and changed by you.").arg(base));
}

bool ImportMappingPage::isComplete() const
{
    return m_session.mapping.fields.size() == m_session.header.size() &&
           std::any_of(m_session.mapping.fields.cbegin(), m_session.mapping.fields.cend(),
                       [](ContactField f) { return f != ContactField::Ignore; });
}

bool ImportMappingPage::validatePage()
{
    return isComplete();
}

void ImportMappingPage::askAndSavePreset()
{
    bool ok = false;
    const QString suggestion = m_session.mapping.presetName == QLatin1String("custom") ? QString()
                               : PresetCatalog::isReserved(m_session.mapping.presetName)
                                   ? QString()
                                   : m_session.mapping.presetName;
    const QString name = QInputDialog::getText(
        this, tr("Save as preset"),
        tr("Name of the preset (files with these columns will be read with it):"),
        QLineEdit::Normal, suggestion, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    try {
        if (ImportPresetService(m_db).find(name.trimmed()) &&
            QMessageBox::question(
                this, tr("Save as preset"),
                tr("A preset named \"%1\" exists. Replace it?").arg(name.trimmed())) !=
                QMessageBox::Yes)
            return;
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Save as preset"), error.message());
        return;
    }
    savePreset(name);
}

bool ImportMappingPage::savePreset(const QString &name)
{
    try {
        ImportPresetService(m_db).save(name, m_session.header, m_session.mapping);
    } catch (const ValidationError &error) {
        m_status->setText(tr("Not saved: %1").arg(error.reason()));
        return false;
    } catch (const StorageError &error) {
        m_status->setText(tr("Not saved: %1").arg(error.message()));
        return false;
    }
    m_session.mapping.presetName = name.trimmed();
    m_base = m_session.mapping;
    showStartingPoint();
    m_status->setText(tr("Saved as the preset \"%1\".").arg(name.trimmed()));
    return true;
}

} // namespace kizuna
