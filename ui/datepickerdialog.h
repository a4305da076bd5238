#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;

namespace kizuna {

/// Asks for a day, or for a range of days (from, to) when given an end: the day a follow-up
/// moves to, the period of a call sheet.
class DatePickerDialog final : public QDialog
{
    Q_OBJECT

public:
    DatePickerDialog(const QString &title, const QDate &from, const QDate &to = {},
                     QWidget *parent = nullptr);

    QDate from() const;
    /// The end of the range; null when asked for one day.
    QDate to() const;
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

private:
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
};

} // namespace kizuna
