#pragma once

#include <QString>

namespace kizuna {

class ContactListModel;

/// What the status bar says of the contact list: how many match of how many, and whether
/// the worker is still counting or sorting them.
QString contactCountText(const ContactListModel &model);

} // namespace kizuna
