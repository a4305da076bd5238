#pragma once

#include <QLabel>

namespace kizuna {

/// The line under a dialog's fields that says what is wrong, in the palette's colour for
/// errors, wrapped to the dialog's width.
class ErrorLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget *parent = nullptr);
};

} // namespace kizuna
