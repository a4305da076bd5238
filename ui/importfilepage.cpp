#include "importfilepage.h"

#include "importsession.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace kizuna {

ImportFilePage::ImportFilePage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("The file of business cards or contacts to bring into Kizuna."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFile"));
    m_path->setText(QDir::toNativeSeparators(session.path));
    m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() * 60);
    m_browse = new QPushButton(tr("&Browse…"), this);
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    auto *kinds =
        new QLabel(tr("Kizuna reads the CSV files that Eight, Sansan, CamCard, Google Contacts, "
                      "Outlook and Thunderbird export, other CSV files by their column headings, "
                      "and the vCard (.vcf) files that phones save."),
                   this);
    kinds->setWordWrap(true);
    auto *note =
        new QLabel(tr("Nothing is stored until the last step, and every import can be undone "
                      "later from the Imports page."),
                   this);
    note->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addSpacing(12);
    layout->addWidget(kinds);
    layout->addSpacing(6);
    layout->addWidget(note);
    layout->addStretch(1);

    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).isFile();
}

bool ImportFilePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    // Another file starts over: how the last one was read says nothing about this one.
    if (path != m_session.path) {
        m_session.path = path;
        m_session.encoding = QStringLiteral("auto");
        m_session.delimiter = QChar();
    }
    return true;
}

void ImportFilePage::browse()
{
    const QString start =
        m_path->text().isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
            : QFileInfo(QDir::fromNativeSeparators(m_path->text())).absolutePath();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import business cards"), start,
        tr("Business cards (*.csv *.txt *.vcf);;CSV files (*.csv *.txt);;vCard files (*.vcf);;"
           "All files (*)"));
    if (!file.isEmpty())
        m_path->setText(QDir::toNativeSeparators(file));
}

} // namespace kizuna
