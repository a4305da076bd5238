#pragma once

#include "csvwriter.h"

#include "storage/contactlistquery.h"

#include <QList>
#include <QString>

namespace kizuna {

class ContactService;

struct ExportSummary
{
    qint64 contacts = 0;
    QList<EncodingWarning> warnings; ///< CP932 only: cells that could not be written as they are
};

/// Writes all contacts, or those a list query selects, to CSV or vCard, page by page in
/// reading order. The CSV header is the one Kizuna's importer maps back, so exporting and
/// importing the file gives the same people. Files are replaced atomically; throws FileError.
/// A query naming contacts by id (`ContactListQuery::ids`, the list's selection) throws
/// StorageError(NotFound) before anything is written when one of them is not there (erased,
/// or in the trash when the query lists live contacts): the file would silently lack them.
class ContactExporter final
{
public:
    explicit ContactExporter(ContactService &contacts);

    ExportSummary exportCsv(const QString &path, const ContactListQuery &query,
                            CsvWriter::Encoding encoding, bool guardFormulas = true);
    ExportSummary exportVcard(const QString &path, const ContactListQuery &query);

    /// The CSV header row, in Japanese: what the generic import preset reads back.
    static QStringList csvHeader();

private:
    template<typename WriteOne>
    qint64 eachContact(ContactListQuery query, WriteOne write);
    void requireNamed(const ContactListQuery &query) const;

    ContactService &m_contacts;
};

} // namespace kizuna
