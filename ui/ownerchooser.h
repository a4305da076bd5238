#pragma once

#include "domain/ownerfilter.h"

#include <QComboBox>

namespace kizuna {

/// Chooses whose follow-ups or leads a view shows: "mine and unassigned" (where offered; the
/// default then), everyone's, or one user's. The users come from UserRepository; the choice
/// survives a refresh of the list as long as its user is still in it.
class OwnerChooser final : public QComboBox
{
    Q_OBJECT

public:
    enum class Default
    {
        Mine,     ///< offers "mine and unassigned" and starts there (agenda, call sheet)
        Everyone, ///< starts at everyone's and offers no "mine" (funnel)
    };

    explicit OwnerChooser(Default start, QWidget *parent = nullptr);

    /// Fills the list with `users`; `me` is the user working (Database::userName()).
    void setUsers(const QStringList &users, const QString &me);
    OwnerFilter filter() const;

signals:
    void filterChanged();

private:
    Default m_start;
    QString m_me;
};

} // namespace kizuna
