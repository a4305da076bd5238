#pragma once

class QTableView;

namespace kizuna {

/// Sizes the contact list's columns for a typical value in the user's font, so the list fits
/// without a horizontal scroll bar at the default window size; tags take what is left.
class ContactColumnWidths final
{
public:
    /// `table` must show a ContactListModel.
    static void apply(QTableView &table);
};

} // namespace kizuna
