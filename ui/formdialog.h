#pragma once

#include <QDialog>

class QLayout;

namespace kizuna {

/// A small dialog of fields over OK and Cancel (mark done, log a touch, schedule a
/// follow-up): the subclass builds the fields, this lays them out with the buttons.
class FormDialog : public QDialog
{
    Q_OBJECT

protected:
    explicit FormDialog(QWidget *parent = nullptr);

    /// Puts the fields above OK and Cancel; call once.
    void setForm(QLayout *form);
};

} // namespace kizuna
