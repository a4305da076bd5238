#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace kizuna {

/// A day that may be left unset (a source without an end, a deal without an expected
/// close): a check box turns the date on. QDateEdit alone cannot hold "no date".
class OptionalDateField final : public QWidget
{
    Q_OBJECT

public:
    OptionalDateField(const QString &text, const QDate &date, QWidget *parent = nullptr);

    /// Null when unchecked.
    QDate date() const;
    void setDate(const QDate &date);
    QCheckBox *checkBox() const { return m_check; }
    QDateEdit *dateEdit() const { return m_edit; }

signals:
    void changed();

private:
    QCheckBox *m_check = nullptr;
    QDateEdit *m_edit = nullptr;
};

} // namespace kizuna
