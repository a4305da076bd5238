#include "checkeddialog.h"

#include "connectionretry.h"
#include "errorlabel.h"
#include "storage/storageerror.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kizuna {

CheckedDialog::CheckedDialog(QWidget *parent)
    : QDialog(parent)
{
    m_error = new ErrorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CheckedDialog::retryLostConnectionOn(Database &db)
{
    m_retry = new ConnectionRetry(db, m_buttons, m_error, [this] { accept(); });
}

QPushButton *CheckedDialog::retryButton() const
{
    return m_retry ? m_retry->button() : nullptr;
}

void CheckedDialog::setFields(QLayout *fields)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    check();
}

QPushButton *CheckedDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString CheckedDialog::errorText() const
{
    return m_error->text();
}

void CheckedDialog::check()
{
    const QString trouble = problem();
    m_error->setText(trouble);
    okButton()->setEnabled(trouble.isEmpty());
}

void CheckedDialog::showProblem(const QString &text)
{
    m_error->setText(text);
}

void CheckedDialog::accept()
{
    check();
    if (!okButton()->isEnabled())
        return;
    try {
        save();
    } catch (const ValidationError &error) {
        m_error->setText(error.message());
        return;
    } catch (const StorageError &error) {
        if (!m_retry || !m_retry->offer(error))
            m_error->setText(error.message());
        return;
    }
    if (m_retry)
        m_retry->clear();
    QDialog::accept();
}

} // namespace kizuna
