#include "ownerchooser.h"

namespace kizuna {

namespace {

// The item data: which kind of filter, and the user for one user's.
constexpr int kKindRole = Qt::UserRole;
constexpr int kUserRole = Qt::UserRole + 1;

} // namespace

OwnerChooser::OwnerChooser(Default start, QWidget *parent)
    : QComboBox(parent)
    , m_start(start)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(tr("Whose follow-ups and leads to show"));
    setUsers({}, {});
    connect(this, &QComboBox::activated, this, &OwnerChooser::filterChanged);
}

void OwnerChooser::setUsers(const QStringList &users, const QString &me)
{
    const OwnerFilter chosen = count() > 0                ? filter()
                               : m_start == Default::Mine ? OwnerFilter::mine(me)
                                                          : OwnerFilter::everyone();
    m_me = me;
    const QSignalBlocker blocker(this);
    clear();
    auto add = [this](const QString &text, OwnerFilter::Kind kind, const QString &user) {
        addItem(text);
        setItemData(count() - 1, int(kind), kKindRole);
        setItemData(count() - 1, user, kUserRole);
    };
    if (m_start == Default::Mine)
        add(tr("Mine and unassigned"), OwnerFilter::Kind::Mine, me);
    add(tr("Everyone"), OwnerFilter::Kind::Everyone, {});
    for (const QString &user : users)
        add(user == me ? tr("%1 (me)").arg(user) : user, OwnerFilter::Kind::User, user);
    int index = 0;
    for (int i = 0; i < count(); ++i) {
        const auto kind = OwnerFilter::Kind(itemData(i, kKindRole).toInt());
        if (kind == chosen.kind &&
            (kind != OwnerFilter::Kind::User || itemData(i, kUserRole).toString() == chosen.user))
            index = i;
    }
    setCurrentIndex(index);
}

OwnerFilter OwnerChooser::filter() const
{
    if (currentIndex() < 0)
        return m_start == Default::Mine ? OwnerFilter::mine(m_me) : OwnerFilter::everyone();
    const auto kind = OwnerFilter::Kind(currentData(kKindRole).toInt());
    switch (kind) {
    case OwnerFilter::Kind::Mine:
        return OwnerFilter::mine(m_me);
    case OwnerFilter::Kind::User:
        return OwnerFilter::of(currentData(kUserRole).toString());
    case OwnerFilter::Kind::Everyone:
        break;
    }
    return OwnerFilter::everyone();
}

} // namespace kizuna
