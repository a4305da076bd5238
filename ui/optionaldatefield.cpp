#include "optionaldatefield.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace kizuna {

OptionalDateField::OptionalDateField(const QString &text, const QDate &date, QWidget *parent)
    : QWidget(parent)
{
    m_check = new QCheckBox(text, this);
    m_edit = new QDateEdit(this);
    m_edit->setCalendarPopup(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_check);
    setDate(date);
    connect(m_check, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    connect(m_check, &QCheckBox::toggled, this, &OptionalDateField::changed);
    connect(m_edit, &QDateEdit::dateChanged, this, &OptionalDateField::changed);
}

QDate OptionalDateField::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateField::setDate(const QDate &date)
{
    m_check->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
    m_edit->setDate(date.isValid() ? date : QDate::currentDate());
}

} // namespace kizuna
