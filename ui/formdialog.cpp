#include "formdialog.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace kizuna {

FormDialog::FormDialog(QWidget *parent)
    : QDialog(parent)
{}

void FormDialog::setForm(QLayout *form)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace kizuna
