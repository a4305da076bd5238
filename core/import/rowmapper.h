#pragma once

#include "importpreset.h"

#include "domain/contact.h"

#include <QString>
#include <QStringList>

namespace kizuna {

/// One input row turned into a contact, or the reason it cannot be one.
struct MappedRow
{
    Contact contact;
    QString problem; ///< empty when the row is usable
};

/// Turns the cells of a row into a Contact under a column mapping: joins address and note
/// columns, splits combined names and readings, reads dates in Japanese forms, turns Eight's
/// tag columns and Google's label lists into tags, and removes the formula guard (a leading
/// ') that Kizuna's own exports put before cells starting with = + - @.
class RowMapper final
{
public:
    RowMapper(const QStringList &header, ColumnMapping mapping);

    MappedRow map(const QStringList &cells) const;

private:
    QStringList m_header;
    ColumnMapping m_mapping;
};

} // namespace kizuna
