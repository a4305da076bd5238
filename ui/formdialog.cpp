#include "formdialog.h"

#include "connectionretry.h"
#include "errorlabel.h"
#include "storage/storageerror.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace kizuna {

FormDialog::FormDialog(QWidget *parent)
    : QDialog(parent)
{}

void FormDialog::setForm(QLayout *form)
{
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_error = new ErrorLabel(this);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

void FormDialog::saveOnAccept(Database &db, std::function<void()> save)
{
    m_save = std::move(save);
    m_retry = new ConnectionRetry(db, m_buttons, m_error, [this] { accept(); });
}

QString FormDialog::errorText() const
{
    return m_error ? m_error->text() : QString();
}

QPushButton *FormDialog::retryButton() const
{
    return m_retry ? m_retry->button() : nullptr;
}

void FormDialog::accept()
{
    if (m_save) {
        try {
            m_save();
        } catch (const ValidationError &error) {
            m_error->setText(error.message());
            m_error->show();
            return;
        } catch (const StorageError &error) {
            if (!m_retry->offer(error)) {
                m_error->setText(error.message());
                m_error->show();
            }
            return;
        }
        m_retry->clear();
    }
    QDialog::accept();
}

} // namespace kizuna
