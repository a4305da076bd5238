#pragma once

#include <QString>

namespace kizuna {

/// Who made a stored row and who last changed it, and the row's version: storage sets all
/// three (the user is Database::userName()). A save carries the version it read; storage
/// refuses it with a Conflict when someone saved the row in between, so two people editing
/// the same record never overwrite each other unseen.
struct Authorship
{
    QString createdBy; ///< empty for rows from before authorship was recorded
    QString changedBy;
    qint64 version = 0; ///< 0 until stored; moves on by one with every change
};

} // namespace kizuna
