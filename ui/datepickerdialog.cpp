#include "datepickerdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace kizuna {

namespace {
QDateEdit *dateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}
} // namespace

DatePickerDialog::DatePickerDialog(const QString &title, const QDate &from, const QDate &to,
                                   QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *form = new QFormLayout;
    m_from = dateEdit(from, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (to.isValid()) {
        m_to = dateEdit(to, this);
        form->addRow(tr("&From:"), m_from);
        form->addRow(tr("&To:"), m_to);
        // A period that ends before it starts prints nothing; say so by not allowing it.
        const auto check = [this, buttons] {
            buttons->button(QDialogButtonBox::Ok)->setEnabled(m_from->date() <= m_to->date());
        };
        connect(m_from, &QDateEdit::dateChanged, this, check);
        connect(m_to, &QDateEdit::dateChanged, this, check);
    } else {
        form->addRow(tr("&Day:"), m_from);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QDate DatePickerDialog::from() const
{
    return m_from->date();
}

QDate DatePickerDialog::to() const
{
    return m_to ? m_to->date() : QDate();
}

} // namespace kizuna
