#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace kizuna {

struct RejectedRow;

/// Writes the rows an import could not take to a CSV file the user can fix and import again:
/// the original header and rows as they were, with the line and the reason in a last column.
/// UTF-8 with a byte-order mark, so Excel opens it. Throws FileError.
class RejectWriter final
{
public:
    static void write(const QString &path, const QStringList &header, QChar delimiter,
                      const QList<RejectedRow> &rejects);
};

} // namespace kizuna
